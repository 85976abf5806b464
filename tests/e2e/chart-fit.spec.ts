/**
 * Every step of every scrolly chart, as a reader sees it on six screens: the whole graphic (title
 * to axis) inside the viewport, on a phone the active step card clear of the drawing, and (at
 * 390 px) every chart text at least 12 CSS px. One page load per screen; each step is scrolled to
 * its reading position. The measurements and a screenshot of every step at 390 and 1280 px are
 * kept in tests/.output/chart-fit/ for people to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';

const OUT = 'tests/.output/chart-fit';
const SCREENS = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
];
const SHOTS = new Set([390, 1280]);
/** The side-by-side layout starts at 769 px (charts.css); below it the card scrolls over the chart's column. */
const isPhone = (width: number) => width < 769;

interface StepMeasure {
  chart: string;
  step: string;
  /** Pixels of the graphic (caption and drawing) outside the viewport, above plus below. */
  cutOff: number;
  /** Area, in CSS px², where the active step card covers the drawing. */
  overlap: number;
  /** The smallest visible chart text, in CSS px as rendered. */
  smallestText: number;
  smallestTextSample: string;
}

/** Scrolls the page, instantly, so the step's top sits just above the reading line (as scrolly.spec does). */
async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const story = step.closest('scrolly-story')!;
    const trigger = Number.parseFloat(getComputedStyle(story).getPropertyValue('--scrolly-trigger')) || 0.5;
    const top = step.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * trigger + 20, behavior: 'instant' });
  }, id);
}

function measure(page: Page, stepId: string): Promise<Omit<StepMeasure, 'chart' | 'step'>> {
  return page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const story = step.closest('scrolly-story')!;
    const graphic = story.querySelector('.scrolly-graphic')!.getBoundingClientRect();
    const svg = story.querySelector<SVGSVGElement>('.chart-frame svg')!;
    const plot = svg.getBoundingClientRect();
    const card = step.querySelector('.step-card')!.getBoundingClientRect();
    const cutOff = Math.max(0, -graphic.top) + Math.max(0, graphic.bottom - window.innerHeight);
    const w = Math.min(card.right, plot.right) - Math.max(card.left, plot.left);
    const h = Math.min(card.bottom, plot.bottom) - Math.max(card.top, plot.top);
    const overlap = w > 0 && h > 0 ? w * h : 0;
    // The drawing's scale on screen (viewBox units to CSS px), letterboxed or not.
    const scale = svg.getScreenCTM()?.a ?? plot.width / svg.viewBox.baseVal.width;
    let smallestText = Infinity;
    let smallestTextSample = '';
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      const box = text.getBoundingClientRect();
      if (box.width === 0 || !text.textContent?.trim()) continue;
      // A text in a hidden or faded-out layer is not read.
      let hidden = false;
      for (let el: Element | null = text; el && el !== svg; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.5) hidden = true;
      }
      if (hidden) continue;
      const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < smallestText) {
        smallestText = size;
        smallestTextSample = text.textContent.trim();
      }
    }
    return { cutOff: Math.round(cutOff), overlap: Math.round(overlap), smallestText: Math.round(smallestText * 10) / 10, smallestTextSample };
  }, stepId);
}

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ mode: 'parallel' });

for (const screen of SCREENS) {
  test(`at ${screen.width}×${screen.height}, every step shows its whole chart, clear of its card${screen.width === 390 ? ', in legible text' : ''}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(screen);
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('scrolly-story')].flatMap((story) =>
        [...story.querySelectorAll<HTMLElement>('.scrolly-step')].map((step) => ({ chart: story.dataset.chart!, step: step.id })),
      ),
    );
    expect(steps.length).toBeGreaterThanOrEqual(20);
    const results: StepMeasure[] = [];
    for (const { chart, step } of steps) {
      await scrollToStep(page, step);
      await expect(page.locator(`scrolly-story[data-chart="${chart}"]`)).toHaveAttribute('data-active-step', step);
      results.push({ chart, step, ...(await measure(page, step)) });
      if (SHOTS.has(screen.width)) {
        await page.screenshot({ path: `${OUT}/${screen.width}/${step}.png` });
      }
    }
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/${screen.width}x${screen.height}.json`, JSON.stringify(results, null, 1));

    const cut = results.filter((r) => r.cutOff > 1).map((r) => `${r.step}: ${r.cutOff}px cut off`);
    expect.soft(cut, 'graphics cut off by the viewport').toEqual([]);
    if (isPhone(screen.width)) {
      const covered = results.filter((r) => r.overlap > 0).map((r) => `${r.step}: card covers ${r.overlap}px² of the chart`);
      expect.soft(covered, 'step cards over the chart').toEqual([]);
    }
    if (screen.width === 390) {
      const small = results.filter((r) => r.smallestText < 12).map((r) => `${r.step}: "${r.smallestTextSample}" at ${r.smallestText}px`);
      expect.soft(small, 'chart text under 12px').toEqual([]);
    }
  });
}

test('no chart, chart table or step names anything with a cut-off "…"', async ({ page }) => {
  await page.goto('/');
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('.chart-svg text, .chart-data td, .chart-data th, .chart-source, .map-key')]
      .map((el) => el.textContent ?? '')
      .filter((text) => text.includes('…')),
  );
  expect(cut).toEqual([]);
});
