/**
 * One spelling for every name the glossary defines. "Civil Defence Organisation" in one chapter
 * and "Civil Defence Organization" in another read as carelessness, and a reader searching the
 * page for one misses the other. The glossary's `term` is the spelling; its British/American
 * twins (-isation/-ization, -yse/-yze, -our/-or, -tre/-ter) are flagged wherever the explainer
 * writes its own words: chapters, pages, data notes and titles, the settings. Source titles and
 * quotations are left alone: they are the source's words, not ours.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problems.ts';
import type { ParsedRow } from './data.ts';

/** Files that hold other people's words verbatim, whose spelling is theirs. */
const VERBATIM = new Set(['sources.json', 'quotes.json']);

/** The other spellings of one word, British to American and back; empty when it has none. */
export function spellingTwins(word: string): string[] {
  const swaps: [RegExp, string][] = [
    [/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1'],
    [/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1'],
    [/ys(e|ed|es|ing)$/, 'yz$1'],
    [/yz(e|ed|es|ing)$/, 'ys$1'],
    [/our$/, 'or'],
    [/tre$/, 'ter'],
    [/ter$/, 'tre'],
  ];
  // Short words ("rise", "four", "after") are not spelling pairs.
  if (word.length < 6) return [];
  return [...new Set(swaps.map(([from, to]) => word.replace(from, to)).filter((twin) => twin !== word))];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Variant {
  /** The glossary entry whose term it varies. */
  entry: string;
  /** The glossary's term, word by word, e.g. ["Civil", "Defence", "Organisation"]. */
  words: string[];
  pattern: RegExp;
}

/**
 * For each word of a term that has a twin, a pattern for the term written with the twin, cut off
 * after that word or not ("National Mobilization" and "National Mobilization Office" both count).
 */
export function glossaryVariants(glossary: Iterable<{ id: string; term: string }>): Variant[] {
  const variants: Variant[] = [];
  for (const { id, term } of glossary) {
    // "Civil Defence Organisation (CDO)": the abbreviation in brackets is not part of the spelling.
    const words = term.replace(/\s*\([^)]*\)/g, '').split(/\s+/).filter(Boolean);
    words.forEach((word, index) => {
      for (const twin of spellingTwins(word)) {
        const before = words.slice(0, index).map(escape);
        const after = words.slice(index + 1).map(escape);
        const tail = after.length ? `(?:\\s+${after.join('\\s+')})?` : '';
        const source = `\\b${[...before, escape(twin)].join('\\s+')}${tail}\\b`;
        variants.push({ entry: id, words, pattern: new RegExp(source, 'gi') });
      }
    });
  }
  return variants;
}

/** The files the explainer writes in its own words, with the name each is reported under. */
function ownWords(contentDir: string, displayDir: string): { path: string; file: string; kind: 'mdx' | 'json' }[] {
  const files: { path: string; file: string; kind: 'mdx' | 'json' }[] = [];
  const add = (folder: string, ending: string, kind: 'mdx' | 'json', skip = new Set<string>()) => {
    const path = join(contentDir, folder);
    if (!existsSync(path)) return;
    for (const name of readdirSync(path).filter((n) => n.endsWith(ending) && !skip.has(n)).sort()) {
      files.push({ path: join(path, name), file: `${displayDir}/${folder ? `${folder}/` : ''}${name}`, kind });
    }
  };
  add('chapters', '.mdx', 'mdx');
  add('pages', '.mdx', 'mdx');
  add('data', '.json', 'json', VERBATIM);
  add('', '.json', 'json', new Set(['permalinks.json']));
  return files;
}

/** Every variant spelling of a glossary name in the explainer's own words, by file and line. */
export function checkSpellings(contentDir: string, displayDir: string, glossary: ReadonlyMap<string, ParsedRow> | undefined): ContentProblem[] {
  if (!glossary) return [];
  const variants = glossaryVariants([...glossary.values()].map((row) => ({ id: row.id, term: String(row.term) })));
  if (variants.length === 0) return [];
  const problems: ContentProblem[] = [];
  for (const { path, file, kind } of ownWords(contentDir, displayDir)) {
    const lines = readFileSync(path, 'utf8').split('\n');
    let entry: string | undefined = kind === 'mdx' ? file.replace(/^.*\//, '').replace(/\.mdx$/, '') : undefined;
    lines.forEach((text, index) => {
      // In a data file, the entry is the last "id" above the line.
      const id = kind === 'json' ? /^\s*"id":\s*"([^"]+)"/.exec(text)?.[1] : undefined;
      if (id) entry = id;
      for (const { entry: term, words, pattern } of variants) {
        for (const match of text.matchAll(pattern)) {
          // The glossary's spelling of as many words as were matched.
          const spelling = words.slice(0, match[0].split(/\s+/).length).join(' ');
          problems.push({
            file,
            line: index + 1,
            column: (match.index ?? 0) + 1,
            ...(entry ? { entry } : {}),
            message: `"${match[0]}" is spelled "${spelling}" in ${displayDir}/data/glossary.json (entry "${term}"): use the glossary's spelling, or change the glossary's term if it is the one that is wrong`,
          });
        }
      }
    });
  }
  return problems;
}
