/**
 * The audit that reads every surface of the built site for qualifiers (run over the real dist/ by
 * tests/e2e/qualifiers.spec.ts) can fail: over a small site with faults planted on purpose it
 * reports each of them, and nothing that is printed correctly.
 */
import { describe, expect, it } from 'vitest';
import { bareFigures, bareNumbers, dataNumbers, downloadProblems, siteSurfaces } from '../support/qualifier-audit.ts';

const FIXTURE = 'tests/fixtures/qualifiers';
const numbers = dataNumbers(`${FIXTURE}/content`);
const { surfaces, figures } = siteSurfaces(`${FIXTURE}/site`);

describe('the qualifier audit, over a site with planted faults', () => {
  it('finds each number printed without its qualifier: a chart label, a table cell and an aria-label', () => {
    const found = bareNumbers(numbers, surfaces).map(({ surface, printed, expected }) => ({ surface, printed, expected }));
    expect(found).toEqual([
      { surface: 'index.html (text)', printed: '81,000 sq mi', expected: '"about 81,000 sq mi"' },
      { surface: 'index.html (text)', printed: '210,000 km²', expected: '"about 210,000 km²"' },
      // The <Fig> below, seen again as page text.
      { surface: 'index.html (text)', printed: '50%', expected: '"more than 50%"' },
      { surface: 'index.html (aria-label)', printed: '30,000 fighters', expected: '"about 30,000 fighters"' },
    ]);
  });

  it('shows where a reader meets the bare number', () => {
    const [label] = bareNumbers(numbers, surfaces);
    expect(label!.context).toContain('Survey: 81,000 sq mi');
  });

  it('finds a <Fig> that prints a number its source gave in words, without them', () => {
    expect(bareFigures(numbers, figures)).toEqual([
      { surface: 'index.html (<Fig id="share-words">)', printed: '50%', context: '50%', expected: '"more than half of the country"' },
    ]);
  });

  it('finds a download that drops a qualifier, and a derived row whose download does not say it is ours', () => {
    expect(downloadProblems(numbers, `${FIXTURE}/site`)).toEqual([
      'data/figures.csv: row "area-survey" has qualifier "exact", the data says "about"',
      'data/territory.json: row "survey-km2" is our calculation, and has no derivedFrom',
    ]);
  });

  it('leaves alone a quoted headline, a synonym ("some 30,000 members") and a number also held exactly (7.7 million people)', () => {
    const fine = [
      { name: 'a headline', text: 'A headline said it had “lost 81,000 sq mi of ground”.' },
      { name: 'a synonym', text: 'The team counted some 30,000 members.' },
      { name: 'a number held both ways', text: "The broadcaster's 7.7 million people." },
    ];
    expect(bareNumbers(numbers, fine)).toEqual([]);
  });
});
