/**
 * Shows each place on a map as it stood on a date: the place carries its timeline (worked out
 * at build time from the dated events), so the browser only has to pick the entry in force.
 */
import { decodeTimeline, statusAt, statusWords } from '../charts/geo/status.ts';

/** Sets every place inside `root` to its status at the end of `date`; returns how many were held. */
export function showPlacesAt(root: ParentNode, date: string): number {
  let held = 0;
  for (const place of root.querySelectorAll<SVGGElement>('.place[data-timeline]')) {
    const entry = statusAt(decodeTimeline(place.dataset.timeline ?? ''), date);
    place.dataset.status = entry.status;
    if (entry.status === 'held') held++;
    const status = place.querySelector('.place-status');
    if (status) status.textContent = statusWords[entry.status];
  }
  return held;
}

// Maps inside a scrolly follow the date of the step in view.
document.addEventListener('scrolly-step', (event) => {
  const { date } = (event as CustomEvent<{ date: string | null }>).detail;
  if (date && event.target instanceof Element) showPlacesAt(event.target, date);
});
