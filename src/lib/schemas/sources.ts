/** A publication a figure or claim comes from. Every data row points at one of these. */
import { z } from 'astro/zod';
import { kebabId, partialDate, oneOf, text, fields, webAddress } from './common.ts';

export const sourceKinds = ['official', 'research', 'news-agency', 'major-outlet'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const sourceSchema = fields({
  /** Stable id used by rows, `<Cite>` and `/sources#<id>`; e.g. `agency-2018-report`. */
  id: kebabId,
  /** Who published it, as a reader would name them: "a news agency", "a government inspector general". */
  publisher: text('who published the source, e.g. "a news agency"'),
  /** The title as published. */
  title: text('the title as published'),
  /** Publication date, to the precision known. */
  published: partialDate,
  /** Where a reader can check it: a web address (http or https) with a real domain name. */
  url: webAddress,
  /** official (issuing body's own document), research, news-agency (wire), major-outlet. */
  kind: z.enum(sourceKinds, { error: oneOf(sourceKinds) }),
  /** Author(s), where named. */
  author: z.string().optional(),
  /** The copy that was checked, when it is not the publisher's own page, e.g. "AFP via The Straits Times". */
  via: z.string().optional(),
  /** What a reader should know about this source. */
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
