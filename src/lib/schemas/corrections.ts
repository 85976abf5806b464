/** The corrections log: every change of substance to a published fact, shown to readers. */
import { z } from 'astro/zod';
import { kebabId, partialDate, text, type Refs, fields } from './common.ts';

export const correctionSchema = (refs: Refs) =>
  fields({
    /** Stable id, e.g. `2026-11-bbc-date`. */
    id: kebabId,
    /** When the change was published. */
    date: partialDate,
    /** What changed and why, in a sentence or two. */
    change: text('what changed and why'),
    /** The anchor of the chapter or section the change touches, e.g. `the-last-pocket`. */
    anchor: kebabId.optional(),
    /** The source that prompted the change, if any. */
    source: refs.source.optional(),
  });

export type CorrectionRow = z.output<ReturnType<typeof correctionSchema>>;
