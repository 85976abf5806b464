/**
 * The stacked layout of the row charts: what a reader sees close up and fold at each step.
 */
import { describe, expect, it } from 'vitest';
import { openLayers, stackLayout, type StackPart } from '../../src/charts/stack-layout.ts';

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
});
