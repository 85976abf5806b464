/**
 * Estimates of the group's fighters and members, 2014–2019, one row each in date order: who
 * issued it, for where (colour: Iraq, Syria, both, the last pocket) and whether it counts
 * members rather than fighters (outline). Foreign fighters are a cumulative count of travellers
 * and are not drawn here.
 */
import { formatAmount } from '../lib/data/format.ts';
import type { Estimate } from './estimates.ts';
import { rowsChart, type RowGroup } from './estimate-rows.ts';
import type { ChartGeometry, Layer, Mark } from './types.ts';

export interface FighterEstimate extends Estimate {
  date: Date;
  scope: 'iraq' | 'syria' | 'both' | 'pocket';
  kind: 'fighters' | 'members';
}

export const fighterLayers = {
  '2014': 'Estimates made in 2014',
  '2015-2016': 'Estimates made in 2015 and 2016',
  '2017': 'Estimates made in 2017',
  '2018': 'Estimates made in 2018',
  '2019': 'Estimates made in 2019',
  legend: 'Key to the colours (where an estimate applies) and outlines (members)',
} as const;

const periods = [
  { id: '2014', title: '2014', from: 0, to: 2014 },
  { id: '2015-2016', title: '2015–2016', from: 2015, to: 2016 },
  { id: '2017', title: '2017', from: 2017, to: 2017 },
  { id: '2018', title: '2018', from: 2018, to: 2018 },
  { id: '2019', title: '2019', from: 2019, to: 9999 },
] as const;

const scopeRole = { iraq: 'role-retaken', syria: 'role-contested', both: 'role-is-held', pocket: 'role-influence' } as const;
const scopeWords = { iraq: 'Iraq', syria: 'Syria', both: 'Iraq and Syria', pocket: 'Last pocket' } as const;

function legendLayer(): Layer {
  const marks: Mark[] = [];
  (Object.keys(scopeWords) as (keyof typeof scopeWords)[]).forEach((scope, i) => {
    const x = 4 + i * 118;
    marks.push({ kind: 'rect', x, y: 8, width: 10, height: 12, className: `estimate-bar ${scopeRole[scope]}` });
    marks.push({ kind: 'text', x: x + 15, y: 18, text: scopeWords[scope], className: 'label' });
  });
  marks.push({ kind: 'rect', x: 4, y: 28, width: 10, height: 12, className: 'estimate-bar role-neutral hollow' });
  marks.push({ kind: 'text', x: 19, y: 38, text: 'Outlined: members, not only fighters', className: 'label' });
  return { id: 'legend', description: fighterLayers.legend, scale: 'main', marks };
}

export function fightersChart(estimates: FighterEstimate[]): ChartGeometry {
  const sorted = [...estimates].sort((a, b) => a.date.getTime() - b.date.getTime() || b.high - a.high);
  const groups: RowGroup[] = periods.map((period) => ({
    id: period.id,
    description: fighterLayers[period.id],
    title: period.title,
    rows: sorted
      .filter((e) => e.date.getUTCFullYear() >= period.from && e.date.getUTCFullYear() <= period.to)
      .map((e) => ({ ...e, className: `${scopeRole[e.scope]}${e.kind === 'members' ? ' hollow' : ''}` })),
  }));
  return rowsChart({
    id: 'fighters',
    axisTitle: 'Fighters or members',
    tickStyle: 'digits',
    header: { layer: legendLayer(), height: 44 },
    format: (e) => formatAmount({ ...e, unit: 'fighters' }),
    groups,
  });
}
