/** A figure as a whole-number percentage of another, for ratios printed in the text. */
import type { FigureRow } from '../schemas/figures.ts';

type Amount = Pick<FigureRow, 'low' | 'high' | 'unit'>;

export function ratioPercent(of: Amount, to: Amount): number {
  if (of.unit !== to.unit) throw new Error(`Cannot compare ${of.unit} with ${to.unit}`);
  if (of.low !== of.high || to.low !== to.high) throw new Error('A ratio needs two single values, not ranges');
  return Math.round((of.high / to.high) * 100);
}
