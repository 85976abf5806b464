/**
 * Chapter pages and handouts as a teacher uses them: each chapter on its own page with its own
 * title, description and share card, linked to its neighbours; and a printable handout with a
 * still figure for every scroll step, in that step's state, that prints to A4 without JavaScript.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LAPTOP, pdfPageCount, publishedChapters } from './support.ts';

interface StepInfo {
  id: string;
  show: string[];
  chart: string;
  date?: string;
}
interface ChapterInfo {
  slug: string;
  title: string;
  summary: string;
  order: number;
  objectives: string[];
  steps: StepInfo[];
}

/** The chapters as editors wrote them, read through the same outline the site is built from. */
const chapters: ChapterInfo[] = publishedChapters()
  .map((outline) => {
    const data = outline.frontmatter as { slug: string; title: string; summary: string; order: number; objectives: string[] };
    const steps = outline.uses
      .filter((use) => use.name === 'Step')
      .map((use) => ({
        id: use.attributes.id ?? '',
        show: (use.attributes.show ?? '').split(/\s+/).filter(Boolean),
        chart: use.ancestors.find((ancestor) => ancestor.name === 'Scrolly')?.attributes.chart ?? '',
        ...(use.attributes.date ? { date: use.attributes.date } : {}),
      }));
    return { slug: data.slug, title: data.title, summary: data.summary, order: data.order, objectives: data.objectives, steps };
  })
  .sort((a, b) => a.order - b.order);

const SITE_NAME = 'The rise and fall of the Islamic State group’s “caliphate”';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Checks a share card address: an absolute URL on the site that serves a 1200×630 PNG. */
async function expectCard(request: APIRequestContext, page: Page, path: string): Promise<void> {
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(/^https?:\/\//);
  const url = new URL(og!);
  expect(url.pathname).toBe(path);
  expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(og);
  const response = await request.get(url.pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
}

test.use({ viewport: LAPTOP, reducedMotion: 'reduce' });

test('the chapters were read from the MDX', () => {
  expect(chapters.length).toBeGreaterThan(1);
  expect(chapters.flatMap((chapter) => chapter.steps).length).toBeGreaterThan(0);
});

test('every chapter page has its own title, description, canonical address and share card', async ({ page, request }) => {
  const titles = new Set<string>();
  for (const chapter of chapters) {
    const path = `/chapters/${chapter.slug}/`;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const title = await page.title();
    expect(title).toBe(`${chapter.title} · ${SITE_NAME}`);
    titles.add(title);
    await expect(page.locator('h1')).toHaveText(chapter.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', chapter.summary);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(path);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', chapter.title);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', chapter.summary);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expectCard(request, page, `/og/${chapter.slug}.png`);
    // The chapter alone: its own sections, none of another chapter's.
    expect(await page.locator('article.chapter').count()).toBe(1);
    await expect(page.getByRole('link', { name: 'the full explainer', exact: true })).toHaveAttribute('href', `/#${chapter.slug}`);
    await expect(page.getByRole('link', { name: 'Printable handout' })).toHaveAttribute('href', `${path}print/`);
  }
  expect(titles.size).toBe(chapters.length);
});

test('the front page has a share card of its own', async ({ page, request }) => {
  await page.goto('/');
  // The front page is the explainer itself, published as an article (its times and JSON-LD: first-screen.spec.ts).
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', SITE_NAME);
  await expectCard(request, page, '/og/explainer.png');
});

test('previous and next links lead through the chapters in order', async ({ page }) => {
  for (const [i, chapter] of chapters.entries()) {
    await page.goto(`/chapters/${chapter.slug}/`);
    const pager = page.getByRole('navigation', { name: 'Chapters' });
    const previous = pager.locator('a[rel="prev"]');
    const next = pager.locator('a[rel="next"]');
    const before = chapters[i - 1];
    const after = chapters[i + 1];
    if (before) {
      await expect(previous).toHaveAttribute('href', `/chapters/${before.slug}/`);
      await expect(previous).toContainText(before.title);
    } else {
      await expect(previous).toHaveCount(0);
    }
    if (after) {
      await expect(next).toHaveAttribute('href', `/chapters/${after.slug}/`);
      await expect(next).toContainText(after.title);
      await next.click();
      await expect(page).toHaveURL(new RegExp(`/chapters/${after.slug}/$`));
      await expect(page.locator('h1')).toHaveText(after.title);
    } else {
      await expect(next).toHaveCount(0);
    }
  }
});

test.describe('the printable handout, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const chapter of chapters) {
    test(`${chapter.slug}: objectives, a figure for every step with that step's layers, numbered sources, A4 PDF`, async ({ page }) => {
      const path = `/chapters/${chapter.slug}/print/`;
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(chapter.title);
      await expect(page.locator('.handout-objectives li')).toHaveText(chapter.objectives);

      // Every step's words lead into a still figure: its own, or a later step's that adds to its
      // state. That figure draws at least the step's layers, on the step's date, after its words.
      const figures = page.locator('figure.print-figure');
      const figureSteps: string[] = [];
      for (const step of chapter.steps) {
        await expect(page.locator(`[id="${step.id}"] > .print-step-text`)).toHaveCount(1);
        const figureStep = await page.locator(`[id="${step.id}"]`).getAttribute('data-figure-step');
        expect(figureStep, `${step.id}: the figure its words go with`).toBeTruthy();
        if (!figureSteps.includes(figureStep!)) figureSteps.push(figureStep!);
        const figure = page.locator(`figure.print-figure[data-step="${figureStep}"]`);
        await expect(figure).toHaveCount(1);
        await expect(figure).toHaveAttribute('data-chart', step.chart);
        if (step.date) expect(figureStep, 'a dated step has its own figure').toBe(step.id);
        const layers = await figure.locator('svg [data-layer]').evaluateAll((els) => els.map((el) => el.getAttribute('data-layer')));
        expect(layers, `${step.id}: layers drawn`).toEqual(expect.arrayContaining(step.show));
        const order = chapter.steps.findIndex((other) => other.id === figureStep) - chapter.steps.indexOf(step);
        expect(order, `${step.id}: its figure comes at or after its words`).toBeGreaterThanOrEqual(0);
      }
      // Figures in the order of the steps, and no figure without a step.
      expect(await figures.evaluateAll((els) => els.map((el) => el.getAttribute('data-step')))).toEqual(figureSteps);
      // The live chart's machinery stays off the handout.
      await expect(page.locator('scrolly-story, .scrolly-graphic')).toHaveCount(0);

      // Every citation number in the text has a note with its source and full address.
      const cited = new Set(await page.locator('.handout-reading .cite sup').allTextContents());
      for (const mark of cited) {
        const number = mark.replace(/\D/g, '');
        const note = page.locator(`.handout-notes li[id="note-${number}"]`);
        await expect(note, `note ${mark}`).toHaveCount(1);
        await expect(note).toContainText(`[${number}]`);
        // The address is printed in full, without the "https://" a reader need not type.
        const address = await note.locator('a.note-url').getAttribute('href');
        expect(address).toMatch(/^https?:\/\//);
        await expect(note.locator('a.note-url')).toHaveText(address!.replace(/^https?:\/\//, '').replace(/^www\./, ''));
        await expect(note.locator('time')).toHaveCount(1);
      }

      // On paper: no navigation, no buttons, and figures kept whole.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      for (const button of await page.locator('button').all()) await expect(button).toBeHidden();
      if (chapter.steps.length > 0) {
        expect(await figures.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPageCount(pdf);
      expect(pages, 'PDF pages').toBeGreaterThan(0);
      expect(pages, 'PDF pages').toBeLessThanOrEqual(40);
    });
  }

  test('a territory step leaves out the layers it does not show', async ({ page }) => {
    const chapter = chapters.find((c) => c.steps.some((step) => step.id === 'territory-2015'));
    test.skip(!chapter, 'no territory-2015 step in the chapters');
    await page.goto(`/chapters/${chapter!.slug}/print/`);
    const figure = page.locator('figure.print-figure[data-step="territory-2015"]');
    await expect(figure.locator('[data-layer="series-2015"]')).toHaveCount(1);
    await expect(figure.locator('[data-layer="influence"]')).toHaveCount(0);
    await expect(figure.locator('[data-layer="pocket"]')).toHaveCount(0);
    // Not hidden by a class the screen might override: simply not there, nor marked off.
    await expect(figure.locator('.is-off, .off-static')).toHaveCount(0);
  });
});

test.describe('a dated map in the handout matches the live map at the same step', () => {
  const mapChapter = chapters.find((chapter) => chapter.steps.some((step) => step.chart === 'control-map'));
  const steps = (mapChapter?.steps ?? []).filter((step) => step.chart === 'control-map');
  // Two steps far apart: the group near its peak, and after Mosul and Raqqa fell.
  const picked = [steps.find((step) => step.id === 'map-peak') ?? steps[0], steps.find((step) => step.id === 'map-late-2017') ?? steps.at(-1)].filter(
    (step): step is StepInfo => !!step,
  );

  for (const step of picked) {
    test(`${step.id}: every place has the status the live map shows`, async ({ page, browser, baseURL }) => {
      const live = 'scrolly-story[data-chart="control-map"]';
      await page.goto(`/chapters/${mapChapter!.slug}/#${step.id}`);
      await page.reload();
      await expect(page.locator(live)).toHaveAttribute('data-active-step', step.id);
      const statuses = (root: Page, selector: string) =>
        root.locator(`${selector} .place[data-place]`).evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-place'), el.getAttribute('data-status')])));
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const print = await context.newPage();
      await print.goto(`/chapters/${mapChapter!.slug}/print/`);
      const figure = `figure.print-figure[data-step="${step.id}"]`;
      await expect(print.locator(figure)).toHaveAttribute('data-date', step.date ?? '');
      const still = await statuses(print, figure);
      expect(Object.keys(still).length).toBeGreaterThan(0);
      // The live map redraws on the step event, so wait for it to settle on this step's date.
      await expect.poll(() => statuses(page, live)).toEqual(still);
      // Status shows by word as well as by shape and colour.
      const heldWords = await print.locator(`${figure} .place[data-status="held"] .place-status`).allTextContents();
      expect(heldWords.every((word) => word === 'held')).toBe(true);
      await expect(print.locator(`${figure} .place[data-status="held"] .shape-held`).first()).toBeVisible();
      await context.close();
    });
  }
});
