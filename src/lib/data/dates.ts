/**
 * Dates as readers see them, to the precision the source gave: "2014", "June 2014", "29 June 2014".
 * Every surface that prints a date (prose, map labels and tables, downloads, handouts, /methods)
 * goes through here, so a date known only to the month can never be printed as the 1st.
 */
import { parsePartialDate, type PartialDate } from '../schemas/common.ts';

const formats = {
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};
const dayMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', day: 'numeric', timeZone: 'UTC' });

/** How much of a date to print: all of it, or (in a sentence that has already named the year) day and month only. */
export const dateStyles = ['full', 'day-month'] as const;
export type DateStyle = (typeof dateStyles)[number];

export function formatDate(date: PartialDate, style: DateStyle = 'full'): string {
  // "day-month" drops only the year: a month or a year alone would print as nothing useful, so they stay whole.
  if (style === 'day-month' && date.precision === 'day') return dayMonth.format(date.start);
  return formats[date.precision].format(date.start);
}

/** The same for a date still in its ISO text (`2014`, `2014-06`, `2014-06-29`), as the map timelines carry it. */
export function formatIsoDate(iso: string, style: DateStyle = 'full'): string {
  const parsed = parsePartialDate(iso);
  if (typeof parsed === 'string') throw new Error(`formatIsoDate: ${parsed}`);
  return formatDate(parsed, style);
}

