/**
 * Shows each place on a map as it stood on a date: the place carries its timeline (worked out
 * at build time from the dated events), so the browser only has to pick the entry in force.
 */
import { decodeTimeline, statusAt, statusWords } from '../charts/geo/status.ts';
import { isoDateWords } from '../lib/data/date-words.ts';

/** Sets every place inside `root` to its status at the end of `date`, and the map's date to it; returns how many were held. */
export function showPlacesAt(root: ParentNode, date: string): number {
  let held = 0;
  for (const label of root.querySelectorAll('.map-date')) setText(label, isoDateWords(date));
  for (const place of root.querySelectorAll<SVGGElement>('.place[data-timeline]')) {
    const entry = statusAt(decodeTimeline(place.dataset.timeline ?? ''), date);
    if (place.dataset.status !== entry.status) place.dataset.status = entry.status;
    if (entry.status === 'held') held++;
    // Each label set (phone, wide) has its own status line.
    for (const status of place.querySelectorAll('.place-status')) setText(status, statusWords[entry.status]);
  }
  return held;
}

/**
 * Writes only a change: setting the same words again still replaces the text node, and every
 * replaced node in an SVG has the browser lay the drawing out again on the reader's scroll.
 */
function setText(node: Element, words: string): void {
  if (node.textContent !== words) node.textContent = words;
}

// Maps inside a scrolly follow the date of the step in view.
document.addEventListener('scrolly-step', (event) => {
  const { date } = (event as CustomEvent<{ date: string | null }>).detail;
  if (date && event.target instanceof Element) showPlacesAt(event.target, date);
});
