/** Who and when a citation names: from the content, never from the clock; and the files reference managers import. */
import { describe, expect, it } from 'vitest';
import { publication } from '../../src/lib/data/cited-works.ts';
import { bibtexEntry, risRecord } from '../../src/lib/data/citation-files.ts';
import { settingsSchema, type Settings } from '../../src/lib/schemas/settings.ts';

const settings = {
  title: 'T',
  url: 'https://example.org',
  byline: { publisher: 'Explainer Kit', author: 'The Explainer Kit team' },
  published: { iso: '2026-11-23' },
} as unknown as Settings;

describe('publication', () => {
  it('is first published on the fixed day and updated on the newest correction, whatever the order of the log', () => {
    expect(publication(settings, ['2026-11-30', '2027-01-15', '2026-12-02'])).toEqual({
      publisher: 'Explainer Kit',
      authors: ['The Explainer Kit team'],
      published: { year: 2026, month: 11, day: 23 },
      updated: { year: 2027, month: 1, day: 15 },
    });
  });
  it('has no update with an empty corrections log, or one older than first publication', () => {
    expect(publication(settings, []).updated).toBeUndefined();
    expect(publication(settings, ['2026-01-01']).updated).toBeUndefined();
  });
  it('names the same publisher, author and day as the masthead’s byline', () => {
    const other = { ...settings, byline: { publisher: 'Press', author: 'A. Writer' }, published: { iso: '2025-03-04' } } as unknown as Settings;
    expect(publication(other, [])).toMatchObject({ publisher: 'Press', authors: ['A. Writer'], published: { year: 2025, month: 3, day: 4 } });
  });
  it('cannot be built when explainer.json does not say who to cite', () => {
    const result = settingsSchema.safeParse({ title: 'T', url: 'https://example.org' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/who publishes and who wrote the explainer/);
  });
});

const work = {
  authors: ['The Explainer Kit team', 'Ada Lovelace'],
  publisher: 'Explainer Kit',
  title: 'The rise, 2014',
  container: 'The rise and fall',
  published: { year: 2026, month: 11, day: 23 },
  updated: { year: 2026, month: 12, day: 2 },
  accessed: { year: 2026, month: 12, day: 9 },
  url: 'https://example.org/chapters/the-rise/',
};

describe('citation files', () => {
  it('RIS: a web page with each author, first publication and its address, CRLF lines, closed by ER', () => {
    const ris = risRecord(work);
    expect(ris.split('\r\n')).toEqual([
      'TY  - ELEC',
      'AU  - The Explainer Kit team',
      'AU  - Ada Lovelace',
      'TI  - The rise, 2014',
      'T2  - The rise and fall',
      'PB  - Explainer Kit',
      'PY  - 2026',
      'DA  - 2026/11/23',
      'N1  - Last updated 2026-12-02 (corrections log)',
      'UR  - https://example.org/chapters/the-rise/',
      'ER  -',
      '',
    ]);
  });
  it('BibTeX: a team’s name kept whole, authors joined with "and", first publication as the date', () => {
    const bib = bibtexEntry('therise', { ...work, title: 'Costs of 50% & {more}' });
    expect(bib).toMatch(/^@online\{therise,\n/);
    expect(bib).toContain('author = {{The Explainer Kit team} and {Ada Lovelace}}');
    expect(bib).toContain('title = {{Costs of 50\\% \\& \\{more\\}}}');
    expect(bib).toContain('date = {2026-11-23}');
    expect(bib).toContain('url = {https://example.org/chapters/the-rise/}');
    expect(bib.trimEnd().endsWith('}')).toBe(true);
  });
});
