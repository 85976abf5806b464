/**
 * Where each source is used: the sections that cite it (directly or through a figure) and the
 * data rows that rest on it. /sources lists these so a reader can go from a source back to
 * every place it supports.
 */
import type { ChapterOutline } from '../mdx/outline.ts';
import { citedSource } from './citations.ts';

export interface SectionUse {
  chapterSlug: string;
  chapterTitle: string;
  sectionId: string;
  sectionTitle: string;
}

export interface RowUse {
  collection: string;
  id: string;
}

export interface SourceUsage {
  sections: SectionUse[];
  rows: RowUse[];
}

export interface UsageInput {
  chapters: { slug: string; title: string; outline: ChapterOutline }[];
  figureSource: ReadonlyMap<string, string>;
  quoteSource?: ReadonlyMap<string, string>;
  /** Every data row that names sources: its collection, id and the source ids it names. */
  rows: { collection: string; id: string; sources: string[] }[];
}

export function sourceUsage({ chapters, figureSource, quoteSource, rows }: UsageInput): Map<string, SourceUsage> {
  const usage = new Map<string, SourceUsage>();
  const entry = (source: string) => {
    let found = usage.get(source);
    if (!found) usage.set(source, (found = { sections: [], rows: [] }));
    return found;
  };

  for (const { slug, title, outline } of chapters) {
    for (const use of outline.uses) {
      const source = citedSource(use, figureSource, quoteSource);
      if (!source) continue;
      // Sections do not nest, so a use belongs to the last section that starts above it.
      const section = outline.sections.filter((s) => s.line <= use.line).at(-1);
      const sections = entry(source).sections;
      const sectionId = section?.id ?? slug;
      if (!sections.some((s) => s.sectionId === sectionId)) {
        sections.push({ chapterSlug: slug, chapterTitle: title, sectionId, sectionTitle: section?.title ?? title });
      }
    }
  }
  for (const row of rows) {
    for (const source of new Set(row.sources)) entry(source).rows.push({ collection: row.collection, id: row.id });
  }
  return usage;
}
