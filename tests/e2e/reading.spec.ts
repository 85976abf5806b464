/** What a reader notices on the explainer page: contents, progress, figures, citations, terms. */
import { expect, test } from '@playwright/test';
import { LAPTOP, PHONE } from './support.ts';
import { installFocusAudit } from './focus-audit.ts';

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
    // keyboard.spec presses Tab through every control of this page, forward and back, at this
    // size and at 1280 px, and fails when any fixed or sticky box paints over the focused one.
    // Here: the bar is such a box, the page keeps focus below it, and the walk would see it.
    await installFocusAudit(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const bar = page.locator('.reading-progress');
    await expect(bar).toHaveCSS('pointer-events', 'none');
    await expect(bar).toHaveCSS('position', 'fixed');
    const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(barBottom).toBeGreaterThan(0);
    expect(barBottom).toBeLessThanOrEqual(4);
    const scrollPadding = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop));
    expect(scrollPadding).toBeGreaterThanOrEqual(barBottom);

    // Halfway down, the bar runs across half the width; a section's link focused just under
    // the top edge, where the bar is, is reported as covered by it.
    const covered = await page.evaluate(async () => {
      window.focusAudit.tabbables();
      const links = [...document.querySelectorAll<HTMLElement>('.story-section .anchor-link')];
      const link = links[Math.floor(links.length / 2)]!;
      window.scrollTo({ top: window.scrollY + link.getBoundingClientRect().top - 1, behavior: 'instant' });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      link.focus({ preventScroll: true });
      return (await window.focusAudit.stop())?.obscuredBy ?? null;
    });
    expect(covered).toContain('reading-progress');
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
