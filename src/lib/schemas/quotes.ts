/**
 * Quotations the explainer prints: the exact words, who said them, when and where, and the
 * source that reports them. `<Quote id>` prints the words; nothing else may type them.
 */
import { z } from 'astro/zod';
import { kebabId, partialDate, sourced, text, type Refs, fields } from './common.ts';

/** Quotation marks belong to the page, not the words: a stored quote has none at its ends. */
const QUOTE_MARKS = /^["“”‘’']|["“”‘’']$/;

export const quoteSchema = (refs: Refs) =>
  fields({
    /** Stable id used by `<Quote id>`, e.g. `minister-last-stand`. */
    id: kebabId,
    /** The words exactly as the source gives them, without the quotation marks around them. */
    words: text('the exact words, as the source gives them').refine((words) => !QUOTE_MARKS.test(words), {
      error: 'starts or ends with a quotation mark: store the words alone; <Quote> adds the marks',
    }),
    /** Who said or wrote them: a person with their role, or a body, e.g. "Jane Smith, the defence minister". */
    speaker: text('who said or wrote the words, e.g. "Jane Smith, the defence minister"'),
    /** When they were said, no more precise than the source: `2014-09-03`, `2014-09` or `2014`. */
    date: partialDate,
    /** Where they were said or printed, e.g. "a press briefing" or "a news agency's report". */
    where: text('where the words were said or printed, e.g. "a press briefing"'),
    ...sourced(refs),
  });

export type QuoteRow = z.output<ReturnType<typeof quoteSchema>>;
