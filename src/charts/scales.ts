/** Scales and ticks shared by the charts. */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const plotArea = ({ width, height, margin }: Frame) => ({
  left: margin.left,
  right: width - margin.right,
  top: margin.top,
  bottom: height - margin.bottom,
});

export function timeScale(from: Date, to: Date, range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain([from, to]).range(range);
}

export function valueScale(max: number, range: [number, number]): ScaleLinear<number, number> {
  return scaleLinear().domain([0, max]).range(range).nice();
}

const grouped = new Intl.NumberFormat('en-GB');

/** A tick's words: grouped digits, or in millions as a bare number (the axis title carries the unit). */
export const tickLabel = (value: number, style: 'digits' | 'millions' = 'digits') => grouped.format(style === 'millions' ? value / 1_000_000 : value);

/** Ticks of a value scale, labelled with grouped digits or in millions ("10m"). */
export function valueTicks(scale: ScaleLinear<number, number>, count: number, style: 'digits' | 'millions' = 'digits') {
  return scale.ticks(count).map((value) => ({ position: scale(value), label: tickLabel(value, style) }));
}

/** One tick a year, on 1 January, labelled with the year. */
export function yearTicks(scale: ScaleTime<number, number>) {
  const [from, to] = scale.domain() as [Date, Date];
  const ticks = [];
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
    const date = new Date(Date.UTC(year, 0, 1));
    if (date >= from && date <= to) ticks.push({ position: scale(date), label: String(year) });
  }
  return ticks;
}

/** Middle of the period a partial date names, so a month-precise figure sits mid-month. */
export function dateMidpoint(date: { start: Date; precision: 'year' | 'month' | 'day' }): Date {
  const { start, precision } = date;
  if (precision === 'day') return start;
  const end = precision === 'month' ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) : new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  return new Date((start.getTime() + end.getTime()) / 2);
}
