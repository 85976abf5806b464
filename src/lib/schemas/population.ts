/** Estimates of how many people lived under the group's rule, and counts of people liberated. */
import { z } from 'astro/zod';
import { amountFields, checkAmount, confidence, kebabId, partialDate, qualifier, sourced, where, withRange, oneOf, text, type Refs, fields } from './common.ts';

/** `under-rule` estimates a population at a moment; `liberated` is a running total of people freed. */
export const populationKinds = ['under-rule', 'liberated'] as const;

export const populationSchema = (refs: Refs) =>
  fields({
      /** Stable id, e.g. `bbc-2018-peak`. */
      id: kebabId,
      /** Population under rule at a moment, or people liberated (cumulative): never on one axis. */
      kind: z.enum(populationKinds, { error: oneOf(populationKinds) }),
      /** The date the estimate describes (for a peak, the date the source gives the peak). */
      date: partialDate,
      where,
      ...amountFields('people'),
      qualifier,
      /** Who made the estimate, e.g. a broadcaster or a research institute. */
      body: text('who made the estimate'),
      /** A shorter name for chart labels (at most 26 characters), e.g. "US DoD Inspector General"; tables and source lines give `body` in full. */
      short: text('a short name for chart labels').max(26, { error: 'is longer than 26 characters: a short name for chart labels' }).optional(),
      /** What exactly is counted, in a phrase a reader understands. */
      counts: text('what the estimate counts, e.g. "people in territory IS controlled"'),
      confidence,
      ...sourced(refs),
    })
    .superRefine(checkAmount)
    .transform(withRange);

export type PopulationRow = z.output<ReturnType<typeof populationSchema>>;
