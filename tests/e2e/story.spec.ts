/** The story's evidence as a reader and a teacher meet it: attributions, sources, methods. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LAPTOP, publishedChapters } from './support.ts';

test.use({ viewport: LAPTOP });

test('the BBC’s 7.7 million stands next to its attribution, and links to the BBC report', async ({ page }) => {
  await page.goto('/');
  const figures = page.locator('.story [data-figure="peak-population-bbc"]');
  expect(await figures.count()).toBeGreaterThan(0);
  const first = figures.first();
  await expect(first.locator('data')).toHaveText('more than 7.7 million people');
  // The sentence (or list item) that prints it names the BBC.
  const context = await first.evaluate((el) => el.closest('p, li')?.textContent ?? '');
  expect(context).toMatch(/BBC/);
  await expect(first.locator('a.cite')).toHaveAttribute('href', '/sources#bbc-2018-hajin');
});

test('the explainer has every published chapter in order, each with its summary and the sections explainer.json asks for', async ({ page }) => {
  const published = publishedChapters();
  const { chapters: shape } = JSON.parse(readFileSync('content/explainer.json', 'utf8')) as { chapters?: { sections?: number } };
  await page.goto('/');
  const chapters = page.locator('article.chapter');
  await expect(chapters).toHaveCount(published.length);
  expect(await chapters.evaluateAll((els) => els.map((el) => el.id))).toEqual(published.map((chapter) => chapter.frontmatter.slug));
  for (const chapter of await chapters.all()) {
    await expect(chapter.locator('.chapter-summary')).not.toBeEmpty();
    expect(await chapter.locator('section.story-section').count()).toBeGreaterThanOrEqual(shape?.sections ?? 1);
  }
});

test('the sources page groups sources by kind and links each back to where it is used', async ({ page }) => {
  await page.goto('/sources');
  const headings = await page.locator('h2').allTextContents();
  expect(headings).toEqual(expect.arrayContaining(['Official and primary documents', 'Research organisations', 'News agencies', 'Major news outlets']));
  expect(await page.locator('li.source').count()).toBeGreaterThanOrEqual(40);
  const bbc = page.locator('[id="bbc-2018-hajin"]');
  await expect(bbc).toContainText('BBC News');
  const back = bbc.locator('.used-in a').first();
  const href = await back.getAttribute('href');
  expect(href).toMatch(/^\/#[a-z0-9-]+$/);
  await back.click();
  await expect(page.locator(`[id="${href!.slice(2)}"]`)).toBeInViewport();
  // Every "used in" link on the page resolves to an anchor on the explainer.
  await page.goto('/sources');
  const targets = new Set(await page.locator('.used-in a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1))));
  await page.goto('/');
  for (const id of targets) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('the methods page explains the measures, lists disputed dates and the corrections log', async ({ page }) => {
  await page.goto('/methods');
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  expect(await page.locator('section.story-section').count()).toBeGreaterThanOrEqual(4);
  const disputed = page.locator('#date-disagreements table tbody tr');
  expect(await disputed.count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('#corrections')).toContainText('Corrections');
  await page.goto('/');
  await expect(page.locator('#corrections')).toContainText('Corrections');
});

test('a quotation prints its words in quotation marks, links to its source and names who said it', async ({ page }) => {
  await page.goto('/');
  const quote = page.locator('.story [data-quote="mcgurk-can-no-longer-operate"]').first();
  await expect(quote).toContainText('“can no longer operate”');
  await expect(quote).toHaveAttribute('title', /Brett McGurk.*4 August 2017/);
  await expect(quote.locator('a.cite')).toHaveAttribute('href', '/sources#state-2017-08-mcgurk');
});

test('the text and the map give an event the same date, at the precision of its source', async ({ page }) => {
  await page.goto('/');
  // The SDF said the battle for Raqqa was over on 17 October 2017: the text and the map table agree.
  await expect(page.locator('.story time[data-event="raqqa-retaken"]').first()).toHaveText('17 October');
  await expect(page.locator('.story time[data-event="raqqa-retaken"]').first()).toHaveAttribute('datetime', '2017-10-17');
  // The map's table (in a closed disclosure) gives Raqqa's retaking the same day.
  const raqqa = await page
    .locator('time-explorer table tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim())).filter((row) => row[0] === 'Raqqa').map((row) => row[2]));
  expect(raqqa).toEqual(['17 October 2017']);
  await expect(page.locator('.story time[data-event="tikrit-retaken"]').first()).toHaveText('31 March 2015');
});
