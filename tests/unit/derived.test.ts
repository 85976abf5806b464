/**
 * Numbers we work out ourselves: the arithmetic the validator checks a stored value against, and
 * how every surface prints such a value so that it reads as ours.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compute, inputPrecision, roundToFigures, significantFigures, type DerivedInput } from '../../src/lib/data/derive.ts';
import { printAmount, saidBySource, type Printable } from '../../src/lib/data/derived-text.ts';

const sqMi: DerivedInput & Printable = { low: 81_000, high: 81_000, unit: 'sq-mi', qualifier: 'about' };
const countryArea: Printable & DerivedInput = { low: 185_180, high: 185_180, unit: 'km2', qualifier: 'exact' };
const halfInWords: Printable & DerivedInput = { low: 50, high: 50, unit: 'percent', qualifier: 'more-than', sourceWords: 'more than half of the country' };
const figures = new Map<string, Printable>([
  ['area-sq-mi', sqMi],
  ['area-country', countryArea],
  ['share-words', halfInWords],
  ['area-start', { low: 90_800, high: 90_800, unit: 'km2', qualifier: 'exact' }],
  ['area-end', { low: 36_200, high: 36_200, unit: 'km2', qualifier: 'exact' }],
]);

describe('the arithmetic of derived figures', () => {
  it('reads the precision of a number as editors write it', () => {
    expect([81_000, 185_180, 0.5, 99.5, 50, 3].map(significantFigures)).toEqual([2, 5, 1, 3, 1, 1]);
  });

  it('converts about 81,000 sq mi to 209,789 km², which at the two figures the source gave is 210,000', () => {
    const { high } = compute('sq-mi-to-km2', [sqMi]);
    expect(high).toBeCloseTo(209_789.04, 1);
    expect(roundToFigures(high, inputPrecision([sqMi]))).toBe(210_000);
  });

  it('rounds a "more than" down and a "less than" up, so the claim stays true', () => {
    const half = compute('percent-of', [halfInWords, countryArea]).high;
    expect(half).toBe(92_590);
    expect(roundToFigures(half, 1, 'down')).toBe(90_000);
    expect(roundToFigures(95_000, 1, 'down')).toBe(90_000);
    expect(roundToFigures(5_555.4, 1, 'up')).toBe(6_000);
    expect(roundToFigures(5_555.4, 1)).toBe(6_000);
    expect(roundToFigures(5_455, 1, 'down')).toBe(5_000);
  });
});

describe('how a derived figure is printed', () => {
  it('a conversion names what it converted, with its qualifier', () => {
    const km2: Printable = { low: 210_000, high: 210_000, unit: 'km2', qualifier: 'about', derivedFrom: { operation: 'sq-mi-to-km2', inputs: ['area-sq-mi'] } };
    expect(printAmount(km2, figures)).toBe('about 210,000 km², our conversion of about 81,000 sq mi');
    expect(printAmount(km2, figures, { bare: true })).toBe('about 210,000, our conversion of about 81,000 sq mi');
    expect(saidBySource(km2, figures)).toBe('about 81,000 sq mi');
  });

  it('a calculation from words quotes the words, never a number the source did not give', () => {
    const fromWords: Printable = { low: 90_000, high: 90_000, unit: 'km2', qualifier: 'more-than', derivedFrom: { operation: 'percent-of', inputs: ['share-words', 'area-country'] } };
    expect(printAmount(fromWords, figures)).toBe('more than 90,000 km², our calculation from “more than half of the country” and 185,180 km²');
    expect(saidBySource(fromWords, figures)).toBe('more than half of the country');
  });

  it('a difference shows both figures', () => {
    const lost: Printable = { low: 54_600, high: 54_600, unit: 'km2', qualifier: 'exact', derivedFrom: { operation: 'difference', inputs: ['area-start', 'area-end'] } };
    expect(printAmount(lost, figures)).toBe('54,600 km², our calculation: 90,800 km² minus 36,200 km²');
  });

  it('a figure its source gave in words prints the words', () => {
    expect(printAmount(halfInWords, figures)).toBe('more than half of the country');
  });
});

describe('the explainer’s own data', () => {
  const territory = JSON.parse(readFileSync('content/data/territory.json', 'utf8')) as { id: string; value?: number; derivedFrom?: unknown }[];
  it('the km² it once printed as the NCTC’s and SOHR’s own are now marked as our calculations', () => {
    const rows = territory.filter((row) => row.id === 'nctc-2014-09' || row.id === 'sohr-2015-05');
    expect(rows.map((row) => [row.id, row.value, !!row.derivedFrom])).toEqual([
      ['nctc-2014-09', 210_000, true],
      ['sohr-2015-05', 90_000, true],
    ]);
  });

  it('no row keeps "(DERIVED)" in a free-text note any more', () => {
    for (const file of ['figures', 'territory', 'population', 'fighters']) expect(readFileSync(`content/data/${file}.json`, 'utf8'), file).not.toContain('DERIVED');
  });
});
