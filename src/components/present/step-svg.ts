/**
 * The chart as present mode draws it for one step: the handout's still of that step
 * (stepGeometry), with a dated map's date label set to the step's date (the live map's script
 * does this on screen), a stacked chart laid out as the story lays it out at that step, and the
 * drawing centred in its box, level with the words beside it.
 */
import { chartSvg, type SvgOptions } from '../../charts/svg.ts';
import type { ChartGeometry, Mark } from '../../charts/types.ts';
import { stepGeometry } from '../print/step-state.ts';
import { stackedStepSvg } from './stacked-step.ts';

const isDateLabel = (mark: Mark) => mark.kind === 'text' && (mark.className ?? '').split(/\s+/).includes('map-date');

function withDateLabel(mark: Mark, words: string): Mark {
  if (isDateLabel(mark)) return { ...mark, text: words } as Mark;
  return mark.kind === 'group' ? { ...mark, marks: mark.marks.map((child) => withDateLabel(child, words)) } : mark;
}

export function presentStepSvg(chart: ChartGeometry, shows: string[], index: number, date?: { iso: string; words: string }, options: SvgOptions = {}): string {
  const still = stepGeometry(chart, shows[index] ?? '', date?.iso);
  const dated = date ? { ...still, layers: still.layers.map((layer) => ({ ...layer, marks: layer.marks.map((mark) => withDateLabel(mark, date.words)) })) } : still;
  return stackedStepSvg(chart, chartSvg(dated, options), shows, index).replace('preserveAspectRatio="xMidYMin meet"', 'preserveAspectRatio="xMidYMid meet"');
}

/** A chart's width over its height, from the SVG's viewBox. */
export function svgAspect(svg: string): number {
  const [, width = 1, height = 1] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)?.map(Number) ?? [];
  return width / height;
}
