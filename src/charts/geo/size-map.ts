/**
 * "How big was it?": Syria and Iraq, the UK and circles of the estimated areas, all on one
 * equal-area scale, so a shape's size on screen is proportional to its area on the ground.
 */
import { geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { ChartGeometry, Mark } from '../types.ts';
import type { Basemap, CountryFeature } from './basemap.ts';
import { formatAmount } from '../../lib/data/format.ts';

export const sizeMapLayers = {
  region: 'Syria and Iraq (and their neighbours’ outlines), on an equal-area scale',
  controlled: 'A circle as large as the area IHS counted as under the group’s control at its peak',
  'uk-beside': 'The UK’s outline, to the same scale, beside the region',
  'uk-over': 'The UK’s outline, to the same scale, laid over the region',
  influence: 'Circles as large as the broad "influence" estimates',
} as const;

export const SIZE_WIDTH = 520;
export const SIZE_HEIGHT = 360;
const EARTH_RADIUS_KM = 6371;
/** Pixels per radian: the same for every shape on this map, so areas compare. */
export const SIZE_SCALE = 1500;
/** Where the circles sit: the middle of the group's territory on the Euphrates. */
const TERRITORY_CENTRE: [number, number] = [40.6, 35.0];

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
  uk: CountryFeature;
  controlled: { label: string; km2: number };
  influence: { label: string; km2: number }[];
}

const REGION_AT: [number, number] = [190, 190];
const UK_BESIDE_AT: [number, number] = [430, 160];

export function sizeMap({ basemap, uk, controlled, influence }: SizeInput): ChartGeometry {
  const region = equalAreaAt(TERRITORY_CENTRE, REGION_AT);
  const regionPath = geoPath(region).digits(1);
  const centre = region(TERRITORY_CENTRE)!;
  const ukCentre = geoCentroid(uk) as [number, number];
  const ukBeside = geoPath(equalAreaAt(ukCentre, UK_BESIDE_AT)).digits(1)(uk) ?? '';
  const ukOver = geoPath(equalAreaAt(ukCentre, centre)).digits(1)(uk) ?? '';
  const km2 = (value: number) => formatAmount({ low: value, high: value, unit: 'km2' });

  const countries: Mark[] = basemap.countries.flatMap((country): Mark[] => {
    const d = regionPath(country);
    const focus = country.properties.name === 'Syria' || country.properties.name === 'Iraq';
    return d ? [{ kind: 'path', d, className: focus ? 'country country-focus' : 'country' }] : [];
  });
  const r = radiusFor(controlled.km2);
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
        marks: [
          ...countries,
          { kind: 'text', x: region([38.3, 35.4])![0], y: region([38.3, 35.4])![1], text: 'Syria', anchor: 'middle', className: 'country-label country-label-focus' },
          { kind: 'text', x: region([43.6, 32.6])![0], y: region([43.6, 32.6])![1], text: 'Iraq', anchor: 'middle', className: 'country-label country-label-focus' },
        ],
      },
      {
        id: 'controlled',
        description: sizeMapLayers.controlled,
        scale: 'map',
        marks: [
          { kind: 'circle', cx: centre[0], cy: centre[1], r, className: 'size-controlled', data: { km2: String(controlled.km2) } },
          // Two short lines under the circle, clear of the panel the UK is drawn in.
          { kind: 'text', x: centre[0], y: centre[1] + r + 16, text: controlled.label, anchor: 'middle', className: 'label label-strong' },
          { kind: 'text', x: centre[0], y: centre[1] + r + 31, text: km2(controlled.km2), anchor: 'middle', className: 'label label-strong' },
        ],
      },
      {
        id: 'uk-beside',
        description: sizeMapLayers['uk-beside'],
        scale: 'map',
        marks: [
          { kind: 'rect', x: UK_BESIDE_AT[0] - 92, y: 0, width: SIZE_WIDTH - UK_BESIDE_AT[0] + 92, height: SIZE_HEIGHT, className: 'size-panel' },
          { kind: 'path', d: ukBeside, className: 'size-uk' },
          { kind: 'text', x: UK_BESIDE_AT[0], y: 24, text: 'The UK, same scale', anchor: 'middle', className: 'label label-strong' },
        ],
      },
      {
        id: 'uk-over',
        description: sizeMapLayers['uk-over'],
        scale: 'map',
        marks: [{ kind: 'path', d: ukOver, className: 'size-uk size-uk-over' }],
      },
      {
        id: 'influence',
        description: sizeMapLayers.influence,
        scale: 'map',
        marks: influence.flatMap((estimate, i): Mark[] => {
          const ri = radiusFor(estimate.km2);
          return [
            { kind: 'circle', cx: centre[0], cy: centre[1], r: ri, className: 'size-influence', data: { km2: String(estimate.km2) } },
            { kind: 'text', x: centre[0] + ri * Math.cos(-0.9 - i * 0.35) + 4, y: centre[1] + ri * Math.sin(-0.9 - i * 0.35), text: `${estimate.label}: ${km2(estimate.km2)}`, className: 'label' },
          ];
        }),
      },
    ],
  };
}
