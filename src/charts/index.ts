/** The charts a `<Scrolly chart>` can draw. Their layers follow the data: see `layersFor`. */
export const chartIds = ['territory', 'people', 'fighters', 'control-map', 'size-map'] as const;

export type ChartId = (typeof chartIds)[number];

/** Charts whose steps show a moment, so each step needs a date. */
export const datedCharts: ReadonlySet<ChartId> = new Set(['control-map']);

export function isChartId(id: string): id is ChartId {
  return (chartIds as readonly string[]).includes(id);
}
