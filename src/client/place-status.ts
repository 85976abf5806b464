/**
 * Shows each place on a map as it stood on a date: the place carries its timeline (worked out
 * at build time from the dated events), so the browser only has to pick the entry in force.
 */
import { decodeTimeline, statusAt, statusWords } from '../charts/geo/status.ts';

const dayWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthWords = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "31 December 2014", "December 2014" or "2014": the date at the precision it is given. */
export function dateWords(iso: string): string {
  if (iso.length === 4) return iso;
  return (iso.length === 7 ? monthWords : dayWords).format(new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`));
}

/** Sets every place inside `root` to its status at the end of `date`, and the map's date to it; returns how many were held. */
export function showPlacesAt(root: ParentNode, date: string): number {
  let held = 0;
  for (const label of root.querySelectorAll('.map-date')) label.textContent = dateWords(date);
  for (const place of root.querySelectorAll<SVGGElement>('.place[data-timeline]')) {
    const entry = statusAt(decodeTimeline(place.dataset.timeline ?? ''), date);
    place.dataset.status = entry.status;
    if (entry.status === 'held') held++;
    // Each label set (phone, wide) has its own status line.
    for (const status of place.querySelectorAll('.place-status')) status.textContent = statusWords[entry.status];
  }
  return held;
}

// Maps inside a scrolly follow the date of the step in view.
document.addEventListener('scrolly-step', (event) => {
  const { date } = (event as CustomEvent<{ date: string | null }>).detail;
  if (date && event.target instanceof Element) showPlacesAt(event.target, date);
});
