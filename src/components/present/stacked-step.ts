/**
 * A stacked chart (rows of estimates grouped by year) as the live story shows it at one step: the
 * parts shown closed up under one another and the groups the step is not about folded to their
 * summary line. The story does this on the client (src/client/scrolly-story.ts); present mode
 * draws one step a page, so it does the same at build time, with the same layout rule
 * (src/charts/stack-layout.ts), and the chart fills the screen instead of leaving gaps.
 */
import { openLayers, stackLayout, stepStackParts } from '../../charts/stack-layout.ts';
import type { ChartGeometry } from '../../charts/types.ts';

const words = (show: string) => show.split(/\s+/).filter(Boolean);

/**
 * The SVG of step `index` of a stacked chart whose steps show `shows`, laid out as the story lays
 * it out: each stacked group moved up by its offset (an SVG transform, not a style, so the page's
 * content security policy has nothing to allow), folded groups marked `is-folded`, and the drawing
 * cut to the bottom of what the step shows. A chart with no stacked parts comes back unchanged.
 */
export function stackedStepSvg(chart: ChartGeometry, svg: string, shows: string[], index: number): string {
  const parts = stepStackParts(chart, new Set(words(shows[index] ?? '')));
  if (parts.length === 0) return svg;
  const open = openLayers(shows.map(words))[index] ?? null;
  const { offsets, folded, bottom } = stackLayout(parts, open);
  const lowest = Math.max(...parts.map((part) => part.top + part.height));
  const cut = (_: string, width: string, height: string) => `viewBox="0 0 ${width} ${Math.ceil(bottom + (Number(height) - lowest))}"`;
  // svg.ts writes every stacked group as <g class="…" …data-stack-top="…"…>; an axis is keyed by its scale.
  return svg.replace(/viewBox="0 0 ([\d.]+) ([\d.]+)"/, cut).replace(/<g class="([^"]*)"([^>]*data-stack-top=[^>]*)>/g, (whole, classes: string, rest: string) => {
    const attribute = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(rest)?.[1];
    const key = classes.split(' ').includes('axis') ? `axis:${attribute('data-scale')}` : attribute('data-layer');
    if (!key) return whole;
    const dy = Math.round((offsets.get(key) ?? 0) * 100) / 100;
    return `<g class="${classes}${folded.has(key) ? ' is-folded' : ''}"${dy ? ` transform="translate(0,${dy})"` : ''}${rest}>`;
  });
}
