/**
 * A chart at one scroll step as a 1920×1080 slide: the chart's title and subtitle, the step's
 * place in the run, the chart as large as fits, its sources and where it comes from. Written as
 * an SVG with real text (a teacher can edit it, a search can find it) and its styles inside, then
 * drawn to PNG by resvg with the fonts given explicitly, so every machine draws the same image.
 */
import { Resvg } from '@resvg/resvg-js';
import { chartStyle, lightPalette } from './chart-style.ts';
import { SLIDE_SANS, SLIDE_SERIF, slideFontFiles } from './fonts.ts';
import type { StepDrawing } from './step-drawing.ts';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

export interface SlideText {
  title: string;
  subtitle: string;
  /** "Step 2 of 5". */
  step: string;
  /** "Sources: " and each publisher once. */
  sources: string;
  /** The site's address as a reader would type it. */
  credit: string;
  /** The site's name, beside the step. */
  site: string;
  /** The step's alt text: the image's description, kept inside the SVG too. */
  alt: string;
}

const PAD = 80;
const TEXT_WIDTH = SLIDE_WIDTH - 2 * PAD;
/** The smallest words on the slide, in px: read from the back of a classroom. */
export const SMALLEST_TYPE = 26;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Lines of at most `width` px, by an estimate of the type's mean character width (there is no
 * DOM at build time); generous, so a line stays inside the slide in a wider fallback font too
 * (the SVG opened where Source Sans is not installed).
 */
export function wrap(text: string, width: number, size: number, charWidth: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (size * charWidth)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const textLines = (lines: string[], x: number, y: number, lineHeight: number, attrs: string) =>
  lines.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}"${attrs}>${escape(line)}</text>`).join('');

interface Block {
  svg: string;
  /** Where the block's last line ends. */
  bottom: number;
}

const TITLE = 60;
const SUB = 32;
const TOP = 12 + 60;

/** The title and subtitle set from `y` down in a column `width` wide. */
function heading(text: SlideText, x: number, y: number, width: number): Block {
  const title = wrap(text.title, width, TITLE, 0.55);
  const subtitle = wrap(text.subtitle, width, SUB, 0.55);
  let at = y + TITLE;
  const titleSvg = textLines(title, x, at, TITLE * 1.15, ' class="slide-title"');
  at += (title.length - 1) * TITLE * 1.15 + 28 + SUB;
  const subtitleSvg = textLines(subtitle, x, at, SUB * 1.25, ' class="slide-subtitle"');
  return { svg: titleSvg + subtitleSvg, bottom: at + (subtitle.length - 1) * SUB * 1.25 };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Two ways to set a slide: the heading across the top and the chart under it (a wide chart), or
 * the heading in a column beside the chart (a tall one, which then keeps the slide's full height).
 * The one that draws the chart larger wins, so its words are as large as they can be.
 */
function layout(text: SlideText, chart: StepDrawing, footTop: number): { heading: Block; box: Box } {
  const across = heading(text, PAD, TOP + 20, TEXT_WIDTH);
  const acrossBox = { x: PAD, y: across.bottom + 36, width: TEXT_WIDTH, height: footTop - 28 - (across.bottom + 36) };
  const COLUMN = 560;
  const beside = heading(text, PAD, TOP + 20, COLUMN);
  const besideBox = { x: PAD + COLUMN + 60, y: TOP + 32, width: TEXT_WIDTH - COLUMN - 60, height: footTop - 28 - (TOP + 32) };
  const fit = (box: Box) => Math.min(box.width / chart.width, box.height / chart.height);
  return fit(besideBox) > fit(acrossBox) * 1.15 ? { heading: beside, box: besideBox } : { heading: across, box: acrossBox };
}

export function slideSvg(text: SlideText, chart: StepDrawing, chartId: string, dated: boolean): string {
  const c = lightPalette();
  const FOOT = SMALLEST_TYPE;
  // The credit shares the top line with the step, clear of the source line however long that runs.
  const kicker =
    `<text x="${PAD}" y="${TOP}" class="slide-kicker">${escape(text.step)}</text>` +
    `<text x="${SLIDE_WIDTH - PAD}" y="${TOP}" text-anchor="end" class="slide-site">${escape(text.site)} · <tspan class="slide-credit">${escape(text.credit)}</tspan></text>`;
  const sources = wrap(text.sources, TEXT_WIDTH, FOOT, 0.56);
  const footTop = SLIDE_HEIGHT - 40 - sources.length * FOOT * 1.3 - 20;
  const { heading: head, box } = layout(text, chart, footTop);
  const scale = Math.min(box.width / chart.width, box.height / chart.height);
  const drawn = { width: chart.width * scale, height: chart.height * scale };
  const at = { x: box.x + (box.width - drawn.width) / 2, y: box.y };
  const foot = `<line x1="${PAD}" x2="${SLIDE_WIDTH - PAD}" y1="${footTop}" y2="${footTop}" class="slide-rule"/>` + textLines(sources, PAD, footTop + 20 + FOOT, FOOT * 1.3, ' class="slide-foot"');
  const style = `
svg{font-family:'${SLIDE_SANS}',system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
.slide-kicker{font-size:30px;font-weight:700;fill:${c['is-held']}}
.slide-site{font-size:${FOOT}px;fill:${c.muted}}
.slide-title{font-family:'${SLIDE_SERIF}',Georgia,serif;font-weight:700;font-size:${TITLE}px;fill:${c.ink}}
.slide-subtitle{font-size:${SUB}px;fill:${c.muted}}
.slide-rule{stroke:${c.rule};stroke-width:2}
.slide-foot{font-size:${FOOT}px;fill:${c.muted}}
.slide-credit{font-weight:700;fill:${c.ink}}
${chartStyle(dated, c)}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" viewBox="0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}" role="img" aria-labelledby="slide-title slide-desc">` +
    `<title id="slide-title">${escape(text.title)} (${escape(text.step)})</title><desc id="slide-desc">${escape(text.alt)}</desc>` +
    `<style>${style}</style>` +
    `<rect width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" fill="${c.paper}"/><rect width="${SLIDE_WIDTH}" height="12" fill="${c['is-held']}"/>` +
    kicker +
    head.svg +
    `<svg class="chart-svg" data-chart="${escape(chartId)}" x="${at.x.toFixed(1)}" y="${at.y.toFixed(1)}" width="${drawn.width.toFixed(1)}" height="${drawn.height.toFixed(1)}" viewBox="0 0 ${chart.width} ${chart.height}" overflow="visible">${chart.inner}</svg>` +
    foot +
    `</svg>`
  );
}

/** How much the chart's own units are enlarged on the slide: its words are this many times their size in units. */
export function chartScale(svg: string): number {
  const match = /<svg class="chart-svg"[^>]* width="([\d.]+)"[^>]* viewBox="0 0 ([\d.]+) /.exec(svg);
  return match ? Number(match[1]) / Number(match[2]) : Number.NaN;
}

/** The slide drawn to a PNG, full size or (`width`) scaled down whole. */
export function slidePng(svg: string, width?: number): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, {
    font: { fontFiles: slideFontFiles(), loadSystemFonts: false, defaultFontFamily: SLIDE_SANS },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
