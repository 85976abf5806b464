/** What a reader notices on the explainer page: contents, progress, figures, citations, terms. */
import { expect, test } from '@playwright/test';
import { LAPTOP, PHONE } from './support.ts';

test.describe('on a laptop', () => {
  test.use({ viewport: LAPTOP });

  test('the skip link is the first stop and jumps to the story', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the contents list every chapter and section and mark the one in view', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Contents' });
    const links = nav.getByRole('link');
    const targets = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(targets.length).toBeGreaterThan(1);
    for (const id of targets) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);

    const last = targets.at(-1)!;
    await page.locator(`[id="${last}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), last);
    await expect(nav.locator(`a[href="#${last}"]`)).toHaveAttribute('aria-current', 'location');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(nav.locator('[aria-current]')).toHaveCount(0);
  });

  test('a keyboard user can follow a contents link and the section is marked', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Contents' });
    const second = nav.getByRole('link').nth(1);
    const hash = await second.evaluate((a) => (a as HTMLAnchorElement).hash);
    await second.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(nav.locator(`a[href="${hash}"]`)).toHaveAttribute('aria-current', 'location');
  });

  test('the reading-progress bar fills as the reader scrolls', async ({ page }) => {
    await page.goto('/');
    const bar = page.locator('.reading-progress');
    const width = () => bar.evaluate((el) => el.getBoundingClientRect().width);
    expect(await width()).toBeLessThan(5);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(width).toBeGreaterThan(LAPTOP.width * 0.95);
  });

  test('a figure prints its formatted number and links to its source', async ({ page }) => {
    await page.goto('/');
    const figure = page.locator('[data-figure="peak-population-bbc"]').first();
    await expect(figure.locator('data')).toHaveText('more than 7.7 million people');
    await expect(figure.locator('data')).toHaveAttribute('value', '7700000');
    const cite = figure.getByRole('link', { name: /^Source \d+: BBC News/ });
    const href = await cite.getAttribute('href');
    expect(href).toBe('/sources#bbc-2018-hajin');
    await cite.click();
    await expect(page).toHaveURL(/\/sources#bbc-2018-hajin$/);
    await expect(page.locator('[id="bbc-2018-hajin"]')).toBeInViewport();
    await expect(page.locator('[id="bbc-2018-hajin"]')).toContainText('BBC News');
  });

  test('citations are numbered in reading order and match the sources page', async ({ page }) => {
    await page.goto('/');
    const marks = await page.locator('.story a.cite').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    const firstSeen = new Map<string, string>();
    for (const [href, text] of marks) if (!firstSeen.has(href!)) firstSeen.set(href!, text!);
    expect([...firstSeen.values()]).toEqual([...firstSeen.keys()].map((_, i) => `[${i + 1}]`));
    await page.goto('/sources');
    for (const [href, text] of firstSeen) {
      await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toContainText(text);
    }
  });

  test('a glossary term opens its definition and links to the glossary entry', async ({ page }) => {
    await page.goto('/');
    const term = page.locator('.story button.term').first();
    const id = await term.getAttribute('data-term');
    await term.click();
    const full = page.getByRole('link', { name: 'Full entry in the glossary' }).first();
    await expect(full).toBeVisible();
    await full.click();
    await expect(page).toHaveURL(new RegExp(`/glossary#${id}$`));
    await expect(page.locator(`[id="${id}"] dd`).first()).not.toBeEmpty();
  });

  test('dark mode follows the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const brightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
    expect(brightness(light)).toBeGreaterThan(600);
    expect(brightness(dark)).toBeLessThan(150);
  });

  test('every chapter and section anchor resolves on a fresh load', async ({ page }) => {
    // Instant jumps: with smooth scrolling each jump takes a second, and there are dozens.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const ids = await page.locator('article.chapter, section.story-section').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      await page.goto(`/#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the contents start closed and open by keyboard, above the story', async ({ page }) => {
    await page.goto('/');
    const summary = page.locator('summary', { hasText: 'Contents' });
    const nav = page.getByRole('navigation', { name: 'Contents' });
    await expect(nav).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    const position = await page.locator('toc-nav').evaluate((el) => getComputedStyle(el).position);
    expect(position).not.toBe('fixed');
    expect(position).not.toBe('sticky');
  });

  test('the progress bar never hides a focused link', async ({ page }) => {
    // Every link and button on the page, one Tab each: hundreds of stops.
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const bar = page.locator('.reading-progress');
    await expect(bar).toHaveCSS('pointer-events', 'none');
    const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(barBottom).toBeLessThanOrEqual(4);
    // Tab through the page and round again; once any smooth scroll settles, each focused
    // element must be in view and entirely below the bar.
    const settledBox = () =>
      page.evaluate(async () => {
        let last = Number.NaN;
        for (;;) {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const box = document.activeElement!.getBoundingClientRect();
          if (box.top === last) return { top: box.top, bottom: box.bottom, tag: document.activeElement!.tagName };
          last = box.top;
        }
      });
    const stops = await page.locator('a[href], summary, button').count();
    for (let i = 0; i < stops + 3; i++) {
      await page.keyboard.press('Tab');
      const box = await settledBox();
      if (box.tag === 'BODY') continue;
      expect(box.top).toBeGreaterThanOrEqual(barBottom);
      // Sub-pixel layout can put a box a fraction of a pixel past the edge.
      expect(box.bottom).toBeLessThanOrEqual(PHONE.height + 0.5);
    }
  });

  test('nothing runs off the side of the screen', async ({ page }) => {
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the 404 page answers unknown addresses with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'the front page' })).toHaveAttribute('href', '/');
});
