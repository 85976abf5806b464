/**
 * A chart of estimates in labelled rows: each row names who made the estimate and when, and
 * draws its value or range along one axis. Rows come in groups; each group is a layer a step can
 * show. People and fighters both use it, so every estimate reads the same way.
 */
import { median } from 'd3-array';
import { estimateMarks, type Estimate } from './estimates.ts';
import { tickLabel, valueScale, valueTicks } from './scales.ts';
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

/*
 * Sizes in the chart's own units. The drawing is 380 wide so that on a 390 px phone, where it
 * renders at about 0.94, the 13-unit small type is still 12 px; each row has room for two lines
 * (who, then when) at that size.
 */
const ROW = 32;
/** A row whose value is off the scale says so on a line of its own. */
const OFF_SCALE_LINE = 15;
const GROUP_TITLE = 22;
/** A group the step is not about folds to its title and one rule holding all its marks. */
const FOLDED = 38;
const WIDTH = 380;
const RIGHT = WIDTH - 30;
const AXIS = 46;
const KEY = 22;
/** Width of the label column: the longest name at the label size, with a margin, within bounds. */
const NAME_EM = 0.58;
const NAME_SIZE = 14;
const WHEN_SIZE = 13;
/** Wide enough for each row's name (label size) and its date line (small size), within bounds. */
const labelColumn = (rows: { name: string; when: string }[]) =>
  Math.min(210, Math.max(120, Math.ceil(Math.max(...rows.map((row) => Math.max(row.name.length * NAME_SIZE, row.when.length * WHEN_SIZE))) * NAME_EM) + 12));
const MAX_LABEL_CHARS = 24;

/** The key to the arrows, drawn with the chart's own arrow marks in a neutral colour. */
function arrowKey(y: number): Mark[] {
  const arrow = (x: number, direction: 1 | -1): Mark => {
    const tip = x + direction * 8;
    return { kind: 'path', d: `M${x},${y}L${tip},${y}M${tip - direction * 5},${y - 4}L${tip},${y}L${tip - direction * 5},${y + 4}`, className: 'qualifier-arrow role-neutral' };
  };
  return [
    arrow(6, 1),
    { kind: 'text', x: 20, y: y + 4, text: 'more than, at least', className: 'label label-small' },
    arrow(186, -1),
    { kind: 'text', x: 190, y: y + 4, text: 'almost, up to, less than', className: 'label label-small' },
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

/** A group folded: its title, then its count beside every estimate's mark on a single rule. */
function foldSummary(group: RowGroup, top: number, x: ReturnType<typeof valueScale>, labelWidth: number): Mark {
  const y = top + 27;
  const count = group.rows.length === 1 ? '1 estimate' : `${group.rows.length} estimates`;
  const marks: Mark[] = [
    { kind: 'line', x1: labelWidth, y1: y, x2: x.range()[1]!, y2: y, className: 'row-rule' },
    { kind: 'text', x: 4, y: top + 15, text: group.title, className: 'label label-group' },
    { kind: 'text', x: 4, y: top + 31, text: count, className: 'label label-muted label-small' },
  ];
  for (const row of group.rows) {
    const drawn = row.high > x.domain()[1]! ? { ...row, low: Math.min(row.low, x.domain()[1]!), high: x.domain()[1]! } : row;
    // The arrows belong to the full rows; on one shared rule they would only tangle.
    marks.push(...estimateMarks({ ...drawn, qualifier: 'about' }, x, y, 'horizontal', `${row.className} strip`));
  }
  return { kind: 'group', className: 'fold-summary', marks };
}

/**
 * As many ticks as fit: the labels ("20,000") are as wide as a few ticks' spacing on a phone, so
 * the step between ticks grows until neighbours no longer touch.
 */
function fittingTicks(x: ReturnType<typeof valueScale>, style: 'digits' | 'millions') {
  const [, max] = x.domain() as [number, number];
  const base = valueTicks(x, 5, style);
  const step = (base[1] ? x.invert(base[1].position) : max) - (base[0] ? x.invert(base[0].position) : 0);
  const fits = (ticks: ReturnType<typeof valueTicks>) => {
    // Digits are wider than the average letter.
    const widest = Math.max(...ticks.map((tick) => tick.label.length)) * 0.66 * NAME_SIZE;
    return ticks.every((tick, i) => i === 0 || tick.position - ticks[i - 1]!.position >= widest + 10);
  };
  for (const factor of [1, 2, 2.5, 3, 5, 10]) {
    const values = Array.from({ length: Math.floor(max / (step * factor) + 1e-9) + 1 }, (_, i) => i * step * factor);
    const ticks = values.map((value) => ({ position: x(value), label: tickLabel(value, style) }));
    if (ticks.length >= 2 && fits(ticks)) return ticks;
  }
  return [0, max].map((value) => ({ position: x(value), label: tickLabel(value, style) }));
}

export function rowsChart({ id, groups, axisTitle, tickStyle, header, format, lift }: RowsChartInput): ChartGeometry {
  // Arrows mark "more than" and "almost" figures; when any row has one, a key line says which is which.
  const keyed = groups.some((group) => group.rows.some((row) => row.qualifier !== 'about' && row.qualifier !== 'exact' && row.qualifier !== undefined));
  const keyAt = 8 + (header?.height ?? 0);
  const top = keyAt + (keyed ? KEY : 0);
  const labelWidth = labelColumn(groups.flatMap((group) => group.rows.map((row) => ({ name: shortName(row.who, row.short), when: row.when }))));
  // Groups on the main scale first, then panels with their own scale below the main axis.
  const ordered = [...groups.filter((group) => !group.ownAxis), ...groups.filter((group) => group.ownAxis)];
  const highs = groups.filter((group) => !group.ownAxis).flatMap((group) => group.rows.map((row) => row.high));
  // A single claim far above the rest would flatten every other estimate; it is drawn off the scale instead.
  const typical = (median(highs) ?? Math.max(...highs)) * 3;
  const domainMax = Math.min(Math.max(...highs), typical) * 1.05;
  const mainX = valueScale(domainMax, [labelWidth, RIGHT]);
  const axes: ChartGeometry['axes'] = [];
  const staticScales = ['main'];

  let cursor = top;
  const layers: Layer[] = header ? [header.layer] : [];
  const lifted: Mark[] = [];
  let liftedSlot: Layer['stack'];
  const axisBelow = (scale: string, x: ReturnType<typeof valueScale>, title: string) => {
    axes.push({ orientation: 'x', scale, at: cursor + 4, ticks: fittingTicks(x, tickStyle), title, stack: { top: cursor, height: AXIS } });
    cursor += AXIS;
  };
  let mainAxisDrawn = false;
  for (const group of ordered) {
    const scale = group.ownAxis ? group.id : 'main';
    if (group.ownAxis && !mainAxisDrawn) {
      axisBelow('always', mainX, axisTitle);
      mainAxisDrawn = true;
    }
    // An empty group still exists as a layer, so a step that names it stays valid.
    if (group.rows.length === 0) {
      layers.push({ id: group.id, description: group.description, scale, marks: [] });
      continue;
    }
    const x = group.ownAxis ? valueScale(Math.max(...group.rows.map((row) => row.high)) * 1.05, [labelWidth, RIGHT]) : mainX;
    const scaleEnd = x.range()[1]!;
    const groupTop = cursor;
    const marks: Mark[] = [{ kind: 'text', x: 4, y: cursor + 15, text: group.title, className: 'label label-group fold-hide' }];
    // The key rides in the first group's layer, which every step shows; it sits above the group, so it never moves.
    if (keyed && group === ordered[0]) marks.unshift(...arrowKey(keyAt + 10));
    cursor += GROUP_TITLE;
    for (const row of group.rows) {
      const y = cursor + ROW / 2;
      const offScale = row.high > x.domain()[1]!;
      const drawn = offScale ? { ...row, low: Math.min(row.low, x.domain()[1]!), high: x.domain()[1]!, qualifier: 'more-than' as const } : row;
      const rowMarks: Mark[] = [
        { kind: 'line', x1: labelWidth, y1: y, x2: scaleEnd, y2: y, className: 'row-rule' },
        { kind: 'text', x: 4, y: y - 2, text: shortName(row.who, row.short), className: row.strong ? 'label label-strong' : 'label' },
        { kind: 'text', x: 4, y: y + 12, text: row.when, className: 'label label-muted label-small' },
        ...estimateMarks(drawn, x, y, 'horizontal', row.className),
      ];
      // On a line of its own under the row: beside the name or the date it would run into them on a phone.
      if (offScale) rowMarks.push({ kind: 'text', x: scaleEnd, y: y + 12 + OFF_SCALE_LINE, text: `${format(row)}: off the scale`, anchor: 'end', className: 'label label-small' });
      if (lift?.rowId === row.id) {
        lifted.push({ kind: 'group', className: 'row', marks: rowMarks });
        liftedSlot = { top: groupTop, height: 0, with: group.id };
      } else {
        marks.push({ kind: 'group', className: 'row', marks: rowMarks });
      }
      cursor += ROW + (offScale ? OFF_SCALE_LINE : 0);
    }
    marks.push(foldSummary(group, groupTop, x, labelWidth));
    layers.push({ id: group.id, description: group.description, scale, marks, stack: { top: groupTop, height: cursor - groupTop, folded: FOLDED } });
    if (group.ownAxis) {
      axisBelow(scale, x, group.ownAxis);
      staticScales.push(scale);
    }
  }
  if (!mainAxisDrawn) axisBelow('always', mainX, axisTitle);
  if (lift) layers.push({ id: lift.layer, description: lift.description, scale: 'main', marks: lifted, ...(liftedSlot ? { stack: liftedSlot } : {}) });

  return {
    id,
    width: WIDTH,
    height: cursor + 4,
    staticScales,
    // Few ticks: grouped digits such as "20,000" need room at phone size.
    axes,
    layers,
  };
}
