/** The charts a `<Scrolly chart>` can draw, and the layers each step may show. */
import { territoryLayers } from './territory.ts';
import { peopleLayers } from './people.ts';
import { fighterLayers } from './fighters.ts';

export const chartLayers = {
  territory: territoryLayers,
  people: peopleLayers,
  fighters: fighterLayers,
} as const;

export type ChartId = keyof typeof chartLayers;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(chartLayers, id);
}
