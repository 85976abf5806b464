/** Dates as readers see them, to the precision the source gave: "2014", "June 2014", "29 June 2014". */
import type { PartialDate } from '../schemas/common.ts';

const formats = {
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

export function formatDate(date: PartialDate): string {
  return formats[date.precision].format(date.start);
}
