import { describe, expect, it } from 'vitest';
import { typedFigure, typedNumbers } from '../../src/lib/validate/typed-numbers.ts';

const block = (text: string) => ({ text, pieces: [{ at: 0, line: 3, column: 1 }] });
const where = { file: 'chapters/the-end.mdx', entry: 'the-end' };

describe('numbers typed into the prose', () => {
  it('refuses a small count of part of a whole, which is a finding with a source', () => {
    const [problem, ...rest] = typedNumbers([block('By then only 28 of the sites had been opened.')], where, 'data/figures.json');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 3, column: 14 });
    expect(problem!.message).toMatch(/^"28" is a count of part of a whole typed into the text: a number readers see comes from data\/figures\.json/);
    expect(typedFigure('3', undefined, ' out of their 10')).toBe('a count of part of a whole');
  });

  it('still lets a year, a day of the month and a count of steps stand as typed', () => {
    expect(typedNumbers([block('On 13 June 2014, in 2015 and in three steps; 2 sections; the 4 of us.')], where, 'data/figures.json')).toEqual([]);
    expect(typedFigure('2014', undefined, ' of the war')).toBeUndefined();
  });

  it('refuses an amount, a decimal and a number with a unit', () => {
    expect(typedFigure('45,000', undefined)).toBe('an amount');
    expect(typedFigure('2.5', undefined)).toBe('a decimal');
    expect(typedFigure('40', '%')).toBe('a number with a unit or magnitude');
  });
});
