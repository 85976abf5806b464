/**
 * How numbers read on the page (en-GB): "more than 7.7 million people", "20,000–31,500 fighters",
 * "90,800 km²", "about 40%". One function so every mention of a figure reads the same way.
 */
import type { FigureUnit } from '../schemas/figures.ts';
import type { Qualifier } from '../schemas/common.ts';

export interface Amount {
  low: number;
  high: number;
  unit: FigureUnit;
  qualifier?: Qualifier;
}

export const qualifierWords: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  almost: 'almost ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'up-to': 'up to ',
  'at-least': 'at least ',
};

const unitWords: Record<FigureUnit, (plural: boolean) => string> = {
  people: () => ' people',
  fighters: (plural) => (plural ? ' fighters' : ' fighter'),
  members: (plural) => (plural ? ' members' : ' member'),
  km2: () => ' km²',
  'sq-mi': () => ' sq mi',
  km: () => ' km',
  percent: () => '%',
  countries: (plural) => (plural ? ' countries' : ' country'),
  count: () => '',
};

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const millions = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Counts of people in the millions read as "7.7 million"; everything else is grouped digits. */
const usesMillions = (unit: FigureUnit, value: number) =>
  value >= 1_000_000 && (unit === 'people' || unit === 'fighters' || unit === 'members' || unit === 'count');

/** The number alone, e.g. "7.7 million" or "20,000–31,500", with qualifier but no unit word. */
export function formatNumber({ low, high, unit, qualifier = 'exact' }: Amount): string {
  const inMillions = usesMillions(unit, low) && usesMillions(unit, high);
  const one = (value: number) => (inMillions ? millions.format(value / 1_000_000) : grouped.format(value));
  const body = low === high ? one(low) : `${one(low)}–${one(high)}`;
  return `${qualifierWords[qualifier]}${body}${inMillions ? ' million' : ''}`;
}

/** The number with its unit, as prose prints it: "more than 7.7 million people". */
export function formatAmount(amount: Amount): string {
  return `${formatNumber(amount)}${unitWords[amount.unit](amount.high !== 1)}`;
}

/** The value for a machine-readable `<data value>`: the number, or "low-high" for a range. */
export function machineValue({ low, high }: Pick<Amount, 'low' | 'high'>): string {
  return low === high ? String(low) : `${low}-${high}`;
}
