/**
 * The control map: the explainer's region with its focus countries and named rivers, and the key
 * places, each carrying its timeline (from the dated events) so the page can show its status at
 * any date. Status shows by shape and by a word, as well as by colour.
 */
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { ChartGeometry, Mark, TextMark } from '../types.ts';
import type { Basemap, Region, RiverFeature } from './basemap.ts';
import { encodeTimeline, placeTimeline, statusWords, type StatusEvent, type TimelineEntry } from './status.ts';
import { markerBox, placeLabels, textMarkBox, TEXT, type Box, type LabelPlacement, type LabelRequest, type Obstacles, type Side } from './place-labels.ts';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** The side of the marker the name should go on; it moves when that side would collide. */
  label: Side | 'none';
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
function placeMarks(place: MapPlace, x: number, y: number, timeline: TimelineEntry[], label: LabelPlacement | undefined): Mark {
  const s = shapeSize;
  const held = timeline.filter((entry) => entry.status === 'held');
  const period = held.length ? heldPeriod(timeline) : '';
  const labels = (placement: LabelPlacement): Mark[] => {
    const { dx, dy, anchor, leader } = placement;
    return [
      ...(leader ? [{ kind: 'line', x1: x + leader.x1, y1: y + leader.y1, x2: x + leader.x2, y2: y + leader.y2, className: 'place-leader' } as Mark] : []),
      { kind: 'text', x: x + dx, y: y + dy, text: place.name, anchor, className: 'place-name' },
      { kind: 'text', x: x + dx, y: y + dy + TEXT.detailGap, text: period, anchor, className: 'place-detail place-period' },
      { kind: 'text', x: x + dx, y: y + dy + TEXT.detailGap, text: '', anchor, className: 'place-detail place-status' },
    ];
  };
  return {
    kind: 'group',
    className: 'place',
    data: { place: place.id, timeline: encodeTimeline(timeline), status: held.length ? 'held' : 'not-held' },
    marks: [
      { kind: 'circle', cx: x, cy: y, r: s, className: 'shape shape-held' },
      { kind: 'path', d: `M${x},${y - s - 1}L${x + s + 1},${y}L${x},${y + s + 1}L${x - s - 1},${y}Z`, className: 'shape shape-retaken' },
      { kind: 'path', d: `M${x},${y - s - 1}L${x + s + 1},${y + s}L${x - s - 1},${y + s}Z`, className: 'shape shape-contested' },
      { kind: 'circle', cx: x, cy: y, r: s - 2, className: 'shape shape-not-held' },
      ...(label ? labels(label) : []),
    ],
  };
}

/** Every text the line under a place's name can show: its held years (no JavaScript) or a status word. */
function detailTexts(timeline: TimelineEntry[]): string[] {
  const words = new Set(timeline.map((entry) => statusWords[entry.status]));
  return [heldPeriod(timeline), ...words].filter(Boolean);
}

/** Each spell the actor held the place: when it began and the entry that ended it (none while still held). */
export function heldSpells(timeline: TimelineEntry[]): { start: TimelineEntry; end?: TimelineEntry }[] {
  return timeline.flatMap((start, i) => {
    if (start.status !== 'held') return [];
    const end = timeline.slice(i + 1).find((entry) => entry.status === 'retaken');
    return [end ? { start, end } : { start }];
  });
}

/**
 * "2014–17" (or "2018" when taken and lost in one year): the years the actor held the place, for
 * the full-period picture. A place held twice shows both spells ("2015–16, 2016–17"), so a second
 * occupation is not hidden inside the first.
 */
export function heldPeriod(timeline: TimelineEntry[]): string {
  return heldSpells(timeline)
    .map(({ start, end }) => {
      const from = start.from.slice(0, 4);
      if (!end) return `from ${from}`;
      return end.from.slice(0, 4) === from ? from : `${from}–${end.from.slice(2, 4)}`;
    })
    .join(', ');
}

const LEGEND_X = 12;
const LEGEND_Y = MAP_HEIGHT - 88;
/** Where the key sits: bottom left, down to the map's edge, over the empty desert of northern Saudi Arabia. */
const LEGEND_BOX: Box = { x0: LEGEND_X - 6, y0: LEGEND_Y - 2, x1: LEGEND_X - 6 + 190, y1: LEGEND_Y - 2 + 90 };

function legendMarks(actor: string): Mark[] {
  const x = LEGEND_X;
  const y = LEGEND_Y;
  const s = shapeSize;
  const row = (i: number, shape: Mark, text: string, staticText?: string): Mark[] => [
    shape,
    { kind: 'text', x: x + 16, y: y + 24 + i * 17, text, className: staticText ? 'legend-text place-detail-live' : 'legend-text' },
    ...(staticText ? [{ kind: 'text', x: x + 16, y: y + 24 + i * 17, text: staticText, className: 'legend-text place-detail-static' } as Mark] : []),
  ];
  const cy = (i: number) => y + 20 + i * 17;
  return [
    { kind: 'rect', x: LEGEND_BOX.x0, y: LEGEND_BOX.y0, width: LEGEND_BOX.x1 - LEGEND_BOX.x0, height: LEGEND_BOX.y1 - LEGEND_BOX.y0, className: 'legend-frame' },
    { kind: 'text', x, y: y + 10, text: 'Places', className: 'legend-title' },
    ...row(0, { kind: 'circle', cx: x + 5, cy: cy(0), r: s, className: 'legend-shape legend-held' }, `held by ${actor}`, 'held at some time (years)'),
    ...row(1, { kind: 'path', d: `M${x + 5},${cy(1) - s - 1}L${x + 6 + s},${cy(1)}L${x + 5},${cy(1) + s + 1}L${x - 1 - s + 5},${cy(1)}Z`, className: 'legend-shape legend-retaken' }, `retaken from ${actor}`),
    ...row(2, { kind: 'path', d: `M${x + 5},${cy(2) - s - 1}L${x + 6 + s},${cy(2) + s}L${x - 1 - s + 5},${cy(2) + s}Z`, className: 'legend-shape legend-contested' }, 'contested, or dates differ'),
    ...row(3, { kind: 'circle', cx: x + 5, cy: cy(3), r: s - 2, className: 'legend-shape legend-not-held' }, 'not held'),
  ];
}

/** A country or river name's box, at the sizes charts.css gives them (capitals are wide). */
function baseLabelBox(mark: TextMark): Box {
  if (mark.className?.includes('country-label-focus')) return textMarkBox(mark, 13, 0.8);
  if (mark.className?.includes('country-label')) return textMarkBox(mark, 11, 0.78);
  return textMarkBox(mark, TEXT.name.size, 0.55);
}

interface ShownPlace {
  place: MapPlace;
  x: number;
  y: number;
  timeline: TimelineEntry[];
}

/** The places inside the map, where they fall on it, with their timelines. */
function shownPlaces(projection: GeoProjection, places: MapPlace[], events: StatusEvent[]): ShownPlace[] {
  return places.flatMap((place) => {
    const point = projection([place.lon, place.lat]);
    if (!point || point[0] < 0 || point[0] > MAP_WIDTH || point[1] < 0 || point[1] > MAP_HEIGHT) return [];
    return [{ place, x: point[0], y: point[1], timeline: placeTimeline(place.id, events) }];
  });
}

/** What the labels must fit around: every named place, the markers of unnamed ones, the key, the base map's names. */
function labelProblem(shown: ShownPlace[], base: Mark[]): { requests: LabelRequest[]; obstacles: Obstacles; frame: Box } {
  const requests = shown.flatMap(({ place, x, y, timeline }): LabelRequest[] =>
    place.label === 'none' ? [] : [{ id: place.id, x, y, name: place.name, details: detailTexts(timeline), prefer: place.label }],
  );
  const unlabelled = shown.filter(({ place }) => place.label === 'none').map(({ x, y }) => markerBox(x, y));
  return {
    requests,
    obstacles: { hard: [LEGEND_BOX, ...unlabelled], soft: base.filter((mark): mark is TextMark => mark.kind === 'text').map(baseLabelBox) },
    frame: { x0: 0, y0: 0, x1: MAP_WIDTH, y1: MAP_HEIGHT },
  };
}

/** `actor` is what the legend calls who holds places, e.g. "the group". */
export function controlMap(basemap: Basemap, places: MapPlace[], events: StatusEvent[], actor: string, id = 'control-map'): ChartGeometry {
  const projection = regionProjection(basemap.settings.region);
  const base = baseMarks(basemap, projection);
  const shown = shownPlaces(projection, places, events);
  const { requests, obstacles, frame } = labelProblem(shown, base);
  const labels = placeLabels(requests, obstacles, frame);
  const placeLayer = shown.map(({ place, x, y, timeline }) => placeMarks(place, x, y, timeline, labels.get(place.id)));
  return {
    id,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    staticScales: ['map'],
    axes: [],
    layers: [
      { id: 'base', description: controlMapLayers.base, scale: 'map', marks: [...base, ...legendMarks(actor)] },
      { id: 'places', description: controlMapLayers.places, scale: 'map', marks: placeLayer },
    ],
  };
}
