/**
 * The chart as present mode draws it for one step: the handout's still of that step
 * (stepGeometry, which also puts a dated map's own date in its corner), a stacked chart laid out
 * as the story lays it out at that step, and the drawing centred in its box, level with the words
 * beside it.
 */
import { chartSvg, type SvgOptions } from '../../charts/svg.ts';
import type { ChartGeometry } from '../../charts/types.ts';
import { stepGeometry } from '../print/step-state.ts';
import { stackedStepSvg } from './stacked-step.ts';

export function presentStepSvg(chart: ChartGeometry, shows: string[], index: number, date?: { iso: string }, options: SvgOptions = {}): string {
  const still = stepGeometry(chart, shows[index] ?? '', date?.iso);
  return stackedStepSvg(chart, chartSvg(still, options), shows, index).replace('preserveAspectRatio="xMidYMin meet"', 'preserveAspectRatio="xMidYMid meet"');
}

/** A chart's width over its height, from the SVG's viewBox. */
export function svgAspect(svg: string): number {
  const [, width = 1, height = 1] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)?.map(Number) ?? [];
  return width / height;
}
