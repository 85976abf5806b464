/**
 * The explainer's own content, as a reader and a teacher depend on it: valid, fully sourced,
 * long enough, every number through a component, every section linkable.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkContent, formatProblem } from '../../src/lib/validate/index.ts';
import { countWords, outlineChapter } from '../../src/lib/mdx/outline.ts';

const readRows = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, 'utf8')) as Record<string, unknown>[];
const chapters = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, outline: outlineChapter(readFileSync(`content/chapters/${name}`, 'utf8')) }))
  // The published story: a chapter being written (draft) is checked by check:content alone.
  .filter(({ outline }) => outline.frontmatter.draft !== true)
  .sort((a, b) => Number(a.outline.frontmatter.order) - Number(b.outline.frontmatter.order));
const pages = readdirSync('content/pages').map((name) => ({ name, outline: outlineChapter(readFileSync(`content/pages/${name}`, 'utf8')) }));

describe('the content', () => {
  it('passes every content check', () => {
    expect(checkContent('content').map(formatProblem)).toEqual([]);
  });

  it('uses every source at least once, in a data row or a citation', () => {
    const used = new Set<string>();
    for (const name of ['territory', 'population', 'fighters', 'events', 'places', 'glossary', 'figures', 'corrections', 'quotes']) {
      for (const row of readRows(name)) {
        if (typeof row.source === 'string') used.add(row.source);
        for (const also of (row.alsoSources as string[] | undefined) ?? []) used.add(also);
      }
    }
    for (const { outline } of [...chapters, ...pages]) {
      for (const use of outline.uses) if (use.name === 'Cite' && use.attributes.id) used.add(use.attributes.id);
    }
    const unused = readRows('sources').map((row) => row.id as string).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('has the data the story needs', () => {
    expect(readRows('sources').length).toBeGreaterThanOrEqual(40);
    expect(readRows('population').length).toBeGreaterThanOrEqual(10);
    expect(readRows('fighters').length).toBeGreaterThanOrEqual(15);
    expect(readRows('events').length).toBeGreaterThanOrEqual(30);
    expect(readRows('places').length).toBeGreaterThanOrEqual(20);
    expect(readRows('glossary').length).toBeGreaterThanOrEqual(15);
    const ihs = readRows('territory').filter((row) => row.measure === 'controlled-area' && String(row.body).startsWith('IHS'));
    expect(ihs.map((row) => row.date)).toEqual(['2015-01-01', '2015-12-14', '2016-07-04', '2016-10-03', '2016-12-31', '2017-06-26']);
    const pocketEnd = readRows('territory').find((row) => row.measure === 'pocket-area' && row.date === '2019-03-23');
    expect(pocketEnd?.value).toBe(0);
    const kinds = new Set(readRows('population').map((row) => row.kind));
    expect(kinds).toEqual(new Set(['under-rule', 'liberated']));
    const bbc = readRows('sources').find((row) => row.id === 'bbc-2018-hajin');
    expect(bbc).toMatchObject({ publisher: 'BBC News', published: '2018-09' });
  });
});

describe('the chapters', () => {
  it('are six, in order, each with a title, summary and learning objectives', () => {
    expect(chapters.map(({ outline }) => outline.frontmatter.slug)).toEqual([
      'origins',
      'the-rise',
      'at-its-peak',
      'the-collapse',
      'the-last-pocket',
      'after-the-caliphate',
    ]);
    for (const { outline } of chapters) {
      expect(outline.frontmatter.summary).toBeTruthy();
      expect((outline.frontmatter.objectives as string[]).length).toBeGreaterThan(0);
    }
  });

  // Each chapter's own length is explainer.json's rule ("chapters.words"), which check:content applies.
  it('are at least 5,000 words in all', () => {
    const counts = chapters.map(({ outline }) => countWords(outline.prose));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5000);
  });

  it('put every paragraph in a section with an explicit, unique id', () => {
    const ids: string[] = [];
    for (const { name, outline } of chapters) {
      expect(outline.proseOutsideSections, name).toBe('');
      expect(outline.sections.length, name).toBeGreaterThanOrEqual(2);
      for (const section of outline.sections) {
        expect(section.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        ids.push(section.id);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
