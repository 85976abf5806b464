/**
 * A chart of estimates in labelled rows: each row names who made the estimate and when, and
 * draws its value or range along one axis. Rows come in groups; each group is a layer a step can
 * show. People and fighters both use it, so every estimate reads the same way.
 */
import { median } from 'd3-array';
import { estimateMarks, type Estimate } from './estimates.ts';
import { valueScale, valueTicks } from './scales.ts';
import type { ChartGeometry, Layer, Mark } from './types.ts';

export interface RowEstimate extends Estimate {
  /** Role and style classes for the marks, e.g. `role-retaken hollow`. */
  className: string;
  /** Draw the label in bold (the estimate the story is about). */
  strong?: boolean;
}

export interface RowGroup {
  /** Layer id. */
  id: string;
  description: string;
  title: string;
  rows: RowEstimate[];
  /**
   * A measure that is not the chart's (a running total beside population estimates): the group
   * is drawn below the main axis, in a panel with its own scale and axis titled this.
   */
  ownAxis?: string;
}

export interface RowsChartInput {
  id: string;
  groups: RowGroup[];
  axisTitle: string;
  tickStyle: 'digits' | 'millions';
  /** Layers that are drawn above the rows, such as a legend, with the height they need. */
  header?: { layer: Layer; height: number };
  /** Format a value for the "off the scale" label of an outlier. */
  format: (estimate: Estimate) => string;
  /** Draw one row in a layer of its own (so a step can bring it forward), in its place in the list. */
  lift?: { rowId: string; layer: string; description: string };
}

const ROW = 30;
const GROUP_TITLE = 22;
const LABEL_WIDTH = 200;
const WIDTH = 520;
const MAX_LABEL_CHARS = 26;
const KEY = 22;

/** The key to the arrows, drawn with the chart's own arrow marks in a neutral colour. */
function arrowKey(y: number): Mark[] {
  const arrow = (x: number, direction: 1 | -1): Mark => {
    const tip = x + direction * 8;
    return { kind: 'path', d: `M${x},${y}L${tip},${y}M${tip - direction * 5},${y - 4}L${tip},${y}L${tip - direction * 5},${y + 4}`, className: 'qualifier-arrow role-neutral' };
  };
  return [
    arrow(6, 1),
    { kind: 'text', x: 20, y: y + 4, text: 'more than, at least', className: 'label label-small' },
    arrow(208, -1),
    { kind: 'text', x: 212, y: y + 4, text: 'almost, up to, less than', className: 'label label-small' },
  ];
}

/**
 * The name a chart label prints: the data's `short` name, or the body without its bracketed
 * detail ("US Department of State (envoy Brett McGurk)" → "US Department of State"). A name too
 * long for the label column stops the build: a name cut with "…" tells the reader nothing, so
 * the data must give a `short` one (tables and source lines keep the full name).
 */
export function shortName(who: string, short?: string): string {
  if (short) return short;
  const plain = who.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (plain.length > MAX_LABEL_CHARS) throw new Error(`"${plain}" is too long for a chart label: give its rows a "short" name of at most ${MAX_LABEL_CHARS} characters`);
  return plain;
}

export function rowsChart({ id, groups, axisTitle, tickStyle, header, format, lift }: RowsChartInput): ChartGeometry {
  // Arrows mark "more than" and "almost" figures; when any row has one, a key line says which is which.
  const keyed = groups.some((group) => group.rows.some((row) => row.qualifier !== 'about' && row.qualifier !== 'exact' && row.qualifier !== undefined));
  const keyAt = 8 + (header?.height ?? 0);
  const top = keyAt + (keyed ? KEY : 0);
  // Groups on the main scale first, then panels with their own scale below the main axis.
  const ordered = [...groups.filter((group) => !group.ownAxis), ...groups.filter((group) => group.ownAxis)];
  const filled = ordered.filter((group) => group.rows.length > 0);
  const bottomMargin = 46;
  const height = top + filled.reduce((sum, group) => sum + GROUP_TITLE + group.rows.length * ROW + (group.ownAxis ? bottomMargin : 0), 0) + bottomMargin;
  const right = WIDTH - 34;
  const highs = groups.filter((group) => !group.ownAxis).flatMap((group) => group.rows.map((row) => row.high));
  // A single claim far above the rest would flatten every other estimate; it is drawn off the scale instead.
  const typical = (median(highs) ?? Math.max(...highs)) * 3;
  const domainMax = Math.min(Math.max(...highs), typical) * 1.05;
  const mainX = valueScale(domainMax, [LABEL_WIDTH, right]);
  const mainAxisAt = top + filled.filter((group) => !group.ownAxis).reduce((sum, group) => sum + GROUP_TITLE + group.rows.length * ROW, 0) + 6;
  const axes: ChartGeometry['axes'] = [{ orientation: 'x', scale: 'always', at: mainAxisAt, ticks: valueTicks(mainX, 3, tickStyle), title: axisTitle }];
  const staticScales = ['main'];

  let cursor = top;
  const layers: Layer[] = header ? [header.layer] : [];
  const lifted: Mark[] = [];
  for (const group of ordered) {
    const scale = group.ownAxis ? group.id : 'main';
    // An empty group still exists as a layer, so a step that names it stays valid.
    if (group.rows.length === 0) {
      layers.push({ id: group.id, description: group.description, scale, marks: [] });
      continue;
    }
    // A panel of its own starts below the main axis and its title.
    if (group.ownAxis && cursor < mainAxisAt + bottomMargin - 6) cursor = mainAxisAt + bottomMargin - 6;
    const x = group.ownAxis ? valueScale(Math.max(...group.rows.map((row) => row.high)) * 1.05, [LABEL_WIDTH, right]) : mainX;
    const scaleEnd = x.range()[1]!;
    const marks: Mark[] = [{ kind: 'text', x: 4, y: cursor + 16, text: group.title, className: 'label label-group' }];
    // The key rides in the first group's layer, which every step shows.
    if (keyed && group === filled[0]) marks.unshift(...arrowKey(keyAt + 10));
    cursor += GROUP_TITLE;
    for (const row of group.rows) {
      const y = cursor + ROW / 2 + 2;
      const offScale = row.high > x.domain()[1]!;
      const drawn = offScale ? { ...row, low: Math.min(row.low, x.domain()[1]!), high: x.domain()[1]!, qualifier: 'more-than' as const } : row;
      const target = lift?.rowId === row.id ? lifted : marks;
      target.push(
        { kind: 'line', x1: LABEL_WIDTH, y1: y, x2: scaleEnd, y2: y, className: 'row-rule' },
        { kind: 'text', x: 4, y: y - 3, text: shortName(row.who, row.short), className: row.strong ? 'label label-strong' : 'label' },
        { kind: 'text', x: 4, y: y + 11, text: row.when, className: 'label label-muted label-small' },
        ...estimateMarks(drawn, x, y, 'horizontal', row.className),
      );
      if (offScale) {
        target.push({ kind: 'text', x: scaleEnd, y: y - 9, text: `${format(row)}: off the scale`, anchor: 'end', className: 'label label-small' });
      }
      cursor += ROW;
    }
    if (group.ownAxis) {
      axes.push({ orientation: 'x', scale, at: cursor + 6, ticks: valueTicks(x, 3, tickStyle), title: group.ownAxis });
      staticScales.push(scale);
      cursor += bottomMargin;
    }
    layers.push({ id: group.id, description: group.description, scale, marks });
  }
  if (lift) layers.push({ id: lift.layer, description: lift.description, scale: 'main', marks: lifted });

  return {
    id,
    width: WIDTH,
    height,
    staticScales,
    // Few ticks: grouped digits such as "20,000" need room at phone size.
    axes,
    layers,
  };
}
