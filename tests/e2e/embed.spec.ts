/**
 * Charts embedded in a slide or another site's page: each /embed/<chart>/ shows the whole chart
 * with its title, sources, data and a way back to the explainer; another site can frame it while
 * the explainer itself still refuses to be framed; and the "Embed this chart" button under each
 * chart gives the code that does it.
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { outlineChapter } from '../../src/lib/mdx/outline.ts';
import { chartIds as allChartIds } from '../../src/charts/index.ts';
import { watch } from './support.ts';

const chartIds: string[] = [...allChartIds];

/** Each chart's headline as the story gives it (`<Scrolly title>`). */
const chapterDir = new URL('../../content/chapters/', import.meta.url);
const titles = new Map<string, string>();
for (const file of readdirSync(chapterDir).filter((name) => name.endsWith('.mdx'))) {
  for (const use of outlineChapter(readFileSync(new URL(file, chapterDir), 'utf8')).uses) {
    if (use.name === 'Scrolly' && use.attributes.chart && !titles.has(use.attributes.chart)) titles.set(use.attributes.chart, use.attributes.title ?? '');
  }
}

for (const chart of chartIds) {
  test(`/embed/${chart}/ shows the whole chart with its title, sources, data and a link back`, async ({ page }) => {
    const trouble = watch(page);
    const response = await page.goto(`/embed/${chart}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(titles.get(chart)!);
    const svg = page.locator(`svg.chart-svg[data-chart="${chart}"]`);
    await expect(svg).toBeVisible();
    expect((await svg.boundingBox())!.height).toBeGreaterThan(150);
    // The complete static state: the default layers show, and nothing drawn on a step-only scale.
    expect(await svg.locator('.layer:not(.off-static)').count()).toBeGreaterThan(0);
    for (const layer of await svg.locator('.layer:not(.off-static)').all()) await expect(layer).toBeVisible();
    for (const hidden of await svg.locator('.off-static').all()) await expect(hidden).toBeHidden();

    // Nothing of the site's frame: it sits inside someone else's page.
    await expect(page.locator('nav, header.site-header, footer.site-footer')).toHaveCount(0);
    await expect(page.locator('script')).toHaveCount(0);

    const sources = page.locator('.chart-source a');
    expect(await sources.count()).toBeGreaterThan(1);
    for (const link of await sources.all()) {
      await expect(link).toHaveAttribute('href', /^\/sources(#[\w-]+)?$/);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
    }

    await page.getByText('Show data', { exact: true }).click();
    const table = page.locator('table.data-table');
    await expect(table).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);

    const back = page.locator('a.embed-back');
    await expect(back).toHaveAttribute('href', `/#${chart}-chart`);
    await expect(back).toHaveAttribute('target', '_blank');
    expect(trouble).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });

    // The link back lands on the chart in the explainer.
    await page.goto(`/#${chart}-chart`);
    await expect(page.locator(`[id="${chart}-chart"] svg.chart-svg`)).toBeVisible();
  });
}

test.describe('framed by a page on another origin', () => {
  let server: Server;
  let origin = '';
  let site = '';

  test.beforeAll(async ({}, testInfo) => {
    site = String(testInfo.project.use.baseURL);
    // Another port is another origin: the same test a teacher's learning platform would make.
    server = createServer((req, res) => {
      const target = req.url === '/explainer' ? '/' : req.url === '/embed' ? '/embed/territory/' : '';
      if (!target) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>A lesson</title><h1>A lesson page</h1><iframe src="${new URL(target, site).href}" title="Chart" width="800" height="700"></iframe>`);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(new URL(origin).origin).not.toBe(new URL(site).origin);
  });

  test.afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  test('an embed loads inside the other site’s iframe', async ({ page }) => {
    await page.goto(`${origin}/embed`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1')).toHaveText(titles.get('territory')!);
    await expect(frame.locator('svg.chart-svg[data-chart="territory"]')).toBeVisible();
    await expect(frame.locator('a.embed-back')).toHaveAttribute('href', '/#territory-chart');
  });

  test('the explainer itself refuses to be framed there', async ({ page }) => {
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refusals.push(message.text());
    });
    await page.goto(`${origin}/explainer`);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toContain("frame-ancestors 'none'");
    await expect(page.frameLocator('iframe').locator('.chapter')).toHaveCount(0);
  });
});

test('each chart in the explainer has an "Embed this chart" button that gives the iframe code', async ({ page, request }) => {
  await page.goto('/');
  for (const chart of chartIds) {
    const embed = page.locator(`[id="${chart}-chart-embed"]`);
    await expect(embed, chart).toHaveCount(1);
    await embed.locator('summary').click();
    const code = embed.getByLabel(/Paste this HTML/);
    await expect(code).toBeVisible();
    const snippet = await code.inputValue();
    const match = /^<iframe src="(https?:\/\/[^"]+)" title="([^"]+)" width="100%" height="(\d+)" loading="lazy"><\/iframe>$/.exec(snippet);
    expect(match, snippet).not.toBeNull();
    const [, src, title, height] = match!;
    expect(new URL(src!).pathname).toBe(`/embed/${chart}/`);
    expect(title!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(titles.get(chart));
    expect(Number(height)).toBeGreaterThan(300);
    expect((await request.get(new URL(src!).pathname)).status()).toBe(200);
  }
});

test('Copy puts the embed code on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const embed = page.locator('[id="territory-chart-embed"]');
  await embed.locator('summary').click();
  await embed.getByRole('button', { name: 'Copy the embed code' }).click();
  await expect(embed.getByRole('status')).toHaveText('Embed code copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await embed.locator('textarea').inputValue());
});

test('embeds, and only embeds, may be framed by any site', async ({ request }) => {
  for (const chart of chartIds) {
    const headers = (await request.get(`/embed/${chart}/`)).headers();
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(headers['x-frame-options']).toBeUndefined();
  }
  for (const path of ['/', '/teachers/', '/sources/']) {
    expect((await request.get(path)).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  }
});
