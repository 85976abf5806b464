/**
 * A map date in words in the browser: "2014", "June 2014", "29 June 2014", as the build's
 * formatIsoDate (dates.ts) prints it. Spelled out rather than through Intl.DateTimeFormat, whose
 * first use loads the locale's data: some 40 ms on a laptop and 160 ms on a slow phone, in the
 * task that opens the page. A unit test holds the two to the same words.
 */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function isoDateWords(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthWord = month ? monthNames[Number(month) - 1] : undefined;
  if (!monthWord) return year ?? iso;
  return day ? `${Number(day)} ${monthWord} ${year}` : `${monthWord} ${year}`;
}
