/**
 * What the handout needs to draw each scroll step as a still figure: which chart a step belongs
 * to (read from the chapter outlines, since a component cannot see its parent), the chart's
 * geometry reduced to that step's state, and the chart builds shared between steps.
 */
import { chartBuilders, type ChartBuild, type ChartData } from '../../lib/data/charts.ts';
import { isChartId, type ChartId } from '../../charts/index.ts';
import { decodeTimeline, statusAt, statusWords } from '../../charts/geo/status.ts';
import type { ChartGeometry, Mark } from '../../charts/types.ts';
import type { ComponentUse } from '../../lib/mdx/outline.ts';
import { formatDate } from '../../lib/data/dates.ts';
import { parsePartialDate } from '../../lib/schemas/common.ts';

export interface StepChart {
  chart: ChartId;
  /** The enclosing `<Scrolly>`'s title and subtitle. */
  title: string;
  subtitle: string;
  /** Slug of the chapter the step is in. */
  chapter: string;
  /** The figure's number in the handout, from 1 in each chapter; steps that share a figure share its number. */
  figure: number;
  /** The step whose figure this step's words go with: itself, or a later step that adds to this one's state. */
  figureStep: string;
  /** A dated step (a map on a date): drawn as one of a page of small dated panels. */
  panel: boolean;
  /** The step's alt text as written (with `{figure-id}` placeholders), and its date if it has one. */
  alt: string;
  date?: string;
}

interface PlannedStep {
  id: string;
  show: string;
  date?: string | null;
  alt?: string | null;
}

/**
 * Which step draws the figure each step's words go with. A handout needs a new figure only where
 * the state changes in a way the previous figure cannot show: a step that only adds layers to the
 * one before (same date, or none) reads just as well against the later, fuller figure, so the run
 * of such steps shares the figure of its last step. A dated step always has its own figure, since
 * the same places have other statuses on another date. A run stops at `maxRun` steps: the words of
 * more steps than that no longer fit on one page with the figure they lead into.
 */
export const MAX_STEPS_PER_FIGURE = 3;

export function figurePlan(steps: PlannedStep[], maxRun = MAX_STEPS_PER_FIGURE): Map<string, string> {
  const plan = new Map<string, string>();
  const layers = (step: PlannedStep) => new Set(step.show.split(/\s+/).filter(Boolean));
  const addsTo = (step: PlannedStep, next: PlannedStep | undefined) =>
    !!next && !step.date && !next.date && [...layers(step)].every((layer) => layers(next).has(layer));
  let run: string[] = [];
  steps.forEach((step, i) => {
    run.push(step.id);
    if (run.length < maxRun && addsTo(step, steps[i + 1])) return;
    for (const id of run) plan.set(id, step.id);
    run = [];
  });
  return plan;
}

/** Every step id in the explainer, with the chart it drives. Step ids are unique across the explainer (they are anchors on one page). */
export function stepCharts(chapters: { slug: string; uses: ComponentUse[] }[]): Map<string, StepChart> {
  const charts = new Map<string, StepChart>();
  for (const { slug, uses } of chapters) {
    // Steps of one <Scrolly> run together, so a change of chart or scrolly title starts a new run.
    const runs: { scrolly: ComponentUse['ancestors'][number]; chart: ChartId; steps: PlannedStep[] }[] = [];
    for (const use of uses) {
      if (use.name !== 'Step') continue;
      const id = use.attributes.id;
      const scrolly = use.ancestors.find((ancestor) => ancestor.name === 'Scrolly');
      const chart = scrolly?.attributes.chart;
      if (!id || !chart || !isChartId(chart)) continue;
      const last = runs.at(-1);
      const step = { id, show: use.attributes.show ?? '', date: use.attributes.date, alt: use.attributes.alt };
      if (last && last.chart === chart && last.scrolly.attributes.title === scrolly.attributes.title) last.steps.push(step);
      else runs.push({ scrolly, chart, steps: [step] });
    }
    let figure = 0;
    for (const { scrolly, chart, steps } of runs) {
      const plan = figurePlan(steps);
      // Figures are numbered in the order they are drawn; a step carries its figure's number.
      const numbers = new Map<string, number>();
      for (const step of steps) {
        const figureStep = plan.get(step.id) ?? step.id;
        if (!numbers.has(figureStep)) numbers.set(figureStep, ++figure);
        charts.set(step.id, {
          chart,
          title: scrolly.attributes.title ?? '',
          subtitle: scrolly.attributes.subtitle ?? '',
          chapter: slug,
          figure: numbers.get(figureStep)!,
          figureStep,
          panel: !!step.date,
          alt: step.alt ?? '',
          ...(step.date ? { date: step.date } : {}),
        });
      }
    }
  }
  return charts;
}

// Keyed by the data object, so a dev server that reloads the data also rebuilds the charts.
const builds = new WeakMap<ChartData, Map<ChartId, ChartBuild>>();

/** A chart built once per build, however many steps draw it. */
export function chartBuild(data: ChartData, chart: ChartId): ChartBuild {
  let byChart = builds.get(data);
  if (!byChart) builds.set(data, (byChart = new Map()));
  let build = byChart.get(chart);
  if (!build) byChart.set(chart, (build = chartBuilders[chart](data)));
  return build;
}

const hasClass = (mark: Mark, name: string) => (mark.className ?? '').split(/\s+/).includes(name);

/** A place carries its timeline; give it the status in force on the date, as the live map does. */
function atDate(mark: Mark, date: string): Mark {
  if (mark.kind !== 'group') return mark;
  const timeline = mark.data?.timeline;
  if (timeline === undefined) return { ...mark, marks: mark.marks.map((child) => atDate(child, date)) };
  const { status } = statusAt(decodeTimeline(timeline), date);
  // The status lines sit in the place's label sets (phone and wide), a level down.
  const withStatus = (child: Mark): Mark =>
    child.kind === 'group' ? { ...child, marks: child.marks.map(withStatus) } : child.kind === 'text' && hasClass(child, 'place-status') ? { ...child, text: statusWords[status] } : child;
  return { ...mark, data: { ...mark.data, status }, marks: mark.marks.map(withStatus) };
}

const isDateLabel = (mark: Mark) => mark.kind === 'text' && hasClass(mark, 'map-date');

/** The map's date corner: the whole period in the markup, the step's own date in a still of it. */
function withDateLabel(mark: Mark, words: string): Mark {
  if (isDateLabel(mark)) return { ...mark, text: words } as Mark;
  return mark.kind === 'group' ? { ...mark, marks: mark.marks.map((child) => withDateLabel(child, words)) } : mark;
}

/** A step's date in words, as the live map's corner shows it ("31 January 2014", "2015"). */
function dateWords(date: string): string | undefined {
  const moment = parsePartialDate(date);
  // The validator has already checked the date; anything else leaves the label as it is.
  return moment && typeof moment !== 'string' ? formatDate(moment) : undefined;
}

/**
 * The chart as the step shows it: only the layers the step names, only the axes of their scales
 * (the rule src/client/scrolly-story.ts applies on screen), and for a dated chart every place at
 * its status on the step's date, and that date in the map's corner (the live map's script writes
 * it on screen). Hidden layers are left out of the markup, not hidden by CSS.
 */
export function stepGeometry(chart: ChartGeometry, show: string, date?: string): ChartGeometry {
  const shown = new Set(show.split(/\s+/).filter(Boolean));
  const words = date ? dateWords(date) : undefined;
  const atStep = (mark: Mark): Mark => {
    const placed = date ? atDate(mark, date) : mark;
    return words ? withDateLabel(placed, words) : placed;
  };
  const layers = chart.layers.filter((layer) => shown.has(layer.id)).map((layer) => (date ? { ...layer, marks: layer.marks.map(atStep) } : layer));
  const scales = new Set(['always', ...layers.map((layer) => layer.scale)]);
  // Every scale left is one the step shows, so none of it may be marked "off without JavaScript".
  return { ...chart, layers, axes: chart.axes.filter((axis) => scales.has(axis.scale)), staticScales: [...scales] };
}
