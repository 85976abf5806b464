/**
 * Numbers we work out ourselves, and numbers a source gave only in words. The explainer's rule is
 * that a source's figure is entered as the source gave it; anything we compute from it (a unit
 * conversion, a share of another figure, a difference) says so in the data, with its inputs, so
 * the validator can check the arithmetic and every surface can print it as our calculation.
 */
import { z } from 'astro/zod';
import { kebabId, oneOf, fields } from './common.ts';

/**
 * The calculations the explainer makes, each with a fixed number of input figures:
 * - `sq-mi-to-km2`: one figure in sq mi, converted to km²;
 * - `percent-of`: a percentage (first input) of another figure (second input);
 * - `difference`: the first figure minus the second, in the same unit.
 */
export const derivedOperations = ['sq-mi-to-km2', 'percent-of', 'difference'] as const;
export type DerivedOperation = (typeof derivedOperations)[number];

/** `derivedFrom`: the operation and the ids of the figures in figures.json it starts from. */
export const derivation = fields({
  /** How the value is worked out: sq-mi-to-km2, percent-of or difference. */
  operation: z.enum(derivedOperations, { error: oneOf(derivedOperations) }),
  /** Ids of figures in content/data/figures.json, in the order the operation takes them. */
  inputs: z.array(kebabId, { error: (issue) => (issue.input === undefined ? 'required: the ids of the figures the calculation starts from, e.g. ["area-example"]' : 'a list of figure ids, e.g. ["area-example"]') }).min(1, { error: 'is empty: name the figures the calculation starts from' }),
});
export type Derivation = z.infer<typeof derivation>;

/** The source's own words for a figure it did not give as a number, printed instead of the number. */
export const sourceWords = z.string().trim().min(1, { error: 'is empty: quote the source’s own words, e.g. "more than half of the country", or leave the field out' });

/** The two fields every amount row that may be ours, or worded, carries. */
export const derivedFields = {
  /**
   * Set when the value is our calculation, not a source's number: the operation and the figures it
   * starts from. The validator checks the arithmetic and the precision; every surface prints the
   * value as our calculation.
   */
  derivedFrom: derivation.optional(),
  /**
   * The source's words when it gave no number ("more than half of the country"). They are printed in
   * place of the number, so they must carry the row's qualifier.
   */
  sourceWords: sourceWords.optional(),
};
