import { describe, expect, it } from 'vitest';
import { countWords, outlineChapter, MdxSyntaxError } from '../../src/lib/mdx/outline.ts';
import { numberCitations } from '../../src/lib/data/citations.ts';
import { passageWords } from '../../src/lib/mdx/reading-time.ts';

const chapter = `---
slug: the-rise
order: 2
title: The rise
summary: A summary.
---

<Section id="mosul" title="Mosul falls">

Mosul fell in June 2014 <Cite id="bbc-muir" />, and by then the group held <Fig id="area-peak" />.

</Section>

<Section id="caliphate" title="A caliphate declared">

The <Term id="caliphate">caliphate</Term> was declared <Cite id="guardian-2014" /> <Cite id="bbc-muir" />.

</Section>
`;

describe('reading a chapter without compiling it', () => {
  const outline = outlineChapter(chapter);

  it('reads the frontmatter', () => {
    expect(outline.frontmatter).toMatchObject({ slug: 'the-rise', order: 2, title: 'The rise' });
  });

  it('lists the sections in order, with their ids', () => {
    expect(outline.sections.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: 'mosul', title: 'Mosul falls' },
      { id: 'caliphate', title: 'A caliphate declared' },
    ]);
  });

  it('lists every component with its line', () => {
    expect(outline.uses.map((use) => `${use.name}:${use.attributes.id}:${use.line}`)).toEqual([
      'Section:mosul:8',
      'Cite:bbc-muir:10',
      'Fig:area-peak:10',
      'Section:caliphate:14',
      'Term:caliphate:16',
      'Cite:guardian-2014:16',
      'Cite:bbc-muir:16',
    ]);
  });

  it('counts the words a reader reads, not the markup or the printed figures', () => {
    expect(countWords(outline.prose)).toBe(15);
    expect(outline.prose).not.toContain('Fig');
  });

  it('reports a syntax error with its line', () => {
    expect(() => outlineChapter('---\ntitle: x\n---\n\nText <Fig id="a" \n\nmore')).toThrow(MdxSyntaxError);
  });

  it('numbers sources in the order a reader first meets them', () => {
    const numbers = numberCitations({ chapters: [outline.uses], figureSource: new Map([['area-peak', 'ihs-2016']]) });
    expect([...numbers]).toEqual([
      ['bbc-muir', 1],
      ['ihs-2016', 2],
      ['guardian-2014', 3],
    ]);
  });
});

describe('the passages a teacher can link to', () => {
  it('counts each step\'s words and paragraphs, a list\'s items among them', () => {
    const source = `<Section id="counts" title="Counts">

Before the chart.

<Scrolly chart="fighters" title="T" subtitle="S">

<Step id="first" show="a" alt="A.">

One short paragraph.

And another <Fig id="x" />.

</Step>

<Step id="second" show="a b" alt="B.">

- one item
- two items

</Step>

</Scrolly>

</Section>
`;
    const passages = passageWords(source);
    expect(passages.map(({ id, words, paragraphs }) => ({ id, words, paragraphs }))).toEqual([
      { id: 'counts', words: 3 + 5 + 3 + 4, paragraphs: 5 },
      { id: 'first', words: 5 + 3, paragraphs: 2 },
      { id: 'second', words: 4, paragraphs: 2 },
    ]);
  });
});
