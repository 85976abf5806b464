import { describe, expect, it } from 'vitest';
import { figurePlan } from '../../src/components/print/step-state.ts';

const plan = (steps: { id: string; show: string; date?: string }[], maxRun?: number) => Object.fromEntries(figurePlan(steps, maxRun));

describe('figurePlan: which step draws the figure a step’s words go with', () => {
  it('steps that only add layers share the fuller figure of the last', () => {
    expect(plan([{ id: 'a', show: 'legend 2014' }, { id: 'b', show: 'legend 2014 2016' }, { id: 'c', show: 'legend 2014 2016 2017' }])).toEqual({ a: 'c', b: 'c', c: 'c' });
  });
  it('a step that takes a layer away needs its own figure', () => {
    expect(plan([{ id: 'a', show: 'x y' }, { id: 'b', show: 'influence' }, { id: 'c', show: 'x y pocket' }])).toEqual({ a: 'a', b: 'b', c: 'c' });
  });
  it('every dated step has its own figure: the same places differ on another date', () => {
    expect(plan([{ id: 'a', show: 'base places', date: '2014-01-31' }, { id: 'b', show: 'base places', date: '2014-06-30' }])).toEqual({ a: 'a', b: 'b' });
  });
  it('a run stops at the most steps whose words fit on a page with one figure', () => {
    const steps = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, show: ['l', ...'abcde'.slice(0, i + 1)].join(' ') }));
    expect(plan(steps, 3)).toEqual({ a: 'c', b: 'c', c: 'c', d: 'e', e: 'e' });
  });
});
