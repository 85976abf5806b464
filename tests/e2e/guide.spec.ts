/**
 * The editor's guide on the site is docs/EDITING.md itself: every heading of the file is on the
 * page, its in-page links land on a heading, it fits a phone without sideways scrolling, and
 * every page's footer leads to it.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PHONE, watch } from './support.ts';

const markdown = readFileSync('docs/EDITING.md', 'utf8');
/** Apostrophes as typed and as the page sets them (’) compare equal. */
const plain = (text: string) => text.replaceAll('’', "'").trim();
/** The file's headings as a reader sees them: backticks dropped, in order. */
const headings = (level: number) =>
  [...markdown.matchAll(new RegExp(`^${'#'.repeat(level)} (.+)$`, 'gm'))].map(([, text]) => plain(text!.replaceAll('`', '')));

test('the footer of every page leads to the guide', async ({ page }) => {
  await page.goto('/sources');
  await page.locator('footer').getByRole('link', { name: "the editor's guide" }).click();
  await expect(page).toHaveURL(/\/guide\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editor’s guide');
});

test('/guide shows docs/EDITING.md: every heading, in order, and its examples', async ({ page }) => {
  const trouble = watch(page);
  await page.goto('/guide');
  for (const level of [2, 3, 4]) {
    const shown = await page.locator(`main h${level}`).allTextContents();
    expect(shown.map(plain), `h${level}`).toEqual(headings(level));
  }
  await expect(page.locator('main pre').filter({ hasText: '<Step id="map-example-2015" date="2015-05-31"' })).toHaveCount(1);
  expect(trouble).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('every link within the guide lands on a heading', async ({ page }) => {
  await page.goto('/guide');
  const targets = await page.locator('main a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
  expect(targets.length).toBeGreaterThan(2);
  for (const id of targets) await expect(page.locator(`main :is(h2, h3, h4)[id="${id}"]`), id).toHaveCount(1);
});

test('on a phone, code and tables wrap instead of pushing the page sideways', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/guide');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
