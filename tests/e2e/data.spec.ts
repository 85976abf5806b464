/**
 * /data as a teacher uses it: every collection listed with its size, files that download and
 * open in a spreadsheet with every row and its source, and a dictionary entry for every column.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LAPTOP, PHONE } from './support.ts';
import { parseCsv } from '../support/csv.ts';

const collections = ['sources', 'territory', 'population', 'fighters', 'events', 'places', 'glossary', 'figures', 'corrections', 'quotes'];
const sourced = ['territory', 'population', 'fighters', 'events', 'places', 'glossary', 'figures', 'corrections', 'quotes'];
const rowsIn = (name: string) => (JSON.parse(readFileSync(new URL(`../../content/data/${name}.json`, import.meta.url), 'utf8')) as { id: string }[]).length;


test.describe('on a laptop', () => {
  test.use({ viewport: LAPTOP });

  test('the site navigation and footer lead to the data page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Data' }).click();
    await expect(page).toHaveURL(/\/data\/?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data');
    await expect(page.locator('footer').getByRole('link', { name: 'the data page' })).toHaveAttribute('href', '/data');
  });

  test('every collection is listed with what it holds, its number of rows and its two downloads', async ({ page }) => {
    await page.goto('/data');
    const listed = page.getByRole('list', { name: 'Data collections' }).getByRole('listitem');
    expect(await listed.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.collection))).toEqual(collections);
    for (const name of collections) {
      const card = page.locator(`[data-collection="${name}"]`);
      await expect(card.getByRole('heading', { level: 3 })).not.toBeEmpty();
      expect((await card.locator('.collection-description').textContent())!.length).toBeGreaterThan(30);
      const rows = rowsIn(name);
      await expect(card.locator('[data-rows]')).toHaveText(rows === 0 ? 'No rows yet' : rows === 1 ? '1 row' : `${rows.toLocaleString('en-GB')} rows`);
      await expect(card.getByRole('link', { name: /as CSV$/ })).toHaveAttribute('href', `/data/${name}.csv`);
      await expect(card.getByRole('link', { name: /as JSON$/ })).toHaveAttribute('href', `/data/${name}.json`);
    }
  });

  test('each CSV downloads as UTF-8 text/csv with every row and its source', async ({ page, request }) => {
    await page.goto('/data');
    for (const name of collections) {
      const href = await page.locator(`[data-collection="${name}"]`).getByRole('link', { name: /as CSV$/ }).getAttribute('href');
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
      const body = await response.body();
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...records] = parseCsv(body.toString('utf8').slice(1));
      expect(records, name).toHaveLength(rowsIn(name));
      for (const record of records) expect(record).toHaveLength(header!.length);
      if (sourced.includes(name)) {
        expect(header).toEqual(expect.arrayContaining(['source', 'sourcePublisher', 'sourceTitle', 'sourcePublished', 'sourceUrl']));
        const url = header!.indexOf('sourceUrl');
        for (const record of records) if (record[header!.indexOf('source')]) expect(record[url]).toMatch(/^https?:\/\//);
      }
    }
  });

  test('each JSON downloads as application/json with every row', async ({ page, request }) => {
    await page.goto('/data');
    for (const name of collections) {
      const href = await page.locator(`[data-collection="${name}"]`).getByRole('link', { name: /as JSON$/ }).getAttribute('href');
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      const rows = (await response.json()) as Record<string, unknown>[];
      expect(rows, name).toHaveLength(rowsIn(name));
      if (sourced.includes(name)) for (const row of rows) expect(row).toHaveProperty('source');
    }
  });

  test('the dictionary explains every column of every CSV', async ({ page, request }) => {
    await page.goto('/data');
    for (const name of collections) {
      const table = page.locator(`#columns-${name} table`);
      await expect(table.locator('caption')).toContainText(`${name}.csv`);
      await expect(table.locator('thead th[scope="col"]')).toHaveText(['Column', 'Meaning', 'Values']);
      const documented = await table.locator('tbody th[scope="row"] code').allTextContents();
      const [header] = parseCsv((await (await request.get(`/data/${name}.csv`)).text()).replace(/^\uFEFF/, ''));
      expect(documented).toEqual(header);
      for (const meaning of await table.locator('tbody td:first-of-type').allTextContents()) expect(meaning.trim().length).toBeGreaterThan(5);
    }
    // Enumerations list the values a cell can hold.
    const measure = page.locator('#columns-territory tbody tr', { has: page.locator('th code', { hasText: /^measure$/ }) });
    await expect(measure.locator('td').nth(1)).toContainText('controlled-area, share-lost, influence-area, pocket-area');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('nothing runs off the side of the screen, and the download links are easy to tap', async ({ page }) => {
    await page.goto('/data');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const link of await page.locator('.collection-links a').all()) {
      const box = (await link.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });
});
