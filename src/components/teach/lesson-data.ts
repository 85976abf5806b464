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

/**
 * A height for the embed's iframe: the chart at its widest, plus room for its title, source line
 * and buttons, so in a slide or an article it shows without an inner scroll bar.
 */
export function embedHeight(geometry: ChartGeometry): number {
  const AROUND_THE_CHART = 260;
  const drawn = (geometry.height * EMBED_CHART_WIDTH) / geometry.width;
  return Math.round((drawn + AROUND_THE_CHART) / 10) * 10;
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
