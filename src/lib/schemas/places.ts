/** Places on the maps, with coordinates in decimal degrees (WGS 84). */
import { z } from 'astro/zod';
import { kebabId, sourced, expected, oneOf, text, type Refs, fields } from './common.ts';

export const labelSides = ['left', 'right', 'above', 'below', 'none'] as const;

export const placeSchema = (refs: Refs) =>
  fields({
    /** Stable id used by events, e.g. `city`. */
    id: kebabId,
    /** Name as the explainer spells it. */
    name: text('the place name'),
    /** Other spellings a reader may meet: other transliterations of the name. */
    altNames: z.array(z.string()).default([]),
    /** Latitude, −90 to 90 (north positive). */
    lat: z
      .number({ error: expected('latitude in decimal degrees') })
      .min(-90, { error: (issue) => `${String(issue.input)} is out of range: latitude must be between -90 and 90` })
      .max(90, { error: (issue) => `${String(issue.input)} is out of range: latitude must be between -90 and 90` }),
    /** Longitude, −180 to 180 (east positive). */
    lon: z
      .number({ error: expected('longitude in decimal degrees') })
      .min(-180, { error: (issue) => `${String(issue.input)} is out of range: longitude must be between -180 and 180` })
      .max(180, { error: (issue) => `${String(issue.input)} is out of range: longitude must be between -180 and 180` }),
    /** The country it lies in, as a lower-case id, e.g. `france`. */
    country: kebabId,
    /** Which side of its marker the name should go on the maps; the map moves it when that side is crowded. `none` when a neighbour's name covers both. */
    label: z.enum(labelSides, { error: oneOf(labelSides) }).default('right'),
    ...sourced(refs),
  });

export type PlaceRow = z.output<ReturnType<typeof placeSchema>>;
