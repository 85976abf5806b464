/**
 * What the time explorer needs: the months it covers and the territory figures a reader can
 * set beside the map, each with what it measures and who measured it.
 */
import type { TerritoryRow } from '../schemas/territory.ts';
import type { Source } from '../schemas/sources.ts';
import { formatAmount } from './format.ts';
import { formatDate } from './dates.ts';
import { dateMidpoint } from '../../charts/scales.ts';

export interface ExplorerFigure {
  /** ISO day the figure describes (mid-period for a month or a year). */
  date: string;
  text: string;
  measure: string;
  when: string;
  who: string;
  source: string;
  publisher: string;
}

const measureWords: Record<TerritoryRow['measure'], string> = {
  'controlled-area': 'area controlled',
  'share-lost': 'share of held ground lost',
  'influence-area': 'broad area of influence',
  'pocket-area': 'size of the last pocket',
};

export { explorerMonths } from './explorer-months.ts';

/** Area figures measured the same way as the map's question: what did it hold? */
export function explorerFigures(rows: TerritoryRow[], sources: ReadonlyMap<string, Source>): ExplorerFigure[] {
  return rows
    .filter((row) => row.confidence !== 'weak' && (row.measure === 'controlled-area' || row.measure === 'pocket-area'))
    .map((row) => ({
      // A figure for "2014" describes the year, so it sits mid-year, not on 1 January.
      date: dateMidpoint(row.date).toISOString().slice(0, 10),
      text: formatAmount({ low: row.low, high: row.high, unit: 'km2', qualifier: row.qualifier }),
      measure: measureWords[row.measure],
      when: formatDate(row.date),
      who: row.body,
      source: row.source.id,
      publisher: sources.get(row.source.id)?.publisher ?? row.body,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The figure whose date is closest to the middle of the month. */
export function nearestFigure(figures: ExplorerFigure[], month: string): ExplorerFigure | undefined {
  const target = new Date(`${month}-15T00:00:00Z`).getTime();
  let best: ExplorerFigure | undefined;
  for (const figure of figures) {
    if (!best || Math.abs(new Date(figure.date).getTime() - target) < Math.abs(new Date(best.date).getTime() - target)) best = figure;
  }
  return best;
}
