/**
 * Everything the explainer page needs from the collections, loaded once: chapters in order with
 * their outline, figures, sources, glossary and citation numbers. Pages read from here; nothing
 * else calls getCollection, so data flows one way.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { outlineChapter, type ChapterOutline } from '../mdx/outline.ts';
import { numberCitations } from './citations.ts';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  outline: ChapterOutline;
}

export interface Explainer {
  chapters: Chapter[];
  figures: Map<string, CollectionEntry<'figures'>['data']>;
  sources: Map<string, CollectionEntry<'sources'>['data']>;
  glossary: Map<string, CollectionEntry<'glossary'>['data']>;
  citationNumber: Map<string, number>;
}

let loaded: Promise<Explainer> | undefined;

async function load(): Promise<Explainer> {
  const [chapterEntries, figureEntries, sourceEntries, glossaryEntries] = await Promise.all([
    getCollection('chapters'),
    getCollection('figures'),
    getCollection('sources'),
    getCollection('glossary'),
  ]);
  const chapters = chapterEntries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ entry, outline: outlineChapter(entry.body ?? '') }));
  const figures = new Map(figureEntries.map((entry) => [entry.id, entry.data]));
  const citationNumber = numberCitations({
    chapters: chapters.map((chapter) => chapter.outline.uses),
    figureSource: new Map([...figures].map(([id, figure]) => [id, figure.source.id])),
  });
  return {
    chapters,
    figures,
    sources: new Map(sourceEntries.map((entry) => [entry.id, entry.data])),
    glossary: new Map(glossaryEntries.map((entry) => [entry.id, entry.data])),
    citationNumber,
  };
}

/** The explainer's data; loaded on first use and shared by every component in the build. */
export function getExplainer(): Promise<Explainer> {
  // The dev server must see each edit, so only a build keeps the first load.
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}
