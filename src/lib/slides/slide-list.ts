/**
 * Every chart at every step, as the slides are made and linked: one slide a scroll step, in story
 * order, with the words it carries. The chart's page, the teachers' page and the image files all
 * read this list, so a new step gets its slide and its links without anyone editing them.
 */
import type { ChartId } from '../../charts/index.ts';
import { chartBuild, stepCharts } from '../../components/print/step-state.ts';
import type { Explainer } from '../data/explainer.ts';
import { stepAltText } from '../data/step-alt.ts';
import { loadSettings } from '../data/settings.ts';
import { slideSvg } from './slide.ts';
import { stepDrawing } from './step-drawing.ts';

export interface SlideEntry {
  chart: ChartId;
  /** The step's anchor, also the file's name. */
  id: string;
  /** Its place in its chart's run of steps, from 1, and the run's length. */
  number: number;
  of: number;
  show: string;
  date?: string;
  title: string;
  subtitle: string;
  /** The step's alt text as the page gives it to screen readers. */
  alt: string;
  /** Every step of the same run, in order (a stacked chart is laid out by what each step adds). */
  run: { show: string; date?: string }[];
}

export const slidePath = (chart: string, id: string, kind: 'png' | 'svg' | 'txt') => `/slides/${chart}/${id}.${kind}`;
export const slideIndexPath = (chart: string) => `/slides/${chart}/index.json`;
/** A small copy of a slide for the /slides/ page: about a quarter of the full PNG's bytes. */
export const slideThumbnailPath = (chart: string, id: string) => `/slides/${chart}/thumbnails/${id}.png`;
export const THUMBNAIL_WIDTH = 640;

/** The step's `show`, which stepCharts does not keep, read from the same outlines. */
function shows(explainer: Explainer): Map<string, string> {
  const found = new Map<string, string>();
  for (const { outline } of explainer.chapters) for (const use of outline.uses) if (use.name === 'Step' && use.attributes.id) found.set(use.attributes.id, use.attributes.show ?? '');
  return found;
}

// Every page with a chart asks for the list; work it out once per build (per data, in the dev server).
const listed = new WeakMap<Explainer, SlideEntry[]>();

export function slideEntries(explainer: Explainer): SlideEntry[] {
  let entries = listed.get(explainer);
  if (!entries) listed.set(explainer, (entries = listEntries(explainer)));
  return entries;
}

function listEntries(explainer: Explainer): SlideEntry[] {
  const steps = [...stepCharts(explainer.chapters.map(({ entry, outline }) => ({ slug: entry.data.slug, uses: outline.uses })))];
  const show = shows(explainer);
  const runKey = (step: (typeof steps)[number][1]) => `${step.chart}\u0000${step.title}`;
  return steps.map(([id, step]) => {
    const run = steps.filter(([, other]) => runKey(other) === runKey(step));
    return {
      chart: step.chart,
      id,
      number: run.findIndex(([other]) => other === id) + 1,
      of: run.length,
      show: show.get(id) ?? '',
      ...(step.date ? { date: step.date } : {}),
      title: step.title,
      subtitle: step.subtitle,
      alt: stepAltText(step.alt, step.date, explainer),
      run: run.map(([other, s]) => ({ show: show.get(other) ?? '', ...(s.date ? { date: s.date } : {}) })),
    };
  });
}

/** "Sources: A, B, C.": each publisher once, as the chart's source line and the embed print them. */
export function sourceLine(explainer: Explainer, chart: ChartId): string {
  const publishers = new Set(chartBuild(explainer.chartData, chart).sources.map((id) => explainer.sources.get(id)?.publisher ?? id));
  return `Sources: ${[...publishers].join(', ')}.`;
}

/** The slide's SVG for a step, as both the .svg file and the .png are made from it. */
export function stepSlideSvg(explainer: Explainer, entry: SlideEntry, credit: string): string {
  const geometry = chartBuild(explainer.chartData, entry.chart).geometry;
  const drawing = stepDrawing(geometry, entry.run, entry.number - 1);
  const text = { title: entry.title, subtitle: entry.subtitle, step: `Step ${entry.number} of ${entry.of}`, sources: sourceLine(explainer, entry.chart), credit, site: loadSettings().title, alt: entry.alt };
  return slideSvg(text, drawing, entry.chart, !!entry.date);
}
