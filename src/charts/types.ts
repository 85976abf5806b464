/**
 * The geometry a chart module hands to the renderer: plain data, no DOM. Each mark names the
 * layer it belongs to; a scroll step shows a set of layers, so the client only toggles classes.
 */

export type Role = 'is-held' | 'retaken' | 'contested' | 'influence' | 'neutral' | 'ink' | 'muted';

interface MarkBase {
  /** Extra classes, e.g. a role colour (`role-is-held`) or `weak`. */
  className?: string;
  /** data-* attributes for the client, e.g. a place's timeline on a map. */
  data?: Record<string, string>;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** Marks that belong together (a place: its shapes and labels), so the client can restyle them at once. */
export interface GroupMark extends MarkBase {
  kind: 'group';
  marks: Mark[];
  /**
   * Set on base geography that several maps and pages draw alike: its id in the shared
   * base-geography file. Pages link to it there (one cached download, not kilobytes of paths in
   * every page); a drawing that must stand alone (the slides) writes the marks inline.
   */
  shared?: string;
}

export type Mark = PathMark | CircleMark | RectMark | LineMark | TextMark | GroupMark;

/**
 * Where a layer or axis sits in a chart whose parts stack (rows of estimates): the client moves
 * each shown part up under the one before, so hidden layers leave no gap, and folds a layer the
 * step is not about into its one-line summary. Without JavaScript and in print nothing moves.
 */
export interface StackSlot {
  /** The part's top edge in the complete drawing. */
  top: number;
  height: number;
  /** Its height folded to a summary line; absent when the part cannot fold. */
  folded?: number;
  /** The layer this one is drawn inside (a highlighted row): it moves and folds with it. */
  with?: string;
}

export interface Layer {
  /** Id a step names in `show`, e.g. `series-2015`. */
  id: string;
  stack?: StackSlot;
  /** What the layer shows, for editors choosing layers (and the component reference). */
  description: string;
  /** The scale the layer is drawn against; the axes of that scale show with it. */
  scale: string;
  marks: Mark[];
  /**
   * Words the layer draws above every other layer, shown and hidden with it: a name that a later
   * layer's shapes (an outline laid over the map) would otherwise cross.
   */
  above?: Mark[];
}

export interface Tick {
  position: number;
  label: string;
}

export interface Axis {
  orientation: 'x' | 'y';
  ticks: Tick[];
  /** Where the axis line sits (y for an x axis, x for a y axis). */
  at: number;
  /** Axis title with its unit, e.g. "Area controlled (km²)". */
  title: string;
  /** The scale the axis draws; it shows whenever a layer on that scale shows. */
  scale: string;
  stack?: StackSlot;
  /** Where the axis title goes: beside the axis (default) or above a panel. */
  titleAt?: { x: number; y: number; anchor?: 'start' | 'end' };
}

export interface ChartGeometry {
  /** Chart id: `territory`, `people`, `fighters`. */
  id: string;
  width: number;
  height: number;
  axes: Axis[];
  /** Layers in drawing order; later layers are drawn on top. */
  layers: Layer[];
  /**
   * Scales shown when no step is active: without JavaScript, in print, and before the first
   * step. A scale left out (a zoomed-out comparison) only shows when a step asks for it.
   */
  staticScales: string[];
}
