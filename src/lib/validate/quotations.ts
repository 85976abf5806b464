/**
 * Quotations come from content/data/quotes.json, never typed into the prose: a quotation typed
 * by hand drifts from its source one edit at a time, and loses who said it and where. This finds
 * words in quotation marks that the sentence attributes to someone (a verb of saying, or the name
 * of a speaker the quotations already list), or the words of a stored quotation typed again, and
 * asks for a `<Quote>` instead.
 *
 * It is a heuristic, and errs towards letting things through: one- and two-word scare quotes
 * ("liberated", "final push") are the explainer's own framing, and a quoted name in title case
 * ("Grand Army of the Republic") is a name, not a quotation.
 */
import { positionIn, type ProseBlock } from '../mdx/outline.ts';
import { readableMdxFiles } from './mdx-files.ts';
import type { ContentProblem } from './problems.ts';
import type { ParsedRow } from './data.ts';

/** Fewer words than this in quotation marks reads as a scare quote or a term, not a quotation. */
const MIN_WORDS = 3;

// Verb forms only: nouns that share a spelling ("a recognised state", "the group's claim", "his call")
// would make every scare quote near them look attributed.
const SAYING =
  /\b(?:says|said|saying|called|calling|described|describes|insisted|insists|told|tells|announced|announces|warned|warns|wrote|writes|declared|declares|stated|claimed|claiming|added|adding|according to|quoted|put it)\b/i;

/** Small words that title-case names leave in lower case. */
const MINOR = new Set(['of', 'the', 'and', 'in', 'for', 'to', 'on', 'a', 'an', 'al', 'de']);

const QUOTED = /[“"]([^“”"\n]+?)[”"]/g;

/** Words that name nobody in particular, left out when a speaker's name is matched. */
const GENERIC = new Set(['news', 'forces', 'group', 'office', 'leader', 'commander', 'senior', 'the']);

/** The names by which prose may attribute a quotation to a listed speaker: from "Jane Smith, envoy" the words "Jane" and "Smith". */
export function speakerNames(speakers: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const speaker of speakers) {
    const name = speaker.split(',')[0]!.trim();
    for (const word of name.split(/\s+/)) {
      const bare = word.replace(/[^\p{L}-]/gu, '');
      if (bare.length >= 3 && /^\p{Lu}/u.test(bare) && !GENERIC.has(bare.toLowerCase())) names.add(bare);
    }
  }
  return [...names];
}

// "al-Hamra", "al-Nur": the Arabic article is lower case in a name too.
const isTitleCase = (words: string[]) => words.every((word) => MINOR.has(word.toLowerCase()) || /^(?:al-)?[\p{Lu}\d]/u.test(word));

/** The sentence around a stretch of a block's text. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n\n')) + 1;
  const after = text.slice(end).search(/[.?!](?:\s|$)/);
  return text.slice(from, after === -1 ? undefined : end + after + 1);
}

/** Attributed quotations typed into the prose of one file, each with its line and column. */
export function typedQuotations(blocks: ProseBlock[], where: { file: string; entry: string }, quotes: { id: string; words: string; speaker: string }[], quotesFile: string): ContentProblem[] {
  const stored = new Map(quotes.map((quote) => [quote.words.toLowerCase(), quote.id]));
  const names = speakerNames(quotes.map((quote) => quote.speaker)).map((name) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  const problems: ContentProblem[] = [];
  for (const block of blocks) {
    for (const match of block.text.matchAll(QUOTED)) {
      const quoted = match[1]!.trim();
      const start = match.index ?? 0;
      // Words the quotations already hold, typed again: however short, they are that quotation.
      const id = stored.get(quoted.toLowerCase());
      if (id) {
        problems.push({ ...where, ...positionIn(block, start), message: `"${quoted}" is the quotation "${id}" in ${quotesFile}, typed by hand: print it with <Quote id="${id}" />` });
        continue;
      }
      const words = quoted.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
      if (words.length < MIN_WORDS || isTitleCase(words)) continue;
      const sentence = sentenceAround(block.text, start, start + match[0].length).replace(match[0], ' ');
      if (!SAYING.test(sentence) && !names.some((name) => name.test(sentence))) continue;
      problems.push({
        ...where,
        ...positionIn(block, start),
        message: `"${quoted}" is a quotation typed into the text: add it to ${quotesFile} (the words exactly as the source gives them, the speaker, the date, where it was said and the source) and print it with <Quote id="…" />`,
      });
    }
  }
  return problems;
}

/**
 * Every chapter, checked for typed quotations; files that do not parse are reported elsewhere.
 * The pages (/methods) discuss quotations as well as print them, so the rule is the chapters'.
 */
export function checkQuotations(contentDir: string, displayDir: string, quotes: ReadonlyMap<string, ParsedRow> | undefined): ContentProblem[] {
  const rows = [...(quotes?.values() ?? [])].map((row) => ({ id: row.id, words: String(row.words), speaker: String(row.speaker) }));
  const quotesFile = `${displayDir}/data/quotes.json`;
  return readableMdxFiles(contentDir, displayDir, 'chapters').flatMap(({ file, name, outline }) => typedQuotations(outline.blocks, { file, entry: name }, rows, quotesFile));
}
