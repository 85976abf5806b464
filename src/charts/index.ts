/** The charts a `<Scrolly chart>` can draw, and the layers each step may show. */
import { territoryLayers } from './territory.ts';
import { peopleLayers } from './people.ts';
import { fighterLayers } from './fighters.ts';
import { controlMapLayers } from './geo/control-map.ts';
import { sizeMapLayers } from './geo/size-map.ts';

export const chartLayers = {
  territory: territoryLayers,
  people: peopleLayers,
  fighters: fighterLayers,
  'control-map': controlMapLayers,
  'size-map': sizeMapLayers,
} as const;

/** Charts whose steps show a moment, so each step needs a date. */
export const datedCharts: ReadonlySet<ChartId> = new Set(['control-map']);

export type ChartId = keyof typeof chartLayers;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(chartLayers, id);
}
