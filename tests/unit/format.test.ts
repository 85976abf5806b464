import { describe, expect, it } from 'vitest';
import { formatAmount, formatNumber, machineValue } from '../../src/lib/data/format.ts';
import { formatDate, formatIsoDate } from '../../src/lib/data/dates.ts';
import { isoDateWords } from '../../src/lib/data/date-words.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/schemas/common.ts';

describe('figures as readers see them (en-GB)', () => {
  it('prints millions of people in words, with the qualifier', () => {
    expect(formatAmount({ low: 7_700_000, high: 7_700_000, unit: 'people', qualifier: 'more-than' })).toBe('more than 7.7 million people');
    expect(formatAmount({ low: 6_000_000, high: 12_000_000, unit: 'people' })).toBe('6–12 million people');
  });

  it('prints ranges of fighters with grouped digits and an en dash', () => {
    expect(formatAmount({ low: 20_000, high: 31_500, unit: 'fighters' })).toBe('20,000–31,500 fighters');
    expect(formatAmount({ low: 14_000, high: 14_000, unit: 'fighters', qualifier: 'about' })).toBe('about 14,000 fighters');
  });

  it('prints areas and shares with their symbols', () => {
    expect(formatAmount({ low: 90_800, high: 90_800, unit: 'km2' })).toBe('90,800 km²');
    expect(formatAmount({ low: 40, high: 40, unit: 'percent', qualifier: 'about' })).toBe('about 40%');
    expect(formatAmount({ low: 0.5, high: 0.5, unit: 'km2', qualifier: 'about' })).toBe('about 0.5 km²');
  });

  it('can leave out the unit word, and gives machines the raw number', () => {
    expect(formatNumber({ low: 7_700_000, high: 7_700_000, unit: 'people' })).toBe('7.7 million');
    expect(machineValue({ low: 20_000, high: 31_500 })).toBe('20000-31500');
    expect(machineValue({ low: 5, high: 5 })).toBe('5');
  });

  it('prints dates to the precision the source gave', () => {
    const date = (text: string) => parsePartialDate(text) as PartialDate;
    expect(formatDate(date('2014'))).toBe('2014');
    expect(formatDate(date('2014-06'))).toBe('June 2014');
    expect(formatDate(date('2014-06-29'))).toBe('29 June 2014');
    expect(formatIsoDate('2014-01')).toBe('January 2014');
  });

  it('drops only the year when asked for day and month, never the day or month a source gave', () => {
    const date = (text: string) => parsePartialDate(text) as PartialDate;
    expect(formatDate(date('2014-06-29'), 'day-month')).toBe('29 June');
    // A date known to the month keeps its year: "June" alone would lose what the source said.
    expect(formatDate(date('2014-06'), 'day-month')).toBe('June 2014');
    expect(formatDate(date('2014'), 'day-month')).toBe('2014');
  });
});

describe('map dates in the browser', () => {
  it('are the words the build prints, for every day, month and year the maps can show', () => {
    const isos: string[] = [];
    for (let year = 2013; year <= 2019; year++) {
      isos.push(String(year));
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        isos.push(`${year}-${mm}`);
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (let day = 1; day <= days; day++) isos.push(`${year}-${mm}-${String(day).padStart(2, '0')}`);
      }
    }
    const differing = isos.filter((iso) => isoDateWords(iso) !== formatIsoDate(iso));
    expect(differing).toEqual([]);
    expect(isos.length).toBeGreaterThan(2500);
    expect(isoDateWords('2016-02-29')).toBe('29 February 2016');
  });
});
