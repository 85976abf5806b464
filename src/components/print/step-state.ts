/**
 * What the handout needs to draw each scroll step as a still figure: which chart a step belongs
 * to (read from the chapter outlines, since a component cannot see its parent), the chart's
 * geometry reduced to that step's state, and the chart builds shared between steps.
 */
import { chartBuilders, type ChartBuild, type ChartData } from '../../lib/data/charts.ts';
import { isChartId, type ChartId } from '../../charts/index.ts';
import { decodeTimeline, statusAt, type PlaceStatus } from '../../charts/geo/status.ts';
import type { ChartGeometry, Mark } from '../../charts/types.ts';
import type { ComponentUse } from '../../lib/mdx/outline.ts';

export interface StepChart {
  chart: ChartId;
  /** The enclosing `<Scrolly>`'s title and subtitle. */
  title: string;
  subtitle: string;
  /** Slug of the chapter the step is in. */
  chapter: string;
  /** The step's place among the chapter's steps, from 1: its figure number in the handout. */
  figure: number;
}

/** Every step id in the explainer, with the chart it drives. Step ids are unique across the explainer (they are anchors on one page). */
export function stepCharts(chapters: { slug: string; uses: ComponentUse[] }[]): Map<string, StepChart> {
  const charts = new Map<string, StepChart>();
  for (const { slug, uses } of chapters) {
    let figure = 0;
    for (const use of uses) {
      if (use.name !== 'Step') continue;
      figure++;
      const id = use.attributes.id;
      const scrolly = use.ancestors.find((ancestor) => ancestor.name === 'Scrolly');
      const chart = scrolly?.attributes.chart;
      if (!id || !chart || !isChartId(chart)) continue;
      charts.set(id, { chart, title: scrolly.attributes.title ?? '', subtitle: scrolly.attributes.subtitle ?? '', chapter: slug, figure });
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

/** The words a place's status line shows (src/client/place-status.ts shows the same). */
const statusWords: Record<PlaceStatus, string> = { held: 'held', contested: 'contested', retaken: 'retaken', 'not-held': '' };

const hasClass = (mark: Mark, name: string) => (mark.className ?? '').split(/\s+/).includes(name);

/** A place carries its timeline; give it the status in force on the date, as the live map does. */
function atDate(mark: Mark, date: string): Mark {
  if (mark.kind !== 'group') return mark;
  const timeline = mark.data?.timeline;
  if (timeline === undefined) return { ...mark, marks: mark.marks.map((child) => atDate(child, date)) };
  const { status } = statusAt(decodeTimeline(timeline), date);
  return {
    ...mark,
    data: { ...mark.data, status },
    marks: mark.marks.map((child) => (child.kind === 'text' && hasClass(child, 'place-status') ? { ...child, text: statusWords[status] } : child)),
  };
}

/**
 * The chart as the step shows it: only the layers the step names, only the axes of their scales
 * (the rule src/client/scrolly-story.ts applies on screen), and for a dated chart every place at
 * its status on the step's date. Hidden layers are left out of the markup, not hidden by CSS.
 */
export function stepGeometry(chart: ChartGeometry, show: string, date?: string): ChartGeometry {
  const shown = new Set(show.split(/\s+/).filter(Boolean));
  const layers = chart.layers
    .filter((layer) => shown.has(layer.id))
    .map((layer) => (date ? { ...layer, marks: layer.marks.map((mark) => atDate(mark, date)) } : layer));
  const scales = new Set(['always', ...layers.map((layer) => layer.scale)]);
  // Every scale left is one the step shows, so none of it may be marked "off without JavaScript".
  return { ...chart, layers, axes: chart.axes.filter((axis) => scales.has(axis.scale)), staticScales: [...scales] };
}
