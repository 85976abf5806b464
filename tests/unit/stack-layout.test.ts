/**
 * The stacked layout of the row charts: what a reader sees close up and fold at each step.
 */
import { describe, expect, it } from 'vitest';
import { openLayers, partsShown, stackedHeight, stackLayout, stillOpen, type StackPart } from '../../src/charts/stack-layout.ts';

const parts = (shown: string[]): StackPart[] => [
  { key: '2014', top: 100, height: 150, folded: 38, shown: shown.includes('2014') },
  { key: 'lift', top: 100, height: 0, with: '2014', shown: shown.includes('lift') },
  { key: '2016', top: 250, height: 86, folded: 38, shown: shown.includes('2016') },
  { key: '2017', top: 336, height: 86, folded: 38, shown: shown.includes('2017') },
  { key: 'axis:always', top: 422, height: 46, shown: true },
];

describe('stacked layout', () => {
  it('closes up the parts a step shows: a hidden group leaves no gap above the axis', () => {
    const { offsets, bottom } = stackLayout(parts(['2014', '2017']), null);
    expect(offsets.get('2014')).toBe(0);
    expect(offsets.get('2017')).toBe(-86);
    expect(offsets.get('axis:always')).toBe(-86);
    expect(bottom).toBe(100 + 150 + 86 + 46);
  });

  it('folds the shown groups that are not open, and a part drawn inside one folds and moves with it', () => {
    const { offsets, folded, bottom } = stackLayout(parts(['2014', 'lift', '2016', '2017']), new Set(['2017']));
    expect([...folded].sort()).toEqual(['2014', '2016', 'lift']);
    expect(offsets.get('2016')).toBe(100 + 38 - 250);
    expect(offsets.get('lift')).toBe(offsets.get('2014'));
    expect(bottom).toBe(100 + 38 + 38 + 86 + 46);
  });

  it('opens what each step adds; the first step, and a step that adds nothing, keep the layers open before them', () => {
    const open = openLayers([['legend', '2014'], ['legend', '2014', '2016'], ['legend', '2014', '2016'], ['legend', '2014', '2016', '2017', '2018']]);
    expect(open[0]).toBeNull();
    expect([...open[1]!]).toEqual(['2016']);
    expect([...open[2]!]).toEqual(['2016']);
    expect([...open[3]!].sort()).toEqual(['2017', '2018']);
  });

  it('shows an axis with the layers on its scale, and keeps a stacked chart as tall as its tallest step', () => {
    const slots = parts([]).map(({ shown: _, ...slot }) => slot);
    const scales = new Map([['2014', 'count'], ['lift', 'count'], ['2016', 'count'], ['2017', 'count']]);
    const counted = [...slots, { key: 'axis:count', top: 468, height: 40 }];
    expect(partsShown(counted, scales, new Set(['2016'])).filter((part) => part.shown).map((part) => part.key)).toEqual(['2016', 'axis:always', 'axis:count']);
    expect(partsShown(counted, new Map(), new Set()).find((part) => part.key === 'axis:count')!.shown).toBe(false);
    // The first step stands 100 + 150 + 46 + 40 high, the second folds 2014 (100 + 38 + 86 + 46 + 40),
    // the third folds 2014 and 2016 and opens 2017: the tallest. The drawing is 520 high, 12 below
    // its lowest part (the count axis, ending at 508), and those 12 stay below.
    expect(stackedHeight(counted, scales, [['2014'], ['2014', '2016'], ['2014', '2016', '2017']], 520)).toBe(100 + 38 + 38 + 86 + 46 + 40 + 12);
  });

  it('tells whether a later step still draws in full what an earlier one did', () => {
    const shows = [['legend', '2014'], ['legend', '2014', '2016'], ['legend', '2014', '2016', 'note'], ['legend', '2014', '2016', 'note', 'extra']];
    const years = new Set(['2014', '2016']);
    // Step 2 adds 2016's rows, so 2014's fold: the first step's description is no longer true of it.
    expect(stillOpen(shows, years, 0, 1)).toBe(false);
    // Step 3 adds only a note: 2016 folds too (the step is about the note).
    expect(stillOpen(shows, years, 1, 2)).toBe(false);
    // Nothing folds on a chart that does not stack, and a step is always true of itself.
    expect(stillOpen(shows, new Set(), 0, 3)).toBe(true);
    expect(stillOpen(shows, years, 1, 1)).toBe(true);
    // A step whose open layers are not foldable (the note) stays true of a later figure that keeps them.
    expect(stillOpen(shows, years, 2, 3)).toBe(true);
  });
});

