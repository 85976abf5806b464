/**
 * Present mode's pieces that need no browser: the order and neighbours of each chart's steps,
 * a step's words cut from its chapter, and a stacked chart laid out at one step as the story lays it out.
 */
import { describe, expect, it } from 'vitest';
import { presentAliases, presentSteps } from '../../src/components/present/present-steps.ts';
import { stepMarkers, stepWords, wordsLength } from '../../src/components/present/step-words.ts';
import { stackedStepSvg } from '../../src/components/present/stacked-step.ts';
import { chartSvg } from '../../src/charts/svg.ts';
import type { ChartGeometry } from '../../src/charts/types.ts';
import type { ComponentUse } from '../../src/lib/mdx/outline.ts';

const step = (id: string, chart: string, show: string, title = 'A title'): ComponentUse => ({
  name: 'Step',
  attributes: { id, show, alt: 'Alt' },
  line: 1,
  column: 1,
  ancestors: [{ name: 'Scrolly', attributes: { chart, title, subtitle: 'Sub' } }],
  block: 0,
  textBefore: '',
});

describe('presentSteps: each chart’s steps in reading order', () => {
  const steps = presentSteps([
    { slug: 'one', uses: [step('t-1', 'territory', 'a'), step('f-1', 'fighters', 'legend 2014'), step('t-2', 'territory', 'a b')] },
    { slug: 'two', uses: [step('f-2', 'fighters', 'legend 2014 2016'), step('t-3', 'territory', 'c')] },
  ]);
  it('numbers them across chapters and links each to its neighbours and ends', () => {
    const territory = steps.get('territory')!;
    expect(territory.map((s) => [s.id, s.number, s.count, s.previous, s.next])).toEqual([
      ['t-1', 1, 3, undefined, 't-2'],
      ['t-2', 2, 3, 't-1', 't-3'],
      ['t-3', 3, 3, 't-2', undefined],
    ]);
    expect(territory.every((s) => s.first === 't-1' && s.last === 't-3')).toBe(true);
    expect(territory.map((s) => s.chapter)).toEqual(['one', 'one', 'two']);
  });
  it('keeps each step’s layers as written', () => {
    expect(steps.get('fighters')!.map((s) => s.show)).toEqual(['legend 2014', 'legend 2014 2016']);
  });
});

describe('stepWords: one step’s words from the rendered chapter', () => {
  const chapter = `<p>Before</p>${stepMarkers.start('a')}<p>Words of a <a href="/glossary#x">term</a></p><script type="module" src="/x.js"></script>${stepMarkers.end('a')}${stepMarkers.start('b')}<p>B</p>${stepMarkers.end('b')}`;
  it('takes only what lies between the step’s markers, without scripts', () => {
    expect(stepWords(chapter, 'a')).toBe('<p>Words of a <a href="/glossary#x">term</a></p>');
    expect(stepWords(chapter, 'b')).toBe('<p>B</p>');
  });
  it('stops the build when a step’s words cannot be found', () => {
    expect(() => stepWords(chapter, 'missing')).toThrow(/step "missing"/);
  });
  it('sizes by the words a reader reads, not the markup', () => {
    expect(wordsLength(`<p class="${'x'.repeat(500)}">Short.</p>`)).toBe('short');
    expect(wordsLength(`<p>${'word '.repeat(70)}</p>`)).toBe('long');
    expect(wordsLength(`<ul>${'<li>An estimate of so many.</li>'.repeat(20)}</ul>`)).toBe('longer');
  });
});

describe('stackedStepSvg: a stacked chart at one step', () => {
  const rows = (id: string, top: number): ChartGeometry['layers'][number] => ({
    id,
    description: id,
    scale: 'main',
    stack: { top, height: 100, folded: 20 },
    marks: [{ kind: 'rect', x: 0, y: top, width: 10, height: 10 }],
  });
  const chart: ChartGeometry = {
    id: 'rows',
    width: 300,
    height: 340,
    staticScales: ['main'],
    layers: [rows('2014', 0), rows('2016', 100), rows('2017', 200)],
    axes: [{ orientation: 'x', ticks: [], at: 310, title: 'Count', scale: 'main', stack: { top: 300, height: 40 } }],
  };
  const shows = ['2014', '2014 2016', '2014 2016 2017'];
  it('folds the groups earlier steps showed, closes up the rest and cuts the drawing to what is left', () => {
    const svg = stackedStepSvg(chart, chartSvg(chart), shows, 2);
    expect(svg).toMatch(/<g class="layer is-folded"[^>]*data-layer="2014"/);
    expect(svg).toMatch(/<g class="layer is-folded" transform="translate\(0,-80\)"[^>]*data-layer="2016"/);
    expect(svg).toMatch(/<g class="layer" transform="translate\(0,-160\)"[^>]*data-layer="2017"/);
    expect(svg).toMatch(/<g class="axis axis-x" transform="translate\(0,-160\)"/);
    // 20 + 20 + 100 rows, then the axis's 40 units.
    expect(svg).toContain('viewBox="0 0 300 180"');
  });
  it('leaves a chart without stacked parts as it was', () => {
    const flat: ChartGeometry = { ...chart, layers: chart.layers.map(({ stack: _, ...layer }) => layer), axes: chart.axes.map(({ stack: _, ...axis }) => axis) };
    expect(stackedStepSvg(flat, chartSvg(flat), shows, 1)).toBe(chartSvg(flat));
  });
});

describe('presentAliases: a renamed step’s old present address', () => {
  const steps = presentSteps([{ slug: 'one', uses: [step('t-1', 'territory', 'a'), step('t-2', 'territory', 'a b'), step('f-1', 'fighters', 'legend')] }]);
  it('shows the step that replaced it, on that step’s chart', () => {
    expect(presentAliases(steps, { 'old-t': 't-2', 'old-f': 'f-1' }).map(({ chart, from, step: s }) => [chart, from, s.id])).toEqual([
      ['territory', 'old-t', 't-2'],
      ['fighters', 'old-f', 'f-1'],
    ]);
  });
  it('ignores aliases to anchors that are not steps, and never shadows a step’s own id', () => {
    expect(presentAliases(steps, { 'old-section': 'origins', 't-1': 't-2' })).toEqual([]);
  });
});
