/**
 * The data collections, the file each loads from under `content/data/`, and its schema. Both
 * `src/content.config.ts` and the content validator read this list, so they cannot drift apart.
 */
import { z } from 'astro/zod';
import { expected, type Refs } from './common.ts';
import { sourceSchema } from './sources.ts';
import { territorySchema } from './territory.ts';
import { populationSchema } from './population.ts';
import { fighterSchema } from './fighters.ts';
import { eventSchema } from './events.ts';
import { placeSchema } from './places.ts';
import { glossarySchema } from './glossary.ts';
import { figureSchema } from './figures.ts';
import { correctionSchema } from './corrections.ts';
import { quoteSchema } from './quotes.ts';

export const dataCollections = {
  sources: { file: 'sources.json', schema: (_refs: Refs) => sourceSchema },
  territory: { file: 'territory.json', schema: territorySchema },
  population: { file: 'population.json', schema: populationSchema },
  fighters: { file: 'fighters.json', schema: fighterSchema },
  events: { file: 'events.json', schema: eventSchema },
  places: { file: 'places.json', schema: placeSchema },
  glossary: { file: 'glossary.json', schema: glossarySchema },
  figures: { file: 'figures.json', schema: figureSchema },
  corrections: { file: 'corrections.json', schema: correctionSchema },
  quotes: { file: 'quotes.json', schema: quoteSchema },
} as const;

export type DataCollectionName = keyof typeof dataCollections;

/** The shape Astro's `reference()` gives a parsed reference; the validator's refs give the same. */
export interface EntryRef {
  collection: DataCollectionName;
  id: string;
}

const plainRef = <C extends DataCollectionName>(collection: C, why: string) =>
  z
    .string({ error: expected(`${why}, as the id of an entry in content/data/${dataCollections[collection].file}`) })
    .transform((id) => ({ collection, id }));

/** References for use outside Astro: ids become `{ collection, id }` to be checked by the validator. */
export const plainRefs: Refs = {
  source: plainRef('sources', 'every row names the source it comes from'),
  place: plainRef('places', 'every event names where it happened'),
};

export function isEntryRef(value: unknown): value is EntryRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as EntryRef).id === 'string' &&
    typeof (value as EntryRef).collection === 'string'
  );
}

