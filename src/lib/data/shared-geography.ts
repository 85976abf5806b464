/**
 * The explainer's shared base-geography file (src/charts/geo/shared-geography.ts) and the way
 * pages draw charts against it. Its name carries a hash of its contents, so it can be cached for
 * a year (netlify.toml) and a change to the geography is a new address, never a stale copy.
 */
import { createHash } from 'node:crypto';
import { chartSvg } from '../../charts/svg.ts';
import type { ChartGeometry, Mark } from '../../charts/types.ts';
import { sharedGeographySvg, sharedGroups } from '../../charts/geo/shared-geography.ts';
import { chartBuilders, type ChartData } from './charts.ts';
import { getExplainer } from './explainer.ts';

/** Where the file is published, under the site's root: /geo/<name>. */
export const SHARED_GEOGRAPHY_DIR = 'geo';

export interface SharedGeographyFile {
  /** The file name, e.g. base.3f2a9c1b7d4e.svg. */
  name: string;
  href: string;
  svg: string;
  ids: Set<string>;
}

export function sharedGeographyFor(data: ChartData, charts: readonly (keyof typeof chartBuilders)[]): SharedGeographyFile {
  const groups = sharedGroups(charts.map((chart) => chartBuilders[chart](data).geometry));
  const svg = sharedGeographySvg(groups);
  const name = `base.${createHash('sha256').update(svg).digest('hex').slice(0, 12)}.svg`;
  return { name, href: `/${SHARED_GEOGRAPHY_DIR}/${name}`, svg, ids: new Set(groups.keys()) };
}

let built: { data: ChartData; file: SharedGeographyFile } | undefined;
/** The file for the charts the story draws, built once per load of the explainer's data. */
export async function sharedGeography(): Promise<SharedGeographyFile> {
  const { chartData, charts } = await getExplainer();
  if (built?.data !== chartData) built = { data: chartData, file: sharedGeographyFor(chartData, charts) };
  return built.file;
}

const sharedIds = (marks: Mark[]): string[] =>
  marks.flatMap((mark) => (mark.kind !== 'group' ? [] : mark.shared !== undefined ? [mark.shared] : sharedIds(mark.marks)));

/** The options that make chartSvg link a chart's shared geography to the file; a chart drawing geography the file lacks stops the build. */
export async function linkedGeography(chart: ChartGeometry): Promise<{ sharedGeography: { href: string } }> {
  const file = await sharedGeography();
  const missing = sharedIds(chart.layers.flatMap((layer) => [...layer.marks, ...(layer.above ?? [])])).filter((id) => !file.ids.has(id));
  if (missing.length) throw new Error(`The chart "${chart.id}" draws shared geography the file lacks (${missing.join(', ')}): is the chart in the story?`);
  return { sharedGeography: { href: file.href } };
}

/** A chart as a page draws it: its shared geography linked to the file, not inlined. */
export async function pageChartSvg(chart: ChartGeometry): Promise<string> {
  return chartSvg(chart, await linkedGeography(chart));
}
