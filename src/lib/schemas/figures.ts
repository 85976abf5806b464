/** The named numbers prose prints through `<Fig id>`, each with its unit and source. */
import { z } from 'astro/zod';
import { derivedFields } from './derived.ts';
import { amountFields, checkAmount, kebabId, partialDate, qualifier, sourced, withRange, oneOf, text, type Refs, fields } from './common.ts';

export const figureUnits = ['people', 'fighters', 'members', 'km2', 'sq-mi', 'km', 'percent', 'countries', 'count'] as const;
export type FigureUnit = (typeof figureUnits)[number];

export const figureSchema = (refs: Refs) =>
  fields({
      /** Stable id used by `<Fig id>`, e.g. `peak-population-bbc`. */
      id: kebabId,
      /** What the number is, in a phrase: what was counted, when, and by whom. */
      label: text('what the number is, in a phrase'),
      ...amountFields('the figure'),
      /** How the number is printed: people, fighters, members, km2, sq-mi, km, percent, countries, count. */
      unit: z.enum(figureUnits, { error: oneOf(figureUnits) }),
      qualifier,
      /** The date the figure describes. */
      date: partialDate.optional(),
      /**
       * solid or contested. A figure resting only on a weak source (an aggregator, an unconfirmed
       * copy) is never printed, so "weak" is refused here.
       */
      confidence: z.enum(['solid', 'contested'], {
        error: (issue) =>
          issue.input === 'weak'
            ? 'a figure whose only support is weak cannot be printed: find a reputable source for it, or leave it in the data rows beside one'
            : oneOf(['solid', 'contested'])(issue),
      }).default('solid'),
      ...derivedFields,
      ...sourced(refs),
    })
    .superRefine(checkAmount)
    .transform(withRange);

export type FigureRow = z.output<ReturnType<typeof figureSchema>>;
