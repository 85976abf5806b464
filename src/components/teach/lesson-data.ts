/**
 * What the teachers' page and the chart embeds read from the chapters: every linkable passage with
 * its reading time, the scroll steps described in words, the glossary terms a chapter uses, and
 * the title each chart carries in the story. All of it comes from the chapter outlines, so a new
 * section, step or chart appears here without anyone editing these pages.
 */
import type { Chapter, Explainer } from '../../lib/data/explainer.ts';
import { passageWords, readingTime } from '../../lib/mdx/reading-time.ts';
import { fillFigures } from '../../lib/data/fill-figures.ts';
import { mapPlaces, placesHeldAt, statusEvents } from '../../lib/data/map-data.ts';
import { chartIds as allChartIds, isChartId, type ChartId } from '../../charts/index.ts';
import type { ChartGeometry } from '../../charts/types.ts';
import { stepCharts } from '../print/step-state.ts';
import { geometryStack, stackedHeight } from '../../charts/stack-layout.ts';

export interface StepPlan {
  id: string;
  /** The step's place in its chart, from 1. */
  number: number;
  readingTime: string;
  /** What the chart shows at this step, in words (the step's alt text, with its figures printed). */
  shows: string;
}

export interface ChartUse {
  chart: ChartId;
  title: string;
  steps: StepPlan[];
}

export interface SectionPlan {
  id: string;
  title: string;
  readingTime: string;
  /** The scroll charts inside the section, with their steps. */
  charts: ChartUse[];
}

export interface ChapterPlan {
  slug: string;
  order: number;
  title: string;
  summary: string;
  objectives: string[];
  readingTime: string;
  sections: SectionPlan[];
  /** Glossary entries the chapter marks with `<Term>`, in order of first use. */
  terms: { id: string; term: string }[];
}

/** The chart headline and what it measures, as the story prints them above the chart. */
export interface ChartHeading {
  title: string;
  subtitle: string;
  /** Slug of the chapter the chart appears in. */
  chapter: string;
}

/** Used when a chart appears in no chapter: an embed still needs a name. */
const fallbackTitles: Record<ChartId, string> = {
  territory: 'Territory over time',
  people: 'Estimates of the people under its rule',
  fighters: 'Estimates of fighters',
  'control-map': 'Who held the key places, over time',
  'size-map': 'The area, drawn to scale',
};

export const chartIds: ChartId[] = [...allChartIds];

/** The first heading each chart has in the story, by chart id. */
export function chartHeadings(chapters: Chapter[]): Map<ChartId, ChartHeading> {
  const headings = new Map<ChartId, ChartHeading>();
  for (const { entry, outline } of chapters) {
    for (const use of outline.uses) {
      const chart = use.attributes.chart;
      if (use.name !== 'Scrolly' || !chart || !isChartId(chart) || headings.has(chart)) continue;
      headings.set(chart, { title: use.attributes.title ?? fallbackTitles[chart], subtitle: use.attributes.subtitle ?? '', chapter: entry.data.slug });
    }
  }
  for (const chart of chartIds) {
    if (!headings.has(chart)) headings.set(chart, { title: fallbackTitles[chart], subtitle: '', chapter: '' });
  }
  return headings;
}

/** Where a chart's embed page lives. */
export const embedPath = (chart: ChartId): string => `/embed/${chart}/`;

/** The chart's place in the explainer: the figure's id in `<Scrolly>`. */
export const chartAnchor = (chart: ChartId): string => `${chart}-chart`;

/** The widest the embed draws a chart (36rem), so labels keep the size they were drawn for. */
export const EMBED_CHART_WIDTH = 576;

/** The words an embed shows around its chart, as many characters as each block has. */
export interface EmbedWords {
  title: number;
  subtitle: number;
  /** Each step's paragraphs, as characters: only the longest step matters, since all share its space. */
  steps: number[][];
  /** The layers each step shows: a chart whose parts stack is as tall as its tallest step. */
  shows: string[][];
  /** The line of sources under the chart. */
  sources: number;
  /** "From … see this chart in the explainer, step by step." */
  credit: number;
}

/** One link per publisher under an embedded chart, as under the chart in the story: publisher and one of its sources. */
export function embedPublishers(sourceIds: string[], sources: Explainer['sources']): [string, string][] {
  return [...new Map(sourceIds.map((id) => [sources.get(id)?.publisher ?? id, id])).entries()];
}

/** The steps of the chart's embed: those of the `<Scrolly>` its heading comes from, in order. */
export function embedSteps(chapters: Chapter[], chart: ChartId): string[] {
  const { title } = chartHeadings(chapters).get(chart)!;
  const steps = stepCharts(chapters.map(({ entry, outline }) => ({ slug: entry.data.slug, uses: outline.uses })));
  return [...steps].filter(([, step]) => step.chart === chart && step.title === title).map(([id]) => id);
}

/** Characters a word takes on a line, with its space; a printed figure counts as a few words (reading-time.ts). */
const CHARS_PER_WORD = 6;

/** The words around the chart in its embed, measured for embedHeight. */
export function embedWords(explainer: Pick<Explainer, 'chapters' | 'sources'>, chart: ChartId, sourceIds: string[], siteName: string): EmbedWords {
  const heading = chartHeadings(explainer.chapters).get(chart)!;
  const chapter = explainer.chapters.find(({ entry }) => entry.data.slug === heading.chapter);
  const showOf = new Map(chapter?.outline.uses.filter((use) => use.name === 'Step').map((use) => [use.attributes.id ?? '', use.attributes.show ?? '']));
  const passages = new Map(passageWords(chapter?.entry.body ?? '').map((passage) => [passage.id, passage]));
  const stepIds = embedSteps(explainer.chapters, chart);
  const steps = stepIds.map((id) => {
    const { words = 0, paragraphs = 1 } = passages.get(id) ?? {};
    return Array.from({ length: Math.max(1, paragraphs) }, () => (words * CHARS_PER_WORD) / Math.max(1, paragraphs));
  });
  const publishers = embedPublishers(sourceIds, explainer.sources).map(([publisher]) => publisher);
  return {
    title: heading.title.length,
    subtitle: heading.subtitle.length,
    steps,
    shows: stepIds.map((id) => (showOf.get(id) ?? '').split(/\s+/).filter(Boolean)),
    sources: `Sources: ${publishers.join(', ')}. All sources.`.length,
    credit: `From ${siteName}: see this chart in the explainer, step by step.`.length,
  };
}

/** The frame widths a teacher's page may give an embed: a phone's column to a projector's screen. */
export const EMBED_WIDTHS = [320, 1400] as const;

/** The height the embed draws the chart at, in the chart's units: a stacked chart's tallest step (src/client/chart-state.ts). */
function drawnHeight(geometry: ChartGeometry, shows: string[][]): number {
  const { parts, scales } = geometryStack(geometry);
  if (parts.length === 0) return geometry.height;
  return stackedHeight(parts, scales, shows, geometry.height);
}

/**
 * How tall the embed is at a frame `width`, from its chart's shape and its words. It follows the
 * embed's stylesheet: 1rem is 16 px, type sizes grow with the width (global.css's clamp()s), the
 * page is at most 48rem wide with 1rem each side, the chart at most 36rem, words at most 68
 * characters wide. Lines are counted generously, characters taken as wide as the widest of the
 * system fonts the captions may be set in (DejaVu Sans, on Linux), with room for where lines break,
 * so that a reader's own fonts never push the last line out of the frame.
 */
export function embedHeightAt(geometry: ChartGeometry, words: EmbedWords, width: number): number {
  const clamp = (min: number, fluid: number, max: number) => Math.min(max, Math.max(min, fluid));
  const body = clamp(16.96, 16 + 0.003 * width, 19.2);
  const small = clamp(13.28, 12.8 + 0.0015 * width, 14.4);
  const title = clamp(20, 18.4 + 0.005 * width, 24);
  const column = Math.min(width, 768) - 32;
  // A character's width in ems: the captions' sans-serif, bold in the title; the serif of the steps.
  const [sans, bold, serif] = [0.62, 0.72, 0.55];
  // The 68ch measure, with `ch` at its narrowest, as many lines as it can make.
  const measure = (size: number) => Math.min(column, 68 * 0.5 * size);
  const lines = (chars: number, em: number, size: number, across: number) => Math.max(1, Math.ceil((chars * em * size) / across));
  const caption = lines(words.title, bold, title, column) * title * 1.25 + (words.subtitle ? lines(words.subtitle, sans, small, column) * small * 1.6 + 2.4 : 0) + 12;
  const chart = (Math.min(column, EMBED_CHART_WIDTH) * drawnHeight(geometry, words.shows)) / geometry.width;
  const step = Math.max(0, ...words.steps.map((paragraphs) => paragraphs.reduce((sum, chars) => sum + lines(chars, serif, body, measure(body)) * body * 1.6 + 8, 0)));
  const controls = 12 + 44;
  const notes = (chars: number) => lines(chars, sans, small, measure(small)) * small * 1.6;
  const notesHeight = 12 + notes(words.sources) + 8 + 44 + 12 + notes(words.credit);
  return Math.ceil(12 + caption + chart + controls + 12 + step + notesHeight + 16);
}

/**
 * The height the embed code gives its frame, for a page that does not run the code's script (the
 * script sizes the frame to the embed exactly): the embed's height at the narrowest and at the
 * widest frame, whichever is taller, so the credit line is never cut off at any width between.
 */
export function embedHeight(geometry: ChartGeometry, words: EmbedWords): number {
  return Math.ceil(Math.max(...EMBED_WIDTHS.map((width) => embedHeightAt(geometry, words, width))) / 10) * 10;
}

/** Every chapter as a teacher plans with it. */
export function chapterPlans(explainer: Pick<Explainer, 'chapters' | 'figures' | 'glossary' | 'places' | 'events'>): ChapterPlan[] {
  const places = mapPlaces(explainer.places);
  const events = statusEvents(explainer.events);
  // The same wording Step.astro gives readers who cannot see the chart.
  const describe = (alt: string, date: string | undefined) => {
    const held = date && alt.includes('{places-held}') ? placesHeldAt(date, places, events) : [];
    return fillFigures(alt.replace('{places-held}', held.length ? held.join(', ') : 'none of the places marked'), explainer.figures);
  };

  return explainer.chapters.map(({ entry, outline }) => {
    const words = new Map(passageWords(entry.body ?? '').map((passage) => [passage.id, passage.words]));
    const time = (id: string) => readingTime(words.get(id) ?? 0);
    const sections: SectionPlan[] = outline.sections.map((section) => ({ id: section.id, title: section.title, readingTime: time(section.id), charts: [] }));
    const sectionById = new Map(sections.map((section) => [section.id, section]));

    for (const use of outline.uses) {
      if (use.name !== 'Step' || !use.attributes.id) continue;
      const scrolly = use.ancestors.find((ancestor) => ancestor.name === 'Scrolly');
      const section = sectionById.get(use.ancestors.find((ancestor) => ancestor.name === 'Section')?.attributes.id ?? '');
      const chart = scrolly?.attributes.chart;
      if (!section || !chart || !isChartId(chart)) continue;
      let charts = section.charts.at(-1);
      if (!charts || charts.chart !== chart) section.charts.push((charts = { chart, title: scrolly.attributes.title ?? fallbackTitles[chart], steps: [] }));
      charts.steps.push({
        id: use.attributes.id,
        number: charts.steps.length + 1,
        readingTime: time(use.attributes.id),
        shows: describe(use.attributes.alt ?? '', use.attributes.date ?? undefined),
      });
    }

    const termIds = [...new Set(outline.uses.filter((use) => use.name === 'Term' && use.attributes.id).map((use) => use.attributes.id!))];
    const chapterWords = [...words.entries()].filter(([id]) => sectionById.has(id)).reduce((sum, [, count]) => sum + count, 0);
    return {
      slug: entry.data.slug,
      order: entry.data.order,
      title: entry.data.title,
      summary: entry.data.summary,
      objectives: entry.data.objectives,
      readingTime: readingTime(chapterWords),
      sections,
      terms: termIds.map((id) => ({ id, term: explainer.glossary.get(id)?.term ?? id })),
    };
  });
}
