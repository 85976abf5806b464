/**
 * The maps draw their countries, rivers and the comparison country's outline from one shared,
 * cached file (/geo/base.<hash>.svg) through <use>, instead of carrying the paths in every page.
 * These tests check that the land is really drawn from it wherever a map appears (the story, an
 * embed, a handout, present mode), with JavaScript and without: the file answers 200 as SVG with
 * a year's cache, each reference names a group the file has, and hiding the references takes
 * visible land off the map.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { LAPTOP, PHONE } from './support.ts';

const PAGES = ['/', '/embed/control-map/', '/embed/size-map/', '/chapters/at-its-peak/print/', '/present/control-map/map-peak/', '/present/size-map/size-uk-over/'];

/**
 * Where two screenshots of the same element differ, counted by a browser's canvas, and how light
 * the first one is there on average (0 black, 1 white).
 */
async function difference(browser: Browser, a: Buffer, b: Buffer): Promise<{ pixels: number; lightness: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(
      async ([first, second]) => {
        const read = async (base64: string) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        };
        const [x, y] = [await read(first!), await read(second!)];
        if (x.length !== y.length) return { pixels: -1, lightness: NaN };
        let pixels = 0;
        let light = 0;
        for (let i = 0; i < x.length; i += 4) {
          if (x[i] === y[i] && x[i + 1] === y[i + 1] && x[i + 2] === y[i + 2]) continue;
          pixels++;
          light += (0.2126 * x[i]! + 0.7152 * x[i + 1]! + 0.0722 * x[i + 2]!) / 255;
        }
        return { pixels, lightness: pixels ? light / pixels : NaN };
      },
      [a.toString('base64'), b.toString('base64')],
    );
  } finally {
    await context.close();
  }
}

/** The first map with land on the page, screenshot as drawn and with its shared geography hidden. */
async function landDifference(browser: Browser, page: Page) {
  const map = page.locator('svg.chart-svg:has(use[href*="-land"], use[href*="-region"])').first();
  await map.scrollIntoViewIfNeeded();
  const size = (await map.boundingBox())!;
  const drawn = await map.screenshot();
  await map.locator('use').evaluateAll((els) => els.forEach((el) => ((el as SVGElement).style.visibility = 'hidden')));
  const bare = await map.screenshot();
  return { ...(await difference(browser, drawn, bare)), area: size.width * size.height };
}

/** Loads `path`, recording what the shared geography file answered. */
async function openMap(page: Page, path: string) {
  const answers: { url: string; status: number; type: string; cache: string }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/geo/')) answers.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] ?? '', cache: response.headers()['cache-control'] ?? '' });
  });
  await page.goto(path, { waitUntil: 'load' });
  return answers;
}

async function checkSharedGeography(browser: Browser, page: Page, path: string) {
  const answers = await openMap(page, path);
  const uses = page.locator('svg.chart-svg use');
  expect(await uses.count(), `${path}: maps that link the shared geography`).toBeGreaterThan(0);
  const hrefs = await uses.evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  const files = new Set(hrefs.map((href) => href.split('#')[0]));
  expect([...files], `${path}: one shared file`).toHaveLength(1);
  const [file] = [...files];
  expect(file).toMatch(/^\/geo\/base\.[0-9a-f]{12}\.svg$/);

  expect(answers.length, `${path}: the file was fetched`).toBeGreaterThan(0);
  for (const answer of answers) {
    expect(answer.status, answer.url).toBe(200);
    expect(answer.type, answer.url).toMatch(/^image\/svg\+xml/);
    expect(answer.cache, answer.url).toContain('immutable');
  }
  const svg = await (await page.request.get(file!)).text();
  for (const href of hrefs) expect(svg, `${path}: the file has ${href}`).toContain(`<g id="${href.split('#')[1]}">`);

  // Each reference draws something: its box is the box of the paths it names.
  const boxes = await uses.evaluateAll((els) => els.map((el) => (el as SVGGraphicsElement).getBBox()).map(({ width, height }) => ({ width, height })));
  for (const [i, box] of boxes.entries()) {
    if (!(await uses.nth(i).isVisible())) continue;
    expect(box.width * box.height, `${path}: ${hrefs[i]} draws nothing`).toBeGreaterThan(100);
  }

  // And it shows: hiding the references takes a good share of the map's pixels with them.
  const land = await landDifference(browser, page);
  expect(land.pixels, `${path}: pixels the shared land draws`).toBeGreaterThan(0.2 * land.area);
}

for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport, reducedMotion: 'reduce' });
    for (const path of PAGES) {
      test(`${path} draws its land from the shared geography file`, async ({ browser, page }) => {
        await checkSharedGeography(browser, page, path);
      });
      test(`${path} draws its land from the shared geography file without JavaScript`, async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport, baseURL: test.info().project.use.baseURL });
        try {
          await checkSharedGeography(browser, await context.newPage(), path);
        } finally {
          await context.close();
        }
      });
    }
  });
}

// The file's paths take their colours from the page's custom properties, which reach into <use>.
for (const [colorScheme, light] of [['light', true], ['dark', false]] as const) {
  test(`the land follows the page's ${colorScheme} palette, with JavaScript and without`, async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled, viewport: LAPTOP, reducedMotion: 'reduce', baseURL: test.info().project.use.baseURL });
      try {
        const page = await context.newPage();
        for (const path of ['/', '/embed/size-map/']) {
          await page.goto(path, { waitUntil: 'load' });
          const land = await landDifference(browser, page);
          if (light) expect(land.lightness, `${path}, JavaScript ${javaScriptEnabled}`).toBeGreaterThan(0.6);
          else expect(land.lightness, `${path}, JavaScript ${javaScriptEnabled}`).toBeLessThan(0.35);
        }
      } finally {
        await context.close();
      }
    }
  });
}
