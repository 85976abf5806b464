/**
 * The maps: geography fits and is in the right place, each place's status on a date follows the
 * dated events (alternative dates included), and areas are drawn to their true size.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoContains, geoPath } from 'd3-geo';
import { dataCollections, plainRefs } from '../../src/lib/schemas/index.ts';
import { loadBasemap, loadCountry } from '../../src/charts/geo/basemap.ts';
import { loadSettings } from '../../src/lib/data/settings.ts';
import { controlMap, heldPeriod, MAP_HEIGHT, MAP_WIDTH, regionProjection } from '../../src/charts/geo/control-map.ts';
import { equalAreaAt, groundArea, radiusFor, sizeMap } from '../../src/charts/geo/size-map.ts';
import { decodeTimeline, encodeTimeline, placeTimeline, statusAt } from '../../src/charts/geo/status.ts';
import { explorerMonths } from '../../src/lib/data/explorer-months.ts';
import { chartSvg } from '../../src/charts/svg.ts';
import { mapPlaces, statusEvents } from '../../src/lib/data/map-data.ts';
import { chartBuilders } from '../../src/lib/data/charts.ts';

const parseAll = <K extends keyof typeof dataCollections>(name: K) => {
  const schema = dataCollections[name].schema(plainRefs);
  return (JSON.parse(readFileSync(`content/data/${dataCollections[name].file}`, 'utf8')) as unknown[]).map((row) => schema.parse(row));
};
const events = statusEvents(parseAll('events') as never);
const placeRows = parseAll('places') as { id: string; name: string; lat: number; lon: number; country: string; label: 'right' }[];
const places = mapPlaces(new Map(placeRows.map((place) => [place.id, place as never])));
const figures = new Map((parseAll('figures') as { id: string; high: number }[]).map((figure) => [figure.id, figure]));
const settings = { map: loadSettings('content').map! };
const REGION = settings.map.region;
const basemap = loadBasemap(settings.map);
const uk = { country: loadCountry('United Kingdom'), label: 'The UK' };

describe('geography', () => {
  it('fits the region inside the map', () => {
    const projection = regionProjection(REGION);
    for (const corner of [[REGION[0], REGION[1]], [REGION[0], REGION[3]], [REGION[2], REGION[1]], [REGION[2], REGION[3]]] as [number, number][]) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it('puts every place inside its own country', () => {
    // Full-detail borders: Kobani sits on the Turkish border, closer than the simplified line's error.
    const detailed = loadBasemap(settings.map, { minWeight: 0 });
    const byName = { iraq: 'Iraq', syria: 'Syria' } as Record<string, string>;
    for (const place of placeRows) {
      const country = detailed.countries.find((c) => c.properties.name === byName[place.country]);
      expect(country, place.id).toBeDefined();
      expect(geoContains(country!, [place.lon, place.lat]), place.id).toBe(true);
    }
  });

  it('finds and draws the rivers the settings name (the Euphrates and the Tigris), and names them', () => {
    expect(basemap.rivers.map((river) => river.name)).toEqual(['Euphrates', 'Tigris']);
    for (const river of basemap.rivers) expect(river.features.length, river.name).toBeGreaterThan(0);
    const svg = chartSvg(controlMap(basemap, places, events, 'the group'));
    expect(svg).toContain('>Euphrates</text>');
    expect(svg).toContain('>Tigris</text>');
  });

  it('sets the size map\'s names above the outline laid over the region, in groups that show with their own layers', () => {
    const svg = chartSvg(sizeMap({ basemap, compare: uk, controlled: { label: 'IHS', km2: 90_800 }, influence: [] }));
    const groups = [...svg.matchAll(/<g class="(layer[^"]*)" data-layer="([^"]+)"/g)].map((m) => ({ className: m[1]!, layer: m[2]! }));
    const outline = groups.findIndex((g) => g.layer === 'compare-over');
    const above = groups.filter((g) => g.className.includes('layer-above')).map((g) => g.layer);
    expect(above).toEqual(['region', 'controlled']);
    // Every group of names comes after the outline, so the outline is drawn under them.
    for (const [i, g] of groups.entries()) if (g.className.includes('layer-above')) expect(i).toBeGreaterThan(outline);
    expect(svg.slice(svg.indexOf('layer-above'))).toContain('>IHS</text>');
  });

  it('ships each map in well under 60 KB gzip', () => {
    expect(gzipSync(chartSvg(controlMap(basemap, places, events, 'the group'))).length).toBeLessThan(60 * 1024);
    const size = sizeMap({ basemap, compare: uk, controlled: { label: 'IHS', km2: 90_800 }, influence: [] });
    expect(gzipSync(chartSvg(size)).length).toBeLessThan(60 * 1024);
  });
});

describe('status of a place on a date, from the events', () => {
  const at = (place: string, date: string) => statusAt(placeTimeline(place, events), date).status;
  const cases: [string, string, string][] = [
    ['mosul', '2014-06-09', 'not-held'],
    ['mosul', '2014-06-10', 'held'],
    ['mosul', '2016-11', 'held'], // the offensive alone does not change who holds it
    ['mosul', '2017-07-09', 'contested'], // victory proclaimed on the 9th, declared on the 10th
    ['mosul', '2017-07-10', 'retaken'],
    ['fallujah', '2014-01-02', 'contested'], // overrun on 1 January, fell on the 4th
    ['fallujah', '2014-01-05', 'held'],
    ['fallujah', '2016-06-20', 'contested'], // claimed on 17 June, declared on 26 June
    ['fallujah', '2016-06-30', 'retaken'],
    ['ramadi', '2015-05-31', 'held'],
    ['ramadi', '2015-12-27', 'contested'], // victory declared on the 27th, the flag raised on the 28th
    ['ramadi', '2015-12-28', 'retaken'],
    ['ramadi', '2016-01', 'retaken'], // the last districts cleared in February 2016 do not move the date the text gives
    ['raqqa', '2017-10-17', 'retaken'], // the SDF said the battle was over on the 17th; its formal declaration on the 20th comes later
    ['tikrit', '2015-03-31', 'retaken'], // announced on 31 March; the prime minister's tour on 1 April comes later
    ['palmyra', '2016-06', 'retaken'],
    ['palmyra', '2016-12-10', 'contested'], // fighters entered on the 10th, took the town on the 11th
    ['palmyra', '2016-12-31', 'held'],
    ['palmyra', '2017-03-31', 'retaken'],
    ['kobani', '2014-10', 'contested'],
    ['kobani', '2015-02', 'retaken'],
    ['baghuz', '2019-03-22', 'contested'], // the White House said the 22nd, the SDF the 23rd
    ['baghuz', '2019-03-24', 'retaken'],
    ['hajin', '2014-06', 'not-held'],
    ['hajin', '2014-07', 'held'], // known to the month only
    ['baghdad', '2015', 'not-held'],
  ];
  it.each(cases)('%s on %s is %s', (place, date, status) => {
    expect(at(place, date)).toBe(status);
  });

  it('records who retook a place', () => {
    expect(statusAt(placeTimeline('raqqa', events), '2018').by).toBe('the SDF');
  });

  it('sums up the years a place was held', () => {
    expect(heldPeriod(placeTimeline('mosul', events))).toBe('2014–17');
    expect(heldPeriod(placeTimeline('baghdad', events))).toBe('');
    // Taken and lost within one year: the year once, not "2018–18".
    expect(heldPeriod([{ from: '2018-07-01', status: 'held' }, { from: '2018-11-17', status: 'retaken' }])).toBe('2018');
    // Held twice: the second occupation is not folded into the first.
    expect(heldPeriod(placeTimeline('palmyra', events))).toBe('2015–16, 2016–17');
  });
});

describe('the control map table', () => {
  const table = chartBuilders['control-map']({ events: parseAll('events'), places: new Map(placeRows.map((place) => [place.id, place])), settings: loadSettings('content') } as never).table;
  const spells = (name: string) => table.rows.filter((row) => row.cells[0] === name).map((row) => row.cells.slice(1, 3));

  it('prints each date at the precision its source gives, not as the first of the month', () => {
    expect(spells('Manbij')).toEqual([['January 2014', '12 August 2016']]);
    expect(spells('Tulul al-Safa')).toEqual([['July 2018', '17 November 2018']]);
    expect(spells('Hajin')).toEqual([['July 2014', '14 December 2018']]);
    expect(spells('Baghuz')).toEqual([['July 2014', '23 March 2019']]);
  });

  it('gives each event the date the text gives, not a later formal declaration', () => {
    expect(spells('Ramadi')).toEqual([['17 May 2015', '28 December 2015']]);
    expect(spells('Raqqa')).toEqual([['14 January 2014', '17 October 2017']]);
    expect(spells('Tikrit')).toEqual([['11 June 2014', '31 March 2015']]);
  });

  it('lists both occupations of Palmyra', () => {
    expect(spells('Palmyra')).toEqual([
      ['20 May 2015', '27 March 2016'],
      ['11 December 2016', '2 March 2017'],
    ]);
  });
});

describe('areas drawn to scale', () => {
  it('draws the UK within 2% of its area', () => {
    const drawn = groundArea(geoPath(equalAreaAt([-2, 54], [260, 180])).area(uk.country));
    expect(Math.abs(drawn - figures.get('area-uk')!.high) / figures.get('area-uk')!.high).toBeLessThan(0.02);
  });

  it('draws the controlled area as a circle of exactly its km²', () => {
    const km2 = figures.get('area-ihs-2015-01')!.high;
    expect(groundArea(Math.PI * radiusFor(km2) ** 2)).toBeCloseTo(km2, 0);
    const map = sizeMap({ basemap, compare: uk, controlled: { label: 'IHS', km2 }, influence: [{ label: 'NCTC', km2: 209_789 }] });
    const circles = map.layers.flatMap((layer) => layer.marks).filter((mark) => mark.kind === 'circle') as { r: number; data?: Record<string, string> }[];
    for (const circle of circles) {
      const target = Number(circle.data!.km2);
      expect(Math.abs(groundArea(Math.PI * circle.r ** 2) - target) / target).toBeLessThan(0.02);
    }
  });
});

describe('what the page carries for the browser', () => {
  it('a place\'s timeline keeps, for every date, the status the full timeline gives', () => {
    for (const place of places) {
      const timeline = placeTimeline(place.id, events);
      const decoded = decodeTimeline(encodeTimeline(timeline));
      expect(decoded.map(({ from, status }) => ({ from, status }))).toEqual(timeline.map(({ from, status }) => ({ from, status })));
      for (const date of ['2013-12', '2014-06-30', '2015', '2017-07-10', '2019-03']) expect(statusAt(decoded, date).status).toBe(statusAt(timeline, date).status);
    }
  });

  it('the explorer\'s months run from January of the first year to December of the last', () => {
    const months = explorerMonths(2014, 2019);
    expect(months).toHaveLength(72);
    expect([months[0], months[11], months.at(-1)]).toEqual(['2014-01', '2014-12', '2019-12']);
  });
});
