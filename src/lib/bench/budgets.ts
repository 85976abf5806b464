/**
 * The performance budgets and the verdict on one bench run. Lighthouse figures are medians of its
 * runs; each page's LCP and TBT are judged against a text-only copy of that page measured in the
 * same interleaved runs, so the budgets ask what the charts and scripts add, not how fast this
 * machine is.
 */
import type { PageFigures } from './lighthouse.ts';

export const BUDGETS = {
  buildSeconds: 20,
  /** A page's LCP ÷ the LCP of its own text-only copy, measured in the same interleaved runs. */
  lcpRatio: 1.1,
  /** A page's TBT − its text-only copy's TBT: what the charts and scripts block. */
  tbtOverTextMs: 30,
  cls: 0.01,
  /** Every script the explainer runs, files and inline, gzip. */
  jsGzipBytes: 25 * 1024,
  /** Everything the explainer's load transfers. */
  firstViewBytes: 150 * 1024,
  longTasksWhileScrolling: 0,
} as const;

export interface BenchFigures {
  /** Undefined when the build was skipped (--no-build). */
  buildSeconds?: number;
  /** Median Lighthouse figures per page path, and of that page's text-only copy; the first is the explainer. */
  pages: { path: string; figures: PageFigures; textOnly: PageFigures }[];
  jsGzipBytes: number;
  longTasks: number;
}

export interface Verdict {
  measure: string;
  value: string;
  budget: string;
  ok: boolean;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number): string => `${Math.round(value)} ms`;

export function judge(figures: BenchFigures): Verdict[] {
  const verdicts: Verdict[] = [];
  const add = (measure: string, value: string, budget: string, ok: boolean) => verdicts.push({ measure, value, budget, ok });
  if (figures.buildSeconds !== undefined) {
    add('clean build', `${figures.buildSeconds.toFixed(1)} s`, `≤ ${BUDGETS.buildSeconds} s`, figures.buildSeconds <= BUDGETS.buildSeconds);
  }
  // The performance score and the absolute TBT depend on the machine more than on the page (a
  // near-empty page blocks for 90–300 ms under Lighthouse's 4× CPU here), so they are printed,
  // not judged: each page is judged against its own words, measured in the same runs.
  for (const { path, figures: page, textOnly } of figures.pages) {
    const ratio = page.lcp / textOnly.lcp;
    add(`${path} LCP ÷ its text-only LCP`, ratio.toFixed(2), `≤ ${BUDGETS.lcpRatio.toFixed(2)}`, ratio <= BUDGETS.lcpRatio);
    const extra = page.tbt - textOnly.tbt;
    add(`${path} TBT − its text-only TBT`, ms(extra), `≤ ${BUDGETS.tbtOverTextMs} ms`, extra <= BUDGETS.tbtOverTextMs);
    add(`${path} CLS`, page.cls.toFixed(3), `≤ ${BUDGETS.cls}`, page.cls <= BUDGETS.cls);
  }
  const explainer = figures.pages[0];
  if (explainer) {
    add(`${explainer.path} first view transferred`, kb(explainer.figures.bytes), `≤ ${kb(BUDGETS.firstViewBytes)}`, explainer.figures.bytes <= BUDGETS.firstViewBytes);
    add(`${explainer.path} JavaScript (gzip)`, kb(figures.jsGzipBytes), `≤ ${kb(BUDGETS.jsGzipBytes)}`, figures.jsGzipBytes <= BUDGETS.jsGzipBytes);
    add(`${explainer.path} long tasks while scrolling`, String(figures.longTasks), String(BUDGETS.longTasksWhileScrolling), figures.longTasks <= BUDGETS.longTasksWhileScrolling);
  }
  return verdicts;
}
