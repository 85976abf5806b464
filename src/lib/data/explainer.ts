/**
 * Everything the explainer page needs from the collections, loaded once: chapters in order with
 * their outline, figures, sources, glossary and citation numbers. Pages read from here; nothing
 * else calls getCollection, so data flows one way.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { outlineChapter, type ChapterOutline } from '../mdx/outline.ts';
import { numberCitations } from './citations.ts';
import { sourceUsage, type SourceUsage } from './usage.ts';
import type { ChartData } from './charts.ts';
import { isChartId, type ChartId } from '../../charts/index.ts';
import { loadSettings } from './settings.ts';
import type { Settings } from '../schemas/settings.ts';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  outline: ChapterOutline;
}

export interface Explainer {
  chapters: Chapter[];
  /** Slugs of the chapters still marked draft: not published, but their teaching notes may exist. */
  draftSlugs: string[];
  figures: Map<string, CollectionEntry<'figures'>['data']>;
  sources: Map<string, CollectionEntry<'sources'>['data']>;
  glossary: Map<string, CollectionEntry<'glossary'>['data']>;
  citationNumber: Map<string, number>;
  /** For each source id: the sections and data rows it supports. */
  usage: Map<string, SourceUsage>;
  corrections: CollectionEntry<'corrections'>['data'][];
  events: CollectionEntry<'events'>['data'][];
  territory: CollectionEntry<'territory'>['data'][];
  population: CollectionEntry<'population'>['data'][];
  fighters: CollectionEntry<'fighters'>['data'][];
  places: Map<string, CollectionEntry<'places'>['data']>;
  /** Quotations by id, in file order, for `<Quote id>`. */
  quotes: Map<string, CollectionEntry<'quotes'>['data']>;
  /** What the charts draw from. */
  chartData: ChartData;
  /** The charts the chapters use, in story order: only these get embeds and teacher links. */
  charts: ChartId[];
}

/** The collections whose rows name sources, for the "where used" lists. */
const sourcedCollections = ['territory', 'population', 'fighters', 'events', 'places', 'glossary', 'figures', 'quotes'] as const;

let loaded: Promise<Explainer> | undefined;

/** Every collection the explainer reads, as Astro's content layer holds it now. */
async function readCollections() {
  const [chapters, figures, sources, glossary, corrections, events, territory, population, fighters, places, quotes] = await Promise.all([
    getCollection('chapters'),
    getCollection('figures'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('corrections'),
    getCollection('events'),
    getCollection('territory'),
    getCollection('population'),
    getCollection('fighters'),
    getCollection('places'),
    getCollection('quotes'),
  ]);
  return { chapters, figures, sources, glossary, corrections, events, territory, population, fighters, places, quotes };
}

type Collections = Awaited<ReturnType<typeof readCollections>>;

/** What the content is now: each entry's digest, which the content layer changes with the entry. */
function fingerprint(collections: Collections): string {
  return Object.entries(collections)
    .map(([name, entries]) => `${name}:${entries.map((entry) => `${entry.id}=${entry.digest ?? JSON.stringify(entry.data)}`).join(',')}`)
    .join('\n');
}

function assemble(collections: Collections): Explainer {
  const {
    chapters: chapterEntries,
    figures: figureEntries,
    sources: sourceEntries,
    glossary: glossaryEntries,
    corrections: correctionEntries,
    events: eventEntries,
    territory: territoryEntries,
    population: populationEntries,
    fighters: fighterEntries,
    places: placeEntries,
    quotes: quoteEntries,
  } = collections;
  const byCollection = {
    territory: territoryEntries,
    population: populationEntries,
    fighters: fighterEntries,
    events: eventEntries,
    places: placeEntries,
    glossary: glossaryEntries,
    figures: figureEntries,
    quotes: quoteEntries,
  };
  // A draft is checked with the rest but never published.
  const chapters = chapterEntries
    .filter((entry) => !entry.data.draft)
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ entry, outline: outlineChapter(entry.body ?? '') }));
  const figures = new Map(figureEntries.map((entry) => [entry.id, entry.data]));
  const figureSource = new Map([...figures].map(([id, figure]) => [id, figure.source.id]));
  const quoteSource = new Map(quoteEntries.map((entry) => [entry.id, entry.data.source.id]));
  const citationNumber = numberCitations({ chapters: chapters.map((chapter) => chapter.outline.uses), figureSource, quoteSource });
  const usage = sourceUsage({
    chapters: chapters.map(({ entry, outline }) => ({ slug: entry.data.slug, title: entry.data.title, outline })),
    figureSource,
    quoteSource,
    rows: sourcedCollections.flatMap((collection) =>
      byCollection[collection].map((row) => ({
        collection,
        id: row.id,
        sources: [row.data.source.id, ...row.data.alsoSources.map((ref) => ref.id)],
      })),
    ),
  });
  const sources = new Map(sourceEntries.map((entry) => [entry.id, entry.data]));
  const charts = [
    ...new Set(chapters.flatMap(({ outline }) => outline.uses.filter((use) => use.name === 'Scrolly').map((use) => use.attributes.chart ?? '').filter(isChartId))),
  ];
  const places = new Map(placeEntries.map((entry) => [entry.id, entry.data]));
  const events = eventEntries.map((entry) => entry.data).sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
  const territory = territoryEntries.map((entry) => entry.data);
  const population = populationEntries.map((entry) => entry.data);
  const fighters = fighterEntries.map((entry) => entry.data);
  return {
    chapters,
    draftSlugs: chapterEntries.filter((entry) => entry.data.draft).map((entry) => entry.data.slug),
    figures,
    sources,
    glossary: new Map(glossaryEntries.map((entry) => [entry.id, entry.data])),
    citationNumber,
    usage,
    corrections: correctionEntries.map((entry) => entry.data).sort((a, b) => b.date.start.getTime() - a.date.start.getTime()),
    events,
    territory,
    population,
    fighters,
    places,
    quotes: new Map(quoteEntries.map((entry) => [entry.id, entry.data])),
    chartData: { territory, population, fighters, events, figures, sources, places, settings: loadSettings() },
    charts,
  };
}

let previewed: { key: string; settings: Settings; explainer: Explainer } | undefined;

/**
 * The preview must see each edit, yet a page calls this once per number it prints (hundreds of
 * times on the explainer page): reading the outlines and citations again for each call made a
 * page take 10 s or more. So the preview keeps the explainer until an entry's digest or the
 * settings change.
 */
async function loadForPreview(): Promise<Explainer> {
  const collections = await readCollections();
  const key = fingerprint(collections);
  const settings = loadSettings();
  if (previewed?.key !== key || previewed.settings !== settings) previewed = { key, settings, explainer: assemble(collections) };
  return previewed.explainer;
}

/** The explainer's data; loaded on first use and shared by every component in the build. */
export function getExplainer(): Promise<Explainer> {
  if (import.meta.env.DEV) return loadForPreview();
  loaded ??= readCollections().then(assemble);
  return loaded;
}

/** The pages made once per chapter (its page, its handout): the slug in the address, and where it stands in the story. */
export async function chapterPaths(): Promise<{ params: { slug: string }; props: { index: number } }[]> {
  const { chapters } = await getExplainer();
  return chapters.map(({ entry }, index) => ({ params: { slug: entry.data.slug }, props: { index } }));
}
