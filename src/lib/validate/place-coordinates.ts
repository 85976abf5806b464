/**
 * Where a place lies, against the map and its country: swapped latitude and longitude, or a
 * mistyped degree, put a town in another country or off the map, where it silently vanishes.
 * Checked against the Natural Earth outlines the maps are drawn from.
 */
import { geoContains } from 'd3-geo';
import { countryOutlines } from '../../charts/geo/basemap.ts';
import type { ContentProblem } from './problems.ts';
import type { ParsedRow } from './data.ts';

/** About 10 km: a town on a border may fall just outside the outline at this map's detail. */
const NEAR = 0.1;

function inCountry(lon: number, lat: number, country: ReturnType<typeof countryOutlines> extends Map<string, infer F> ? F : never): boolean {
  for (const [dx, dy] of [[0, 0], [NEAR, 0], [-NEAR, 0], [0, NEAR], [0, -NEAR], [NEAR, NEAR], [-NEAR, -NEAR], [NEAR, -NEAR], [-NEAR, NEAR]] as const) {
    if (geoContains(country, [lon + dx, lat + dy])) return true;
  }
  return false;
}

/** ": it lies in <country>": where the point does lie, if in a country. */
function lying(lon: number, lat: number, outlines: ReturnType<typeof countryOutlines>): string {
  const found = [...outlines.values()].find((country) => geoContains(country, [lon, lat]));
  return found ? `: it lies in ${found.properties.name}` : '';
}

export function checkPlaceCoordinates(
  places: ReadonlyMap<string, ParsedRow> | undefined,
  region: [number, number, number, number] | undefined,
  displayDir: string,
): ContentProblem[] {
  if (!places) return [];
  const file = `${displayDir}/data/places.json`;
  const outlines = countryOutlines();
  const problems: ContentProblem[] = [];
  for (const row of places.values()) {
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    const name = String(row.name);
    const country = outlines.get(String(row.country));
    const swapped = country && inCountry(lat, lon, country) ? ` Swapped (lat ${lon}, lon ${lat}), it would be in ${country.properties.name}: are latitude and longitude the wrong way round?` : '';
    if (region) {
      const [west, south, east, north] = region;
      if (lon < west || lon > east || lat < south || lat > north) {
        problems.push({
          file,
          entry: row.id,
          field: 'lat',
          message: `${name} (lat ${lat}, lon ${lon}) lies outside the map's region (longitude ${west} to ${east}, latitude ${south} to ${north}), so the map would not show it.${swapped || ' Check the coordinates, or widen "region" in explainer.json'}`,
        });
        continue;
      }
    }
    if (!country) {
      problems.push({ file, entry: row.id, field: 'country', message: `"${String(row.country)}" is no country the maps know: use the country's English name in lower case with hyphens, e.g. "france", "new-zealand"` });
      continue;
    }
    if (!inCountry(lon, lat, country)) {
      problems.push({
        file,
        entry: row.id,
        field: 'lat',
        message: `${name} (lat ${lat}, lon ${lon}) is not in ${country.properties.name}, the country the entry gives${lying(lon, lat, outlines)}.${swapped || ' Check the coordinates (decimal degrees, north and east positive) or the country'}`,
      });
    }
  }
  return problems;
}
