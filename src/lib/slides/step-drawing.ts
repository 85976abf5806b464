/**
 * A scroll step's chart as a drawing that stands alone: the layers the step shows (the handout's
 * stepGeometry), a stacked chart closed up and folded as the live chart lays it out at that step
 * (stackLayout, the rule the page's script applies), and the words the page sets in capitals
 * written in capitals, since a standalone SVG has no text-transform; a dated map says its date.
 */
import { chartSvg } from '../../charts/svg.ts';
import { openLayers, stackLayout, stepStackParts } from '../../charts/stack-layout.ts';
import type { ChartGeometry, Mark } from '../../charts/types.ts';
import { stepGeometry } from '../../components/print/step-state.ts';
import { formatIsoDate } from '../data/dates.ts';
import { UPPERCASE_CLASSES } from './chart-style.ts';

export interface StepDrawing {
  /** The chart's marks and axes (the inside of its <svg>). */
  inner: string;
  width: number;
  height: number;
}

/** A step as the chart's run of steps sees it. */
export interface ChartStep {
  show: string;
  date?: string;
}

const classes = (mark: Mark) => (mark.className ?? '').split(/\s+/);

/** What the page's script and stylesheet do to a mark's words: capitals, and a dated map's date (src/client/place-status.ts). */
function words(date: string | undefined) {
  const fix = (mark: Mark): Mark => {
    if (mark.kind === 'group') return { ...mark, marks: mark.marks.map(fix) };
    if (mark.kind !== 'text') return mark;
    if (date && classes(mark).includes('map-date')) return { ...mark, text: formatIsoDate(date) };
    if (classes(mark).some((name) => UPPERCASE_CLASSES.includes(name))) return { ...mark, text: mark.text.toUpperCase() };
    return mark;
  };
  return fix;
}

const layerNames = (show: string) => show.split(/\s+/).filter(Boolean);

/** `steps`: every step of the chart's run, in order (a stacked chart folds what a step does not add); `index`: this step's place in it. */
export function stepDrawing(chart: ChartGeometry, steps: ChartStep[], index: number): StepDrawing {
  const step = steps[index]!;
  const geometry = stepGeometry(chart, step.show, step.date);
  const fix = words(step.date);
  const svg = chartSvg({ ...geometry, layers: geometry.layers.map((layer) => ({ ...layer, marks: layer.marks.map(fix), ...(layer.above ? { above: layer.above.map(fix) } : {}) })) });
  const inner = svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));
  const parts = stepStackParts(chart, new Set(layerNames(step.show)));
  if (parts.length === 0) return { inner, width: chart.width, height: chart.height };
  const { offsets, folded, bottom } = stackLayout(parts, openLayers(steps.map((s) => layerNames(s.show)))[index]!);
  const lowest = Math.max(...parts.map((p) => p.top + p.height));
  // Each stacked group carries data-stack-top; move it up and fold it as the page's script would.
  const laidOut = inner.replace(/<g class="([^"]*)"([^>]*?) data-stack-top="/g, (whole, className: string, attrs: string) => {
    const key = className.split(' ').includes('axis') ? `axis:${/data-scale="([^"]*)"/.exec(attrs)?.[1]}` : /data-layer="([^"]*)"/.exec(attrs)?.[1];
    if (!key) return whole;
    const fold = folded.has(key) ? ' is-folded' : '';
    return `<g class="${className}${fold}" transform="translate(0,${offsets.get(key) ?? 0})"${attrs} data-stack-top="`;
  });
  return { inner: laidOut, width: chart.width, height: bottom + (chart.height - lowest) };
}
