/**
 * Charts for slides: every chart at every step as a 1920×1080 PNG and an SVG, with the chart's
 * title, its sources and the site's address on it, and as alt text the very words the page gives
 * screen readers for that step. Read the way a teacher meets them: from the links under each chart.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const DIST = process.env.E2E_DIST ?? 'dist';
const host = new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(`${DIST}/sitemap-0.xml`, 'utf8'))![1]!).host;

interface ChartOnPage {
  chart: string;
  title: string;
  sourceLine: string;
  steps: { id: string; alt: string }[];
  links: string[];
}

/** What the explainer shows for each chart: its title, source line, steps' alt text and slide links. */
async function chartsOnPage(page: Page): Promise<ChartOnPage[]> {
  await page.goto('/');
  return page.locator('scrolly-story').evaluateAll((stories) =>
    stories.map((story) => {
      const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const publishers = [...story.querySelectorAll('.chart-source a')].map(words).filter((name) => name !== 'All sources');
      return {
        chart: story.getAttribute('data-chart') ?? '',
        title: words(story.querySelector('.chart-title')),
        sourceLine: `Sources: ${publishers.join(', ')}.`,
        steps: [...story.querySelectorAll('.scrolly-step')].map((step) => ({ id: step.id, alt: words(step.querySelector('.step-alt')).replace(/^Chart: /, '') })),
        links: [...story.querySelectorAll('.chart-slides a')].map((a) => a.getAttribute('href') ?? ''),
      };
    }),
  );
}

/** Width and height from the PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every step of every chart has a 1920×1080 PNG and an SVG with the title, sources, credit and the step’s alt text', async ({ page, request }) => {
  test.setTimeout(120_000);
  const charts = await chartsOnPage(page);
  expect(charts.map((c) => c.chart).sort()).toEqual(['control-map', 'fighters', 'people', 'size-map', 'territory']);
  let slides = 0;
  for (const chart of charts) {
    expect(chart.steps.length, chart.chart).toBeGreaterThan(0);
    const index = await (await request.get(`/slides/${chart.chart}/index.json`)).json();
    expect(index.steps.map((step: { id: string }) => step.id), `${chart.chart}: index.json lists every step in order`).toEqual(chart.steps.map((s) => s.id));
    for (const [i, step] of chart.steps.entries()) {
      const where = `${chart.chart} step ${step.id}`;
      expect(step.alt.length, where).toBeGreaterThan(20);
      const png = await request.get(`/slides/${chart.chart}/${step.id}.png`);
      expect(png.status(), where).toBe(200);
      expect(pngSize(await png.body()), where).toEqual({ width: 1920, height: 1080 });

      const svg = await request.get(`/slides/${chart.chart}/${step.id}.svg`);
      expect(svg.status(), where).toBe(200);
      const read = await page.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const words = (selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent?.trim()).join(' ');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
          title: words('.slide-title'),
          step: words('.slide-kicker'),
          sources: words('.slide-foot'),
          credit: words('.slide-credit'),
          desc: doc.querySelector('desc')?.textContent ?? '',
          chartMarks: doc.querySelectorAll('svg.chart-svg text, svg.chart-svg path').length,
        };
      }, await svg.text());
      expect(read.error, where).toBeNull();
      expect(read.size, where).toEqual(['1920', '1080']);
      expect(read.title, where).toBe(chart.title);
      expect(read.step, where).toBe(`Step ${i + 1} of ${chart.steps.length}`);
      expect(read.sources, where).toBe(chart.sourceLine);
      expect(read.credit, where).toBe(host);
      expect(read.desc, `${where}: the SVG describes itself with the step's alt text`).toBe(step.alt);
      expect(read.chartMarks, where).toBeGreaterThan(5);

      expect(await (await request.get(`/slides/${chart.chart}/${step.id}.txt`)).text(), where).toBe(`${step.alt}\n`);
      expect(index.steps[i].alt, where).toBe(step.alt);
      slides++;
    }
  }
  expect(slides).toBe(charts.reduce((n, c) => n + c.steps.length, 0));
});

test('each chart’s “Images for slides” links every step’s PNG, SVG and alt text, and each link answers', async ({ page, request }) => {
  const charts = await chartsOnPage(page);
  for (const chart of charts) {
    const expected = chart.steps.flatMap((step) => ['png', 'svg', 'txt'].map((kind) => `/slides/${chart.chart}/${step.id}.${kind}`));
    expect(chart.links.filter((href) => !href.endsWith('index.json')), chart.chart).toEqual(expected);
    for (const href of chart.links) expect((await request.head(href)).status(), href).toBe(200);
  }
  await page.goto('/teachers/');
  const link = page.locator('.teachers-tools a[href="/slides/"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page.locator('h1')).toHaveText('Images for slides');
  await expect(page.locator('.slides-step')).toHaveCount(charts.reduce((n, c) => n + c.steps.length, 0));
});

test('every word on a slide is at least 20 px on the 1920×1080 image, and inside it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const charts = await chartsOnPage(page);
  for (const chart of charts) {
    for (const step of chart.steps) {
      await page.goto(`/slides/${chart.chart}/${step.id}.svg`);
      const words = await page.locator('text').evaluateAll((texts) =>
        texts
          .filter((t) => (t.textContent ?? '').trim() !== '' && (t as SVGTextElement).checkVisibility())
          .map((t) => {
            const box = t.getBoundingClientRect();
            const px = Number.parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 0);
            return { text: t.textContent!.trim(), px: Math.round(px * 10) / 10, box: [box.left, box.top, box.right, box.bottom].map(Math.round) };
          }),
      );
      expect(words.length, step.id).toBeGreaterThan(5);
      const small = words.filter((w) => w.px < 20);
      expect(small, `${chart.chart} ${step.id}: words under 20 px`).toEqual([]);
      const outside = words.filter(({ box: [left, top, right, bottom] }) => left! < 0 || top! < 0 || right! > 1920 || bottom! > 1080);
      expect(outside, `${chart.chart} ${step.id}: words off the slide`).toEqual([]);
    }
  }
});

test('the PNG draws the words and colours the SVG has (fonts found, styles applied)', async ({ page }) => {
  test.setTimeout(120_000);
  const charts = await chartsOnPage(page);
  for (const chart of charts) {
    const step = chart.steps.at(-1)!;
    // Where the SVG puts the title and the source line, as a browser lays it out.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/slides/${chart.chart}/${step.id}.svg`);
    const boxes = await page.evaluate(() =>
      ['.slide-title', '.slide-foot', '.slide-credit'].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return { selector, x: Math.round(box.left), y: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height) };
      }),
    );
    await page.goto(`/slides/${chart.chart}/${step.id}.png`);
    const drawn = await page.evaluate(async (regions) => {
      const image = document.images[0]!;
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
      // Words drawn are dark pixels on the paper; a missing font draws none.
      const ink = regions.map(({ selector, x, y, width, height }) => {
        const data = context.getImageData(x, y, Math.max(1, Math.min(width, 600)), Math.max(1, height)).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 400) dark++;
        return { selector, share: dark / (data.length / 4) };
      });
      // Colours drawn by the chart's own styles: the map's land, a role colour (not default black).
      const colours = new Set<string>();
      const whole = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < whole.length; i += 4 * 97) colours.add(`${whole[i]},${whole[i + 1]},${whole[i + 2]}`);
      return { ink, bar: pixel(960, 4), paper: pixel(5, 540), colours: colours.size };
    }, boxes);
    for (const { selector, share } of drawn.ink) expect(share, `${chart.chart} ${step.id} ${selector}: drawn words`).toBeGreaterThan(0.04);
    expect(drawn.bar, 'the accent bar in the role colour').toEqual([0xb8, 0x49, 0x0b]);
    expect(drawn.paper, 'the paper colour').toEqual([0xfb, 0xfa, 0xf7]);
    expect(drawn.colours, `${chart.chart}: a chart in colour, not only black on paper`).toBeGreaterThan(20);
  }
});

test('the /slides/ page shows each step as a small copy of its slide, not the full image', async ({ page, request }) => {
  await page.goto('/slides/');
  const steps = page.locator('.slides-step');
  const count = await steps.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    const png = (await step.locator('a[download]').first().getAttribute('href'))!;
    const thumbnail = (await step.locator('img.slides-thumb').getAttribute('src'))!;
    const [full, small] = await Promise.all([request.get(png), request.get(thumbnail)]);
    expect(small.status(), thumbnail).toBe(200);
    const smallBytes = await small.body();
    expect(pngSize(smallBytes), thumbnail).toEqual({ width: 640, height: 360 });
    expect(smallBytes.length, thumbnail).toBeLessThan((await full.body()).length / 2);
    // The same picture: both drawn at 160×90, their pixels differ by little on average.
    const difference = await page.evaluate(
      async ([a, b]) => {
        const pixels = async (src: string) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = 160;
          canvas.height = 90;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0, 160, 90);
          return context.getImageData(0, 0, 160, 90).data;
        };
        const [x, y] = await Promise.all([pixels(a!), pixels(b!)]);
        let sum = 0;
        for (let k = 0; k < x.length; k++) sum += Math.abs(x[k]! - y[k]!);
        return sum / x.length;
      },
      [png, thumbnail],
    );
    expect(difference, `${thumbnail} against ${png}`).toBeLessThan(6);
  }
});
