/**
 * The steps present mode walks through, chart by chart, in reading order, with what each needs
 * to draw itself: the layers it shows, its date, and its neighbours. Which chart a step belongs
 * to comes from the handout's reading of the chapters (stepCharts), so the two never disagree.
 */
import type { ChartId } from '../../charts/index.ts';
import type { ComponentUse } from '../../lib/mdx/outline.ts';
import { stepCharts, type StepChart } from '../print/step-state.ts';

export interface PresentStep extends StepChart {
  id: string;
  /** The layers the step shows, as its `show` attribute names them. */
  show: string;
  /** 1-based place among the chart's steps, and how many there are. */
  number: number;
  count: number;
  previous?: string;
  next?: string;
  /** The chart's first and last steps, for the Home and End keys. */
  first: string;
  last: string;
}

/** A chart's present mode starts here: the first step, shown at the chart's own address. */
export const presentPath = (chart: ChartId): string => `/present/${chart}/`;

/** Each step's lasting address: its permanent anchor under the chart's. */
export const presentStepPath = (chart: ChartId, step: string): string => `/present/${chart}/${step}/`;

/** Every chart's steps, in the order a reader meets them. */
export function presentSteps(chapters: { slug: string; uses: ComponentUse[] }[]): Map<ChartId, PresentStep[]> {
  const charts = stepCharts(chapters);
  const byChart = new Map<ChartId, (StepChart & { id: string; show: string })[]>();
  for (const { uses } of chapters) {
    for (const use of uses) {
      const id = use.attributes.id;
      const step = use.name === 'Step' && id ? charts.get(id) : undefined;
      if (!step || !id) continue;
      const list = byChart.get(step.chart) ?? [];
      byChart.set(step.chart, list);
      list.push({ ...step, id, show: use.attributes.show ?? '' });
    }
  }
  return new Map(
    [...byChart].map(([chart, steps]) => [
      chart,
      steps.map((step, i) => ({
        ...step,
        number: i + 1,
        count: steps.length,
        previous: steps[i - 1]?.id,
        next: steps[i + 1]?.id,
        first: steps[0]!.id,
        last: steps.at(-1)!.id,
      })),
    ]),
  );
}

/**
 * Old step ids that content/permalinks.json sends to a step of a chart: a saved address
 * /present/<chart>/<old-id>/ keeps working, showing the step that replaced it. An old id that is
 * again a step's own id is that step's, never an alias.
 */
export function presentAliases(steps: Map<ChartId, PresentStep[]>, aliases: Readonly<Record<string, string>>): { chart: ChartId; from: string; step: PresentStep }[] {
  const byId = new Map([...steps].flatMap(([chart, list]) => list.map((step) => [step.id, { chart, step }] as const)));
  return Object.entries(aliases).flatMap(([from, to]) => {
    const target = byId.get(to);
    return target && !byId.has(from) ? [{ chart: target.chart, from, step: target.step }] : [];
  });
}
