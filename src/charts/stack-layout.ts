/**
 * Lays out a chart whose parts stack (rows of estimates grouped by year, an axis under them): at
 * each step the parts shown close up under one another, and the groups the step is not about fold
 * to a one-line summary, so the whole chart fits a phone's pinned graphic or a projector's screen.
 * Pure, so the client and the tests share it.
 */
import type { ChartGeometry } from './types.ts';

export interface StackPart {
  /** A layer id, or `axis:<scale>` for an axis. */
  key: string;
  top: number;
  height: number;
  /** Height folded; absent for a part that cannot fold. */
  folded?: number;
  /** The part this one is drawn inside: it takes that part's offset and fold. */
  with?: string;
  shown: boolean;
}

export interface StackState {
  /** How far each part moves up (negative) from where the complete drawing puts it. */
  offsets: Map<string, number>;
  folded: Set<string>;
  /** Where the last shown part ends. */
  bottom: number;
}

/**
 * `open`: the layers drawn in full; every other foldable layer shown is folded. `null` opens all.
 */
export function stackLayout(parts: StackPart[], open: ReadonlySet<string> | null): StackState {
  const offsets = new Map<string, number>();
  const folded = new Set<string>();
  const own = parts.filter((part) => !part.with).sort((a, b) => a.top - b.top);
  let cursor = own[0]?.top ?? 0;
  for (const part of own) {
    offsets.set(part.key, cursor - part.top);
    if (!part.shown) continue;
    const fold = part.folded !== undefined && open !== null && !open.has(part.key);
    if (fold) folded.add(part.key);
    cursor += fold ? part.folded! : part.height;
  }
  for (const part of parts.filter((p) => p.with)) {
    offsets.set(part.key, offsets.get(part.with!) ?? 0);
    if (folded.has(part.with!)) folded.add(part.key);
  }
  return { offsets, folded, bottom: cursor };
}

/**
 * Which layers each step draws in full: those it shows that the step before did not (the step is
 * about what it adds); a first step, or one that adds nothing, keeps the layers open before it.
 */
export function openLayers(shows: string[][]): (Set<string> | null)[] {
  const open: (Set<string> | null)[] = [];
  shows.forEach((show, i) => {
    if (i === 0) return open.push(null);
    const before = new Set(shows[i - 1]);
    const added = new Set(show.filter((layer) => !before.has(layer)));
    open.push(added.size > 0 ? added : open[i - 1]!);
  });
  return open;
}

/**
 * Whether the drawing at step `to` still shows in full what step `from` drew in full: no layer
 * open at `from` that can fold (`foldable`) is folded at `to`. A handout draws one figure for a
 * run of steps, and only such a step's description of the chart is true of that figure.
 */
export function stillOpen(shows: string[][], foldable: ReadonlySet<string>, from: number, to: number): boolean {
  const open = openLayers(shows);
  const openAt = (i: number, layer: string) => open[i] === null || !!open[i]?.has(layer);
  return (shows[from] ?? []).filter((layer) => foldable.has(layer) && openAt(from, layer)).every((layer) => (shows[to] ?? []).includes(layer) && openAt(to, layer));
}

/** A stacked part before a step decides whether it shows. */
export type StackSlotPart = Omit<StackPart, 'shown'>;

/**
 * The parts as a step that shows these layers sees them: a layer shows when the step names it,
 * an axis (`axis:<scale>`) when a layer shown is drawn on its scale. `scales` gives each layer's.
 */
export function partsShown(parts: StackSlotPart[], scales: ReadonlyMap<string, string>, shown: ReadonlySet<string>): StackPart[] {
  const inView = new Set(['always', ...[...shown].map((layer) => scales.get(layer) ?? '')]);
  return parts.map((part) => ({ ...part, shown: part.key.startsWith('axis:') ? inView.has(part.key.slice(5)) : shown.has(part.key) }));
}

/**
 * The height a stacked chart keeps through all its steps: its tallest step's, with whatever the
 * complete drawing (`height` high) has below its lowest part. The graphic never changes size under
 * the reader, on the page or in an embed.
 */
export function stackedHeight(parts: StackSlotPart[], scales: ReadonlyMap<string, string>, shows: string[][], height: number): number {
  const open = openLayers(shows);
  const ends = shows.map((show, i) => stackLayout(partsShown(parts, scales, new Set(show)), open[i]!).bottom);
  const lowest = Math.max(...parts.map((part) => part.top + part.height));
  return Math.max(...ends) + (height - lowest);
}

/** A chart's stacked parts as its geometry records them (`stack` on layers and axes), with each layer's scale. */
export function geometryStack(chart: ChartGeometry): { parts: StackSlotPart[]; scales: Map<string, string> } {
  const slot = (key: string, stack: NonNullable<ChartGeometry['layers'][number]['stack']>): StackSlotPart => ({
    key,
    top: stack.top,
    height: stack.height,
    ...(stack.folded !== undefined ? { folded: stack.folded } : {}),
    ...(stack.with ? { with: stack.with } : {}),
  });
  return {
    parts: [
      ...chart.layers.flatMap((layer) => (layer.stack ? [slot(layer.id, layer.stack)] : [])),
      ...chart.axes.flatMap((axis) => (axis.stack ? [slot(`axis:${axis.scale}`, axis.stack)] : [])),
    ],
    scales: new Map(chart.layers.map((layer) => [layer.id, layer.scale])),
  };
}

/** The stack's parts, drawn at build time, for a step that shows these layers (as the client reads them from the page). */
export function stepStackParts(chart: ChartGeometry, shown: ReadonlySet<string>): StackPart[] {
  const { parts, scales } = geometryStack(chart);
  return partsShown(parts, scales, shown);
}
