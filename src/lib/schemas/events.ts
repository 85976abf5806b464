/** Dated events of the story, each tied to places on the map. */
import { z } from 'astro/zod';
import { kebabId, partialDate, sourced, expected, oneOf, text, type Refs, fields } from './common.ts';

export const eventKinds = ['captured', 'retaken', 'declared', 'offensive', 'strike', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventSchema = (refs: Refs) =>
  fields({
    /** Stable id, e.g. `city-falls`. */
    id: kebabId,
    /** The date the best source gives. */
    date: partialDate,
    /** Other dates that credible sources give, each with why they differ. */
    altDates: z
      .array(
        fields({
          /** The other date. */
          date: partialDate,
          /** Why it differs, e.g. "formal declaration", "US time". */
          note: text('why this date differs'),
        }),
      )
      .default([]),
    /** A short headline in the explainer's own words. */
    title: text('a short headline for the event'),
    /** Two or three words for a chart or map label, e.g. "City falls". Defaults to the title. */
    short: text('a label of two or three words').optional(),
    /** Who took or retook the place(s), e.g. "government forces"; shown on the maps. */
    by: text('who took or retook the place, e.g. "government forces"').optional(),
    /** Marked on the territory chart and the maps as a turning point. */
    milestone: z.boolean({ error: expected('true or false') }).default(false),
    kind: z.enum(eventKinds, { error: oneOf(eventKinds) }),
    /** Ids of the places the event happened at, from `content/data/places.json`. */
    places: z.array(refs.place, { error: expected('a list of place ids, e.g. ["city"]') }).min(1, { error: 'name at least one place id' }),
    ...sourced(refs),
  });

export type EventRow = z.output<ReturnType<typeof eventSchema>>;
