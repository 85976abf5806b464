/**
 * Every chart whole and legible wherever it is read: at each step of each scrollytelling chart,
 * on phones, laptops and a projector, the pinned graphic is inside the screen, and on phones the
 * step's card (at its reading position) never lies over the chart's drawing. Screenshots of every
 * step at 390 and 1280 px are kept with the test results.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parseCsv } from '../support/csv.ts';
import { withoutJavaScript } from './support.ts';

const SCREENS = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
];
const PHONE_WIDTH = 768;
/** Charts drawn as rows of text, which must read at 12 px or more on a 390 px phone. */
const ROW_CHARTS = ['people', 'fighters'];

test.use({ reducedMotion: 'reduce' });

interface StepFit {
  chart: string;
  id: string;
  active: string | undefined;
  graphic: { top: number; bottom: number };
  /** The chart's title and subtitle, which a short phone may lift away whole, never in part. */
  caption: { top: number; bottom: number; coveredTo: number };
  /** Area, in CSS px², where the active card lies over the drawing. */
  cardOverDrawing: number;
  smallestText: { size: number; text: string };
  /** Words drawn past the chart's own box, which the pinned graphic clips away (the axis, say). */
  clippedText: string[];
}

/** Brings a step to its reading position (its scroll margin), as a deep link or Next does. */
async function atStep(page: Page, id: string): Promise<StepFit> {
  await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
  await expect(page.locator(`scrolly-story:has([id="${id}"])`)).toHaveAttribute('data-active-step', id);
  return page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const story = step.closest<HTMLElement>('scrolly-story')!;
    const svg = story.querySelector<SVGSVGElement>('.chart-svg')!;
    const graphic = story.querySelector('.scrolly-graphic')!.getBoundingClientRect();
    const caption = story.querySelector('.chart-caption')!.getBoundingClientRect();
    const bar = document.querySelector('chapter-bar:not([hidden])')?.getBoundingClientRect();
    // The drawing: the union of what is visible in the chart, not the svg's empty margin.
    const box = svg.getBoundingClientRect();
    const card = step.querySelector('.step-card')!.getBoundingClientRect();
    const w = Math.max(0, Math.min(box.right, card.right) - Math.max(box.left, card.left));
    const h = Math.max(0, Math.min(box.bottom, card.bottom) - Math.max(box.top, card.top));
    const visible = (el: Element) => {
      for (let node: Element | null = el; node && node !== svg; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    let smallest = { size: Infinity, text: '' };
    const clipped: string[] = [];
    for (const text of svg.querySelectorAll('text')) {
      if (!visible(text) || !text.textContent?.trim()) continue;
      const r = text.getBoundingClientRect();
      // A stacked chart clips at its own box; others at the pinned graphic's.
      const clip = getComputedStyle(svg).overflow === 'hidden' ? box : graphic;
      if (r.bottom > clip.bottom + 1 || r.top < clip.top - 1) clipped.push(text.textContent);
      const size = Number.parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a;
      if (size < smallest.size) smallest = { size, text: text.textContent };
    }
    return {
      chart: story.dataset.chart!,
      id: stepId,
      active: story.dataset.activeStep,
      graphic: { top: graphic.top, bottom: graphic.bottom },
      caption: { top: caption.top, bottom: caption.bottom, coveredTo: bar ? bar.bottom : 0 },
      cardOverDrawing: Math.round(w * h),
      smallestText: smallest,
      clippedText: clipped,
    };
  }, id);
}

for (const screen of SCREENS) {
  test(`every step of every chart shows the whole graphic, clear of its card, at ${screen.width}×${screen.height}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(screen);
    await page.goto('/');
    const ids = await page.locator('scrolly-story .scrolly-step').evaluateAll((steps) => steps.map((s) => s.id));
    expect(ids.length).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    for (const id of ids) {
      const fit = await atStep(page, id);
      // The caption is either seen whole or out of sight whole (lifted above the screen, or under the chapter bar).
      const captionLifted = fit.caption.bottom <= fit.caption.coveredTo + 1;
      const seenFrom = captionLifted ? fit.caption.bottom : fit.graphic.top;
      if (seenFrom < -1 || fit.graphic.bottom > screen.height + 1) problems.push(`${id}: graphic ${Math.round(seenFrom)}–${Math.round(fit.graphic.bottom)} px, screen ${screen.height}`);
      if (!captionLifted && fit.caption.top < fit.caption.coveredTo - 1) problems.push(`${id}: the chart's title is cut by the top of the screen`);
      if (screen.width <= PHONE_WIDTH && fit.cardOverDrawing > 0) problems.push(`${id}: card over the chart, ${fit.cardOverDrawing} px²`);
      if (fit.clippedText.length) problems.push(`${id}: cut off at the chart's edge: ${fit.clippedText.join(', ')}`);
      if (screen.width === 390 && ROW_CHARTS.includes(fit.chart) && fit.smallestText.size < 12)
        problems.push(`${id}: "${fit.smallestText.text}" at ${fit.smallestText.size.toFixed(1)} px`);
      if (screen.width === 390 || screen.width === 1280) {
        await testInfo.attach(`${screen.width}-${id}.png`, { body: await page.screenshot(), contentType: 'image/png' });
      }
    }
    expect(problems).toEqual([]);
  });
}

test('no name in any chart, table or embed is cut short with "…"', async ({ page }) => {
  for (const path of ['/', '/data/']) {
    await page.goto(path);
    const cut = await page.locator('.chart-svg text, table td, table th').evaluateAll((els) => els.map((el) => el.textContent ?? '').filter((text) => text.includes('…')));
    expect(cut, path).toEqual([]);
  }
  const embeds = readdirSync(`${process.env.E2E_DIST ?? 'dist'}/embed`).map((chart) => `/embed/${chart}/`);
  expect(embeds.length).toBeGreaterThanOrEqual(5);
  for (const src of embeds) {
    await page.goto(src);
    const cut = await page.locator('svg text, table td').evaluateAll((els) => els.map((el) => el.textContent ?? '').filter((text) => text.includes('…')));
    expect(cut, src).toEqual([]);
  }
});

test('every row of a chart’s download is drawn, or the chart says it is not and why', async ({ page }) => {
  await page.goto('/');
  for (const [chart, data] of [['people', 'population'], ['fighters', 'fighters'], ['territory', 'territory']] as const) {
    const story = page.locator(`scrolly-story[data-chart="${chart}"]`);
    const rows = parseCsv(readFileSync(`${process.env.E2E_DIST ?? 'dist'}/data/${data}.csv`, 'utf8').replace(/^\uFEFF/, '')).slice(1).filter((row) => row.some(Boolean));
    // The table under the chart lists what is drawn; a comparator (the UK's area) is not a row of the data.
    const drawn = await story.locator('.chart-data tbody tr').evaluateAll((trs) => trs.filter((tr) => !tr.textContent?.includes('Comparator')).length);
    const note = (await story.locator('.chart-not-drawn').count()) ? await story.locator('.chart-not-drawn').innerText() : '';
    const notDrawn = [...note.matchAll(/(\d+) (?:figures?|estimates?|counts?|sizes?)\b/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(drawn + notDrawn, `${chart}: ${drawn} drawn, ${notDrawn} accounted for in "${note}"`).toBe(rows.length);
  }
});

interface TextBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * What a row chart draws where the reader can see it: each text's box (from the top of its
 * capitals to the foot of its descenders, not the font's whole line box), and each estimate's mark.
 */
async function rowChartBoxes(page: Page, chart: string): Promise<{ texts: TextBox[]; marks: TextBox[] }> {
  return page.locator(`scrolly-story[data-chart="${chart}"] .chart-svg`).evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const visible = (el: Element) => {
      for (let node: Element | null = el; node && node !== svg; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
      }
      const r = el.getBoundingClientRect();
      // Drawn past the pinned graphic's box, it is clipped: not on screen.
      return r.bottom > frame.top && r.top < frame.bottom;
    };
    const texts = [...svg.querySelectorAll('text')]
      .filter((text) => visible(text) && text.textContent?.trim())
      .map((text) => {
        const r = text.getBoundingClientRect();
        const size = Number.parseFloat(getComputedStyle(text).fontSize) * (text as SVGTextElement).getScreenCTM()!.a;
        // The line box is about 1.17 em; capitals start about 0.25 em below its top.
        return { text: text.textContent!, x0: r.left, x1: r.right, y0: r.top + 0.25 * size, y1: r.bottom - 0.05 * size };
      });
    const marks = [...svg.querySelectorAll('.estimate-bar, .estimate-dot, .qualifier-arrow:not(.role-neutral)')]
      .filter(visible)
      .map((mark) => {
        const r = mark.getBoundingClientRect();
        return { text: `${mark.getAttribute('class')} of "${mark.closest('.row, .fold-summary')?.querySelector('text')?.textContent ?? ''}"`, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
      });
    return { texts, marks };
  });
}

const covers = (a: TextBox, b: TextBox) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;

function rowChartTrouble(where: string, { texts, marks }: { texts: TextBox[]; marks: TextBox[] }): string[] {
  const trouble: string[] = [];
  for (const [i, text] of texts.entries()) {
    for (const other of texts.slice(i + 1)) if (covers(text, other)) trouble.push(`${where}: "${text.text}" covers "${other.text}"`);
    for (const mark of marks) if (covers(text, mark)) trouble.push(`${where}: "${text.text}" covers the ${mark.text}`);
  }
  return trouble;
}

for (const width of [390, 1280]) {
  test(`in the row charts no text covers another text or an estimate's mark, at every step and without JavaScript, at ${width} px`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.goto('/');
    const trouble: string[] = [];
    for (const chart of ROW_CHARTS) {
      const ids = await page.locator(`scrolly-story[data-chart="${chart}"] .scrolly-step`).evaluateAll((steps) => steps.map((s) => s.id));
      expect(ids.length).toBeGreaterThanOrEqual(3);
      for (const id of ids) {
        await atStep(page, id);
        const boxes = await rowChartBoxes(page, chart);
        expect(boxes.texts.length, id).toBeGreaterThan(8);
        trouble.push(...rowChartTrouble(id, boxes));
      }
    }
    await withoutJavaScript(browser, { width, height: 800 }, '/', async (noScript) => {
      for (const chart of ROW_CHARTS) trouble.push(...rowChartTrouble(`${chart} without JavaScript`, await rowChartBoxes(noScript, chart)));
    });
    expect(trouble).toEqual([]);
  });
}
