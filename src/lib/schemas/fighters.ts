/** Estimates of fighters and members, always as ranges with the body that issued them. */
import { z } from 'astro/zod';
import { amountFields, checkAmount, kebabId, partialDate, qualifier, confidence, sourced, withRange, oneOf, text, where, type Refs, fields } from './common.ts';

/** `fighters` under arms; `members` including non-combatants; `foreign-fighters` cumulative travellers. */
export const fighterKinds = ['fighters', 'members', 'foreign-fighters'] as const;

export const fighterSchema = (refs: Refs) =>
  fields({
      /** Stable id, e.g. `cia-2014`. */
      id: kebabId,
      kind: z.enum(fighterKinds, { error: oneOf(fighterKinds) }),
      /** Where the estimate applies: one of the areas in explainer.json. */
      scope: where,
      /** The date the estimate describes. */
      date: partialDate,
      ...amountFields('people'),
      qualifier,
      /** The issuing body, e.g. "CIA", "US DoD Lead Inspector General", "UN Monitoring Team". */
      body: text('the issuing body, e.g. "CIA"'),
      /** A shorter name for chart labels (at most 26 characters), e.g. "US DoD Inspector General"; tables and source lines give `body` in full. */
      short: text('a short name for chart labels').max(26, { error: 'is longer than 26 characters: a short name for chart labels' }).optional(),
      confidence,
      ...sourced(refs),
    })
    .superRefine(checkAmount)
    .transform(withRange);

export type FighterRow = z.output<ReturnType<typeof fighterSchema>>;
