/** Terms a reader may not know; `<Term id>` links to them. */
import { z } from 'astro/zod';
import { kebabId, sourced, text, type Refs, fields } from './common.ts';

export const glossarySchema = (refs: Refs) =>
  fields({
    /** Stable id used by `<Term id>` and `/glossary#<id>`, e.g. `sdf`. */
    id: kebabId,
    /** The term as a reader meets it, with its abbreviation if readers meet one. */
    term: text('the term as readers meet it'),
    /** Other names for the same thing: abbreviations and names used by others. */
    aka: z.array(z.string()).default([]),
    /** A neutral definition in the explainer's own words, one to three sentences. */
    definition: text('a short definition'),
    ...sourced(refs),
  });

export type GlossaryRow = z.output<ReturnType<typeof glossarySchema>>;
