/** Area figures for the group's territory. Different measures never share an unlabelled axis. */
import { z } from 'astro/zod';
import { derivedFields } from './derived.ts';
import { amountFields, checkAmount, confidence, kebabId, partialDate, qualifier, sourced, where, withRange, oneOf, text, type Refs, fields } from './common.ts';

export const territoryMeasures = ['controlled-area', 'share-lost', 'influence-area', 'pocket-area'] as const;
export type TerritoryMeasure = (typeof territoryMeasures)[number];

/** Unit each measure is given in: areas in km², shares lost in percent of ground once held. */
export const territoryUnit = (measure: TerritoryMeasure) => (measure === 'share-lost' ? 'percent' : 'km2');

export const territorySchema = (refs: Refs) =>
  fields({
      /** Stable id, e.g. `monitor-2015-01`. */
      id: kebabId,
      /** What the figure measures: area controlled, share of once-held ground lost, area of influence, or the last pocket. */
      measure: z.enum(territoryMeasures, { error: oneOf(territoryMeasures) }),
      /** Which country the figure covers. */
      where,
      /** The date the figure describes (not when it was published). */
      date: partialDate,
      ...amountFields('an area (km²) or a share (percent)'),
      /** How the source qualified the number ("about", "more than" …). */
      qualifier,
      /** Who produced the estimate, e.g. a monitoring service or a military coalition. */
      body: text('who produced the figure, e.g. "a monitoring service"'),
      /** A shorter name for chart labels (at most 26 characters), e.g. "US DoD Inspector General"; tables and source lines give `body` in full. */
      short: text('a short name for chart labels').max(26, { error: 'is longer than 26 characters: a short name for chart labels' }).optional(),
      confidence,
      ...derivedFields,
      ...sourced(refs),
    })
    .superRefine((row, ctx) => {
      checkAmount(row, ctx);
      const top = row.value ?? row.high;
      if (row.measure === 'share-lost' && top !== undefined && top > 100) {
        ctx.addIssue({ code: 'custom', path: [row.value !== undefined ? 'value' : 'high'], message: `${top} is over 100: a share lost is a percentage (0–100)` });
      }
    })
    .transform(withRange);

export type TerritoryRow = z.output<ReturnType<typeof territorySchema>>;
