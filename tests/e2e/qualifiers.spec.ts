/**
 * Qualifiers travel with the number: every page of the built site (prose, chart labels, chart
 * tables, alt text, embeds, print handouts) and every CSV and JSON download is read, and a number
 * the data qualifies ("about", "more than", "up to" …) may nowhere be printed bare. The audit
 * itself is shown to fail on planted faults in tests/unit/qualifier-audit.test.ts. No browser:
 * this reads dist/ directly, as a reader's browser and spreadsheet receive it.
 */
import { expect, test } from '@playwright/test';
import { bareFigures, bareNumbers, dataNumbers, downloadProblems, siteSurfaces } from '../support/qualifier-audit.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const CONTENT = process.env.EXPLAINER_CONTENT ?? 'content';

test.describe('qualifiers on every surface of the built site', () => {
  const numbers = dataNumbers(CONTENT);
  const { surfaces, figures } = siteSurfaces(DIST);

  test('the audit has the whole site to read: every page, and the prose figures in it', () => {
    expect(numbers.filter((number) => number.qualifier !== 'exact').length).toBeGreaterThan(40);
    expect(surfaces.some((surface) => surface.name.startsWith('embed/'))).toBe(true);
    expect(surfaces.some((surface) => surface.name.startsWith('present/'))).toBe(true);
    expect(surfaces.some((surface) => /\/print\//.test(surface.name))).toBe(true);
    expect(figures.length).toBeGreaterThan(100);
  });

  test('no page prints a qualified number without its qualifier', () => {
    const found = bareNumbers(numbers, surfaces).map((problem) => `${problem.surface}: "${problem.context}" prints ${problem.printed}; write ${problem.expected}`);
    expect(found).toEqual([]);
  });

  test('every <Fig> prints its qualifier, or its source’s words', () => {
    const found = bareFigures(numbers, figures).map((problem) => `${problem.surface}: "${problem.printed}"; expected ${problem.expected}`);
    expect(found).toEqual([]);
  });

  test('the CSV and JSON downloads carry every qualifier, the sources’ words, and mark our calculations', () => {
    expect(downloadProblems(numbers, DIST)).toEqual([]);
  });

  test('our conversions read as ours wherever they are printed', () => {
    const derived = numbers.filter((number) => number.derived);
    expect(derived.length).toBeGreaterThan(0);
    const pages = surfaces.filter((surface) => surface.name.endsWith('(text)'));
    // A derived km² figure is never printed as a body's own claim, "Body: about 210,000 km²".
    for (const surface of pages) expect(surface.text, surface.name).not.toMatch(/: (?:about |more than |less than )?209,789 km²|: (?:more than )?92,590 km²/);
    const withOurs = pages.filter((surface) => /our (conversion|calculation)/.test(surface.text));
    expect(withOurs.some((surface) => surface.name.startsWith('embed/territory'))).toBe(true);
    expect(withOurs.some((surface) => surface.name.startsWith('embed/size-map'))).toBe(true);
  });
});
