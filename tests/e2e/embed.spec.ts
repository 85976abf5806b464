/**
 * Charts embedded in a slide, a lesson or another site's page: each /embed/<chart>/ shows the
 * chart with its title, sources, data and a way back to the explainer, and goes through the
 * chart's steps as the story does (one at a time with JavaScript, all of them as a list without);
 * another site can frame it while the explainer itself still refuses to be framed; and the "Embed
 * this chart" button under each chart gives the code that does it, which makes the frame exactly
 * as tall as the embed at any width.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { chartIds as allChartIds } from '../../src/charts/index.ts';
import { EMBED_HEIGHT_MESSAGE } from '../../src/client/embed-message.ts';
import { publishedChapters, watch, withoutJavaScript } from './support.ts';

const chartIds: string[] = [...allChartIds];

interface StepInfo {
  id: string;
  show: string[];
  date: string | null;
}

/** Each chart's headline as the story gives it (`<Scrolly title>`), and the steps of that `<Scrolly>`. */
const titles = new Map<string, string>();
const steps = new Map<string, StepInfo[]>();
for (const chapter of publishedChapters()) {
  for (const use of chapter.uses) {
    if (use.name === 'Scrolly' && use.attributes.chart && !titles.has(use.attributes.chart)) titles.set(use.attributes.chart, use.attributes.title ?? '');
    const scrolly = use.ancestors.find((ancestor) => ancestor.name === 'Scrolly');
    const chart = scrolly?.attributes.chart;
    if (use.name !== 'Step' || !chart || scrolly.attributes.title !== titles.get(chart)) continue;
    steps.set(chart, [
      ...(steps.get(chart) ?? []),
      { id: use.attributes.id!, show: (use.attributes.show ?? '').split(/\s+/).filter(Boolean).sort(), date: use.attributes.date ?? null },
    ]);
  }
}

/** The address the explainer is published at: the embed code points there. */
const published = new URL(JSON.parse(readFileSync(new URL('../../content/explainer.json', import.meta.url), 'utf8')).url).origin;

/** "31 December 2014": the date a map shows, as its date line words it. */
const dateWords = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The layers a reader can see now, after any fade; a layer drawn in two groups counts once. */
async function visibleLayers(chart: Locator): Promise<string[]> {
  return chart.locator('.chart-svg .layer').evaluateAll((layers) => {
    const seen = new Map<string, boolean[]>();
    for (const layer of layers as SVGGElement[]) {
      const style = getComputedStyle(layer);
      const shown = style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0.99;
      seen.set(layer.dataset.layer!, [...(seen.get(layer.dataset.layer!) ?? []), shown]);
    }
    return [...seen]
      .filter(([, shown]) => shown.some(Boolean))
      .map(([id, shown]) => (shown.every(Boolean) ? id : `${id} (partly)`))
      .sort();
  });
}

/** The embed shows step `index` of `chart`: its words alone, its number, its layers and, on a map, its date. */
async function expectStep(page: Page, chart: string, index: number): Promise<void> {
  const all = steps.get(chart)!;
  const step = all[index]!;
  const root = page.locator(`chart-steps[data-chart="${chart}"]`);
  await expect(root).toHaveAttribute('data-active-step', step.id);
  await expect(root.getByRole('status')).toHaveText(`Step ${index + 1} of ${all.length}`);
  for (const [i, other] of all.entries()) {
    if (i === index) await expect(page.locator(`[id="${other.id}"]`)).toBeVisible();
    else await expect(page.locator(`[id="${other.id}"]`)).toBeHidden();
  }
  await expect.poll(() => visibleLayers(root)).toEqual(step.show);
  if (step.date) await expect(root.locator('.map-date')).toHaveText(dateWords(step.date));
}

test.use({ reducedMotion: 'reduce' });

for (const chart of chartIds) {
  test(`/embed/${chart}/ shows the chart at its first step with its title, sources, data and a link back`, async ({ page }) => {
    const trouble = watch(page);
    const response = await page.goto(`/embed/${chart}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(titles.get(chart)!);
    const svg = page.locator(`svg.chart-svg[data-chart="${chart}"]`);
    await expect(svg).toBeVisible();
    expect((await svg.boundingBox())!.height).toBeGreaterThan(150);
    await expectStep(page, chart, 0);

    // Nothing of the site's frame: it sits inside someone else's page.
    await expect(page.locator('nav, header.site-header, footer.site-footer')).toHaveCount(0);
    // Its only scripts are its own modules, from its own address (nothing another site could swap).
    const scripts = page.locator('script');
    expect(await scripts.count()).toBeGreaterThan(0);
    for (const script of await scripts.all()) {
      await expect(script).toHaveAttribute('type', 'module');
      const src = await script.getAttribute('src');
      if (src !== null) expect(new URL(src, page.url()).origin).toBe(new URL(page.url()).origin);
    }

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

    // And the chart's images for slides are one click away: the list of this chart's steps.
    await page.goto(`/embed/${chart}/`);
    const slides = page.getByRole('link', { name: 'Images for slides' });
    await expect(slides).toHaveAttribute('href', `/slides/#slides-${chart}`);
    await page.goto(`/slides/#slides-${chart}`);
    await expect(page.locator(`[id="slides-${chart}"]`)).toBeVisible();
    expect(await page.locator(`[id="slides-${chart}"] ~ * [data-slide]`).count()).toBeGreaterThan(0);
  });

  test(`/embed/${chart}/ without JavaScript: the complete chart and every step's words, in order`, async ({ browser }) => {
    await withoutJavaScript(browser, { width: 390, height: 844 }, `/embed/${chart}/`, async (page) => {
      const svg = page.locator(`svg.chart-svg[data-chart="${chart}"]`);
      // The complete static state: the default layers show, and nothing drawn on a step-only scale.
      expect(await svg.locator('.layer:not(.off-static)').count()).toBeGreaterThan(0);
      for (const layer of await svg.locator('.layer:not(.off-static)').all()) await expect(layer).toBeVisible();
      for (const hidden of await svg.locator('.off-static').all()) await expect(hidden).toBeHidden();
      const items = page.locator('ol.embed-step-list > li');
      await expect(items).toHaveCount(steps.get(chart)!.length);
      for (const [i, step] of steps.get(chart)!.entries()) {
        const item = items.nth(i);
        await expect(item).toHaveAttribute('id', step.id);
        await expect(item).toBeVisible();
        const words = await item.evaluate((li) => [...li.children].filter((child) => !child.classList.contains('sr-only')).map((child) => child.textContent).join(' '));
        expect(words.trim().length, step.id).toBeGreaterThan(40);
      }
      // Buttons that could do nothing are not offered.
      await expect(page.getByRole('button', { name: /Next|Previous/ })).toHaveCount(0);
    });
  });

  test(`/embed/${chart}/: Next, Previous and the arrow keys step through the chart, and the address follows`, async ({ page }) => {
    const trouble = watch(page);
    const all = steps.get(chart)!;
    await page.goto(`/embed/${chart}/`);
    await expectStep(page, chart, 0);
    const history = await page.evaluate(() => window.history.length);
    const next = page.getByRole('button', { name: 'Next step' });
    const previous = page.getByRole('button', { name: 'Previous step' });
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    for (let i = 1; i < all.length; i++) {
      await next.click();
      await expectStep(page, chart, i);
      await expect(page).toHaveURL(`/embed/${chart}/?step=${all[i]!.id}`);
    }
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    // Pressed anyway (aria-disabled keeps it focusable, so Playwright must be told to press it).
    await next.click({ force: true });
    await expectStep(page, chart, all.length - 1);
    await previous.click();
    await expectStep(page, chart, all.length - 2);

    // The arrow keys, wherever focus is in the embed: on the page itself, as in a frame just clicked.
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, chart, all.length - 1);
    for (let i = all.length - 2; i >= 0; i--) {
      await page.keyboard.press('ArrowLeft');
      await expectStep(page, chart, i);
    }
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, chart, 0);
    await expect(page).toHaveURL(`/embed/${chart}/?step=${all[0]!.id}`);
    // Replaced, never pushed: Back leaves the embed, it does not walk back through the steps.
    expect(await page.evaluate(() => window.history.length)).toBe(history);
    expect(trouble).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  test(`/embed/${chart}/?step=<id> opens at that step`, async ({ page }) => {
    const all = steps.get(chart)!;
    for (const index of [all.length - 1, Math.floor(all.length / 2)]) {
      await page.goto(`/embed/${chart}/?step=${all[index]!.id}`);
      await expectStep(page, chart, index);
    }
    // An id that is no step of this chart opens at the first.
    await page.goto(`/embed/${chart}/?step=no-such-step`);
    await expectStep(page, chart, 0);
  });
}

test.describe('framed by a page on another origin', () => {
  let server: Server;
  let origin = '';
  let site = '';
  /** The pages the other site serves, by path. */
  const pages = new Map<string, string>();

  test.beforeAll(async ({}, testInfo) => {
    site = String(testInfo.project.use.baseURL);
    pages.set('/explainer', `<iframe src="${new URL('/', site).href}" title="Chart" width="800" height="700"></iframe>`);
    pages.set('/embed', `<iframe src="${new URL('/embed/territory/', site).href}" title="Chart" width="800" height="700"></iframe>`);
    // A frame of the other site's own that claims to be an embed, to see that the code ignores it.
    pages.set('/impostor', `<script>parent.postMessage({ type: '${EMBED_HEIGHT_MESSAGE}', chart: 'territory', height: 77 }, '*');</script>`);
    // Another port is another origin: the same test a teacher's learning platform would make.
    server = createServer((req, res) => {
      const body = pages.get(req.url ?? '');
      if (body === undefined) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>A lesson</title><style>body { margin: 0 }</style><h1>A lesson page</h1>${body}</html>`);
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

  /** The embed code exactly as the explainer's page gives it, pointed at the site under test. */
  async function embedCode(page: Page, chart: string): Promise<string> {
    // The code as the explainer page's box holds it, read from the page's HTML without laying
    // the long page out (the button that shows it is tested below).
    const html = await (await page.request.get(new URL('/', site).href)).text();
    const code = await page.evaluate(
      ({ html, chart }) => new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLTextAreaElement>(`[id="${chart}-chart-embed"] textarea`)!.value,
      { html, chart },
    );
    expect(code).toContain(published);
    // Only here, in the test: the code names the published address, and the embed under test is
    // served from this machine, so that address (in the frame's src and the origin check) becomes ours.
    return code.replaceAll(published, new URL(site).origin);
  }

  /** The frame's height, its content's height, and how far the credit line's bottom is from the frame's. */
  async function measure(page: Page): Promise<{ frame: number; content: number; scrolls: boolean; creditInside: boolean }> {
    const frame = page.frameLocator('iframe').first();
    const outer = (await page.locator('iframe').first().boundingBox())!;
    return frame.locator('html').evaluate((html, frameHeight) => {
      const credit = document.querySelector('.embed-from')!.getBoundingClientRect();
      return {
        frame: frameHeight,
        content: html.getBoundingClientRect().height,
        scrolls: html.scrollHeight > html.clientHeight,
        creditInside: credit.top >= 0 && credit.bottom <= innerHeight,
      };
    }, outer.height);
  }

  /** The iframe heights measured, by chart and width, printed with the results. */
  const heights: string[] = [];
  test.afterAll(() => {
    if (heights.length) console.log(`Framed embed heights (px):\n${heights.join('\n')}`);
  });

  for (const chart of chartIds) {
    test(`the embed code sizes the ${chart} frame to its content at every width, and no other page can resize it`, async ({ page }) => {
      const code = await embedCode(page, chart);
      // After the code, the page hears every message too (the code's listener has run by then).
      const heard = `<script>window.heard = []; addEventListener('message', (event) => heard.push(event.data.height));</script>`;
      pages.set(`/lesson/${chart}`, `${code}<iframe src="/impostor" title="Not an embed" width="10" height="10"></iframe>${heard}<p>After the chart.</p>`);
      // A platform that strips scripts keeps only the frame, at the height the code gives it.
      pages.set(`/stripped/${chart}`, code.slice(0, code.indexOf('</iframe>') + '</iframe>'.length));
      const row: string[] = [];
      for (const width of [320, 390, 768, 1024, 1400]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin}/lesson/${chart}`);
        const frame = page.frameLocator('iframe').first();
        await expect(frame.locator('chart-steps')).toHaveAttribute('data-enhanced', '');
        await expect.poll(async () => {
          const { frame: outer, content } = await measure(page);
          return Math.abs(outer - Math.ceil(content));
        }, `${chart} at ${width}px: the frame as tall as its content`).toBeLessThanOrEqual(1);
        const sized = await measure(page);
        expect(sized.scrolls, `${chart} at ${width}px: no scroll bar inside the frame`).toBe(false);
        expect(sized.creditInside, `${chart} at ${width}px: the credit line inside the frame`).toBe(true);
        await expect(frame.locator('.embed-from')).toContainText('see this chart in the explainer');

        // Messages from anywhere else change nothing: the impostor frame (another origin) sends
        // 77 px, and the page itself (wrong origin and source) 55 px.
        await page.evaluate((type) => postMessage({ type, chart: 'territory', height: 55 }, '*'), EMBED_HEIGHT_MESSAGE);
        await expect.poll(() => page.evaluate(() => (window as unknown as { heard: number[] }).heard)).toEqual(expect.arrayContaining([77, 55]));
        expect((await measure(page)).frame).toBe(sized.frame);

        // Without the script, the height the code gives still shows the whole embed.
        await page.goto(`${origin}/stripped/${chart}`);
        await expect(page.frameLocator('iframe').locator('chart-steps')).toHaveAttribute('data-enhanced', '');
        const bare = await measure(page);
        expect(bare.creditInside, `${chart} at ${width}px without the script: the credit line inside the ${bare.frame}px frame (content ${bare.content}px)`).toBe(true);
        expect(bare.scrolls, `${chart} at ${width}px without the script: no scroll bar`).toBe(false);
        row.push(`${width}: ${sized.frame}`);
        if (width === 320) row.unshift(`(fallback ${bare.frame})`);
      }
      heights.push(`${chart} ${row.join(', ')}`);
    });
  }
});

test('each chart in the explainer has an "Embed this chart" button that gives the frame and its sizing script', async ({ page, request }) => {
  await page.goto('/');
  for (const chart of chartIds) {
    const embed = page.locator(`[id="${chart}-chart-embed"]`);
    await expect(embed, chart).toHaveCount(1);
    await embed.locator('summary').click();
    const code = embed.getByLabel(/Paste this HTML/);
    await expect(code).toBeVisible();
    const snippet = await code.inputValue();
    const match = /^<iframe src="(https?:\/\/[^"]+)" title="([^"]+)" width="100%" height="(\d+)" style="border: 0" loading="lazy"><\/iframe>\n<script>\n([^]*)\n<\/script>$/.exec(snippet);
    expect(match, snippet).not.toBeNull();
    const [, src, title, height, script] = match!;
    // The published address from explainer.json, whatever machine built the page.
    expect(src).toBe(`${published}/embed/${chart}/`);
    expect(title!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(titles.get(chart));
    expect(Number(height)).toBeGreaterThan(300);
    // The script believes only this frame, and only from the published address.
    expect(script).toContain(`event.origin !== '${published}'`);
    expect(script).toContain('event.source !== frame.contentWindow');
    expect(script!.split('\n').length).toBeLessThanOrEqual(8);
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
