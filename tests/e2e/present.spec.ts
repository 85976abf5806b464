/**
 * Present mode, as a teacher at a projector or a whiteboard meets it: /present/<chart>/ shows one
 * chart and one step's words on the whole screen, with no scrolling at 1024×768, 1280×800 and
 * 1920×1080; the chart is in the state the chapter's <Step> gives it; the words are the story's
 * own; clicker keys, arrows, space and swipes move step by step, Escape goes back to the step in
 * the explainer; and without JavaScript the Previous and Next links do the same.
 */
import { expect, test, type Page } from '@playwright/test';
import { publishedChapters, watch, withoutJavaScript } from './support.ts';

interface ExpectedStep {
  id: string;
  show: string[];
  date?: string;
}

/** Each chart's steps in reading order, as the chapters write them. */
const chapters = publishedChapters();
const stepsByChart = new Map<string, ExpectedStep[]>();
const titles = new Map<string, string>();
for (const { uses } of chapters) {
  for (const use of uses) {
    const scrolly = use.ancestors.find((ancestor) => ancestor.name === 'Scrolly');
    const chart = scrolly?.attributes.chart;
    if (use.name !== 'Step' || !chart || !use.attributes.id) continue;
    if (!titles.has(chart)) titles.set(chart, scrolly.attributes.title ?? '');
    const list = stepsByChart.get(chart) ?? [];
    stepsByChart.set(chart, list);
    list.push({ id: use.attributes.id, show: (use.attributes.show ?? '').split(/\s+/).filter(Boolean), ...(use.attributes.date ? { date: use.attributes.date } : {}) });
  }
}
const charts = [...stepsByChart.keys()];
const stepPath = (chart: string, id: string) => `/present/${chart}/${id}/`;

/** "31 December 2014" for 2014-12-31: the date as the map and the heading print it. */
const dateWords = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...(iso.length === 10 ? { day: 'numeric' } : {}), ...(iso.length >= 7 ? { month: 'long' } : {}), year: 'numeric' }).format(
    new Date(`${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`),
  );

/** What the reader sees of the page's parts, in CSS px. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)!.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width, height: rect.height };
    };
    // The drawing itself, not its box: the chart keeps its shape and is centred in the room it has.
    const svg = document.querySelector<SVGSVGElement>('.present-chart svg')!;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const frame = svg.getBoundingClientRect();
    const scale = Math.min(frame.width / w!, frame.height / h!);
    const drawn = { width: w! * scale, height: h! * scale };
    const chart = { left: frame.left + (frame.width - drawn.width) / 2, top: frame.top + (frame.height - drawn.height) / 2, ...drawn };
    const words = document.querySelector('.present-words')!;
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      chart: { ...chart, right: chart.left + chart.width, bottom: chart.top + chart.height },
      words: box('.present-words'),
      head: box('.present-head'),
      foot: box('.present-foot'),
      wordsFont: Number.parseFloat(getComputedStyle(words).fontSize),
      // The smallest chart word as drawn: its font size times the drawing's scale.
      smallestChartText: Math.min(...[...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().width > 0).map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale)),
    };
  });
}

const apart = (a: { left: number; right: number; top: number; bottom: number }, b: { left: number; right: number; top: number; bottom: number }) =>
  a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;

for (const [name, viewport, minimumWords] of [
  ['1024×768 projector', { width: 1024, height: 768 }, 18],
  ['1280×800 laptop', { width: 1280, height: 800 }, 20],
  ['1920×1080 projector', { width: 1920, height: 1080 }, 24],
] as const) {
  for (const chart of charts) {
    test(`/present/${chart}/ at ${name}: every step fits the screen without scrolling, chart and words apart, words large`, async ({ page }) => {
      const trouble = watch(page);
      await page.setViewportSize(viewport);
      const steps = stepsByChart.get(chart)!;
      for (const [i, step] of steps.entries()) {
        await page.goto(stepPath(chart, step.id));
        await expect(page.locator('.present-count')).toContainText(`Step ${i + 1} of ${steps.length}`);
        await expect(page.locator('h1')).toHaveText(titles.get(chart)!);
        const m = await measure(page);
        const where = `${step.id} at ${viewport.width}×${viewport.height}`;
        expect(m.scrollHeight, `${where}: page taller than the screen`).toBeLessThanOrEqual(viewport.height);
        expect(m.scrollWidth, `${where}: page wider than the screen`).toBeLessThanOrEqual(viewport.width);
        for (const part of [m.chart, m.words, m.head, m.foot]) {
          expect(part.top, where).toBeGreaterThanOrEqual(0);
          expect(part.bottom, where).toBeLessThanOrEqual(viewport.height);
        }
        expect(apart(m.chart, m.words), `${where}: chart and words overlap`).toBe(true);
        expect(apart(m.words, m.head) && apart(m.words, m.foot), `${where}: words run into the heading or the controls`).toBe(true);
        expect(apart(m.chart, m.foot), `${where}: chart runs into the controls`).toBe(true);
        // The chart takes a good share of the screen, not a thumbnail beside the text.
        expect(m.chart.height, where).toBeGreaterThan(viewport.height * 0.45);
        expect(m.wordsFont, `${where}: words too small to read across a room`).toBeGreaterThanOrEqual(minimumWords);
        expect(m.smallestChartText, `${where}: chart words smaller than on a phone`).toBeGreaterThanOrEqual(12);
      }
      // A request cut short because the test moved on to the next step (the icon, the prefetched
      // next page) is no fault of the page; a refused or missing file still is.
      const failed = trouble.failedRequests.filter((request) => !request.endsWith('(net::ERR_ABORTED)'));
      expect({ ...trouble, failedRequests: failed }).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    });
  }
}

for (const chart of charts) {
  test(`/present/${chart}/: each step draws the layers and date its <Step> gives, with the story's own words`, async ({ page }) => {
    const steps = stepsByChart.get(chart)!;
    // The words as the explainer prints them under each step, less its chart description and buttons.
    await page.goto('/');
    const storyWords = new Map<string, string>();
    for (const step of steps) {
      storyWords.set(
        step.id,
        await page.locator(`[id="${step.id}"] .step-card`).evaluate((card) =>
          [...card.children]
            .filter((child) => !child.matches('.step-alt, .step-actions'))
            .map((child) => child.textContent)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      );
    }
    for (const step of steps) {
      await page.goto(stepPath(chart, step.id));
      const layers = await page.locator('.present-chart svg .layer').evaluateAll((groups) => [...new Set(groups.map((g) => g.getAttribute('data-layer')))].sort());
      expect(layers, step.id).toEqual([...new Set(step.show)].sort());
      // A group the step is not about is folded to its summary line, as in the story; the rest show whole.
      for (const layer of await page.locator('.present-chart svg .layer:not(.is-folded)').all()) await expect(layer).toBeVisible();
      if (step.date) {
        await expect(page.locator('.present-chart svg .map-date')).toHaveText(dateWords(step.date));
        await expect(page.locator('.present-count')).toContainText(dateWords(step.date));
      }
      const words = await page.locator('.present-words').evaluate((section) => [...section.children].map((child) => child.textContent).join(' ').replace(/\s+/g, ' ').trim());
      expect(words.length, step.id).toBeGreaterThan(40);
      expect(words, step.id).toBe(storyWords.get(step.id));
    }
  });
}

test('/present/<chart>/ is the first step, and first and last steps offer no way past the ends', async ({ page }) => {
  for (const [chart, steps] of stepsByChart) {
    await page.goto(`/present/${chart}/`);
    await expect(page.locator('.present-count')).toContainText(`Step 1 of ${steps.length}`);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    expect(steps.length, chart).toBeGreaterThan(1);
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', stepPath(chart, steps[1]!.id));
    await page.goto(stepPath(chart, steps.at(-1)!.id));
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', stepPath(chart, steps.at(-2)!.id));
  }
});

test('clicker and keyboard: Page Down, arrows and space move on, Page Up and back arrows go back, Home and End jump, Escape leaves for the step', async ({ page }) => {
  const chart = 'territory';
  const ids = stepsByChart.get(chart)!.map((step) => step.id);
  expect(ids.length).toBeGreaterThanOrEqual(5);
  const at = async (i: number) => {
    await expect(page).toHaveURL(new RegExp(`${stepPath(chart, ids[i]!)}$`));
    await expect(page.locator('.present-count')).toContainText(`Step ${i + 1} of ${ids.length}`);
    // The keys' hint shows once the page listens for them, as a reader sees before pressing one.
    await expect(page.locator('.present-keys')).toBeVisible();
  };
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/present/${chart}/`);
  await expect(page.locator('.present-keys')).toBeVisible();
  // Nothing before the first step: the key is ignored, not an error.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(new RegExp(`/present/${chart}/$`));
  for (const [key, to] of [
    ['ArrowRight', 1],
    ['PageDown', 2],
    ['Space', 3],
    ['ArrowLeft', 2],
    ['PageUp', 1],
    ['ArrowDown', 2],
    ['ArrowUp', 1],
    ['Shift+Space', 0],
    ['End', ids.length - 1],
    ['Home', 0],
  ] as const) {
    await page.keyboard.press(key);
    await at(to);
  }
  // A key held with Ctrl belongs to the browser, not the deck.
  await page.keyboard.press('Control+ArrowRight');
  await page.waitForTimeout(300);
  await at(0);
  await page.keyboard.press('ArrowRight');
  await at(1);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`/#${ids[1]}$`));
  await expect(page.locator(`[id="${ids[1]}"]`)).toBeInViewport();
});

test('a whiteboard swipe: right to left moves on, left to right goes back', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1280, height: 800 }, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  const ids = stepsByChart.get('people')!.map((step) => step.id);
  const swipe = (fromX: number, toX: number) =>
    page.evaluate(
      ({ from, to }) => {
        const target = document.querySelector('.present-figure')!;
        const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 400 });
        target.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [touch(from)], changedTouches: [touch(from)] }));
        target.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [touch(to)] }));
      },
      { from: fromX, to: toX },
    );
  await page.goto(stepPath('people', ids[0]!));
  await swipe(900, 500);
  await expect(page).toHaveURL(new RegExp(`${stepPath('people', ids[1]!)}$`));
  await swipe(500, 900);
  await expect(page).toHaveURL(new RegExp(`${stepPath('people', ids[0]!)}$`));
  // A short slip of the finger is not a swipe.
  await swipe(600, 570);
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(new RegExp(`${stepPath('people', ids[0]!)}$`));
  await context.close();
});

for (const [chart, steps] of stepsByChart) {
  test(`without JavaScript, Next and Previous walk /present/${chart}/ from its first step to its last and back`, async ({ browser }) => {
    await withoutJavaScript(browser, { width: 1920, height: 1080 }, `/present/${chart}/`, async (page) => {
      for (const [i, step] of steps.entries()) {
        await expect(page.locator('.present-count')).toContainText(`Step ${i + 1} of ${steps.length}`);
        expect(new URL(page.url()).pathname).toBe(i === 0 ? `/present/${chart}/` : stepPath(chart, step.id));
        await expect(page.locator('.present-chart svg')).toBeVisible();
        if (i < steps.length - 1) await page.locator('a[rel="next"]').click();
      }
      for (let i = steps.length - 1; i > 0; i--) await page.locator('a[rel="prev"]').click();
      expect(new URL(page.url()).pathname).toBe(stepPath(chart, steps[0]!.id));
      await page.locator('a', { hasText: 'Exit' }).click();
      expect(new URL(page.url()).hash).toBe(`#${steps[0]!.id}`);
    });
  });
}

test('on a 390 px phone the page may scroll but stays readable: nothing wider than the screen, words at least 18 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [chart, steps] of stepsByChart) {
    await page.goto(stepPath(chart, steps[0]!.id));
    const m = await measure(page);
    expect(m.scrollWidth, chart).toBeLessThanOrEqual(390);
    expect(m.wordsFont, chart).toBeGreaterThanOrEqual(18);
    expect(m.words.top, `${chart}: words below the chart`).toBeGreaterThanOrEqual(m.chart.bottom - 1);
    expect(m.smallestChartText, chart).toBeGreaterThanOrEqual(12);
  }
});

test('each chart in the explainer, and the teachers page, link to its present mode', async ({ page }) => {
  await page.goto('/');
  for (const chart of charts) {
    const link = page.locator(`scrolly-story[data-chart="${chart}"] a[href="/present/${chart}/"]`);
    await expect(link).toHaveCount(1);
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeVisible();
    await expect(link).toContainText('Present');
  }
  await page.goto('/teachers/');
  // Told apart from the embed links with the same titles just above, for a screen reader's list of links.
  for (const chart of charts) await expect(page.locator(`.teachers-tools a[href="/present/${chart}/"]`)).toHaveAccessibleName(`${titles.get(chart)!} (present mode)`);
});
