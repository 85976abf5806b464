/**
 * "How big was it?": the region, a well-known country and circles of the estimated areas, all on
 * one equal-area scale, so a shape's size on screen is proportional to its area on the ground.
 */
import { geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { ChartGeometry, Mark } from '../types.ts';
import type { Basemap, CountryFeature, LonLat } from './basemap.ts';
import { overlap, type Box } from './place-labels.ts';
import { formatAmount } from '../../lib/data/format.ts';
import type { Qualifier } from '../../lib/schemas/common.ts';

/** Layer ids editors can name in a step's `show`, with what each shows. */
export const sizeMapLayers = {
  region: 'The region’s countries, the focus countries stronger, on an equal-area scale',
  controlled: 'A circle as large as the area controlled at the peak',
  'compare-beside': 'The comparison country’s outline, to the same scale, beside the region',
  'compare-over': 'The comparison country’s outline, to the same scale, laid over the region',
  influence: 'Circles as large as the broad "influence" estimates',
} as const;

export const SIZE_WIDTH = 520;
export const SIZE_HEIGHT = 360;
const EARTH_RADIUS_KM = 6371;
/** Pixels per radian: the same for every shape on this map, so areas compare. */
export const SIZE_SCALE = 1500;

/** The same equal-area projection, centred on a point and placed at a position on screen. */
export function equalAreaAt(centre: [number, number], at: [number, number]): GeoProjection {
  return geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).scale(SIZE_SCALE).translate(at).clipExtent([[0, 0], [SIZE_WIDTH, SIZE_HEIGHT]]);
}

/** Radius on screen of a circle whose area on the ground is `km2`. */
export const radiusFor = (km2: number) => Math.sqrt(km2 / Math.PI) * (SIZE_SCALE / EARTH_RADIUS_KM);
/** Area on the ground of a shape whose area on screen is `px2`. */
export const groundArea = (px2: number) => px2 / (SIZE_SCALE / EARTH_RADIUS_KM) ** 2;

export interface SizeInput {
  basemap: Basemap;
  /** The well-known country drawn to the same scale, and how readers know it ("The UK"). */
  compare: { country: CountryFeature; label: string };
  controlled: { label: string; km2: number; qualifier?: Qualifier };
  influence: InfluenceCircle[];
}

/** A broad estimate drawn as a circle, with the qualifier its source used. */
export interface InfluenceCircle {
  label: string;
  km2: number;
  qualifier?: Qualifier;
  /**
   * Set when the km² are our calculation: what the source itself said ("about 81,000 sq mi") and
   * what we did ("our conversion"), printed with the circle's area so it reads as ours.
   */
  derived?: { said: string; ours: string };
}

const REGION_AT: [number, number] = [190, 190];
// Low enough that a country's northern isles clear the top edge, with room under it for its name.
const COMPARE_AT: [number, number] = [430, 172];
/** The left edge of the panel the comparison country is drawn beside the region in. */
const PANEL_LEFT = COMPARE_AT[0] - 92;

export function sizeMap({ basemap, compare, controlled, influence }: SizeInput): ChartGeometry {
  const { region: [west, south, east, north], focus, countryLabels } = basemap.settings;
  // Where the circles sit: the middle of the territory if the settings say, else of the region.
  const middle: LonLat = basemap.settings.centre ?? [(west + east) / 2, (south + north) / 2];
  const region = equalAreaAt(middle, REGION_AT);
  const regionPath = geoPath(region).digits(1);
  const centre = region(middle)!;
  const compareCentre = geoCentroid(compare.country) as [number, number];
  const compareBeside = geoPath(equalAreaAt(compareCentre, COMPARE_AT)).digits(1)(compare.country) ?? '';
  const compareOver = geoPath(equalAreaAt(compareCentre, centre)).digits(1)(compare.country) ?? '';
  const km2 = (value: number, qualifier?: Qualifier) => formatAmount({ low: value, high: value, unit: 'km2', qualifier });

  const countries: Mark[] = basemap.countries.flatMap((country): Mark[] => {
    const d = regionPath(country);
    return d ? [{ kind: 'path', d, className: focus.includes(country.properties.name) ? 'country country-focus' : 'country' }] : [];
  });
  // The lead visual and the story's size map draw these same paths: they are shared base geography.
  const shared = (id: string, marks: Mark[]): Mark => ({ kind: 'group', shared: `size-map-${id}`, marks });
  const r = radiusFor(controlled.km2);
  // The controlled area's two lines under the circle, as wide as the longer at a phone's type size.
  const amountLine = km2(controlled.km2, controlled.qualifier);
  const under = (Math.max(controlled.label.length, amountLine.length) * LABEL_CHAR) / 2;
  const underBox: Box = { x0: centre[0] - under, x1: centre[0] + under, y0: centre[1] + r + 6, y1: centre[1] + r + 44 };
  const names = countryLabels.flatMap(({ name, at }): Mark[] => {
    const [x, y] = region(at) ?? [NaN, NaN];
    return Number.isFinite(x) ? [{ kind: 'text', ...clearOfCircle(name, x, y, centre, r, [underBox]), text: name, anchor: 'middle', className: 'country-label country-label-focus' }] : [];
  });
  return {
    id: 'size-map',
    width: SIZE_WIDTH,
    height: SIZE_HEIGHT,
    staticScales: ['map'],
    axes: [],
    layers: [
      {
        id: 'region',
        description: sizeMapLayers.region,
        scale: 'map',
        marks: [shared('region', countries)],
        // The names stay readable when the comparison country's outline is laid over the region.
        above: names,
      },
      {
        id: 'controlled',
        description: sizeMapLayers.controlled,
        scale: 'map',
        marks: [{ kind: 'circle', cx: centre[0], cy: centre[1], r, className: 'size-controlled', data: { km2: String(controlled.km2) } }],
        above: [
          // Two short lines under the circle, clear of the panel the comparison country is drawn in.
          {
            kind: 'group',
            className: 'label-block',
            marks: [
              { kind: 'text', x: centre[0], y: centre[1] + r + 20, text: controlled.label, anchor: 'middle', className: 'label label-strong' },
              { kind: 'text', x: centre[0], y: centre[1] + r + 39, text: amountLine, anchor: 'middle', className: 'label label-strong' },
            ],
          },
        ],
      },
      {
        id: 'compare-beside',
        description: sizeMapLayers['compare-beside'],
        // A scale of its own, not drawn without JavaScript or on paper, where every layer shows at
        // once: there its panel would cover the estimates' labels, and the outline laid over the
        // region makes the same comparison.
        scale: 'beside',
        marks: [
          { kind: 'rect', x: PANEL_LEFT, y: 0, width: SIZE_WIDTH - PANEL_LEFT, height: SIZE_HEIGHT, className: 'size-panel' },
          shared('compare-beside', [{ kind: 'path', d: compareBeside, className: 'size-compare' }]),
          // Under the outline, in two short lines: at a phone's type size one line is wider than the panel.
          {
            kind: 'group',
            className: 'label-block',
            marks: [
              { kind: 'text', x: COMPARE_AT[0], y: COMPARE_AT[1] + 150, text: `${compare.label},`, anchor: 'middle', className: 'label label-strong' },
              { kind: 'text', x: COMPARE_AT[0], y: COMPARE_AT[1] + 169, text: 'same scale', anchor: 'middle', className: 'label label-strong' },
            ],
          },
        ],
      },
      {
        id: 'compare-over',
        description: sizeMapLayers['compare-over'],
        scale: 'map',
        marks: [shared('compare-over', [{ kind: 'path', d: compareOver, className: 'size-compare size-compare-over' }])],
      },
      {
        id: 'influence',
        description: sizeMapLayers.influence,
        scale: 'map',
        marks: influenceMarks(influence, centre, km2),
      },
    ],
  };
}

/** A focus country's name at a phone's type size (18 units, bold capitals with letter spacing). */
const NAME_CHAR = 18 * 0.8;
/** A bold label's average character at a phone's type size. */
const LABEL_CHAR = 18 * 0.68;

/**
 * Where a country's name goes: at its place, or the nearest spot below it or to the side (away from
 * the circle's centre) where its box is clear of the circle and of the words under it (a name's
 * place can fall on them), staying left of the panel the comparison country is drawn in.
 */
function clearOfCircle(name: string, x: number, y: number, centre: [number, number], r: number, avoid: Box[]): { x: number; y: number } {
  const half = (name.length * NAME_CHAR) / 2;
  const clear = (at: number, base: number) => {
    const nearX = Math.max(at - half, Math.min(centre[0], at + half));
    const nearY = Math.max(base - 14, Math.min(centre[1], base + 4));
    const box = { x0: at - half - 3, x1: at + half + 3, y0: base - 16, y1: base + 6 };
    const free = avoid.every((other) => overlap(box, other) === 0);
    return free && box.x1 <= PANEL_LEFT - 4 && box.y1 <= SIZE_HEIGHT - 4 && Math.hypot(nearX - centre[0], nearY - centre[1]) > r + 4;
  };
  const away = x < centre[0] ? -1 : 1;
  for (let d = 0; d < 2 * r + 2 * half; d++) {
    for (const spot of [{ x, y: y + d }, { x: x + away * d, y }]) if (clear(spot.x, spot.y)) return spot;
  }
  return { x, y };
}

/**
 * The influence circles share a centre and differ little in size, so their labels cannot sit on
 * their rims without colliding: they stand in a column to the right, largest first, each a name
 * and an area (and, for an area we calculated, what the source said and that the km² are ours)
 * on lines of their own, with a short line to its own circle.
 */
function influenceMarks(influence: SizeInput['influence'], centre: [number, number], km2: (value: number, qualifier?: Qualifier) => string): Mark[] {
  const sorted = [...influence].sort((a, b) => b.km2 - a.km2);
  const outer = Math.max(0, ...sorted.map((estimate) => radiusFor(estimate.km2)));
  const x = centre[0] + outer + 14;
  // A phone's line height: charts.css sets the map's words at 18 units there.
  const LINE = 19;
  const linesOf = (estimate: InfluenceCircle) =>
    estimate.derived
      ? [`${estimate.label}:`, estimate.derived.said, km2(estimate.km2, estimate.qualifier), `(${estimate.derived.ours})`]
      : [estimate.label, km2(estimate.km2, estimate.qualifier)];
  // Each label beyond a name and an area starts the column a line higher, so it ends above the
  // controlled area's label under the circle.
  const extraLines = sorted.reduce((sum, estimate) => sum + linesOf(estimate).length - 2, 0);
  let y = centre[1] - outer * 0.55 - extraLines * LINE;
  return sorted.flatMap((estimate): Mark[] => {
    const ri = radiusFor(estimate.km2);
    const lines = linesOf(estimate);
    const amountLine = km2(estimate.km2, estimate.qualifier);
    const top = y;
    y += lines.length * LINE + 6;
    // The leader meets the circle at the height of the label's first line.
    const dy = Math.min(Math.abs(top - 5 - centre[1]), ri);
    const rim = centre[0] + Math.sqrt(ri * ri - dy * dy);
    return [
      { kind: 'circle', cx: centre[0], cy: centre[1], r: ri, className: 'size-influence', data: { km2: String(estimate.km2) } },
      { kind: 'line', x1: rim, y1: top - 5, x2: x - 4, y2: top - 5, className: 'size-influence-leader' },
      {
        kind: 'group',
        className: 'label-block',
        marks: lines.map((text, i): Mark => ({ kind: 'text', x, y: top + i * LINE, text, className: text === amountLine ? 'label label-strong' : 'label' })),
      },
    ];
  });
}
