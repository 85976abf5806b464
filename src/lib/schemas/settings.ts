/**
 * `content/explainer.json`: what makes this explainer this explainer. The kit's pages, charts and
 * maps read their titles, the places and rivers on the map, the areas estimates can apply to and
 * which series or figure a chart puts first from here, so the code under `src/` names no topic.
 */
import { z } from 'astro/zod';
import { expected, kebabId, parsePartialDate, text, fields } from './common.ts';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], {
  error: expected('a [longitude, latitude] pair in degrees, e.g. [2.35, 48.86]'),
});

export const settingsSchema = fields({
  /** The explainer's title, as on the front page, in tabs and in citations. */
  title: text('the explainer’s title'),
  /** The published address, for canonical links, the sitemap and citations (Netlify's URL wins when set). */
  url: z.url({ error: expected('the published address, starting https://') }),
  /** One sentence for search results and link previews. */
  description: text('one sentence describing the explainer'),
  /** The line under the title on the front page. */
  lede: text('the line under the title on the front page'),
  /** Who publishes the explainer and who wrote it: the masthead, the byline and the article metadata. */
  byline: z.strictObject(
    {
      /** The organisation that publishes it, shown as the masthead. */
      publisher: text('the name of who publishes the explainer, e.g. "Explainer Kit"'),
      /** The byline's "By …": a person, several people or a team. */
      author: text('who wrote the explainer, as the byline names them, e.g. "The Explainer Kit team"'),
    },
    { error: expected('who publishes and who wrote the explainer: { "publisher": "Explainer Kit", "author": "The Explainer Kit team" }') },
  ),
  /**
   * The day the explainer was first published, YYYY-MM-DD. Fixed in the content, so a rebuild never
   * moves it; the "updated" date comes from the newest entry in the corrections log.
   */
  published: z
    .string({ error: expected('the day the explainer was first published, YYYY-MM-DD, e.g. "2026-11-23"') })
    .transform((value, ctx) => {
      const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parsePartialDate(value) : `"${value}" is not a day: write the day it was first published as YYYY-MM-DD, e.g. "2026-11-23"`;
      if (typeof parsed === 'string') {
        ctx.issues.push({ code: 'custom', message: parsed, input: value });
        return z.NEVER;
      }
      return parsed;
    }),
  /** Who or what holds the territory the charts follow, as the charts call it: "the group". */
  actor: text('what the charts call the subject whose territory they follow, e.g. "the group"'),
  /**
   * The shape of a published chapter, checked by `npm run check:content` and the build (drafts are
   * exempt): its length in words and the fewest sections it may have.
   */
  chapters: fields({
    words: z
      .tuple([z.number().int().min(0), z.number().int().min(1)], { error: expected('[fewest, most] words a published chapter may have, e.g. [600, 1600]') })
      .optional(),
    sections: z.number({ error: expected('the fewest sections a published chapter may have, e.g. 2') }).int().min(1).optional(),
  }).optional(),
  /** A note for teachers on sensitive material in the chapters, shown on /teachers. */
  teachersNote: text('a sentence or two for teachers about sensitive material').optional(),
  /** The areas an estimate may apply to (`where` and `scope` in the data), with their labels. */
  areas: z
    .array(fields({ id: kebabId, label: text('the area’s name as readers see it') }), { error: expected('a list of { "id", "label" } areas') })
    .min(1, { error: 'is empty: list at least one area an estimate can apply to' }),
  /** What the maps show; needed when a chapter uses a map. */
  map: fields({
    /** The region the maps show: [west, south, east, north] in degrees. */
    region: z.tuple([z.number(), z.number(), z.number(), z.number()], { error: expected('[west, south, east, north] in degrees') }),
    /** Countries drawn stronger, by their Natural Earth names, e.g. "France". */
    focus: z.array(text('a country’s Natural Earth name')).min(1, { error: 'is empty: name at least one country to draw stronger' }),
    /** Where to print each focus country's name. */
    countryLabels: z.array(fields({ name: text('the name to print'), at: lonLat })).default([]),
    /** Rivers to draw stronger and name; each is found by points on its banks. */
    rivers: z
      .array(fields({ name: text('the river’s name'), through: z.array(lonLat).min(1, { error: 'is empty: give at least one point on the river' }), label: lonLat }))
      .default([]),
    /** Where the size map centres its circles (the middle of the territory); the region's centre when not given. */
    centre: lonLat.optional(),
    /** A well-known country drawn to the same scale, with the figure giving its area (the size map and the territory chart need it). */
    compare: fields({
      country: text('the country’s Natural Earth name, e.g. "France"'),
      label: text('how readers know it, e.g. "France"'),
      figure: kebabId,
    }).optional(),
  }).optional(),
  /** Options for the charts the chapters use; a chart that needs options and has none stops the build. */
  charts: fields({
    territory: fields({
      /** The body whose area-controlled series is the main line: rows whose `body` starts with this. */
      series: text('the body (as in territory.json "body") whose controlled-area figures make the main line'),
      /** A short name for that series on the chart. */
      seriesLabel: text('a short name for the main series'),
    }).optional(),
    people: fields({
      /** The population estimate to lift out of the rows. */
      highlight: kebabId,
      /** Estimates dated up to the end of this year count as "at the peak". */
      peakUntil: z.number({ error: expected('a year, e.g. 2015') }).int(),
    }).optional(),
    'size-map': fields({
      /** The figure whose area becomes the circle. */
      area: kebabId,
      /** What that circle is, in a few words. */
      areaLabel: text('a few words for the circle, e.g. "Controlled, Jan 2015"'),
    }).optional(),
  }).default({}),
});

export type Settings = z.output<typeof settingsSchema>;
export const SETTINGS_FILE = 'explainer.json';
