/**
 * The prose rules an editor meets: a quotation attributed to someone comes from quotes.json
 * through <Quote>, and a name the glossary defines has one spelling. Each case is a sentence an
 * editor might write, and what the check says about it.
 */
import { describe, expect, it } from 'vitest';
import { outlineChapter } from '../../src/lib/mdx/outline.ts';
import { typedQuotations, speakerNames } from '../../src/lib/validate/quotations.ts';
import { glossaryVariants, spellingTwins } from '../../src/lib/validate/spellings.ts';
import { formatProblem } from '../../src/lib/validate/problems.ts';

const quotes = [
  { id: 'mcgurk-can-no-longer-operate', words: 'can no longer operate', speaker: 'Brett McGurk, US special presidential envoy to the coalition' },
  { id: 'bbc-similar-in-size-to-the-uk', words: 'similar in size to the UK', speaker: 'BBC News, in its own words' },
];

/** What the check says about a paragraph on line 12 of a chapter. */
function flagged(paragraph: string): string[] {
  const source = `---\nslug: the-end\n---\n\n<Section id="s" title="S">\n\n${'\n'.repeat(5)}${paragraph}\n\n</Section>\n`;
  const { blocks } = outlineChapter(source);
  return typedQuotations(blocks, { file: 'content/chapters/the-end.mdx', entry: 'the-end' }, quotes, 'content/data/quotes.json').map(formatProblem);
}

describe('quotations typed into a chapter', () => {
  it('flags a quotation the sentence attributes with a verb of saying, naming the file, line and what to do', () => {
    expect(flagged('The envoy said the coalition had "made real progress on every front" in the year.')).toEqual([
      'content/chapters/the-end.mdx:12:34 › entry "the-end": "made real progress on every front" is a quotation typed into the text: add it to content/data/quotes.json (the words exactly as the source gives them, the speaker, the date, where it was said and the source) and print it with <Quote id="…" />',
    ]);
  });

  it('flags a quotation attributed by a speaker the quotations list, without a verb of saying', () => {
    expect(flagged('For McGurk the campaign was "a long and difficult fight" from the start.')).toHaveLength(1);
  });

  it('flags the words of a stored quotation typed again, however short, and names its id', () => {
    expect(flagged('Officials counted ground where the group "can no longer operate".')).toEqual([
      'content/chapters/the-end.mdx:12:42 › entry "the-end": "can no longer operate" is the quotation "mcgurk-can-no-longer-operate" in content/data/quotes.json, typed by hand: print it with <Quote id="mcgurk-can-no-longer-operate" />',
    ]);
  });

  it('finds the line of a quotation in the middle of a paragraph that runs over several lines', () => {
    expect(flagged('The first line of the paragraph.\nThe envoy told reporters it was "a long and difficult fight" then.')[0]).toContain('the-end.mdx:13:');
  });

  it('lets scare quotes, quoted names and unattributed phrases through', () => {
    expect(flagged('The group declared a "caliphate" and said the towns were "liberated".')).toEqual([]);
    expect(flagged('The SDF announced its "final battle" for the enclave.')).toEqual([]);
    expect(flagged('In 2006 the group announced an "Islamic State of Iraq" and later dropped "Iraq and al-Sham" from its name.')).toEqual([]);
    expect(flagged('This explainer uses "the Islamic State group", not a recognised state.')).toEqual([]);
  });

  it('reads a <Term> inside the quotation marks as part of the quoted words', () => {
    expect(flagged('He said the "<Term id="caliphate">caliphate</Term> would go on for ever".')).toHaveLength(1);
  });

  it('knows speakers by their names, not by their roles', () => {
    expect(speakerNames(quotes.map((quote) => quote.speaker))).toEqual(['Brett', 'McGurk', 'BBC']);
  });
});

describe('one spelling for names the glossary defines', () => {
  it('pairs British and American spellings, and leaves short words alone', () => {
    expect(spellingTwins('Mobilisation')).toEqual(['Mobilization']);
    expect(spellingTwins('Mobilization')).toEqual(['Mobilisation']);
    expect(spellingTwins('Centre')).toEqual(['Center']);
    expect(spellingTwins('rise')).toEqual([]);
  });

  it('matches the variant with or without the words after it, and not the glossary spelling or an id', () => {
    const [variant] = glossaryVariants([{ id: 'popular-mobilisation-forces', term: 'Popular Mobilisation Forces (PMF)' }]);
    const matches = (text: string) => [...text.matchAll(variant!.pattern)].map((match) => match[0]);
    expect(matches('the Popular Mobilization Forces and the Popular Mobilization')).toEqual(['Popular Mobilization Forces', 'Popular Mobilization']);
    expect(matches('the Popular Mobilisation Forces, <Term id="popular-mobilization-forces">')).toEqual([]);
  });
});
