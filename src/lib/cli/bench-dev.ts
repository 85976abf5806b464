/**
 * `npm run bench:dev`: the live preview's speed as an editor meets it, on this machine idle and
 * busy (two processes keeping both cores at work, as a build or a test run would).
 *   1. Copies content/ to a scratch folder and starts `astro dev` on it (the real files are never
 *      touched), then loads each page twice to warm it.
 *   2. Saves an edit to a chapter and times until the explainer page, then the chapter page, show
 *      it; saves a mistake (a figure id that does not exist) and times until the page shows the
 *      report; saves the fix and times until the page is back.
 * Prints the figures against the budgets; exits 1 when an idle figure is over budget (the busy
 * figures are printed for context: they depend on what else the machine runs).
 *
 *   npm run bench:dev [-- --port 4530] [-- --no-busy]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadPage, PREVIEW_BUDGETS, secondsUntil } from '../bench/preview-timing.ts';
import { table } from '../bench/table.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.BENCH_DEV_PORT ?? '4530' },
    'no-busy': { type: 'boolean', default: false },
  },
});
const base = `http://localhost:${values.port}`;
const CHAPTER = 'the-rise';
const chapterUrl = `${base}/chapters/${CHAPTER}/`;

const content = mkdtempSync(join(tmpdir(), 'bench-dev-'));
cpSync('content', content, { recursive: true });
const chapterFile = join(content, 'chapters', `${CHAPTER}.mdx`);
const original = readFileSync(chapterFile, 'utf8');

const dev = spawn('npx', ['astro', 'dev', '--port', values.port], {
  env: { ...process.env, EXPLAINER_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let devLog = '';
dev.stdout!.on('data', (chunk) => (devLog += chunk));
dev.stderr!.on('data', (chunk) => (devLog += chunk));

function stop(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  stop(dev);
  rmSync(content, { recursive: true, force: true });
});

interface Round {
  warmExplainer: number;
  warmChapter: number;
  explainerAfterSave?: number;
  chapterAfterSave?: number;
  problemShown?: number;
  pageBack?: number;
}

/** Puts a new paragraph at the end of the chapter's first section: words only, valid content. */
function edit(marker: string): string {
  return original.replace('</Section>', `${marker}.\n\n</Section>`);
}

async function round(label: string, n: number): Promise<Round> {
  console.error(`Measuring the preview (${label})…`);
  await loadPage(`${base}/`);
  await loadPage(chapterUrl);
  const warmExplainer = (await loadPage(`${base}/`)).seconds;
  const warmChapter = (await loadPage(chapterUrl)).seconds;

  const marker = `Previewmarker ${label} ${'abcdefghij'[n]}`;
  let since = performance.now();
  writeFileSync(chapterFile, edit(marker));
  const explainerAfterSave = await secondsUntil(`${base}/`, (page) => page.status === 200 && page.body.includes(marker), since);
  since = performance.now();
  writeFileSync(chapterFile, edit(`${marker} again`));
  const chapterAfterSave = await secondsUntil(chapterUrl, (page) => page.status === 200 && page.body.includes(`${marker} again`), since);

  since = performance.now();
  writeFileSync(chapterFile, edit(`${marker} <Fig id="no-such-figure" />`));
  const problemShown = await secondsUntil(chapterUrl, (page) => page.status === 500 && page.body.includes('no-such-figure'), since);
  since = performance.now();
  writeFileSync(chapterFile, original);
  const pageBack = await secondsUntil(chapterUrl, (page) => page.status === 200 && !page.body.includes(marker), since);
  return { warmExplainer, warmChapter, explainerAfterSave, chapterAfterSave, problemShown, pageBack };
}

const ready = await secondsUntil(`${base}/`, (page) => page.status === 200, performance.now(), 120);
if (ready === undefined) {
  console.error(`The preview did not start:\n${devLog}`);
  process.exit(1);
}

const idle = await round('idle', 0);
let busy: Round | undefined;
if (!values['no-busy']) {
  const burners = Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: true }));
  try {
    busy = await round('busy', 1);
  } finally {
    burners.forEach(stop);
  }
}

const s = (value: number | undefined) => (value === undefined ? 'never (60 s)' : `${value.toFixed(2)} s`);
const rows: [string, keyof Round, number | undefined][] = [
  ['Explainer page, warm', 'warmExplainer', undefined],
  ['Chapter page, warm', 'warmChapter', undefined],
  ['Explainer page shows a save', 'explainerAfterSave', PREVIEW_BUDGETS.explainerAfterSave],
  ['Chapter page shows a save', 'chapterAfterSave', PREVIEW_BUDGETS.chapterAfterSave],
  ['A mistake shows its report', 'problemShown', PREVIEW_BUDGETS.problemShown],
  ['The page is back after the fix', 'pageBack', undefined],
];
const over = rows.filter(([, key, budget]) => budget !== undefined && !((idle[key] ?? Infinity) <= budget));
console.log(`\nThe live preview (npm run dev), ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the end`);
console.log(
  table(
    ['Measure', 'Idle', 'Busy (both cores taken)', 'Budget (idle)', ''],
    rows.map(([name, key, budget]) => [name, s(idle[key]), busy ? s(busy[key]) : 'not run', budget === undefined ? '' : `≤ ${budget} s`, budget === undefined ? '' : over.some(([, k]) => k === key) ? 'OVER' : 'ok']),
  ),
);
console.log(over.length ? `${over.length} preview budget${over.length === 1 ? '' : 's'} broken.` : 'Every preview budget met.');
process.exit(over.length ? 1 : 0);
