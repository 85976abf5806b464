/**
 * The performance budgets (issue 7) and the verdict on one bench run. Lighthouse figures are
 * medians of its runs; the explainer's LCP is judged against a text-only copy of itself, so the
 * budget asks what the charts and scripts add, not how fast this machine is.
 */
import type { PageFigures } from './lighthouse.ts';

export const BUDGETS = {
  buildSeconds: 20,
  performanceScore: 100,
  /** LCP of the explainer ÷ LCP of its text-only copy. */
  lcpRatio: 1.15,
  tbtMs: 50,
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
  /** Median Lighthouse figures per page path; the first is the explainer. */
  pages: { path: string; figures: PageFigures }[];
  textOnly: PageFigures;
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
  for (const { path, figures: page } of figures.pages) {
    add(`${path} performance`, String(page.score), String(BUDGETS.performanceScore), page.score >= BUDGETS.performanceScore);
    add(`${path} TBT`, ms(page.tbt), `≤ ${BUDGETS.tbtMs} ms`, page.tbt <= BUDGETS.tbtMs);
    add(`${path} CLS`, page.cls.toFixed(3), `≤ ${BUDGETS.cls}`, page.cls <= BUDGETS.cls);
  }
  const explainer = figures.pages[0];
  if (explainer) {
    const ratio = explainer.figures.lcp / figures.textOnly.lcp;
    add(`${explainer.path} LCP ÷ text-only LCP`, ratio.toFixed(2), `≤ ${BUDGETS.lcpRatio}`, ratio <= BUDGETS.lcpRatio);
    add(`${explainer.path} first view transferred`, kb(explainer.figures.bytes), `≤ ${kb(BUDGETS.firstViewBytes)}`, explainer.figures.bytes <= BUDGETS.firstViewBytes);
    add(`${explainer.path} JavaScript (gzip)`, kb(figures.jsGzipBytes), `≤ ${kb(BUDGETS.jsGzipBytes)}`, figures.jsGzipBytes <= BUDGETS.jsGzipBytes);
    add(`${explainer.path} long tasks while scrolling`, String(figures.longTasks), String(BUDGETS.longTasksWhileScrolling), figures.longTasks <= BUDGETS.longTasksWhileScrolling);
  }
  return verdicts;
}
