/**
 * What the front page's lead visual shows: the size map's drawing of the area controlled at the
 * peak beside the comparison country, and the headline figures with their sources. Everything
 * comes from the data and the settings the charts already use, formatted as prose formats it.
 */
import type { ChartData } from './charts.ts';
import { chartBuilders } from './charts.ts';
import { formatAmount, formatNumber } from './format.ts';
import { formatDate } from './dates.ts';
import type { ChartGeometry } from '../../charts/types.ts';
import type { PopulationRow } from '../schemas/population.ts';

/** The size map's layers that make the lead: the region, the circle at the peak, the comparison beside. */
const LEAD_LAYERS = new Set(['region', 'controlled', 'compare-beside']);

export interface LeadFigure {
  /** The number as prose prints it, with its qualifier and unit. */
  value: string;
  /** What it measures, in the data's words. */
  label: string;
  /** Source ids behind the number, first one first. */
  sources: string[];
}

export interface Lead {
  geometry: ChartGeometry;
  /** The drawing in words, for readers who cannot see it. */
  alt: string;
  figures: LeadFigure[];
  /** Every source behind the drawing and the figures, in order. */
  sources: string[];
}

/** Estimates ranked by what they say, not when: the lowest and the highest of the peak estimates. */
function extremes(rows: PopulationRow[]): [PopulationRow, PopulationRow] | undefined {
  if (rows.length === 0) return undefined;
  const lowest = rows.reduce((a, b) => (a.low <= b.low ? a : b));
  const highest = rows.reduce((a, b) => (a.high >= b.high ? a : b));
  return [lowest, highest];
}

/** The lead, or nothing when the explainer has no size map (its settings lack the map or the figure). */
export function leadVisual(data: ChartData): Lead | undefined {
  const { settings } = data;
  const options = settings.charts['size-map'];
  if (!options || !settings.map?.compare) return undefined;
  const area = data.figures.get(options.area);
  if (!area) return undefined;
  const build = chartBuilders['size-map'](data);
  const geometry = { ...build.geometry, layers: build.geometry.layers.filter((layer) => LEAD_LAYERS.has(layer.id)) };
  const compared = data.figures.get(settings.map.compare.figure);

  const figures: LeadFigure[] = [{ value: formatAmount(area), label: area.label, sources: [area.source.id] }];
  // The same rows the people chart calls "at the peak": estimates of people under rule, dated up to its peakUntil year.
  const people = settings.charts.people;
  const peak = people
    ? data.population.filter((row) => row.confidence !== 'weak' && row.kind === 'under-rule' && row.date.start.getUTCFullYear() <= people.peakUntil)
    : [];
  const range = extremes(peak);
  if (range) {
    const [lowest, highest] = range;
    const amount = (row: PopulationRow) => ({ low: row.low, high: row.high, unit: 'people' as const, qualifier: row.qualifier });
    figures.push({
      value: lowest === highest ? formatAmount(amount(lowest)) : `${formatNumber(amount(lowest))} to ${formatAmount(amount(highest))}`,
      label: `People under ${settings.actor}’s rule at its peak: the lowest of the ${peak.length} estimates the explainer compares, by ${lowest.body}, and the highest, by ${highest.body}`,
      sources: [...new Set([lowest.source.id, highest.source.id])],
    });
  }
  const counter = data.sources.get(area.source.id)?.publisher ?? 'its source';
  const alt = `A map of ${settings.map.focus.join(' and ')} with a circle as large as ${formatAmount(area)}, the area ${settings.actor} controlled by ${counter}'s count${area.date ? ` (${formatDate(area.date)})` : ''}, and, to the same scale, the outline of ${settings.map.compare.label}${compared ? ` (${formatAmount(compared)})` : ''}.`;
  return { geometry, alt, figures, sources: [...new Set([...build.sources.filter((id) => id === area.source.id || id === compared?.source.id), ...figures.flatMap((figure) => figure.sources)])] };
}
