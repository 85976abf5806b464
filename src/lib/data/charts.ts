/**
 * Turns the collections into what each chart needs: the estimates it plots, a table with the
 * same numbers, the sources behind them and a sentence summarising the picture. One builder a
 * chart, looked up by id, so no component needs to know which chart it is drawing.
 */
import { territoryChart, type ChartEvent } from '../../charts/territory.ts';
import { peopleChart } from '../../charts/people.ts';
import { fightersChart, type FighterEstimate } from '../../charts/fighters.ts';
import type { Estimate } from '../../charts/estimates.ts';
import type { ChartGeometry } from '../../charts/types.ts';
import type { ChartId } from '../../charts/index.ts';
import type { TerritoryRow } from '../schemas/territory.ts';
import type { PopulationRow } from '../schemas/population.ts';
import type { FighterRow } from '../schemas/fighters.ts';
import type { EventRow } from '../schemas/events.ts';
import type { FigureRow } from '../schemas/figures.ts';
import type { PlaceRow } from '../schemas/places.ts';
import { loadBasemap, loadCountry, type Basemap } from '../../charts/geo/basemap.ts';
import { sizeMap } from '../../charts/geo/size-map.ts';
import { shortName } from '../../charts/estimate-rows.ts';
import { controlMap, heldSpells } from '../../charts/geo/control-map.ts';
import { placeTimeline } from '../../charts/geo/status.ts';
import { mapPlaces, statusEvents } from './map-data.ts';
import type { Source } from '../schemas/sources.ts';
import type { PartialDate } from '../schemas/common.ts';
import { formatAmount } from './format.ts';
import { operationNoun, printAmount, saidBySource } from './derived-text.ts';
import { formatDate, formatIsoDate } from './dates.ts';
import { areaLabel } from './settings.ts';
import type { Settings } from '../schemas/settings.ts';
import { territoryLayers } from '../../charts/territory.ts';
import { fighterLayers } from '../../charts/fighters.ts';
import { peopleLayers } from '../../charts/people.ts';
import { controlMapLayers } from '../../charts/geo/control-map.ts';
import { sizeMapLayers } from '../../charts/geo/size-map.ts';

export interface ChartData {
  territory: TerritoryRow[];
  population: PopulationRow[];
  fighters: FighterRow[];
  events: EventRow[];
  figures: ReadonlyMap<string, FigureRow>;
  sources: ReadonlyMap<string, Source>;
  places: ReadonlyMap<string, PlaceRow>;
  /** The explainer's settings: what the charts put first, the map's region, the areas' names. */
  settings: Settings;
}

export interface TableRow {
  cells: string[];
  source: string;
}

export interface ChartBuild {
  geometry: ChartGeometry;
  table: { caption: string; columns: string[]; rows: TableRow[] };
  /** Source ids behind the plotted numbers, in first-use order. */
  sources: string[];
  /** What the complete chart shows, in one or two sentences, for readers who cannot see it. */
  summary: string;
  /**
   * Rows of the chart's download that are not drawn, each kind with its count and why, so a
   * reader who opens the CSV finds every row accounted for.
   */
  notDrawn: string[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
/** The sentence for rows left out because a single unconfirmed source stands behind them. */
/** A line of the chart's "Not drawn" note: how many rows of the download it leaves out, and why (none: no line). */
const leftOut = (count: number, noun: [string, string], why: string): string[] => (count > 0 ? [`${plural(count, ...noun)} ${why}`] : []);
const weakRows = (rows: { confidence: string }[], noun: [string, string]) => leftOut(rows.filter((row) => row.confidence === 'weak').length, noun, 'marked weak (a single unconfirmed source)');

const shortDate = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "Sep 2018" (or "2018" when only the year is known): when a source said something. */
export function whenSaid(date: PartialDate): string {
  return date.precision === 'year' ? String(date.start.getUTCFullYear()) : shortDate.format(date.start);
}

const unique = (ids: string[]) => [...new Set(ids)];
const usable = <T extends { confidence: string }>(rows: T[]) => rows.filter((row) => row.confidence !== 'weak');

const measureWords: Record<TerritoryRow['measure'], string> = {
  'controlled-area': 'Area controlled',
  'share-lost': 'Share of held ground lost',
  'influence-area': 'Area of influence (broad)',
  'pocket-area': 'Last pocket',
};
/** A figure the settings name; the validator has checked it exists, so a miss is a kit bug. */
function namedFigure(data: ChartData, id: string, why: string): FigureRow {
  const found = data.figures.get(id);
  if (!found) throw new Error(`${why} needs the figure "${id}" (named in explainer.json) in data/figures.json`);
  return found;
}

/** What each chart needs from explainer.json, as the editor would add it. */
const settingsNeeded: Record<ChartId, { path: string; has: (settings: Settings) => boolean }[]> = {
  territory: [
    { path: 'charts.territory', has: (s) => !!s.charts.territory },
    { path: 'map.compare', has: (s) => !!s.map?.compare },
  ],
  people: [{ path: 'charts.people', has: (s) => !!s.charts.people }],
  fighters: [],
  'control-map': [{ path: 'map', has: (s) => !!s.map }],
  'size-map': [
    { path: 'map', has: (s) => !!s.map },
    { path: 'map.compare', has: (s) => !!s.map?.compare },
    { path: 'charts.size-map', has: (s) => !!s.charts['size-map'] },
  ],
};

/** The settings a chart needs that explainer.json lacks, as field paths ([] when it has all). */
export function missingSettings(chart: ChartId, settings: Settings): string[] {
  return settingsNeeded[chart].filter((need) => !need.has(settings)).map((need) => need.path);
}

/** The settings a chart needs; the validator has refused a chart used without them, so a miss is a kit bug. */
function need<T>(value: T | undefined, chart: ChartId, path: string): T {
  if (value === undefined) throw new Error(`The ${chart} chart needs "${path}" in explainer.json (npm run check:content says what to add)`);
  return value;
}

const mainSeries = (settings: Settings) => {
  const options = need(settings.charts.territory, 'territory', 'charts.territory');
  return { match: options.series, label: options.seriesLabel };
};

function buildTerritory(data: ChartData): ChartBuild {
  const { settings } = data;
  const compare = need(settings.map?.compare, 'territory', 'map.compare');
  const comparator = namedFigure(data, compare.figure, 'The territory chart');
  const series = mainSeries(settings);
  const events: ChartEvent[] = data.events
    .filter((event) => event.milestone)
    .map((event) => ({ id: event.id, date: event.date.start, label: event.short ?? event.title }));
  const geometry = territoryChart({ rows: data.territory, series, events, comparator: { label: `${compare.label}'s area`, km2: comparator.high }, derived: derivedLabels(data) });
  const pocketYear = Math.max(...usable(data.territory).filter((row) => row.measure === 'pocket-area').map((row) => row.date.start.getUTCFullYear()));
  const plotted = usable(data.territory).filter((row) => row.measure !== 'share-lost' && (row.measure !== 'pocket-area' || row.date.start.getUTCFullYear() === pocketYear));
  plotted.sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
  const main = plotted.filter((row) => row.measure === 'controlled-area' && row.body.startsWith(series.match));
  const first = main[0];
  const last = main.at(-1);
  const amount = (row: TerritoryRow) => printAmount({ ...row, unit: 'km2' }, data.figures);
  return {
    geometry,
    table: {
      caption: 'Territory figures plotted in the chart',
      columns: ['Date it describes', 'Measure', 'Where', 'Figure', 'Estimated by'],
      rows: [
        ...plotted.map((row) => ({ cells: [formatDate(row.date), measureWords[row.measure], areaLabel(settings, row.where), amount(row), row.body], source: row.source.id })),
        { cells: ['', 'Comparator', compare.country, formatAmount(comparator), 'Total area'], source: comparator.source.id },
      ],
    },
    sources: unique([...plotted.map((row) => row.source.id), comparator.source.id]),
    notDrawn: [
      ...leftOut(usable(data.territory).filter((row) => row.measure === 'share-lost').length, ['figure', 'figures'], 'for the share of ground lost, a percentage rather than an area'),
      ...leftOut(
        usable(data.territory).filter((row) => row.measure === 'pocket-area' && row.date.start.getUTCFullYear() !== pocketYear).length,
        ['size', 'sizes'],
        `of the last pocket from before ${pocketYear}, outside the inset's year`,
      ),
      ...weakRows(data.territory, ['figure', 'figures']),
    ],
    summary:
      first && last
        ? `The area ${settings.actor} controlled, by ${first.body}'s count, went from ${amount(first)} in ${formatDate(first.date)} to ${amount(last)} in ${formatDate(last.date)}. Broad "influence" estimates are drawn on a wider scale, and the last pocket on its own small one.`
        : 'Territory figures over time.',
  };
}

/** Territory rows whose value is our calculation: what the source said, and what we did. */
function derivedLabels(data: ChartData): Map<string, { said: string; ours: string }> {
  return new Map(
    data.territory.flatMap((row) => (row.derivedFrom ? [[row.id, { said: saidBySource({ ...row, unit: 'km2' }, data.figures), ours: operationNoun[row.derivedFrom.operation] }] as const] : [])),
  );
}

function populationEstimate(row: PopulationRow, sources: ChartData['sources']): Estimate {
  const source = sources.get(row.source.id);
  // A running total is told apart by the period it covers ("during 2017", "by Dec 2017").
  const when =
    row.kind === 'liberated' ? (row.date.precision === 'year' ? `during ${row.date.iso}` : `by ${whenSaid(row.date)}`) : source ? whenSaid(source.published) : formatDate(row.date);
  return { id: row.id, low: row.low, high: row.high, qualifier: row.qualifier, who: row.body, short: row.short, when };
}

function buildPeople(data: ChartData): ChartBuild {
  const rows = usable(data.population);
  const underRule = rows.filter((row) => row.kind === 'under-rule');
  const { highlight, peakUntil } = need(data.settings.charts.people, 'people', 'charts.people');
  const isPeak = (row: PopulationRow) => row.date.start.getUTCFullYear() <= peakUntil;
  const toEstimate = (row: PopulationRow) => populationEstimate(row, data.sources);
  const geometry = peopleChart({
    peak: underRule.filter(isPeak).map(toEstimate),
    later: underRule.filter((row) => !isPeak(row)).map(toEstimate),
    liberated: rows.filter((row) => row.kind === 'liberated').map(toEstimate),
    highlight,
  });
  const lifted = rows.find((row) => row.id === highlight);
  const amount = (row: PopulationRow) => formatAmount({ low: row.low, high: row.high, unit: 'people', qualifier: row.qualifier });
  const peakValues = underRule.filter(isPeak);
  const lowest = peakValues.reduce<PopulationRow | undefined>((a, b) => (a && a.low <= b.low ? a : b), undefined);
  const highest = peakValues.reduce<PopulationRow | undefined>((a, b) => (a && a.high >= b.high ? a : b), undefined);
  return {
    geometry,
    table: {
      caption: `Estimates of the people under ${data.settings.actor}’s rule, and counts of people liberated`,
      columns: ['Who', 'When said', 'What it counts', 'Figure'],
      rows: rows.map((row) => ({ cells: [row.body, toEstimate(row).when, row.counts, amount(row)], source: row.source.id })),
    },
    sources: unique(rows.map((row) => row.source.id)),
    notDrawn: weakRows(data.population, ['estimate', 'estimates']),
    summary: `Estimates of the people under ${data.settings.actor}'s rule at its peak range from ${lowest ? amount(lowest) : '?'} (${spokenBody(lowest?.body)}) to ${highest ? amount(highest) : '?'} (${spokenBody(highest?.body)})${lifted ? `; ${lifted.body}'s ${amount(lifted)} sits among them` : ''}. Counts of people liberated are a running total, shown apart.`,
  };
}

function buildFighters(data: ChartData): ChartBuild {
  const rows = usable(data.fighters).filter((row): row is FighterRow & { kind: 'fighters' | 'members' } => row.kind !== 'foreign-fighters');
  const estimates: FighterEstimate[] = rows.map((row) => ({
    id: row.id,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier,
    who: row.body,
    short: row.short,
    // Month and year, short: the row's date shares its line with the area ("Dec 2017 · <its area>") in the label column.
    when: whenSaid(row.date),
    date: row.date.start,
    scope: row.scope,
    kind: row.kind,
  }));
  const sorted = [...rows].sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
  const amount = (row: FighterRow) => formatAmount({ low: row.low, high: row.high, unit: row.kind === 'members' ? 'members' : 'fighters', qualifier: row.qualifier });
  const first = sorted[0];
  const last = sorted.at(-1);
  const byWhom = (row: FighterRow) => `${spokenBody(row.body)}; ${formatDate(row.date)}`;
  // The summary's range is of the values, not of the dates: first and last by date read as a trend.
  const lowest = rows.reduce<FighterRow | undefined>((min, row) => (!min || row.low < min.low ? row : min), undefined);
  const highest = rows.reduce<FighterRow | undefined>((max, row) => (!max || row.high > max.high ? row : max), undefined);
  return {
    geometry: fightersChart(estimates, data.settings.areas),
    table: {
      caption: `Estimates of ${data.settings.actor}’s fighters and members`,
      columns: ['Date it describes', 'Issued by', 'Where', 'Counts', 'Figure'],
      rows: sorted.map((row) => ({ cells: [formatDate(row.date), row.body, areaLabel(data.settings, row.scope), row.kind, amount(row)], source: row.source.id })),
    },
    sources: unique(sorted.map((row) => row.source.id)),
    notDrawn: [
      ...leftOut(
        usable(data.fighters).filter((row) => row.kind === 'foreign-fighters').length,
        ['count', 'counts'],
        'of foreign fighters, people who travelled to join over the years rather than fighters at one time',
      ),
      ...weakRows(data.fighters, ['estimate', 'estimates']),
    ],
    summary:
      first && last && lowest && highest
        ? `Estimates made between ${formatDate(first.date)} and ${formatDate(last.date)} ranged from ${amount(lowest)} (${byWhom(lowest)}) to ${amount(highest)} (${byWhom(highest)}). Organisations counting at the same time often disagreed, because they counted different things.`
        : 'Estimates of fighters over time.',
  };
}

/**
 * A body as a chart summary names it in brackets: its own brackets ("Kurdistan Region presidency
 * (Fuad Hussein)") become a comma, since a bracket inside a bracket is lost on a listener.
 */
function spokenBody(body: string | undefined): string {
  return (body ?? '').replace(/\s*\((.+)\)$/, ', $1');
}

let basemap: { settings: NonNullable<Settings['map']>; map: Basemap } | undefined;
/** The basemap is the same for every map; read and simplify it once per build (again when the settings change). */
export function sharedBasemap(settings: NonNullable<Settings['map']>): Basemap {
  if (basemap?.settings !== settings) basemap = { settings, map: loadBasemap(settings) };
  return basemap.map;
}

const listWords = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

function buildControlMap(data: ChartData): ChartBuild {
  const { actor } = data.settings;
  const map = need(data.settings.map, 'control-map', 'map');
  const events = statusEvents(data.events);
  const places = mapPlaces(data.places);
  const rows: TableRow[] = [];
  const sources: string[] = [];
  for (const place of places) {
    // Each date at the precision its event gives: "January 2014", not "1 January 2014".
    for (const { start, end } of heldSpells(placeTimeline(place.id, events))) {
      rows.push({ cells: [place.name, formatIsoDate(start.date ?? start.from), end ? formatIsoDate(end.date ?? end.from) : 'not retaken in this period', end?.by ?? ''], source: end?.source ?? start.source ?? '' });
      if (start.source) sources.push(start.source);
      if (end?.source) sources.push(end.source);
    }
  }
  const heldEver = new Set(rows.map((row) => row.cells[0]!));
  const stillHeld = [...new Set(rows.filter((row) => row.cells[2] === 'not retaken in this period').map((row) => row.cells[0]!))];
  const years = events.map((event) => Number(event.date.slice(0, 4)));
  const span = years.length ? `${Math.min(...years)} and ${Math.max(...years)}` : '';
  return {
    geometry: controlMap(sharedBasemap(map), places, events, actor),
    table: { caption: `When ${actor} held each place, and who retook it`, columns: ['Place', 'Held from', 'Retaken', 'Retaken by'], rows },
    sources: unique(sources),
    // Every place in the data is marked on the map.
    notDrawn: [],
    summary: `A map of ${listWords(map.focus)}${map.rivers.length ? ` with the ${listWords(map.rivers.map((river) => river.name))} ${map.rivers.length === 1 ? 'river' : 'rivers'}` : ''}. Of the ${places.length} places marked, ${actor} held ${heldEver.size} at some time${span ? ` between ${span}` : ''}: ${[...heldEver].join(', ')}.${stillHeld.length ? ` At the end of the period it still held ${listWords(stillHeld)}.` : ' By the end of the period it held none of them.'}`,
  };
}

function buildSizeMap(data: ChartData): ChartBuild {
  const { settings } = data;
  const { area, areaLabel: circleLabel } = need(settings.charts['size-map'], 'size-map', 'charts.size-map');
  const map = need(settings.map, 'size-map', 'map');
  const compare = need(map.compare, 'size-map', 'map.compare');
  const controlled = namedFigure(data, area, 'The size map');
  const compared = namedFigure(data, compare.figure, 'The size map');
  // Influence estimates for the whole area the explainer covers: the broadest of its areas that has any.
  const influenceRows = usable(data.territory).filter((row) => row.measure === 'influence-area');
  const whole = settings.areas.map((a) => a.id).reverse().find((id) => influenceRows.some((row) => row.where === id));
  const influence = influenceRows.filter((row) => row.where === whole);
  const printed = (row: TerritoryRow | FigureRow) => printAmount({ ...row, unit: 'km2' }, data.figures);
  const derived = derivedLabels(data);
  const compareKm2 = printed(compared);
  const biggerThanCompare = influence.filter((row) => row.high >= compared.high).length;
  return {
    geometry: sizeMap({
      basemap: sharedBasemap(map),
      compare: { country: loadCountry(compare.country), label: compare.label },
      controlled: { label: circleLabel, km2: controlled.high, qualifier: controlled.qualifier },
      influence: influence.map((row) => ({ label: shortName(row.body, row.short), km2: row.high, qualifier: row.qualifier, derived: derived.get(row.id) })),
    }),
    table: {
      caption: 'Areas drawn to one scale',
      columns: ['Area', 'What it measures', 'km²'],
      rows: [
        { cells: [circleLabel, controlled.label, printed(controlled)], source: controlled.source.id },
        { cells: [compare.country, 'Total area (drawn from Natural Earth outlines)', printed(compared)], source: compared.source.id },
        ...influence.map((row) => ({ cells: [row.body, 'Broad area of influence', printed(row)], source: row.source.id })),
      ],
    },
    sources: unique([controlled.source.id, compared.source.id, ...influence.map((row) => row.source.id)]),
    notDrawn: weakRows(data.territory.filter((row) => row.measure === 'influence-area'), ['influence estimate', 'influence estimates']),
    summary: `Drawn to one equal-area scale, the area ${settings.actor} controlled${controlled.date ? ` in ${formatDate(controlled.date)}` : ''} (${printed(controlled)}) is a circle ${controlled.high < compared.high ? 'smaller' : 'larger'} than the outline of ${compare.country} (${compareKm2})${influence.length ? `; ${biggerThanCompare} of the ${influence.length} broad influence estimates ${biggerThanCompare === 1 ? 'is' : 'are'} as large or larger` : ''}.`,
  };
}

/** What the validator needs to list a chart's layers: they follow the data and the settings. */
export interface LayerData {
  territory: TerritoryRow[];
  fighters: FighterRow[];
  settings: Settings;
}

/** The layers a step may name in `show` for each chart, with what each shows. */
export function layersFor(chart: ChartId, data: LayerData): Record<string, string> {
  switch (chart) {
    case 'territory':
      return data.settings.charts.territory ? territoryLayers(data.territory, mainSeries(data.settings)) : {};
    case 'fighters':
      return fighterLayers([...new Set(usable(data.fighters).filter((row) => row.kind !== 'foreign-fighters').map((row) => row.date.start.getUTCFullYear()))]);
    case 'people':
      return peopleLayers;
    case 'control-map':
      return controlMapLayers;
    case 'size-map':
      return sizeMapLayers;
  }
}

export const chartBuilders: Record<ChartId, (data: ChartData) => ChartBuild> = {
  'size-map': buildSizeMap,
  'control-map': buildControlMap,
  territory: buildTerritory,
  people: buildPeople,
  fighters: buildFighters,
};
