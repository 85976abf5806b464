/**
 * The data dictionary: what each collection holds and what each of its fields means, in words
 * for teachers and students. The meanings follow the JSDoc in `src/lib/schemas/`, rewritten for
 * someone holding a spreadsheet rather than editing JSON. Which fields exist, their order, whether
 * they may be empty and the values an enum allows are read from the Zod schemas themselves, so
 * the dictionary and the downloads cannot list a field the data does not have; a unit test
 * checks that every schema field has a meaning here.
 */
import { z } from 'astro/zod';
import { partialDate } from '../schemas/common.ts';
import { derivation } from '../schemas/derived.ts';
import { dataCollections, plainRefs, type DataCollectionName } from '../schemas/index.ts';

/** How a field's values are written; decides its columns in the downloads. */
export type FieldFormat =
  | { kind: 'text' }
  | { kind: 'url' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'date' }
  | { kind: 'list' }
  | { kind: 'ref'; collection: DataCollectionName }
  | { kind: 'refs'; collection: DataCollectionName }
  | { kind: 'dated-notes' }
  | { kind: 'derivation' };

export interface FieldSpec {
  name: string;
  /** What the field means; empty only while a new schema field awaits its words here. */
  meaning: string;
  format: FieldFormat;
  /** The field may be left out of a row, so its cells may be empty. */
  optional: boolean;
}

export interface CollectionSpec {
  name: DataCollectionName;
  title: string;
  description: string;
  fields: FieldSpec[];
}

interface CollectionWords {
  title: string;
  description: string;
  meanings: Record<string, string>;
}

/** The three fields every sourced row has (`sourced()` in common.ts). */
const sourcedMeanings = {
  source: 'Id of the row’s main source, listed in sources.csv.',
  alsoSources: 'Further sources that confirm the same figure.',
  note: 'Why the figure needs care: method, disagreement, caveat.',
};

/** `value`, `low` and `high` (`amountFields()` in common.ts); `unit` says what they count. */
const amountMeanings = (unit: string) => ({
  value: `The figure, when the source gives one number; empty when it gives a range. ${unit}`,
  low: `Lower end of the range the source gives; equal to value for a single number. ${unit}`,
  high: `Upper end of the range the source gives; equal to value for a single number. ${unit}`,
});

/** `derivedFrom` and `sourceWords` (`derivedFields` in derived.ts). */
const derivedMeanings = {
  derivedFrom:
    'Empty for a source’s own number. Set when the value is the explainer’s own calculation, not a source’s: what was done (sq-mi-to-km2, percent-of or difference) and the ids of the figures in figures.csv it was worked out from. Such a value is rounded no finer than those figures and keeps their qualifier.',
  sourceWords: 'The source’s own words when it gave no number, e.g. “more than half of the country”; the site prints these words in place of the number.',
};

const qualifierMeaning = 'How the source qualified the number: “about”, “more than”, “up to” and the like, or exact when it did not.';
const confidenceMeaning = 'How far the figure can be trusted, as judged when the data was compiled: solid, contested (sources disagree) or weak (resting on a weak source).';

export const collectionWords: Record<DataCollectionName, CollectionWords> = {
  sources: {
    title: 'Sources',
    description: 'The publications every figure and claim comes from. Every row of the other collections names one of these by its id.',
    meanings: {
      id: 'Stable id used by the other collections and by the sources page (/sources#<id>), e.g. agency-2018-report.',
      publisher: 'Who published it, as a reader would name them: “a news agency”, “a government inspector general”.',
      title: 'The title as published.',
      published: 'Publication date, to the precision known.',
      url: 'Where a reader can check it.',
      kind: 'official (the issuing body’s own document), research, news-agency (a wire service) or major-outlet.',
      author: 'Author(s), where named.',
      via: 'The copy that was checked, when it is not the publisher’s own page, e.g. “AFP via The Straits Times”.',
      note: 'What a reader should know about this source.',
    },
  },
  territory: {
    title: 'Territory',
    description:
      'Area figures for the group’s territory: area controlled, area of influence, the last pocket, and the share of once-held ground lost. These measure different things, so compare rows with the same measure.',
    meanings: {
      id: 'Stable id, e.g. monitor-2015-01.',
      measure: 'What the figure measures: area controlled, share of once-held ground lost, area of influence, or the last pocket.',
      where: 'Which country the figure covers.',
      date: 'The date the figure describes (not when it was published).',
      ...amountMeanings('In km², or in percent of ground once held for share-lost.'),
      qualifier: qualifierMeaning,
      body: 'Who produced the estimate, e.g. a monitoring service or a military coalition.',
      short: 'A shorter name for chart labels; tables and source lines give the body in full.',
      confidence: confidenceMeaning,
      ...derivedMeanings,
      ...sourcedMeanings,
    },
  },
  population: {
    title: 'People under its rule',
    description:
      'Estimates of how many people lived under the group’s rule, and running totals of people liberated. The two count different things and are never added up or drawn on one axis.',
    meanings: {
      id: 'Stable id, e.g. bbc-2018-peak.',
      kind: 'under-rule: the population under its rule at a moment; liberated: people freed so far (a running total).',
      date: 'The date the estimate describes (for a peak, the date the source gives for the peak).',
      where: 'Which country the estimate covers.',
      ...amountMeanings('In people.'),
      qualifier: qualifierMeaning,
      body: 'Who made the estimate, e.g. a broadcaster or a research institute.',
      short: 'A shorter name for chart labels; tables and source lines give the body in full.',
      counts: 'What exactly is counted, in a phrase a reader understands.',
      confidence: confidenceMeaning,
      ...sourcedMeanings,
    },
  },
  fighters: {
    title: 'Fighters',
    description: 'Estimates of the group’s fighters and members, as ranges where the source gives one, with the body that issued them.',
    meanings: {
      id: 'Stable id, e.g. cia-2014.',
      kind: 'fighters: people under arms; members: including non-combatants; foreign-fighters: people who travelled to join, counted cumulatively.',
      scope: 'Where the estimate applies: the id of one of the areas the explainer lists (explainer.json, “areas”).',
      date: 'The date the estimate describes.',
      ...amountMeanings('In people.'),
      qualifier: qualifierMeaning,
      body: 'The issuing body, e.g. “CIA”, “US DoD Lead Inspector General”, “UN Monitoring Team”.',
      short: 'A shorter name for chart labels; tables and source lines give the body in full.',
      confidence: confidenceMeaning,
      ...sourcedMeanings,
    },
  },
  events: {
    title: 'Events',
    description: 'Dated events of the story, each tied to the places on the map where it happened.',
    meanings: {
      id: 'Stable id, e.g. city-falls.',
      date: 'The date the best source gives.',
      altDates: 'Other dates that credible sources give, each with why it differs (e.g. “formal declaration”).',
      title: 'A short headline in the explainer’s own words.',
      short: 'Two or three words for a chart or map label, e.g. “City falls”; empty when the title is used.',
      by: 'Who took or retook the place(s), e.g. “government forces”.',
      milestone: 'Whether the charts and maps mark it as a turning point.',
      kind: 'What happened: a place captured or retaken, a declaration, an offensive, a strike, or other.',
      places: 'Ids of the places where it happened, listed in places.csv.',
      ...sourcedMeanings,
    },
  },
  places: {
    title: 'Places',
    description: 'Places on the maps, with coordinates in decimal degrees (WGS 84).',
    meanings: {
      id: 'Stable id used by events, e.g. a town’s name in kebab-case.',
      name: 'Name as the explainer spells it.',
      altNames: 'Other spellings a reader may meet: other transliterations of the name.',
      lat: 'Latitude, −90 to 90 (north positive).',
      lon: 'Longitude, −180 to 180 (east positive).',
      country: 'The country the place is in.',
      label: 'Which side of its marker the name goes on the maps, to keep close places legible.',
      ...sourcedMeanings,
    },
  },
  glossary: {
    title: 'Glossary',
    description: 'Terms a reader may not know, with neutral definitions in the explainer’s own words.',
    meanings: {
      id: 'Stable id used by the glossary page (/glossary#<id>), e.g. sdf.',
      term: 'The term as a reader meets it, with its abbreviation if readers meet one.',
      aka: 'Other names for the same thing: abbreviations and names used by others.',
      definition: 'A neutral definition in the explainer’s own words, one to three sentences.',
      ...sourcedMeanings,
    },
  },
  figures: {
    title: 'Figures in the text',
    description: 'The named numbers the story prints, each with its unit and source; the text never types a number itself.',
    meanings: {
      id: 'Stable id, e.g. peak-population-bbc.',
      label: 'What the number is, in a phrase: what was counted, when, and by whom.',
      ...amountMeanings('In the row’s unit.'),
      unit: 'What value, low and high count: people, fighters, members, km2, sq-mi, km, percent, countries or count.',
      qualifier: qualifierMeaning,
      date: 'The date the figure describes.',
      confidence: 'solid or contested. A figure resting only on a weak source is never printed, so there is no weak here.',
      ...derivedMeanings,
      ...sourcedMeanings,
    },
  },
  corrections: {
    title: 'Corrections',
    description: 'The corrections log: every change of substance to a published fact, newest first.',
    meanings: {
      id: 'Stable id, e.g. 2026-11-bbc-date.',
      date: 'When the change was published.',
      change: 'What changed and why, in a sentence or two.',
      anchor: 'The chapter or section the change touches, as its anchor: the passage is at /#<anchor>.',
      source: 'The source that prompted the change, if any, listed in sources.csv.',
    },
  },
  quotes: {
    title: 'Quotations',
    description: 'Every quotation the story prints, word for word, with who said it, when, where, and the source that reports it.',
    meanings: {
      id: 'Stable id, e.g. minister-last-stand.',
      words: 'The words exactly as the source gives them, without quotation marks.',
      speaker: 'Who said or wrote them: a person with their role, or a body.',
      date: 'When they were said or printed, no more precise than the source.',
      where: 'Where they were said or printed, e.g. a briefing or a news report.',
      ...sourcedMeanings,
    },
  },
};

export const collectionNames = Object.keys(dataCollections) as DataCollectionName[];

export function isCollectionName(name: string | undefined): name is DataCollectionName {
  return name !== undefined && Object.hasOwn(dataCollections, name);
}

/** The object schema under a collection's refinements and transforms. */
export function objectSchema(name: DataCollectionName): z.ZodObject {
  const schema: z.ZodType = dataCollections[name].schema(plainRefs);
  const object = schema instanceof z.ZodPipe ? schema.in : schema;
  if (!(object instanceof z.ZodObject)) throw new Error(`dictionary: the ${name} schema is not an object schema`);
  return object;
}

/** Strips `.optional()` and `.default()`, noting whether the field may be missing from a row. */
function unwrap(field: z.ZodType): { base: z.ZodType; optional: boolean } {
  let base = field;
  let optional = false;
  while (base instanceof z.ZodOptional || base instanceof z.ZodDefault) {
    if (base instanceof z.ZodOptional) optional = true;
    base = base.unwrap() as z.ZodType;
  }
  return { base, optional };
}

/** References and dates are recognised by identity: each schema reuses the shared building block. */
function formatOf(base: z.ZodType, where: string): FieldFormat {
  if (base === partialDate) return { kind: 'date' };
  if (base === derivation) return { kind: 'derivation' };
  if (base === plainRefs.source) return { kind: 'ref', collection: 'sources' };
  if (base === plainRefs.place) return { kind: 'ref', collection: 'places' };
  if (base instanceof z.ZodEnum) return { kind: 'enum', values: base.options.map(String) };
  if (base instanceof z.ZodNumber) return { kind: 'number' };
  if (base instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (base instanceof z.ZodURL) return { kind: 'url' };
  if (base instanceof z.ZodString) return { kind: 'text' };
  if (base instanceof z.ZodArray) {
    const item = unwrap(base.element as z.ZodType).base;
    if (item instanceof z.ZodObject && Object.keys(item.shape).join() === 'date,note') return { kind: 'dated-notes' };
    const inner = formatOf(item, where);
    if (inner.kind === 'ref') return { kind: 'refs', collection: inner.collection };
    if (inner.kind === 'text') return { kind: 'list' };
  }
  throw new Error(`dictionary: ${where} has a kind of value the downloads cannot write yet; teach formatOf() in src/lib/data/dictionary.ts`);
}

/** A collection's fields in schema order, with their meanings and formats. */
export function describeCollection(name: DataCollectionName): CollectionSpec {
  const words = collectionWords[name];
  const fields = Object.entries(objectSchema(name).shape).map(([field, schema]) => {
    const { base, optional } = unwrap(schema as z.ZodType);
    return { name: field, meaning: words.meanings[field] ?? '', format: formatOf(base, `${name}.${field}`), optional };
  });
  return { name, title: words.title, description: words.description, fields };
}
