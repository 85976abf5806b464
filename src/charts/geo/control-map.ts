/**
 * The control map: the explainer's region with its focus countries and named rivers, and the key
 * places, each carrying its timeline (from the dated events) so the page can show its status at
 * any date. Status shows by shape and by a word, as well as by colour.
 */
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { ChartGeometry, Mark } from '../types.ts';
import type { Basemap, Region, RiverFeature } from './basemap.ts';
import { encodeTimeline, placeTimeline, type StatusEvent, type TimelineEntry } from './status.ts';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Where the name goes beside the marker. */
  label: 'left' | 'right' | 'above' | 'below' | 'none';
}

export const controlMapLayers = {
  base: 'Countries, borders and the main rivers',
  places: 'Key places, marked by their status on the step’s date (held, contested, retaken, never held)',
} as const;

export const MAP_WIDTH = 520;
export const MAP_HEIGHT = 380;

const outline = ([west, south, east, north]: Region): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
});

/** An equal-area projection centred on the region, so areas on every map compare fairly. */
export function regionProjection(region: Region, width = MAP_WIDTH, height = MAP_HEIGHT): GeoProjection {
  const center: [number, number] = [(region[0] + region[2]) / 2, (region[1] + region[3]) / 2];
  const regionOutline = outline(region);
  return geoAzimuthalEqualArea()
    .rotate([-center[0], -center[1]])
    .fitExtent([[2, 2], [width - 2, height - 2]], regionOutline)
    .clipExtent([[0, 0], [width, height]]);
}

/** Country fills and names, rivers and their names: the same under every map. */
export function baseMarks(basemap: Basemap, projection: GeoProjection): Mark[] {
  const path = geoPath(projection).digits(1);
  const focus = new Set(basemap.settings.focus);
  const marks: Mark[] = [];
  for (const country of basemap.countries) {
    const d = path(country);
    if (!d) continue;
    marks.push({ kind: 'path', d, className: focus.has(country.properties.name) ? 'country country-focus' : 'country' });
  }
  const riverPaths = (rivers: RiverFeature[], className: string) =>
    rivers.map((river) => path(river)).filter((d): d is string => !!d).map((d): Mark => ({ kind: 'path', d, className }));
  marks.push(...riverPaths(basemap.otherRivers, 'river river-minor'), ...basemap.rivers.flatMap((river) => riverPaths(river.features, 'river')));
  for (const country of basemap.countries) {
    // The centre of the visible part, so a big neighbour's name still lands on screen.
    const [x, y] = path.centroid(country);
    const area = path.area(country);
    if (!Number.isFinite(x) || area < 2500) continue;
    marks.push({ kind: 'text', x, y, text: country.properties.name, anchor: 'middle', className: focus.has(country.properties.name) ? 'country-label country-label-focus' : 'country-label' });
  }
  marks.push(...basemap.rivers.flatMap((river) => riverLabel(river.features, projection, river.label, river.name)));
  return marks;
}

function riverLabel(rivers: RiverFeature[], projection: GeoProjection, near: [number, number], name: string): Mark[] {
  const point = projection(near);
  if (!point || rivers.length === 0) return [];
  return [{ kind: 'text', x: point[0] + 6, y: point[1], text: name, className: 'river-label' }];
}

const shapeSize = 6;

/** The marks of one place: a shape for each status (CSS shows the current one) and its labels. */
function placeMarks(place: MapPlace, x: number, y: number, timeline: TimelineEntry[]): Mark {
  const s = shapeSize;
  const dx = place.label === 'left' ? -9 : place.label === 'right' ? 9 : 0;
  // Above the marker the status line goes over the name, so neither covers the marker.
  const dy = place.label === 'above' ? -22 : place.label === 'below' ? 17 : 4;
  const anchor = place.label === 'left' ? 'end' : place.label === 'right' ? 'start' : 'middle';
  const held = timeline.filter((entry) => entry.status === 'held');
  const period = held.length ? heldPeriod(timeline) : '';
  return {
    kind: 'group',
    className: 'place',
    data: { place: place.id, timeline: encodeTimeline(timeline), status: held.length ? 'held' : 'not-held' },
    marks: [
      { kind: 'circle', cx: x, cy: y, r: s, className: 'shape shape-held' },
      { kind: 'path', d: `M${x},${y - s - 1}L${x + s + 1},${y}L${x},${y + s + 1}L${x - s - 1},${y}Z`, className: 'shape shape-retaken' },
      { kind: 'path', d: `M${x},${y - s - 1}L${x + s + 1},${y + s}L${x - s - 1},${y + s}Z`, className: 'shape shape-contested' },
      { kind: 'circle', cx: x, cy: y, r: s - 2, className: 'shape shape-not-held' },
      ...(place.label === 'none'
        ? []
        : ([
            { kind: 'text', x: x + dx, y: y + dy, text: place.name, anchor, className: 'place-name' },
            { kind: 'text', x: x + dx, y: y + dy + 12, text: period, anchor, className: 'place-detail place-period' },
            { kind: 'text', x: x + dx, y: y + dy + 12, text: '', anchor, className: 'place-detail place-status' },
          ] as Mark[])),
    ],
  };
}

/** "2014–17": the years the actor held the place, for the full-period picture. */
export function heldPeriod(timeline: TimelineEntry[]): string {
  const start = timeline.find((entry) => entry.status === 'held');
  if (!start) return '';
  const end = timeline.find((entry) => entry.from > start.from && entry.status === 'retaken');
  const from = start.from.slice(0, 4);
  return end ? `${from}–${end.from.slice(2, 4)}` : `from ${from}`;
}

/** The key, bottom left (over the empty desert of northern Saudi Arabia). */
function legendMarks(actor: string): Mark[] {
  const x = 12;
  const y = MAP_HEIGHT - 92;
  const s = shapeSize;
  const row = (i: number, shape: Mark, text: string, staticText?: string): Mark[] => [
    shape,
    { kind: 'text', x: x + 16, y: y + 24 + i * 17, text, className: staticText ? 'legend-text place-detail-live' : 'legend-text' },
    ...(staticText ? [{ kind: 'text', x: x + 16, y: y + 24 + i * 17, text: staticText, className: 'legend-text place-detail-static' } as Mark] : []),
  ];
  const cy = (i: number) => y + 20 + i * 17;
  return [
    { kind: 'rect', x: x - 6, y: y - 2, width: 190, height: 90, className: 'legend-frame' },
    { kind: 'text', x, y: y + 10, text: 'Places', className: 'legend-title' },
    ...row(0, { kind: 'circle', cx: x + 5, cy: cy(0), r: s, className: 'legend-shape legend-held' }, `held by ${actor}`, 'held at some time (years)'),
    ...row(1, { kind: 'path', d: `M${x + 5},${cy(1) - s - 1}L${x + 6 + s},${cy(1)}L${x + 5},${cy(1) + s + 1}L${x - 1 - s + 5},${cy(1)}Z`, className: 'legend-shape legend-retaken' }, `retaken from ${actor}`),
    ...row(2, { kind: 'path', d: `M${x + 5},${cy(2) - s - 1}L${x + 6 + s},${cy(2) + s}L${x - 1 - s + 5},${cy(2) + s}Z`, className: 'legend-shape legend-contested' }, 'contested, or dates differ'),
    ...row(3, { kind: 'circle', cx: x + 5, cy: cy(3), r: s - 2, className: 'legend-shape legend-not-held' }, 'not held'),
  ];
}

/** `actor` is what the legend calls who holds places, e.g. "the group". */
export function controlMap(basemap: Basemap, places: MapPlace[], events: StatusEvent[], actor: string, id = 'control-map'): ChartGeometry {
  const projection = regionProjection(basemap.settings.region);
  const placeLayer: Mark[] = [];
  for (const place of places) {
    const point = projection([place.lon, place.lat]);
    if (!point || point[0] < 0 || point[0] > MAP_WIDTH || point[1] < 0 || point[1] > MAP_HEIGHT) continue;
    placeLayer.push(placeMarks(place, point[0], point[1], placeTimeline(place.id, events)));
  }
  return {
    id,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    staticScales: ['map'],
    axes: [],
    layers: [
      { id: 'base', description: controlMapLayers.base, scale: 'map', marks: [...baseMarks(basemap, projection), ...legendMarks(actor)] },
      { id: 'places', description: controlMapLayers.places, scale: 'map', marks: placeLayer },
    ],
  };
}
