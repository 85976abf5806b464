/**
 * Territory over time. One body's area-controlled series is the main line, drawn out a year at a
 * time; other control estimates are separate markers; broad "influence" estimates get their own,
 * wider scale with a comparator country's area drawn to it; the final pocket figures get an inset
 * with their own scale. Measures never share an unlabelled axis.
 */
import { area, line } from 'd3-shape';
import { max, min } from 'd3-array';
import { formatAmount } from '../lib/data/format.ts';
import type { TerritoryRow } from '../lib/schemas/territory.ts';
import { dateMidpoint, plotArea, timeScale, valueScale, valueTicks, yearTicks, type Frame } from './scales.ts';
import type { ChartGeometry, Layer, Mark } from './types.ts';
import { shortName } from './estimate-rows.ts';

export interface ChartEvent {
  id: string;
  date: Date;
  label: string;
}

/** Which rows make the main line: those whose body starts with `match`, called `label` on the chart. */
export interface MainSeries {
  match: string;
  label: string;
}

export interface TerritoryInput {
  rows: TerritoryRow[];
  series: MainSeries;
  /** Turning points to mark on the time axis. */
  events: ChartEvent[];
  /** A country's area to compare with on the wide scale. */
  comparator: { label: string; km2: number };
  /**
   * Rows whose value is our calculation, by id: what the source itself said and what we did
   * ("about 81,000 sq mi", "our conversion"). Their labels print both, so our km² never reads
   * as the source's.
   */
  derived?: ReadonlyMap<string, DerivedLabel>;
}

export interface DerivedLabel {
  /** The source's own statement, e.g. "about 81,000 sq mi" or "more than half of the country". */
  said: string;
  /** What we did: "our conversion", "our calculation". */
  ours: string;
}

// Room above the plot for three rows of event names, and at the left for 100,000 in a phone's type.
export const territoryFrame: Frame = { width: 520, height: 430, margin: { top: 84, right: 16, bottom: 48, left: 86 } };

/**
 * The chart's type on a phone, in chart units: charts.css sets 18 units there (about 12 px at
 * the phone's two-thirds scale), and every label is placed for that size; wider screens draw
 * smaller type (13.5 units) in the same places, which only leaves more room.
 */
const CHAR = 10.6;
const LINE = 19;
const EVENT_ROW = 19;

const usableRows = (rows: TerritoryRow[]) => rows.filter((row) => row.confidence !== 'weak');
const isMain = (series: MainSeries) => (row: TerritoryRow) => row.measure === 'controlled-area' && row.body.startsWith(series.match);
const byDate = (a: TerritoryRow, b: TerritoryRow) => a.date.start.getTime() - b.date.start.getTime();
const amount = (row: TerritoryRow) => formatAmount({ low: row.low, high: row.high, unit: 'km2', qualifier: row.qualifier });
const year = (row: TerritoryRow) => row.date.start.getUTCFullYear();

/** The years the main series has figures for: each is a layer, `series-<year>`. */
function seriesYears(rows: TerritoryRow[], series: MainSeries): number[] {
  return [...new Set(usableRows(rows).filter(isMain(series)).map(year))].sort((a, b) => a - b);
}

/** The pocket figures: the last year that has any, drawn in the inset. */
function pocketRows(rows: TerritoryRow[]): TerritoryRow[] {
  const pockets = usableRows(rows).filter((row) => row.measure === 'pocket-area');
  const lastYear = max(pockets, year);
  return pockets.filter((row) => year(row) === lastYear).sort(byDate);
}

/** Layer ids editors can name in a step's `show`, with what each shows; they follow the data. */
export function territoryLayers(rows: TerritoryRow[], series: MainSeries): Record<string, string> {
  const years = seriesYears(rows, series);
  const pocketYear = pocketRows(rows)[0]?.date.start.getUTCFullYear();
  return {
    ...Object.fromEntries(
      years.map((y, i) => [`series-${y}`, `${series.label}: area controlled during ${y}${i === years.length - 1 ? ', where the series ends' : ''}`]),
    ),
    'other-estimates': 'Other estimates of the area controlled, as separate markers',
    events: 'Turning points (events marked as milestones)',
    influence: `Wider scale: broad "influence" estimates and a comparator country, beside the ${series.label} line`,
    pocket: `Inset with its own scale: the last pocket${pocketYear ? `, ${pocketYear}` : ''}`,
  };
}

/**
 * An estimate's label beside its mark: "Body: amount" on one line to the right, else to the left;
 * where neither fits, the amount goes on a second line. Given a list of lines instead of a name,
 * it sets them one under another. Widths are estimated at a phone's type size, where the chart's
 * words are widest.
 */
function besideLabel(x: number, y: number, name: string | string[], value: string | undefined, right: number, left = territoryFrame.margin.left, upward = false): Mark {
  const width = (text: string) => text.length * CHAR;
  const place = (longest: number): 'right' | 'left' => (x + 10 + longest <= right || x - 10 - longest < left ? 'right' : 'left');
  const line = (text: string, at: number, side: 'right' | 'left'): Mark =>
    side === 'right' ? { kind: 'text', x: x + 10, y: at, text, className: 'label' } : { kind: 'text', x: x - 10, y: at, text, anchor: 'end', className: 'label' };
  const stacked = (lines: string[]): Mark => {
    const side = place(Math.max(...lines.map(width)));
    // Upward, the block sits wholly above its marker, its last line clear of the marker's height.
    const first = upward ? y - lines.length * LINE + 6 : y;
    return { kind: 'group', className: 'label-block', marks: lines.map((text, i) => line(text, first + i * LINE, side)) };
  };
  if (Array.isArray(name)) return stacked(name);
  const one = `${name}: ${value}`;
  const fitsOneLine = x + 10 + width(one) <= right || x - 10 - width(one) >= left;
  if (fitsOneLine) return line(one, y, place(width(one)));
  return stacked([`${name}:`, value ?? '']);
}

/**
 * The box a label's lines take at a phone's type size, from the top of the font's box (a little
 * above the capitals) to the bottom of its descenders: what a browser measures for the text.
 */
function labelBoxes(mark: Mark): { x0: number; x1: number; y0: number; y1: number }[] {
  if (mark.kind === 'group') return mark.marks.flatMap(labelBoxes);
  if (mark.kind !== 'text') return [];
  const width = mark.text.length * CHAR;
  const x0 = mark.anchor === 'end' ? mark.x - width : mark.anchor === 'middle' ? mark.x - width / 2 : mark.x;
  return [{ x0, x1: x0 + width, y0: mark.y - 17, y1: mark.y + 6 }];
}

/**
 * Labels set beside their marks one after another, each moved down, clear of those already set,
 * when it would cover one (two estimates of about the same size, months apart: RAND's two lines
 * and the BBC's one). Spaced for a phone's type; the wide screens' smaller type only gains room.
 */
function stackClear(place: ((y: number) => Mark)[], ys: number[], options: { placed?: Mark[]; within?: [number, number] } = {}): Mark[] {
  const set: ReturnType<typeof labelBoxes> = (options.placed ?? []).flatMap(labelBoxes);
  const covers = (mark: Mark) => labelBoxes(mark).some((box) => set.some((other) => Math.min(box.x1, other.x1) > Math.max(box.x0, other.x0) && Math.min(box.y1, other.y1) > Math.max(box.y0, other.y0)));
  const within = options.within;
  return place.map((label, i) => {
    let y = ys[i]!;
    let mark = label(y);
    if (within) {
      // Up or down, the nearest clear height that keeps the whole label between the bounds.
      const inside = (m: Mark) => labelBoxes(m).every((box) => box.y0 >= within[0] && box.y1 <= within[1]);
      for (let shift = 0; shift <= within[1] - within[0]; shift++) {
        const found = [y + shift, y - shift].map(label).find((m) => inside(m) && !covers(m));
        if (found) {
          mark = found;
          break;
        }
      }
      set.push(...labelBoxes(mark));
      return mark;
    }
    for (let tries = 0; tries < 20; tries++) {
      const boxes = labelBoxes(mark);
      const below = Math.max(
        -Infinity,
        ...boxes.flatMap((box) => set.filter((other) => Math.min(box.x1, other.x1) > Math.max(box.x0, other.x0) && Math.min(box.y1, other.y1) > Math.max(box.y0, other.y0)).map((other) => other.y1 - box.y0)),
      );
      if (below === -Infinity) break;
      y += below + 1;
      mark = label(y);
    }
    set.push(...labelBoxes(mark));
    return mark;
  });
}

function diamond(x: number, y: number, size: number): string {
  return `M${x},${y - size}L${x + size},${y}L${x},${y + size}L${x - size},${y}Z`;
}

export function territoryChart({ rows, series, events, comparator, derived = new Map() }: TerritoryInput): ChartGeometry {
  const plot = plotArea(territoryFrame);
  const usable = usableRows(rows);
  const main = isMain(series);
  const mainRows = usable.filter(main).sort(byDate);
  const others = usable.filter((row) => row.measure === 'controlled-area' && !main(row)).sort(byDate);
  const influence = usable.filter((row) => row.measure === 'influence-area').sort(byDate);
  const pocket = pocketRows(rows);
  const descriptions = territoryLayers(rows, series);
  // The time axis runs from the first plotted year to the half-year after the last figure.
  const plotted = [...mainRows, ...others, ...influence, ...pocket];
  const firstYear = min(plotted, year) ?? 2000;
  const lastDate = max(plotted, (row) => row.date.start) ?? new Date(Date.UTC(firstYear + 1, 0, 1));
  const x = timeScale(new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastDate.getUTCFullYear(), lastDate.getUTCMonth() + 4, 1)), [plot.left, plot.right]);

  const yMain = valueScale(max([...mainRows, ...others], (row) => row.high) ?? 100_000, [plot.bottom, plot.top]);
  const yWide = valueScale(Math.max(max(influence, (row) => row.high) ?? 0, comparator.km2), [plot.bottom, plot.top]);
  const xAt = (row: TerritoryRow) => x(dateMidpoint(row.date));
  /** Height of the main series' line on the wide scale at a point across, where it is drawn. */
  const mainLineOnWideScale = (at: number): number | undefined => {
    const after = mainRows.findIndex((row) => xAt(row) >= at);
    if (after <= 0) return after === 0 && xAt(mainRows[0]!) === at ? yWide(mainRows[0]!.high) : undefined;
    const [a, b] = [mainRows[after - 1]!, mainRows[after]!];
    const t = (at - xAt(a)) / (xAt(b) - xAt(a));
    return yWide(a.high) + t * (yWide(b.high) - yWide(a.high));
  };
  // A row whose km² are ours reads in three lines: who, what they said, and our number marked as
  // ours ("US National …:", "about 81,000 sq mi", "about 210,000 km² (our conversion)"). The block
  // hangs below its marker unless the line it is drawn beside (`under`) would run through it.
  const estimateLabel = (row: TerritoryRow, y: number, under?: (x: number) => number | undefined): Mark => {
    const ours = derived.get(row.id);
    if (ours) {
      const from = xAt(row) + 10;
      // Who with what they said, and our number with its mark, each on one line where it fits.
      const room = (plot.right - from) / CHAR;
      const pair = (a: string, b: string) => (`${a} ${b}`.length <= room ? [`${a} ${b}`] : [a, b]);
      const lines = [...pair(`${shortName(row.body, row.short)}:`, ours.said), ...pair(amount(row), `(${ours.ours})`)];
      const to = from + Math.max(...lines.map((text) => text.length * CHAR));
      const crossed = (top: number, bottom: number) =>
        under !== undefined && Array.from({ length: 21 }, (_, i) => under(from + ((to - from) * i) / 20)).some((ly) => ly !== undefined && ly >= top && ly <= bottom);
      const upward = crossed(y - 14, y + (lines.length - 1) * LINE + 4) && !crossed(y - lines.length * LINE - 5, y - 6);
      return besideLabel(xAt(row), y, lines, undefined, plot.right, plot.left, upward);
    }
    return besideLabel(xAt(row), y, shortName(row.body, row.short), amount(row), plot.right);
  };

  // The main line is cut into years so steps can draw it out; each piece starts at the previous year's last point.
  const seriesPiece = (pieceYear: number): Mark[] => {
    const own = mainRows.filter((row) => row.date.start.getUTCFullYear() === pieceYear);
    if (own.length === 0) return [];
    const before = mainRows.filter((row) => row.date.start.getUTCFullYear() < pieceYear).at(-1);
    const points = before ? [before, ...own] : own;
    const areaPath = area<TerritoryRow>().x(xAt).y0(plot.bottom).y1((row) => yMain(row.high))(points) ?? '';
    const linePath = line<TerritoryRow>().x(xAt).y((row) => yMain(row.high))(points) ?? '';
    return [
      { kind: 'path', d: areaPath, className: 'area role-is-held' },
      { kind: 'path', d: linePath, className: 'series-line role-is-held' },
      ...own.map((row): Mark => ({ kind: 'circle', cx: xAt(row), cy: yMain(row.high), r: 4.5, className: 'point role-is-held' })),
    ];
  };
  const first = mainRows[0];
  const last = mainRows.at(-1);
  // Inside the shaded area: the last below and to the left of its point (the inset stands to its
  // right); the first well under its point, since other bodies' estimates for the same months
  // stand just to its right.
  const labelAt = (row: TerritoryRow | undefined, under = false): Mark[] =>
    row
      ? [
          under
            ? { kind: 'text', x: xAt(row), y: yMain(row.high) + 40, text: amount(row), anchor: 'middle', className: 'label label-strong' }
            : { kind: 'text', x: xAt(row) - 8, y: yMain(row.high) + 20, text: amount(row), anchor: 'end', className: 'label label-strong' },
        ]
      : [];

  const years = seriesYears(rows, series);
  const seriesLayers = years.map((y, i): Layer => {
    const isLast = i === years.length - 1;
    return {
      id: `series-${y}`,
      description: descriptions[`series-${y}`]!,
      scale: 'main',
      marks: [
        ...seriesPiece(y),
        ...(i === 0 ? labelAt(first, true) : []),
        ...(isLast ? labelAt(last) : []),
        ...(isLast && last
          ? ([
              { kind: 'line', x1: xAt(last), y1: yMain(last.high) + 8, x2: xAt(last), y2: plot.bottom, className: 'series-end' },
              { kind: 'text', x: xAt(last) + 6, y: plot.bottom - 8, text: `${series.label} series ends`, className: 'label label-muted' },
            ] as Mark[])
          : []),
      ],
    };
  });

  const layers: Layer[] = [
    ...seriesLayers,
    {
      id: 'other-estimates',
      description: descriptions['other-estimates']!,
      scale: 'main',
      marks: ((labels: Mark[]) => others.flatMap((row, i): Mark[] => [{ kind: 'path', d: diamond(xAt(row), yMain(row.high), 6), className: 'marker role-contested' }, labels[i]!]))(
        stackClear(
          others.map((row) => (y: number) => estimateLabel(row, y)),
          others.map((row) => yMain(row.high) + 4),
        ),
      ),
    },
    {
      id: 'events',
      description: descriptions.events!,
      scale: 'main',
      marks: eventMarks(events, x, plot),
    },
    {
      id: 'influence',
      description: descriptions.influence!,
      scale: 'wide',
      marks: ((fixed: Mark[]) => [
        { kind: 'path', d: line<TerritoryRow>().x(xAt).y((row) => yWide(row.high))(mainRows) ?? '', className: 'series-line role-is-held' } as Mark,
        { kind: 'line', x1: plot.left, y1: yWide(comparator.km2), x2: plot.right, y2: yWide(comparator.km2), className: 'reference-line' } as Mark,
        ...fixed,
        ...((labels: Mark[]) =>
          influence.flatMap((row, i): Mark[] => [{ kind: 'circle', cx: xAt(row), cy: yWide(row.high), r: 6, className: 'marker-hollow role-influence' }, labels[i]!]))(
          // Set one after another, each moved up or down clear of the UK's and the line's labels and
          // of those already set, staying between the axis title and the foot of the plot.
          stackClear(
            influence.map((row) => (y: number) => estimateLabel(row, y, mainLineOnWideScale)),
            influence.map((row) => yWide(row.high) + 4),
            { placed: fixed, within: [22, plot.bottom] },
          ),
        ),
      ])([
        // The line's name to the right of its last point where it fits, else ending there, just under the line.
        ...(last
          ? [
              xAt(last) + 8 + `Area controlled (${series.label})`.length * CHAR <= plot.right
                ? ({ kind: 'text', x: xAt(last) + 8, y: yWide(last.high) + 4, text: `Area controlled (${series.label})`, className: 'label' } as Mark)
                : ({ kind: 'text', x: xAt(last), y: yWide(last.high) + 26, text: `Area controlled (${series.label})`, anchor: 'end', className: 'label' } as Mark),
            ]
          : []),
        { kind: 'text', x: plot.right - 4, y: yWide(comparator.km2) + 18, text: `${comparator.label}: ${formatAmount({ low: comparator.km2, high: comparator.km2, unit: 'km2' })}`, anchor: 'end', className: 'label label-strong' },
      ]),
    },
    pocketInset(pocket, plot, descriptions.pocket!),
  ];

  return {
    id: 'territory',
    width: territoryFrame.width,
    height: territoryFrame.height,
    staticScales: ['main', 'inset'],
    axes: [
      { orientation: 'x', scale: 'always', at: plot.bottom, ticks: yearTicks(x), title: 'Date the figure refers to' },
      { orientation: 'y', scale: 'main', at: plot.left, ticks: valueTicks(yMain, 5), title: 'Area (km²)' },
      { orientation: 'y', scale: 'wide', at: plot.left, ticks: valueTicks(yWide, 5), title: 'Area (km², wider scale)' },
    ],
    layers,
  };
}

/**
 * Event names above the plot, each on the first of three rows where it fits beside its rule
 * (to the right, else to the left) without touching another name or a rule that comes down
 * from a row above; its own rule must not cross names below. The rows sit below the axis title.
 */
function eventMarks(events: ChartEvent[], x: (date: Date) => number, plot: ReturnType<typeof plotArea>): Mark[] {
  // The lowest row stands clear of an estimate's label at the very top of the plot.
  const rows = [0, 1, 2].map((row) => plot.top - 13 - (2 - row) * EVENT_ROW);
  // "Area (km², wider scale)", the longest axis title, at the top left.
  type Option = { row: number; anchor: 'start' | 'end'; x0: number; x1: number; at: number };
  const optionsOf = (event: ChartEvent): Option[] => {
    const at = x(event.date);
    const width = event.label.length * CHAR;
    return rows
      .flatMap((_, row) => (['start', 'end'] as const).map((anchor) => ({ row, anchor, at, x0: anchor === 'start' ? at + 3 : at - 3 - width, x1: anchor === 'start' ? at + 3 + width : at - 3 })))
      .filter((option) => option.x0 >= 0 && option.x1 <= territoryFrame.width);
  };
  const clash = (a: Option, b: Option) =>
    (a.row === b.row && a.x0 < b.x1 + 8 && a.x1 > b.x0 - 8) ||
    // A rule runs down from its own row: it must not cross a name in a row below.
    (a.row < b.row && a.at > b.x0 - 4 && a.at < b.x1 + 4) ||
    (b.row < a.row && b.at > a.x0 - 4 && b.at < a.x1 + 4);
  // Few events, few options each: try every combination and keep the one nearest the plot,
  // names to the right of their rules where possible.
  const all = events.map(optionsOf);
  const cost = (picks: Option[]) => picks.reduce((sum, pick) => sum + (2 - pick.row) + (pick.anchor === 'end' ? 0.5 : 0), 0);
  let best: Option[] | undefined;
  const search = (i: number, picks: Option[]): void => {
    if (best && cost(picks) >= cost(best)) return;
    if (i === all.length) return void (best = [...picks]);
    for (const option of all[i]!) if (!picks.some((pick) => clash(pick, option))) search(i + 1, [...picks, option]);
  };
  if (all.length <= 8) search(0, []);
  const picks = best ?? all.map((options) => options[0]!);
  const marks: Mark[] = events.flatMap((event, i): Mark[] => {
    const pick = picks[i];
    if (!pick) return [];
    const labelY = rows[pick.row]!;
    return [
      { kind: 'line', x1: pick.at, y1: labelY + 4, x2: pick.at, y2: plot.bottom, className: 'event-rule' },
      { kind: 'text', x: pick.anchor === 'start' ? pick.at + 3 : pick.at - 3, y: labelY, text: event.label, anchor: pick.anchor, className: 'label label-event' },
    ];
  });
  return marks;
}

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/**
 * Right of where the main series ends, in the middle of the plot: below the other estimates'
 * labels, which stand near the top (all are shown at once without JavaScript and in print), and
 * above the series' last figure and end note.
 */
function insetBox(plot: ReturnType<typeof plotArea>) {
  return { left: plot.right - 146, right: plot.right, top: plot.top + 64, bottom: plot.top + 204 };
}

/** The last pocket's final weeks or months, on its own small scale in the top right of the plot. */
function pocketInset(rows: TerritoryRow[], plot: ReturnType<typeof plotArea>, description: string): Layer {
  const box = insetBox(plot);
  const inner = { left: box.left + 30, right: box.right - 12, top: box.top + 52, bottom: box.bottom - 24 };
  const firstDay = rows[0]?.date.start ?? new Date(0);
  const lastDay = rows.at(-1)?.date.start ?? firstDay;
  // Whole months either side, so the axis reads "Feb … Mar".
  const from = new Date(Date.UTC(firstDay.getUTCFullYear(), firstDay.getUTCMonth(), 1));
  const to = new Date(Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth() + 1, 0));
  const x = timeScale(from, to, [inner.left, inner.right]);
  const y = valueScale(Math.max(1, max(rows, (row) => row.high) ?? 1), [inner.bottom, inner.top]);
  const xAt = (row: TerritoryRow) => x(row.date.start);
  const marks: Mark[] = [
    { kind: 'rect', x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top, className: 'inset-frame' },
    // The title in two lines, so the box fits right of the series' end at a phone's type size.
    { kind: 'text', x: box.left + 6, y: box.top + 19, text: 'Last pocket,', className: 'label label-strong' },
    { kind: 'text', x: box.left + 6, y: box.top + 38, text: `${firstDay.getUTCFullYear()}, km²`, className: 'label label-muted' },
    { kind: 'line', x1: inner.left, y1: inner.bottom, x2: inner.right, y2: inner.bottom, className: 'inset-axis' },
    ...y.ticks(2).map((value): Mark => ({ kind: 'text', x: inner.left - 4, y: y(value) + 4, text: String(value), anchor: 'end', className: 'label label-muted' })),
    { kind: 'text', x: inner.left, y: inner.bottom + 18, text: monthName.format(from), className: 'label label-muted' },
    { kind: 'text', x: inner.right, y: inner.bottom + 18, text: monthName.format(to), anchor: 'end', className: 'label label-muted' },
    { kind: 'path', d: line<TerritoryRow>().x(xAt).y((row) => y(row.high))(rows) ?? '', className: 'series-line role-is-held' },
    ...rows.map((row): Mark => ({ kind: 'circle', cx: xAt(row), cy: y(row.high), r: 3.5, className: 'point role-is-held' })),
  ];
  return { id: 'pocket', description, scale: 'inset', marks };
}
