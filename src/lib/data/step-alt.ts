/**
 * A scroll step's chart described in words, as screen readers hear it on the page and as the
 * handout prints it under the still figure: `{figure-id}` becomes the figure, and
 * `{places-held}` the places the group held on the step's date, worked out from the events.
 */
import type { Explainer } from './explainer.ts';
import { fillFigures } from './fill-figures.ts';
import { mapPlaces, placesHeldAt, statusEvents } from './map-data.ts';

export function stepAltText(alt: string, date: string | undefined, { figures, events, places }: Pick<Explainer, 'figures' | 'events' | 'places'>): string {
  const held = date && alt.includes('{places-held}') ? placesHeldAt(date, mapPlaces(places), statusEvents(events)) : [];
  return fillFigures(alt.replace('{places-held}', held.length ? held.join(', ') : 'none of the places marked'), figures);
}
