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
import { controlMap } from '../../charts/geo/control-map.ts';
import { placeTimeline } from '../../charts/geo/status.ts';
import { mapPlaces, statusEvents } from './map-data.ts';
import type { Source } from '../schemas/sources.ts';
import type { PartialDate } from '../schemas/common.ts';
import { formatAmount } from './format.ts';
import { formatDate } from './dates.ts';

export interface ChartData {
  territory: TerritoryRow[];
  population: PopulationRow[];
  fighters: FighterRow[];
  events: EventRow[];
  figures: ReadonlyMap<string, FigureRow>;
  sources: ReadonlyMap<string, Source>;
  places: ReadonlyMap<string, PlaceRow>;
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
}

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
const whereWords = { iraq: 'Iraq', syria: 'Syria', both: 'Iraq and Syria', pocket: 'Last pocket' } as const;

function buildTerritory(data: ChartData): ChartBuild {
  const uk = data.figures.get('area-uk');
  if (!uk) throw new Error('The territory chart needs the figure "area-uk" in content/data/figures.json');
  const events: ChartEvent[] = data.events
    .filter((event) => event.milestone)
    .map((event) => ({ id: event.id, date: event.date.start, label: event.short ?? event.title }));
  const geometry = territoryChart({ rows: data.territory, events, comparator: { label: "The UK's area", km2: uk.high } });
  const plotted = usable(data.territory).filter((row) => row.measure !== 'share-lost' && (row.measure !== 'pocket-area' || row.date.start.getUTCFullYear() >= 2019));
  plotted.sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
  const ihs = plotted.filter((row) => row.measure === 'controlled-area' && row.body.startsWith('IHS'));
  const first = ihs[0];
  const last = ihs.at(-1);
  const amount = (row: TerritoryRow) => formatAmount({ low: row.low, high: row.high, unit: 'km2', qualifier: row.qualifier });
  return {
    geometry,
    table: {
      caption: 'Territory figures plotted in the chart',
      columns: ['Date it describes', 'Measure', 'Where', 'Figure', 'Estimated by'],
      rows: [
        ...plotted.map((row) => ({ cells: [formatDate(row.date), measureWords[row.measure], whereWords[row.where], amount(row), row.body], source: row.source.id })),
        { cells: ['', 'Comparator', 'United Kingdom', formatAmount(uk), 'Total area'], source: uk.source.id },
      ],
    },
    sources: unique([...plotted.map((row) => row.source.id), uk.source.id]),
    summary:
      first && last
        ? `The area the group controlled, by IHS Conflict Monitor's count, fell from ${amount(first)} in ${formatDate(first.date)} to ${amount(last)} in ${formatDate(last.date)}. Broad "influence" estimates were far larger, and the last pocket in 2019 measured a few square kilometres before it was gone.`
        : 'Territory figures over time.',
  };
}

function populationEstimate(row: PopulationRow, sources: ChartData['sources']): Estimate {
  const source = sources.get(row.source.id);
  // A running total is told apart by the period it covers ("during 2017", "by Dec 2017").
  const when =
    row.kind === 'liberated' ? (row.date.precision === 'year' ? `during ${row.date.iso}` : `by ${whenSaid(row.date)}`) : source ? whenSaid(source.published) : formatDate(row.date);
  return { id: row.id, low: row.low, high: row.high, qualifier: row.qualifier, who: row.body, when };
}

function buildPeople(data: ChartData): ChartBuild {
  const rows = usable(data.population);
  const underRule = rows.filter((row) => row.kind === 'under-rule');
  const isPeak = (row: PopulationRow) => row.date.start.getUTCFullYear() <= 2015;
  const highlight = 'bbc-2018-peak';
  const toEstimate = (row: PopulationRow) => populationEstimate(row, data.sources);
  const geometry = peopleChart({
    peak: underRule.filter(isPeak).map(toEstimate),
    later: underRule.filter((row) => !isPeak(row)).map(toEstimate),
    liberated: rows.filter((row) => row.kind === 'liberated').map(toEstimate),
    highlight,
  });
  const bbc = rows.find((row) => row.id === highlight);
  const amount = (row: PopulationRow) => formatAmount({ low: row.low, high: row.high, unit: 'people', qualifier: row.qualifier });
  const peakValues = underRule.filter(isPeak);
  const lowest = peakValues.reduce<PopulationRow | undefined>((a, b) => (a && a.low <= b.low ? a : b), undefined);
  const highest = peakValues.reduce<PopulationRow | undefined>((a, b) => (a && a.high >= b.high ? a : b), undefined);
  return {
    geometry,
    table: {
      caption: 'Estimates of the people under the group’s rule, and counts of people liberated',
      columns: ['Who', 'When said', 'What it counts', 'Figure'],
      rows: rows.map((row) => ({ cells: [row.body, toEstimate(row).when, row.counts, amount(row)], source: row.source.id })),
    },
    sources: unique(rows.map((row) => row.source.id)),
    summary: `Estimates of the people under the group's rule at its peak range from ${lowest ? amount(lowest) : '?'} (${lowest?.body}) to ${highest ? amount(highest) : '?'} (${highest?.body})${bbc ? `; BBC News's ${amount(bbc)} sits among them` : ''}. Counts of people liberated are a running total, shown apart.`,
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
    when: formatDate(row.date),
    date: row.date.start,
    scope: row.scope,
    kind: row.kind,
  }));
  const sorted = [...rows].sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
  const amount = (row: FighterRow) => formatAmount({ low: row.low, high: row.high, unit: row.kind === 'members' ? 'members' : 'fighters', qualifier: row.qualifier });
  const first = sorted[0];
  const last = sorted.at(-1);
  return {
    geometry: fightersChart(estimates),
    table: {
      caption: 'Estimates of the group’s fighters and members',
      columns: ['Date it describes', 'Issued by', 'Where', 'Counts', 'Figure'],
      rows: sorted.map((row) => ({ cells: [formatDate(row.date), row.body, whereWords[row.scope], row.kind, amount(row)], source: row.source.id })),
    },
    sources: unique(sorted.map((row) => row.source.id)),
    summary:
      first && last
        ? `Estimates ran from ${amount(first)} (${first.body}, ${formatDate(first.date)}) to ${amount(last)} (${last.body}, ${formatDate(last.date)}), and bodies counting at the same time often disagreed because they counted different things.`
        : 'Estimates of fighters over time.',
  };
}

let basemap: Basemap | undefined;
/** The basemap is the same for every map; read and simplify it once per build. */
export const sharedBasemap = (): Basemap => (basemap ??= loadBasemap());

const dayWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => dayWords.format(new Date(`${iso}T00:00:00Z`));

function buildControlMap(data: ChartData): ChartBuild {
  const events = statusEvents(data.events);
  const places = mapPlaces(data.places);
  const rows: TableRow[] = [];
  const sources: string[] = [];
  for (const place of places) {
    const timeline = placeTimeline(place.id, events);
    timeline.forEach((entry, i) => {
      if (entry.status !== 'held') return;
      const end = timeline.slice(i + 1).find((next) => next.status === 'retaken');
      rows.push({ cells: [place.name, day(entry.from), end ? day(end.from) : 'not retaken in this period', end?.by ?? ''], source: end?.source ?? entry.source ?? '' });
      if (entry.source) sources.push(entry.source);
      if (end?.source) sources.push(end.source);
    });
  }
  const heldEver = new Set(rows.map((row) => row.cells[0]));
  return {
    geometry: controlMap(sharedBasemap(), places, events),
    table: { caption: 'When the group held each place, and who retook it', columns: ['Place', 'Held from', 'Retaken on', 'Retaken by'], rows },
    sources: unique(sources),
    summary: `A map of Syria and Iraq with the Euphrates and Tigris rivers. Of the ${places.length} places marked, the group held ${heldEver.size} at some time between 2014 and 2019: ${[...heldEver].join(', ')}. By March 2019 it held none of them.`,
  };
}

function buildSizeMap(data: ChartData): ChartBuild {
  const figure = (id: string) => {
    const found = data.figures.get(id);
    if (!found) throw new Error(`The size map needs the figure "${id}" in content/data/figures.json`);
    return found;
  };
  const controlled = figure('area-ihs-2015-01');
  const uk = figure('area-uk');
  const influence = usable(data.territory).filter((row) => row.measure === 'influence-area' && row.where === 'both');
  const km2 = (value: number) => formatAmount({ low: value, high: value, unit: 'km2' });
  return {
    geometry: sizeMap({
      basemap: sharedBasemap(),
      uk: loadCountry('United Kingdom'),
      controlled: { label: 'Controlled, Jan 2015 (IHS)', km2: controlled.high },
      influence: influence.map((row) => ({ label: shortName(row.body), km2: row.high })),
    }),
    table: {
      caption: 'Areas drawn to one scale',
      columns: ['Area', 'What it measures', 'km²'],
      rows: [
        { cells: ['Territory controlled, January 2015', 'Area the group controlled (IHS Conflict Monitor)', km2(controlled.high)], source: controlled.source.id },
        { cells: ['United Kingdom', 'Total area (drawn from Natural Earth outlines)', km2(uk.high)], source: uk.source.id },
        ...influence.map((row) => ({ cells: [shortName(row.body), 'Broad area of influence, including desert', km2(row.high)], source: row.source.id })),
      ],
    },
    sources: unique([controlled.source.id, uk.source.id, ...influence.map((row) => row.source.id)]),
    summary: `Drawn to one equal-area scale, the area the group controlled at its peak (${km2(controlled.high)}) is a circle far smaller than the outline of the UK (${km2(uk.high)}); only the broad influence estimates approach the UK's size.`,
  };
}

export const chartBuilders: Record<ChartId, (data: ChartData) => ChartBuild> = {
  'size-map': buildSizeMap,
  'control-map': buildControlMap,
  territory: buildTerritory,
  people: buildPeople,
  fighters: buildFighters,
};
