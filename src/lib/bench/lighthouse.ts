/**
 * Lighthouse as a phone on a slow 4G connection sees a page: mobile screen emulation and simulated
 * throttling (Lighthouse's defaults, stated here so a change of defaults cannot change the bench),
 * in a fresh headless Chromium for each run so no run inherits another's caches.
 */
import { once } from 'node:events';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumArgs } from '../cli/chromium.ts';

export interface PageFigures {
  /** Performance score, 0–100. */
  score: number;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Every byte the page load transferred. */
  bytes: number;
  /** Bytes transferred for script files (inline scripts are part of the HTML). */
  jsBytes: number;
  /**
   * Lighthouse's benchmark of the CPU at the time of the run. TBT and the simulated paints scale
   * with the time tasks took here, so a low index (a busy shared machine) inflates them.
   */
  cpuIndex: number;
}

export async function runLighthouse(url: string, options: { chromePath: string; debuggingPort: number }): Promise<Result> {
  const chrome = await launch({
    chromePath: options.chromePath,
    chromeFlags: ['--headless', ...chromiumArgs],
    port: options.debuggingPort,
    logLevel: 'silent',
  });
  try {
    const run = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (run.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${run.lhr.runtimeError.message}`);
    return run.lhr;
  } finally {
    // The next run takes the same debugging port: it must be free, not held by a dying browser.
    const exited = chrome.process.exitCode === null ? once(chrome.process, 'exit') : Promise.resolve();
    chrome.kill();
    await exited;
  }
}

/**
 * On a machine starved of CPU Lighthouse sometimes loses its trace (NO_NAVSTART, NO_FCP); such a
 * run measured nothing, so it is run again rather than counted.
 */
export async function runLighthouseWithRetries(url: string, options: { chromePath: string; debuggingPort: number }, attempts = 3): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url, options);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`  ${(error as Error).message.split('\n')[0]}: trying again`);
    }
  }
}

export function figuresOf(lhr: Result): PageFigures {
  const numeric = (id: string): number => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no ${id} for ${lhr.finalDisplayedUrl}`);
    return value;
  };
  const summary = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    bytes: numeric('total-byte-weight'),
    jsBytes: summary.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
    cpuIndex: lhr.environment.benchmarkIndex,
  };
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each figure's median over the runs, taken figure by figure. */
export function medianFigures(runs: PageFigures[]): PageFigures {
  const of = (key: keyof PageFigures) => median(runs.map((run) => run[key]));
  return { score: of('score'), lcp: of('lcp'), tbt: of('tbt'), cls: of('cls'), bytes: of('bytes'), jsBytes: of('jsBytes'), cpuIndex: of('cpuIndex') };
}

/** The performance audits and insights a run failed: where to look when a page misses a budget. */
export function auditsToFix(lhr: Result): string[] {
  const ids = new Set((lhr.categories.performance?.auditRefs ?? []).filter((ref) => ref.group !== 'metrics').map((ref) => ref.id));
  return Object.values(lhr.audits)
    .filter((audit) => ids.has(audit.id) && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}
