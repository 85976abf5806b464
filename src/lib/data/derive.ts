/**
 * The arithmetic behind derived figures, shared by the validator (which checks a stored value
 * against it) and the pages (which print the value as ours). Pure: numbers in, numbers out.
 */
import type { DerivedOperation } from '../schemas/derived.ts';
import type { Qualifier } from '../schemas/common.ts';
import type { FigureUnit } from '../schemas/figures.ts';

/** Square kilometres in one international square mile (1 mi = 1.609344 km, squared). */
export const KM2_PER_SQ_MI = 1.609344 ** 2;

export interface DerivedInput {
  low: number;
  high: number;
  unit: FigureUnit;
  qualifier: Qualifier;
}

/** How many inputs each operation takes, and what they must be, in the editor's words. */
export const operationInputs: Record<DerivedOperation, { count: number; takes: string }> = {
  'sq-mi-to-km2': { count: 1, takes: 'one figure in sq-mi' },
  'percent-of': { count: 2, takes: 'two figures: a percent, then the figure it is a percentage of' },
  difference: { count: 2, takes: 'two single-value figures in the same unit: the larger, then the one taken from it' },
};

/** What is wrong with the inputs given (their number, units, ranges), or undefined when the operation takes them. */
export function inputProblem(operation: DerivedOperation, inputs: readonly DerivedInput[]): string | undefined {
  const [a, b] = inputs;
  if (inputs.length !== operationInputs[operation].count || !a) return `was given ${inputs.length} input${inputs.length === 1 ? '' : 's'}`;
  switch (operation) {
    case 'sq-mi-to-km2':
      return a.unit === 'sq-mi' ? undefined : `converts a figure in sq-mi, and the input is in ${a.unit}`;
    case 'percent-of':
      if (a.unit !== 'percent') return `was given a first input in ${a.unit}`;
      return b!.low === b!.high ? undefined : 'was given a range as the whole';
    case 'difference':
      if (a.unit !== b!.unit) return `was given figures in ${a.unit} and ${b!.unit}`;
      return a.low === a.high && b!.low === b!.high ? undefined : 'was given a range';
  }
}

/** The unit the operation's result is in. */
export function resultUnit(operation: DerivedOperation, inputs: readonly DerivedInput[]): FigureUnit {
  if (operation === 'sq-mi-to-km2') return 'km2';
  if (operation === 'percent-of') return inputs[1]!.unit;
  return inputs[0]!.unit;
}

/** The operation on the inputs, unrounded (low and high: a range converts end by end). */
export function compute(operation: DerivedOperation, inputs: readonly DerivedInput[]): { low: number; high: number } {
  const [a, b] = inputs as [DerivedInput, DerivedInput];
  switch (operation) {
    case 'sq-mi-to-km2':
      return { low: a.low * KM2_PER_SQ_MI, high: a.high * KM2_PER_SQ_MI };
    case 'percent-of':
      return { low: (a.low / 100) * b.high, high: (a.high / 100) * b.high };
    case 'difference':
      return { low: a.low - b.low, high: a.high - b.high };
  }
}

/**
 * Significant figures of a number as an editor wrote it: 81,000 has two, 185,180 five, 0.5 one.
 * Trailing zeros of a whole number are read as rounding, which is how sources write round figures.
 */
export function significantFigures(value: number): number {
  if (value === 0) return 1;
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '');
  return Number.isInteger(value) ? digits.replace(/0+$/, '').length || 1 : digits.length;
}

export type Rounding = 'nearest' | 'down' | 'up';

/**
 * Which way a calculation from a qualified figure may round without changing what it claims:
 * "more than 92,590" may become "more than 90,000", never "more than 100,000".
 */
export function roundingFor(qualifier: Qualifier): Rounding {
  if (qualifier === 'more-than' || qualifier === 'at-least') return 'down';
  if (qualifier === 'less-than' || qualifier === 'up-to' || qualifier === 'almost') return 'up';
  return 'nearest';
}

/** `value` to `figures` significant figures, in the given direction. */
export function roundToFigures(value: number, figures: number, rounding: Rounding = 'nearest'): number {
  if (value === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - figures + 1);
  const scaled = value / step;
  // A float a hair off a whole number (5555.0000001) must not round up a whole step.
  const nearWhole = Math.abs(scaled - Math.round(scaled)) < 1e-9 ? Math.round(scaled) : scaled;
  const whole = rounding === 'down' ? Math.floor(nearWhole) : rounding === 'up' ? Math.ceil(nearWhole) : Math.round(nearWhole);
  return Number((whole * step).toPrecision(15));
}

/** The precision a result may claim: the fewest significant figures among its inputs' numbers. */
export function inputPrecision(inputs: readonly DerivedInput[]): number {
  return Math.min(...inputs.flatMap((input) => [input.low, input.high]).map(significantFigures));
}

/** The qualifiers a result may carry: those its inputs carry; with none, exact or about. */
export function allowedQualifiers(inputs: readonly DerivedInput[]): Qualifier[] {
  const carried = [...new Set(inputs.map((input) => input.qualifier).filter((q) => q !== 'exact'))];
  return carried.length ? carried : ['exact', 'about'];
}
