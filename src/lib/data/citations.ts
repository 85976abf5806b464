/**
 * Citation numbers in reading order: a source is numbered where the explainer first cites it,
 * whether by `<Cite>` or through a `<Fig>` whose figure it backs. Numbers are computed from the
 * chapters' text before rendering, so they do not depend on the order components render in.
 */
import type { ComponentUse } from '../mdx/outline.ts';

export interface CitationInput {
  /** Components used by each chapter, chapters in reading order. */
  chapters: ComponentUse[][];
  /** The source id behind each figure id. */
  figureSource: ReadonlyMap<string, string>;
}

export function numberCitations({ chapters, figureSource }: CitationInput): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const uses of chapters) {
    for (const use of uses) {
      const id = use.attributes.id;
      if (!id) continue;
      const source = use.name === 'Cite' ? id : use.name === 'Fig' ? figureSource.get(id) : undefined;
      if (source && !numbers.has(source)) numbers.set(source, numbers.size + 1);
    }
  }
  return numbers;
}
