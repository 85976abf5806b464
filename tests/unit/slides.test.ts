/**
 * The pieces a slide is made of: fonts resvg can read, the chart's look written out for a file
 * with no stylesheet (kept in step with the site's), a stacked chart laid out as the live chart
 * lays it out at that step, and lines that stay on the slide.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { slideFontFiles, woffToSfnt } from '../../src/lib/slides/fonts.ts';
import { chartStyle, lightPalette } from '../../src/lib/slides/chart-style.ts';
import { stepDrawing } from '../../src/lib/slides/step-drawing.ts';
import { wrap } from '../../src/lib/slides/slide.ts';
import type { ChartGeometry } from '../../src/charts/types.ts';

const require = createRequire(import.meta.url);

/** How many pixels of an image are not the background (a drawing with no font draws no words). */
function inked(svg: string, fontFiles: string[]): number {
  const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' } }).render();
  const pixels = image.pixels;
  let count = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
  return count;
}

describe('slide fonts', () => {
  it('unpacks a WOFF file into the TrueType tables it holds', () => {
    const woff = readFileSync(require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    // The decompressed size the WOFF header records for the whole font.
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
  });

  it('gives resvg fonts it draws words with, and without them it draws none', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="10" y="50" font-size="40" font-family="Source Sans 3">Raqqa 2017</text></svg>';
    expect(inked(svg, [])).toBe(0);
    expect(inked(svg, slideFontFiles())).toBeGreaterThan(500);
  });
});

describe('the chart’s look on a slide', () => {
  it('is the site’s light palette', () => {
    const palette = lightPalette();
    expect(palette.paper).toBe('#fbfaf7');
    expect(chartStyle(false)).toContain(`fill:${palette['is-held']}`);
  });

  it('styles every class charts.css styles inside a chart, so a chart drawn alone keeps its colours and type', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const styled = new Set<string>();
    for (const [, selector] of css.matchAll(/([^{}]*\.chart-svg[^{}]*)\{/g)) for (const [, name] of selector!.matchAll(/\.([a-z][a-z0-9-]*)/g)) styled.add(name!);
    const slide = new Set([...chartStyle(true).matchAll(/\.([a-z][a-z0-9-]*)/g), ...chartStyle(false).matchAll(/\.([a-z][a-z0-9-]*)/g)].map(([, name]) => name!));
    // What only the page needs: its layout, motion and the layers a step turns off, and the
    // phone's label set (a slide draws the wide one).
    const pageOnly = ['chart-frame', 'layer', 'axis', 'is-off', 'is-stacked', 'labels-wide'];
    const missing = [...styled].filter((name) => !slide.has(name) && !pageOnly.includes(name));
    expect(missing).toEqual([]);
  });
});

describe('a stacked chart at a step', () => {
  // Two rows of estimates over an axis: a step showing only the second closes the gap the first leaves.
  const chart: ChartGeometry = {
    id: 'rows',
    width: 300,
    height: 260,
    staticScales: ['value'],
    axes: [{ orientation: 'x', ticks: [{ position: 10, label: '0' }], at: 220, title: 'Count', scale: 'value', stack: { top: 200, height: 60 } }],
    layers: [
      { id: 'first', description: '', scale: 'value', stack: { top: 0, height: 100, folded: 20 }, marks: [{ kind: 'text', x: 0, y: 10, text: 'first' }] },
      { id: 'second', description: '', scale: 'value', stack: { top: 100, height: 100, folded: 20 }, marks: [{ kind: 'text', x: 0, y: 110, text: 'second' }] },
    ],
  };

  it('draws only the layers shown, closed up, at the height they take', () => {
    const drawing = stepDrawing(chart, [{ show: 'second' }], 0);
    expect(drawing.inner).not.toContain('>first<');
    expect(drawing.inner).toMatch(/<g class="layer" transform="translate\(0,-100\)" data-layer="second"/);
    expect(drawing.inner).toMatch(/<g class="axis axis-x" transform="translate\(0,-100\)" data-scale="value"/);
    expect(drawing.height).toBe(160);
  });

  it('folds what a step does not add, as the live chart does', () => {
    const drawing = stepDrawing(chart, [{ show: 'first' }, { show: 'first second' }], 1);
    expect(drawing.inner).toMatch(/<g class="layer is-folded" transform="translate\(0,0\)" data-layer="first"/);
    expect(drawing.inner).toMatch(/<g class="layer" transform="translate\(0,-80\)" data-layer="second"/);
    expect(drawing.height).toBe(20 + 100 + 60);
  });

  it('writes in capitals the words the page capitalises, and a dated map’s date', () => {
    const map: ChartGeometry = {
      ...chart,
      axes: [],
      layers: [{ id: 'base', description: '', scale: 'value', marks: [{ kind: 'text', x: 0, y: 0, text: 'Syria', className: 'country-label' }, { kind: 'text', x: 0, y: 0, text: '2014–2019', className: 'map-date' }] }],
    };
    const drawing = stepDrawing(map, [{ show: 'base', date: '2014-06-30' }], 0);
    expect(drawing.inner).toContain('>SYRIA<');
    expect(drawing.inner).toContain('>30 June 2014<');
  });
});

describe('lines on a slide', () => {
  it('break between words and keep within the width', () => {
    const lines = wrap('Estimates of the people under its rule spread widely', 600, 60, 0.55);
    expect(lines.join(' ')).toBe('Estimates of the people under its rule spread widely');
    for (const line of lines) expect(line.length * 60 * 0.55).toBeLessThanOrEqual(600);
    expect(lines.length).toBeGreaterThan(1);
  });
});
