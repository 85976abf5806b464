/**
 * Shared drawing for estimates given as a value or a range, with the qualifier a source used:
 * a dot for one number, a bar for a range, and a small arrow for "more than" or "up to".
 */
import type { Qualifier } from '../lib/schemas/common.ts';
import type { Mark } from './types.ts';

export interface Estimate {
  id: string;
  low: number;
  high: number;
  qualifier: Qualifier;
  /** Who made it, e.g. "a research institute". */
  who: string;
  /** A short name for the chart label, where the data gives one. */
  short?: string;
  /** When it was said or refers to, as printed: "2014", "Sep 2018". */
  when: string;
}

/** Marks for one estimate along a value axis; `along` maps a value to a position. */
export function estimateMarks(
  estimate: Estimate,
  along: (value: number) => number,
  across: number,
  orientation: 'horizontal' | 'vertical',
  className: string,
): Mark[] {
  const a = along(estimate.low);
  const b = along(estimate.high);
  const marks: Mark[] = [];
  const at = (p: number, q: number) => (orientation === 'horizontal' ? { x: p, y: q } : { x: q, y: p });
  if (estimate.low === estimate.high) {
    const c = at(a, across);
    marks.push({ kind: 'circle', cx: c.x, cy: c.y, r: 5.5, className: `estimate-dot ${className}` });
  } else {
    const thickness = 9;
    const start = Math.min(a, b);
    const length = Math.abs(b - a);
    marks.push(
      orientation === 'horizontal'
        ? { kind: 'rect', x: start, y: across - thickness / 2, width: length, height: thickness, className: `estimate-bar ${className}` }
        : { kind: 'rect', x: across - thickness / 2, y: start, width: thickness, height: length, className: `estimate-bar ${className}` },
    );
  }
  // "More than" points further along the axis, "up to"/"almost" back towards zero.
  const direction = estimate.qualifier === 'more-than' || estimate.qualifier === 'at-least' ? 1 : estimate.qualifier === 'up-to' || estimate.qualifier === 'almost' || estimate.qualifier === 'less-than' ? -1 : 0;
  if (direction !== 0) {
    const tip = direction > 0 ? Math.max(a, b) : Math.min(a, b);
    const sign = (orientation === 'horizontal' ? 1 : -1) * direction;
    const p1 = at(tip + sign * 9, across);
    const p2 = at(tip + sign * 17, across);
    const wing1 = at(tip + sign * 12, across - 4);
    const wing2 = at(tip + sign * 12, across + 4);
    marks.push({ kind: 'path', d: `M${p1.x},${p1.y}L${p2.x},${p2.y}M${wing1.x},${wing1.y}L${p2.x},${p2.y}L${wing2.x},${wing2.y}`, className: `qualifier-arrow ${className}` });
  }
  return marks;
}
