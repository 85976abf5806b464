/**
 * The handout's notes: the sources a chapter cites, under the same numbers its citation marks
 * carry (numbers run through the whole explainer, so a chapter's notes may start at [14]).
 */
import type { ComponentUse } from '../../lib/mdx/outline.ts';
import { citedSource } from '../../lib/data/citations.ts';

export interface ChapterNotes {
  /** Cited sources as [number, source id], in number order. */
  cited: [number, string][];
  /** Sources behind the chapter's charts that the text does not cite, in first-use order. */
  chartsOnly: string[];
}

export function chapterNotes(input: {
  uses: ComponentUse[];
  figureSource: ReadonlyMap<string, string>;
  quoteSource?: ReadonlyMap<string, string>;
  citationNumber: ReadonlyMap<string, number>;
  /** Sources of each chart the chapter draws. */
  chartSources: string[][];
}): ChapterNotes {
  const ids = new Set<string>();
  for (const use of input.uses) {
    const source = citedSource(use, input.figureSource, input.quoteSource);
    if (source) ids.add(source);
  }
  const cited = [...ids]
    .map((id): [number, string] => {
      const number = input.citationNumber.get(id);
      if (number === undefined) throw new Error(`Source "${id}" is cited but has no citation number`);
      return [number, id];
    })
    .sort((a, b) => a[0] - b[0]);
  const chartsOnly = [...new Set(input.chartSources.flat())].filter((id) => !ids.has(id));
  return { cited, chartsOnly };
}
