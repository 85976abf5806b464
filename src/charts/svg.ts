/**
 * Writes chart geometry as SVG markup. The page embeds this string at build time, and the unit
 * tests snapshot the very same string, so what is tested is what readers get.
 */
import type { Axis, ChartGeometry, Layer, Mark, StackSlot } from './types.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (value: number) => String(Math.round(value * 100) / 100);
/**
 * A path's numbers at the precision of every other coordinate (hundredths of a unit, under a
 * hundredth of a pixel on any screen): d3 and the projection hand over 16 digits, which weighed
 * about 8 KB on the home page. The sign stays outside the match, so "5-0.001" keeps its separator.
 */
const pathData = (d: string) => d.replace(/\d*\.\d{3,}/g, (n) => num(Number(n)));
const cls = (mark: Mark) =>
  (mark.className ? ` class="${escape(mark.className)}"` : '') +
  Object.entries(mark.data ?? {})
    .map(([name, value]) => ` data-${name}="${escape(value)}"`)
    .join('');

/**
 * Where a chart's shared base geography comes from: `href` is the shared base-geography file's
 * address, and each shared group becomes a `<use>` of its id there. Without it the marks are written
 * inline, as they were drawn, for drawings that must stand alone.
 */
export interface SvgOptions {
  sharedGeography?: { href: string };
}

function markSvg(mark: Mark, options: SvgOptions): string {
  switch (mark.kind) {
    case 'path':
      return `<path${cls(mark)} d="${pathData(mark.d)}"/>`;
    case 'circle':
      return `<circle${cls(mark)} cx="${num(mark.cx)}" cy="${num(mark.cy)}" r="${num(mark.r)}"/>`;
    case 'rect':
      return `<rect${cls(mark)} x="${num(mark.x)}" y="${num(mark.y)}" width="${num(mark.width)}" height="${num(mark.height)}"/>`;
    case 'line':
      return `<line${cls(mark)} x1="${num(mark.x1)}" y1="${num(mark.y1)}" x2="${num(mark.x2)}" y2="${num(mark.y2)}"/>`;
    case 'group':
      if (mark.shared !== undefined) {
        const linked = options.sharedGeography;
        return linked ? `<use href="${escape(linked.href)}#${escape(mark.shared)}"/>` : mark.marks.map((child) => markSvg(child, options)).join('');
      }
      return `<g${cls(mark)}>${mark.marks.map((child) => markSvg(child, options)).join('')}</g>`;
    case 'text':
      return `<text${cls(mark)} x="${num(mark.x)}" y="${num(mark.y)}"${mark.anchor && mark.anchor !== 'start' ? ` text-anchor="${mark.anchor}"` : ''}>${escape(mark.text)}</text>`;
  }
}

/** The data-stack-* attributes the client lays a stacked chart out by. */
const stackAttrs = (slot: StackSlot | undefined) =>
  slot
    ? ` data-stack-top="${num(slot.top)}" data-stack-height="${num(slot.height)}"` +
      (slot.folded !== undefined ? ` data-stack-folded="${num(slot.folded)}"` : '') +
      (slot.with ? ` data-stack-with="${escape(slot.with)}"` : '')
    : '';

/** Marks a group that only shows when a step asks for its scale (hidden without JavaScript and in print). */
const offStatic = (scale: string, chart: ChartGeometry) => (scale === 'always' || chart.staticScales.includes(scale) ? '' : ' off-static');

function axisSvg(axis: Axis, chart: ChartGeometry): string {
  const scale = ` data-scale="${escape(axis.scale)}"`;
  // The lowest value tick sits on its line rather than across it, clear of the time axis's first label below.
  const lowest = Math.max(...axis.ticks.map((tick) => tick.position));
  const ticks = axis.ticks
    .map((tick) =>
      axis.orientation === 'x'
        ? `<g class="tick" transform="translate(${num(tick.position)},${num(axis.at)})"><line y2="5"/><text y="19" text-anchor="middle">${escape(tick.label)}</text></g>`
        : `<g class="tick" transform="translate(${num(axis.at)},${num(tick.position)})"><text x="-6" dy="${tick.position === lowest ? '0' : '0.32em'}" text-anchor="end">${escape(tick.label)}</text></g>`,
    )
    .join('');
  const at = axis.titleAt ?? (axis.orientation === 'x' ? { x: chart.width - 8, y: axis.at + 36, anchor: 'end' as const } : { x: 4, y: 14 });
  const anchor = at.anchor === 'end' ? ' text-anchor="end"' : '';
  const title = `<text class="axis-title" x="${num(at.x)}" y="${num(at.y)}"${anchor}>${escape(axis.title)}</text>`;
  return `<g class="axis axis-${axis.orientation}${offStatic(axis.scale, chart)}"${scale}${stackAttrs(axis.stack)}>${ticks}${title}</g>`;
}

/**
 * The chart as an SVG element, drawn from the top of its box when the page gives it more height
 * than it needs (the pinned graphic has a fixed height). Decorative for assistive technology: the steps and table carry the words. */
export function chartSvg(chart: ChartGeometry, options: SvgOptions = {}): string {
  const axes = chart.axes.map((axis) => axisSvg(axis, chart)).join('');
  const group = (layer: Layer, marks: Mark[], extra = '', slot = stackAttrs(layer.stack)) =>
    `<g class="layer${extra}${offStatic(layer.scale, chart)}" data-layer="${escape(layer.id)}" data-scale="${escape(layer.scale)}"${slot}>${marks.map((mark) => markSvg(mark, options)).join('')}</g>`;
  const layers = chart.layers.map((layer) => group(layer, layer.marks)).join('');
  // A second group with the same layer id, after every layer: the client and print show it with its layer.
  const above = chart.layers.map((layer) => (layer.above?.length ? group(layer, layer.above, ' layer-above', '') : '')).join('');
  return `<svg class="chart-svg" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMin meet" aria-hidden="true" focusable="false" data-chart="${escape(chart.id)}">${axes}${layers}${above}</svg>`;
}
