/**
 * What the maps need from the collections: places with coordinates and the events that change
 * who holds them, in the plain shapes the map modules take.
 */
import type { EventRow } from '../schemas/events.ts';
import type { PlaceRow } from '../schemas/places.ts';
import type { MapPlace } from '../../charts/geo/control-map.ts';
import { placeTimeline, statusAt, type StatusEvent } from '../../charts/geo/status.ts';

export function statusEvents(events: EventRow[]): StatusEvent[] {
  return events.map((event) => ({
    id: event.id,
    kind: event.kind,
    date: event.date.iso,
    altDates: event.altDates.map((alt) => alt.date.iso),
    places: event.places.map((place) => place.id),
    ...(event.by ? { by: event.by } : {}),
    source: event.source.id,
  }));
}

export function mapPlaces(places: ReadonlyMap<string, PlaceRow>): MapPlace[] {
  return [...places.values()].map((place) => ({ id: place.id, name: place.name, lat: place.lat, lon: place.lon, label: place.label }));
}

/** Names of the places the group held at the end of a date, in the order given. */
export function placesHeldAt(date: string, places: MapPlace[], events: StatusEvent[]): string[] {
  return places.filter((place) => statusAt(placeTimeline(place.id, events), date).status === 'held').map((place) => place.name);
}
