/**
 * People under the actor's rule: every estimate with who made it and when, one chosen figure
 * highlighted among them, and counts of people liberated kept apart, because a running total of
 * people freed is not a population.
 */
import { formatAmount } from '../lib/data/format.ts';
import type { Estimate } from './estimates.ts';
import { rowsChart, type RowEstimate } from './estimate-rows.ts';
import type { ChartGeometry } from './types.ts';

export interface PeopleInput {
  /** Estimates of people under rule when the group was at or near its peak. */
  peak: Estimate[];
  /** Estimates of people still under rule later on. */
  later: Estimate[];
  /** Running totals of people liberated. */
  liberated: Estimate[];
  /** The id of the estimate to highlight. */
  highlight: string;
}

export const peopleLayers = {
  estimates: 'Estimates of the people under its rule at its peak, by who made them',
  highlight: 'The highlighted estimate, drawn in the peak group',
  later: 'Later estimates, after the group had lost ground',
  liberated: 'Counts of people liberated: a running total, not a population',
} as const;

const byHigh = (a: Estimate, b: Estimate) => b.high - a.high;

export function peopleChart({ peak, later, liberated, highlight }: PeopleInput): ChartGeometry {
  const style = (className: string) => (estimate: Estimate): RowEstimate => ({ ...estimate, className });
  const peakRows = [...peak].sort(byHigh);
  return rowsChart({
    id: 'people',
    axisTitle: 'People (millions)',
    tickStyle: 'millions',
    format: (e) => formatAmount({ ...e, unit: 'people' }),
    lift: { rowId: highlight, layer: 'highlight', description: peopleLayers.highlight },
    groups: [
      {
        id: 'estimates',
        description: peopleLayers.estimates,
        title: 'At its peak',
        rows: peakRows.map((e) => (e.id === highlight ? { ...e, className: 'role-is-held', strong: true } : style('role-neutral')(e))),
      },
      { id: 'later', description: peopleLayers.later, title: 'Later', rows: [...later].sort(byHigh).map(style('role-neutral')) },
      // A running total of people freed is not a population: its own panel and scale, never the estimates' axis.
      {
        id: 'liberated',
        description: peopleLayers.liberated,
        title: 'People liberated (running total)',
        rows: [...liberated].sort(byHigh).map(style('role-retaken hollow')),
        ownAxis: 'People liberated so far (millions)',
      },
    ],
  });
}
