/**
 * The months the time explorer steps through. A module of its own, with no imports, because the
 * browser needs it too: the page gives the first and last year, and the script lists the months
 * (72 quoted months in a data attribute weighed 1.9 KB on the home page).
 */

/** Every month from January of `from` to December of `to` as YYYY-MM. */
export function explorerMonths(from: number, to: number): string[] {
  const months: string[] = [];
  for (let year = from; year <= to; year++) for (let month = 1; month <= 12; month++) months.push(`${year}-${String(month).padStart(2, '0')}`);
  return months;
}
