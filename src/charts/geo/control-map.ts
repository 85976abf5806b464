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
import { markerBox, overlap, PHONE_TYPE, placeLabels, textMarkBox, WIDE_TYPE, type Box, type LabelPlacement, type LabelRequest, type LabelType, type Obstacles, type Side } from './place-labels.ts';

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
  const land: Mark[] = [];
  for (const country of basemap.countries) {
    const d = path(country);
    if (!d) continue;
    land.push({ kind: 'path', d, className: focus.has(country.properties.name) ? 'country country-focus' : 'country' });
  }
  const riverPaths = (rivers: RiverFeature[], className: string) =>
    rivers.map((river) => path(river)).filter((d): d is string => !!d).map((d): Mark => ({ kind: 'path', d, className }));
  land.push(...riverPaths(basemap.otherRivers, 'river river-minor'), ...basemap.rivers.flatMap((river) => riverPaths(river.features, 'river')));
  // Every map on this projection (the story's, the explorer's, embeds, handouts) draws these same paths.
  const marks: Mark[] = [{ kind: 'group', shared: 'control-map-land', marks: land }];
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

/** The label sets a place carries: each drawn only at the screen widths it was placed for (charts.css). */
export interface PlaceLabelSet {
  className: 'labels-phone' | 'labels-wide';
  type: LabelType;
  /**
   * Whether names carry a line under them: the held years without JavaScript, the status word as
   * the steps move. A phone's map has room at legible size for names alone: its markers' shapes
   * and the key give the status, and the table under the map the years.
   */
  details: boolean;
  placements: Map<string, LabelPlacement>;
}

/** The marks of one place: a shape for each status (CSS shows the current one) and its labels. */
function placeMarks(place: MapPlace, x: number, y: number, timeline: TimelineEntry[], sets: PlaceLabelSet[]): Mark {
  const s = shapeSize;
  const held = timeline.filter((entry) => entry.status === 'held');
  const period = held.length ? heldPeriod(timeline) : '';
  const labels = ({ className, type, details, placements }: PlaceLabelSet): Mark[] => {
    const placement = placements.get(place.id);
    if (!placement) return [];
    const { dx, dy, anchor, leader } = placement;
    return [
      {
        kind: 'group',
        className: `place-label ${className}`,
        marks: [
          ...(leader ? [{ kind: 'line', x1: x + leader.x1, y1: y + leader.y1, x2: x + leader.x2, y2: y + leader.y2, className: 'place-leader' } as Mark] : []),
          { kind: 'text', x: x + dx, y: y + dy, text: place.name, anchor, className: 'place-name' },
          ...(details
            ? ([
                { kind: 'text', x: x + dx, y: y + dy + type.detailGap, text: period, anchor, className: 'place-detail place-period' },
                { kind: 'text', x: x + dx, y: y + dy + type.detailGap, text: '', anchor, className: 'place-detail place-status' },
              ] as Mark[])
            : []),
        ],
      },
    ];
  };
  return {
    kind: 'group',
    className: 'place',
    data: { place: place.id, timeline: encodeTimeline(timeline), status: held.length ? 'held' : 'not-held' },
    marks: [
      { kind: 'circle', cx: x, cy: y, r: s, className: 'shape shape-held' },
      // Drawn from the top corner by relative steps: the same shapes as the key's, in fewer bytes (two maps on the home page).
      { kind: 'path', d: `M${x},${y - s - 1}l${s + 1},${s + 1}l${-s - 1},${s + 1}l${-s - 1},${-s - 1}Z`, className: 'shape shape-retaken' },
      { kind: 'path', d: `M${x},${y - s - 1}l${s + 1},${2 * s + 1}h${-2 * s - 2}Z`, className: 'shape shape-contested' },
      { kind: 'circle', cx: x, cy: y, r: s - 2, className: 'shape shape-not-held' },
      ...sets.flatMap(labels),
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

/**
 * The key: two rows along the bottom of the map, over the desert south of the places, laid out
 * for a phone's type (18 units; wider screens draw it smaller in the same slots). Without
 * JavaScript the first entry reads "held at some time", as the map then shows the whole period.
 */
const KEY_ROW = 21;
const KEY_TYPE = { size: 18, charWidth: 0.6 };
export const KEY_BOX: Box = { x0: 0, y0: MAP_HEIGHT - 2 * KEY_ROW - 8, x1: MAP_WIDTH, y1: MAP_HEIGHT };

interface KeyEntry {
  shape: (cx: number, cy: number) => Mark;
  text: string;
  /** What the entry says without JavaScript, when it differs. */
  staticText?: string;
}

function legendMarks(actor: string): Mark[] {
  const s = shapeSize;
  const entries: KeyEntry[][] = [
    [
      { shape: (cx, cy) => ({ kind: 'circle', cx, cy, r: s, className: 'legend-shape legend-held' }), text: `held by ${actor}`, staticText: 'held at some time' },
      { shape: (cx, cy) => ({ kind: 'path', d: `M${cx},${cy - s - 1}L${cx + s + 1},${cy}L${cx},${cy + s + 1}L${cx - s - 1},${cy}Z`, className: 'legend-shape legend-retaken' }), text: `retaken from ${actor}` },
    ],
    [
      { shape: (cx, cy) => ({ kind: 'path', d: `M${cx},${cy - s - 1}L${cx + s + 1},${cy + s}L${cx - s - 1},${cy + s}Z`, className: 'legend-shape legend-contested' }), text: 'contested, or dates differ' },
      { shape: (cx, cy) => ({ kind: 'circle', cx, cy, r: s - 2, className: 'legend-shape legend-not-held' }), text: 'not held' },
    ],
  ];
  const width = (entry: KeyEntry) => Math.max(...[entry.text, entry.staticText ?? ''].map((text) => [...text].length * KEY_TYPE.size * KEY_TYPE.charWidth));
  const marks: Mark[] = [];
  let right = 0;
  entries.forEach((row, r) => {
    const baseline = KEY_BOX.y0 + 4 + (r + 1) * KEY_ROW - 5;
    let x = 10;
    for (const entry of row) {
      marks.push(entry.shape(x + 6, baseline - 6));
      marks.push({ kind: 'text', x: x + 18, y: baseline, text: entry.text, className: entry.staticText ? 'legend-text place-detail-live' : 'legend-text' });
      if (entry.staticText) marks.push({ kind: 'text', x: x + 18, y: baseline, text: entry.staticText, className: 'legend-text place-detail-static' });
      x += 18 + width(entry) + 16;
    }
    right = Math.max(right, x);
  });
  return [{ kind: 'rect', x: KEY_BOX.x0, y: KEY_BOX.y0, width: Math.min(MAP_WIDTH, right) - KEY_BOX.x0, height: KEY_BOX.y1 - KEY_BOX.y0, className: 'legend-frame' }, ...marks];
}

/** A country or river name's box, at the sizes charts.css gives them (capitals are wide). */
export function baseLabelBox(mark: TextMark, type: LabelType = PHONE_TYPE): Box {
  const k = type.name.size / PHONE_TYPE.name.size;
  if (mark.className?.includes('country-label-focus')) return textMarkBox(mark, 18 * k, 0.8);
  if (mark.className?.includes('country-label')) return textMarkBox(mark, 17.5 * k, 0.72);
  return textMarkBox(mark, 17.5 * k, 0.55);
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
function labelProblem(shown: ShownPlace[], base: Mark[], type: LabelType, details: boolean): { requests: LabelRequest[]; obstacles: Obstacles; frame: Box } {
  const requests = shown.flatMap(({ place, x, y, timeline }): LabelRequest[] =>
    place.label === 'none' ? [] : [{ id: place.id, x, y, name: place.name, details: details ? detailTexts(timeline) : [], prefer: place.label }],
  );
  const unlabelled = shown.filter(({ place }) => place.label === 'none').map(({ x, y }) => markerBox(x, y));
  return {
    requests,
    obstacles: { hard: [KEY_BOX, DATE_BOX, ...unlabelled], soft: base.filter((mark): mark is TextMark => mark.kind === 'text').map((mark) => baseLabelBox(mark, type)) },
    frame: { x0: 0, y0: 0, x1: MAP_WIDTH, y1: MAP_HEIGHT },
  };
}

/** Where the map's date sits: top right, over Turkey and Iran, north of every place. */
const DATE_AT = { x: MAP_WIDTH - 8, y: 24 };
const DATE_TYPE = { size: 20, charWidth: 0.66 };
/** Room for the longest date the client writes there ("30 September 2017"). */
export const DATE_BOX: Box = { x0: DATE_AT.x - 17 * DATE_TYPE.size * DATE_TYPE.charWidth - 4, y0: DATE_AT.y - 0.8 * DATE_TYPE.size - 4, x1: MAP_WIDTH, y1: DATE_AT.y + 0.3 * DATE_TYPE.size + 4 };

/**
 * The date the map shows. Without JavaScript, the whole period the events cover ("2014–2019"),
 * as the places then show the years they were held; the client writes each step's date in.
 */
function dateMark(events: StatusEvent[]): Mark {
  const years = events.map((event) => Number(event.date.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return { kind: 'text', x: DATE_AT.x, y: DATE_AT.y, text: first === last ? String(first) : `${first}–${last}`, anchor: 'end', className: 'map-date' };
}

/** `actor` is what the legend calls who holds places, e.g. "the group". */
export function controlMap(basemap: Basemap, places: MapPlace[], events: StatusEvent[], actor: string, id = 'control-map'): ChartGeometry {
  const projection = regionProjection(basemap.settings.region);
  // A country name under the key would be hidden by it; the key says where it is not needed.
  const base = baseMarks(basemap, projection).filter((mark) => mark.kind !== 'text' || (overlap(baseLabelBox(mark), KEY_BOX) === 0 && overlap(baseLabelBox(mark), DATE_BOX) === 0));
  const shown = shownPlaces(projection, places, events);
  const sets = ([['labels-phone', PHONE_TYPE, false], ['labels-wide', WIDE_TYPE, true]] as const).map(([className, type, details]): PlaceLabelSet => {
    const { requests, obstacles, frame } = labelProblem(shown, base, type, details);
    return { className, type, details, placements: placeLabels(requests, obstacles, frame, type) };
  });
  const placeLayer = shown.map(({ place, x, y, timeline }) => placeMarks(place, x, y, timeline, sets));
  return {
    id,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    staticScales: ['map'],
    axes: [],
    layers: [
      { id: 'base', description: controlMapLayers.base, scale: 'map', marks: [...base, ...legendMarks(actor), ...(events.length ? [dateMark(events)] : [])] },
      { id: 'places', description: controlMapLayers.places, scale: 'map', marks: placeLayer },
    ],
  };
}
