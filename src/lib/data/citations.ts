/**
 * Citation numbers in reading order: a source is numbered where the explainer first cites it,
 * whether by `<Cite>`, through a `<Fig>` whose figure it backs or a `<Quote>` it reports. Numbers are computed from the
 * chapters' text before rendering, so they do not depend on the order components render in.
 */
import type { ComponentUse } from '../mdx/outline.ts';

export interface CitationInput {
  /** Components used by each chapter, chapters in reading order. */
  chapters: ComponentUse[][];
  /** The source id behind each figure id. */
  figureSource: ReadonlyMap<string, string>;
  /** The source id behind each quotation id. */
  quoteSource?: ReadonlyMap<string, string>;
}

/**
 * The source whose citation mark a component prints: `<Cite>` its own, `<Fig>` its figure's,
 * `<Quote>` its quotation's. One place, so the numbers, the handout notes and /sources agree.
 */
export function citedSource(use: ComponentUse, figureSource: ReadonlyMap<string, string>, quoteSource: ReadonlyMap<string, string> = new Map()): string | undefined {
  const id = use.attributes.id;
  if (!id) return undefined;
  if (use.name === 'Cite') return id;
  if (use.name === 'Fig') return figureSource.get(id);
  if (use.name === 'Quote') return quoteSource.get(id);
  return undefined;
}

export function numberCitations({ chapters, figureSource, quoteSource }: CitationInput): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const uses of chapters) {
    for (const use of uses) {
      const source = citedSource(use, figureSource, quoteSource);
      if (source && !numbers.has(source)) numbers.set(source, numbers.size + 1);
    }
  }
  return numbers;
}
