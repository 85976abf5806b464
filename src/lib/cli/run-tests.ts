/**
 * `npm test`: everything CI runs, in order: astro check, unit tests, astro build, then the
 * end-to-end tests against the built site. The summary gives each suite's count and time; the
 * last line is "N passed, N failed" over all suites.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL, findTestBrowser } from './chromium.ts';
import { formatDuration } from './format-duration.ts';

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Wall-clock milliseconds the suite took, so a slow suite shows in the summary. */
  ms: number;
}

const OUTPUT = 'tests/.output';
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const tallies: Tally[] = [];

/** Milliseconds the last run() took. */
let lastRunMs = 0;

function run(command: string, args: string[], options: SpawnSyncOptions = {}): number {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env, ...options });
  lastRunMs = performance.now() - started;
  return result.status ?? 1;
}

/** A step that is one check (it passes or it does not). */
function step(suite: string, command: string, args: string[], options: SpawnSyncOptions = {}): boolean {
  const ok = run(command, args, options) === 0;
  tallies.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ms: lastRunMs });
  return ok;
}

const SECOND_DIST = `${OUTPUT}/second-dist`;

/** Runs one Playwright suite and adds its counts from the JSON report. */
function playwright(suite: string, reportFile: string, suiteEnv: NodeJS.ProcessEnv = env): void {
  const status = run('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts'], { env: suiteEnv });
  const ms = lastRunMs;
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(`${OUTPUT}/${reportFile}`);
  tallies.push(
    report
      ? { suite, passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + (status !== 0 && report.stats.unexpected === 0 ? 1 : 0), skipped: report.stats.skipped, ms }
      : { suite, passed: 0, failed: 1, skipped: 0, ms },
  );
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

const runStarted = performance.now();
rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(OUTPUT, { recursive: true });

step('astro check', 'npx', ['astro', 'check']);

const unitStatus = run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${OUTPUT}/vitest.json`]);
const unitMs = lastRunMs;
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(`${OUTPUT}/vitest.json`);
tallies.push(
  unit
    ? { suite: 'unit', passed: unit.numPassedTests, failed: unit.numFailedTests + (unitStatus !== 0 && unit.numFailedTests === 0 ? 1 : 0), skipped: unit.numPendingTests + unit.numTodoTests, ms: unitMs }
    : { suite: 'unit', passed: 0, failed: 1, skipped: 0, ms: unitMs },
);

const built = step('astro build', 'npx', ['astro', 'build']);

if (built) {
  let chromiumPath = findTestBrowser();
  if (!chromiumPath) {
    console.log(`No Chromium found (CHROMIUM_PATH, ${DEBIAN_HEADLESS_SHELL}, ${DEBIAN_CHROMIUM}); asking Playwright to download its own.`);
    run('npx', ['playwright', 'install', 'chromium']);
    chromiumPath = findTestBrowser();
  } else if (chromiumPath === DEBIAN_CHROMIUM) {
    console.log('The browser tests run in the whole of Chromium: "apt-get install -y chromium-headless-shell" runs them in about two thirds of the time.');
  }
  if (!chromiumPath) {
    console.error('No Chromium for the browser tests: install one with "apt-get install -y chromium-headless-shell" (Debian) or set CHROMIUM_PATH.');
    tallies.push({ suite: 'e2e', passed: 0, failed: 1, skipped: 0, ms: 0 });
  } else {
    env.CHROMIUM_PATH = chromiumPath;
    playwright('e2e', 'playwright.json');
    // The same kit, a different explainer: proof that nothing in src/ is tied to this one.
    const second = step('second build', 'npx', ['astro', 'build', '--outDir', SECOND_DIST], {
      env: { ...env, EXPLAINER_CONTENT: 'tests/fixtures/second-explainer' },
    });
    if (second) playwright('e2e second', 'playwright-second.json', { ...env, E2E_SUITE: 'second' });
  }
}

console.log('\nSummary');
for (const { suite, passed, failed, skipped, ms } of tallies) {
  const counts = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  console.log(`  ${suite.padEnd(12)} ${formatDuration(ms).padStart(7)}  ${counts}`);
}
console.log(`  ${'all'.padEnd(12)} ${formatDuration(performance.now() - runStarted).padStart(7)}`);
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
const skipped = tallies.reduce((sum, t) => sum + t.skipped, 0);
if (skipped > 0) console.log(`${skipped} test(s) were skipped: a skipped test is a failure here.`);
// The project's rule: a skipped test is a defect, so it fails the run like a failed one.
console.log(`${passed} passed, ${failed + skipped} failed`);
process.exit(failed + skipped > 0 ? 1 : 0);
