/**
 * The first screen as a reader meets it, and the page as a link preview or a search engine reads
 * it: masthead, byline, first-published and last-updated dates, the title once, and a lead
 * visual whose numbers come from the data with their sources; og article times and NewsArticle
 * JSON-LD in the head.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LAPTOP, PHONE } from './support.ts';

// Instant jumps: the corrections log is 70 screens below the byline, and a smooth scroll there
// takes longer than an assertion waits on a busy machine.
test.use({ reducedMotion: 'reduce' });

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));
const settings = read('explainer.json');
const corrections: { date: string }[] = read('data/corrections.json');
const figures: { id: string; value?: number; low?: number; high?: number; unit: string; source: string }[] = read('data/figures.json');

/** The newest date in the corrections log: the day the explainer last changed. */
const newestCorrection = corrections.map((c) => c.date).sort().at(-1);
/** "2 December 2026": how the page writes a day. */
const day = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The explainer's JSON-LD blocks, parsed (a block that is not JSON fails the test here). */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('the first screen shows the masthead, the title once, the byline and both dates', async ({ page }) => {
      await page.goto('/');
      const masthead = page.locator('header.site-header').getByRole('link', { name: settings.byline.publisher, exact: true });
      await expect(masthead).toBeInViewport();
      // The title is the headline and nothing else on the page repeats it as a line of its own.
      const title = page.getByText(settings.title, { exact: true });
      await expect(title).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(settings.title);
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();

      const byline = page.locator('.byline');
      await expect(byline).toBeInViewport();
      await expect(byline).toContainText(`By ${settings.byline.author}`);
      await expect(byline).toContainText(settings.byline.publisher);
      const published = byline.locator('.byline-published time');
      await expect(published).toHaveAttribute('datetime', settings.published);
      await expect(published).toHaveText(day(settings.published));
      const updated = byline.locator('.byline-updated time');
      // Updated is the newest correction, never the day the site happened to be built.
      await expect(updated).toHaveAttribute('datetime', newestCorrection!);
      await expect(updated).toHaveText(day(newestCorrection!));
      await byline.getByRole('link', { name: 'corrections' }).click();
      await expect(page.locator('#corrections')).toBeInViewport();
    });

    test('the lead visual is drawn, and its numbers are the data’s, each with its source', async ({ page }) => {
      await page.goto('/');
      const lead = page.locator('figure.lead-visual');
      await expect(lead.locator('svg')).toBeVisible();
      const box = await lead.locator('svg').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      // Every label in the drawing is legible: at least 12 px as rendered.
      const smallest = await lead.locator('svg').evaluate((svg: SVGSVGElement) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale));
      });
      expect(smallest).toBeGreaterThanOrEqual(12);
      await expect(lead.getByRole('img')).toHaveAttribute('aria-label', /\S/);

      // The area at the peak: the size map's figure, as prose prints it, linked to its source.
      const area = figures.find((figure) => figure.id === settings.charts['size-map'].area)!;
      const km2 = `${new Intl.NumberFormat('en-GB').format(area.value!)} km²`;
      const areaFigure = lead.locator('.lead-figure', { hasText: km2 });
      await expect(areaFigure).toHaveCount(1);
      await expect(lead.locator('svg')).toContainText(km2);
      await expect(areaFigure.getByRole('link')).toHaveAttribute('href', `/sources#${area.source}`);

      // Every figure names at least one source, and each source link leads to its entry.
      const figureCount = await lead.locator('.lead-figure').count();
      expect(figureCount).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < figureCount; i++) {
        const links = lead.locator('.lead-figure').nth(i).locator('a[href^="/sources#"]');
        expect(await links.count()).toBeGreaterThan(0);
      }
      const href = await lead.locator('.lead-figure').nth(1).locator('a[href^="/sources#"]').first().getAttribute('href');
      await page.goto(href!);
      await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
    });

    test('nothing on the first screen moves once it has been drawn', async ({ page }) => {
      await page.goto('/');
      await page.waitForLoadState('load');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => done(total), 500);
          }),
      );
      expect(shift).toBeLessThanOrEqual(0.01);
    });
  });
}

test('the serif arrives as the story’s three subsets, preloaded, and no other font file', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (/\.woff2?$/.test(new URL(request.url()).pathname)) fonts.push(new URL(request.url()).pathname);
  });
  await page.setViewportSize(PHONE);
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloaded).toEqual([
    expect.stringMatching(/\/source-serif-4-story-400-normal\.[\w-]+\.woff2$/),
    expect.stringMatching(/\/source-serif-4-story-400-italic\.[\w-]+\.woff2$/),
    expect.stringMatching(/\/source-serif-4-story-600-normal\.[\w-]+\.woff2$/),
  ]);
  expect([...new Set(fonts)].sort()).toEqual([...preloaded].sort());
  // The faces the browser loaded for the words are the subsets (their range starts with ASCII).
  const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight} ${face.style} ${face.unicodeRange.split(',')[0]}`));
  expect(loaded.map((face) => face.replaceAll('"', '')).sort()).toEqual(['Source Serif 4 400 italic U+0-7E', 'Source Serif 4 400 normal U+0-7E', 'Source Serif 4 600 normal U+0-7E']);
});

test('the head describes an article: og times and NewsArticle JSON-LD', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', settings.published);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', newestCorrection!);

  const [article, ...others] = await jsonLd(page);
  expect(others).toEqual([]);
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: settings.title,
    datePublished: settings.published,
    dateModified: newestCorrection,
    publisher: { '@type': 'Organization', name: settings.byline.publisher },
    author: { name: settings.byline.author },
  });
  // The image is the share card and the citation is the sources page, both published with the site.
  const image = new URL((article!.image as string[])[0]!);
  expect(image.pathname).toBe('/og/explainer.png');
  const citation = new URL((article!.citation as { url: string }).url);
  expect(citation.pathname).toBe('/sources');
  for (const path of [image.pathname, citation.pathname]) expect((await request.get(path)).status()).toBe(200);
});

test('a chapter page has the byline, the dates and its own NewsArticle', async ({ page }) => {
  await page.goto('/chapters/the-rise/');
  const h1 = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.locator('.byline .byline-updated time')).toHaveAttribute('datetime', newestCorrection!);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', newestCorrection!);
  const [article] = await jsonLd(page);
  expect(article).toMatchObject({ '@type': 'NewsArticle', headline: h1, datePublished: settings.published, dateModified: newestCorrection });
  expect(new URL((article!.image as string[])[0]!).pathname).toBe('/og/the-rise.png');
  // The corrections log lives on the front page.
  await page.locator('.byline').getByRole('link', { name: 'corrections' }).click();
  await expect(page).toHaveURL(/\/#corrections$/);
});
