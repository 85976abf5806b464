/**
 * Estimates of fighters and members, one row each in date order and grouped by the year made:
 * who issued it, for where (colour, one for each area the explainer names) and whether it counts
 * members rather than fighters (outline). Foreign fighters are a cumulative count of travellers
 * and are not drawn here.
 */
import { formatAmount } from '../lib/data/format.ts';
import type { Estimate } from './estimates.ts';
import { rowsChart, type RowGroup } from './estimate-rows.ts';
import type { ChartGeometry, Layer, Mark } from './types.ts';

export interface FighterEstimate extends Estimate {
  date: Date;
  /** An area id from the explainer's settings. */
  scope: string;
  kind: 'fighters' | 'members';
}

export interface Area {
  id: string;
  label: string;
}

/** Colours for areas, in the order the explainer lists them; the palette has four. */
const areaRoles = ['role-retaken', 'role-contested', 'role-is-held', 'role-influence'] as const;
const roleOf = (areas: Area[], id: string) => areaRoles[Math.max(0, areas.findIndex((area) => area.id === id)) % areaRoles.length];

const yearOf = (e: { date: Date }) => e.date.getUTCFullYear();

/** Layer ids editors can name in a step's `show`: `legend` and one for each year with an estimate. */
export function fighterLayers(years: number[]): Record<string, string> {
  return {
    ...Object.fromEntries([...years].sort((a, b) => a - b).map((year) => [String(year), `Estimates made in ${year}`])),
    legend: 'Key to the colours (where an estimate applies) and outlines (members)',
  };
}

/**
 * The key names only the areas some estimate applies to, two to a line so that it fits a phone;
 * colours still follow the explainer's order of areas. Each row also names its area in words, so
 * the chart reads the same in greyscale.
 */
const KEY_COLUMN = 176;
const KEY_LINE = 20;
function legendLayer(areas: Area[], used: Set<string>, description: string): { layer: Layer; height: number } {
  const marks: Mark[] = [];
  const shown = areas.filter((area) => used.has(area.id));
  shown.forEach((area, i) => {
    const x = 4 + (i % 2) * KEY_COLUMN;
    const y = 6 + Math.floor(i / 2) * KEY_LINE;
    marks.push({ kind: 'rect', x, y, width: 11, height: 13, className: `estimate-bar ${roleOf(areas, area.id)}` });
    marks.push({ kind: 'text', x: x + 17, y: y + 11, text: area.label, className: 'label' });
  });
  const y = 6 + Math.ceil(shown.length / 2) * KEY_LINE;
  marks.push({ kind: 'rect', x: 4, y, width: 11, height: 13, className: 'estimate-bar role-neutral hollow' });
  marks.push({ kind: 'text', x: 21, y: y + 11, text: 'Outlined: members, not only fighters', className: 'label' });
  return { layer: { id: 'legend', description, scale: 'main', marks }, height: y + 16 };
}

export function fightersChart(estimates: FighterEstimate[], areas: Area[]): ChartGeometry {
  const sorted = [...estimates].sort((a, b) => a.date.getTime() - b.date.getTime() || b.high - a.high);
  const years = [...new Set(sorted.map(yearOf))];
  const descriptions = fighterLayers(years);
  const groups: RowGroup[] = years.map((year) => ({
    id: String(year),
    description: descriptions[String(year)]!,
    title: String(year),
    rows: sorted
      .filter((e) => yearOf(e) === year)
      .map((e) => ({
        ...e,
        when: `${e.when} · ${areas.find((area) => area.id === e.scope)?.label ?? e.scope}`,
        className: `${roleOf(areas, e.scope)}${e.kind === 'members' ? ' hollow' : ''}`,
      })),
  }));
  return rowsChart({
    id: 'fighters',
    axisTitle: 'Fighters or members',
    tickStyle: 'digits',
    header: legendLayer(areas, new Set(estimates.map((e) => e.scope)), descriptions.legend!),
    format: (e) => formatAmount({ ...e, unit: 'fighters' }),
    groups,
  });
}
