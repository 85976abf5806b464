import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/schemas/common.ts';
import { dataCollections, plainRefs } from '../../src/lib/schemas/index.ts';

describe('partial dates', () => {
  it('reads the precision from the form', () => {
    expect(parsePartialDate('2014')).toMatchObject({ precision: 'year', iso: '2014' });
    expect(parsePartialDate('2014-06')).toMatchObject({ precision: 'month' });
    expect(parsePartialDate('2014-06-29')).toMatchObject({ precision: 'day' });
    expect((parsePartialDate('2014-06-29') as { start: Date }).start.toISOString()).toBe('2014-06-29T00:00:00.000Z');
  });

  it('rejects dates that do not exist, and other forms', () => {
    expect(parsePartialDate('2019-02-29')).toMatch(/not a real calendar date/);
    expect(parsePartialDate('2016-02-29')).toMatchObject({ precision: 'day' });
    expect(parsePartialDate('2014-13')).toMatch(/not a real calendar date/);
    expect(parsePartialDate('29/06/2014')).toMatch(/not an ISO date/);
  });
});

describe('rows with amounts', () => {
  const fighters = dataCollections.fighters.schema(plainRefs);
  const base = { id: 'x', kind: 'fighters', scope: 'iraq', date: '2018-06', body: 'DoD', source: 's' };

  it('turns a single value into an equal low and high', () => {
    expect(fighters.parse({ ...base, value: 14000 })).toMatchObject({ low: 14000, high: 14000 });
  });

  it('keeps a range and gives references the shape Astro gives them', () => {
    expect(fighters.parse({ ...base, low: 15500, high: 17100 })).toMatchObject({ low: 15500, high: 17100, source: { collection: 'sources', id: 's' } });
  });

  it('refuses half a range, or a value and a range together', () => {
    expect(fighters.safeParse({ ...base, low: 15500 }).error?.issues[0]).toMatchObject({ path: ['high'] });
    expect(fighters.safeParse({ ...base, value: 1, low: 1, high: 2 }).error?.issues[0]?.message).toMatch(/either "value" or "low" and "high"/);
  });

  it('says which kebab-case id would be valid', () => {
    expect(fighters.safeParse({ ...base, id: 'CIA 2014', value: 1 }).error?.issues[0]?.message).toMatch(/not a kebab-case id/);
  });

  it('keeps a share lost within 0–100 percent', () => {
    const territory = dataCollections.territory.schema(plainRefs);
    const row = { id: 'x', measure: 'share-lost', where: 'iraq', date: '2016-01', body: 'Coalition', source: 's' };
    expect(territory.safeParse({ ...row, value: 40 }).success).toBe(true);
    expect(territory.safeParse({ ...row, value: 140 }).error?.issues[0]?.message).toMatch(/over 100/);
  });
});
