/**
 * Links a teacher can rely on: every section and step has a copy-link button that puts the exact
 * address on the clipboard and says so, and a link to a renamed anchor still lands where it
 * should, with the chart in that step's state.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { readFileSync } from 'node:fs';
import { LAPTOP, PHONE, watch } from './support.ts';

test.use({ reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const [name, viewport] of [['laptop', LAPTOP], ['phone', PHONE]] as const) {
  test.describe(`copy link, on a ${name}`, () => {
    test.use({ viewport });

    test('every section and every step has one copy-link button, named for what it copies', async ({ page }) => {
      await page.goto('/');
      const sections = await page.locator('section.story-section').evaluateAll((els) =>
        els.map((el) => ({ id: el.id, title: el.querySelector('.section-title')!.textContent!.trim() })),
      );
      expect(sections.length).toBeGreaterThan(10);
      for (const { id, title } of sections) {
        await expect(page.locator(`[id="${id}"] > .section-head`).getByRole('button', { name: `Copy link to ${title}`, exact: true })).toBeVisible();
      }
      const steps = page.locator('.scrolly-step');
      expect(await steps.count()).toBeGreaterThan(10);
      for (const step of await steps.all()) {
        await expect(step.getByRole('button', { name: 'Copy link to this step', exact: true })).toHaveCount(1);
      }
    });

    test('copying a section link puts its full address on the clipboard and announces it', async ({ page }) => {
      const trouble = watch(page);
      await page.goto('/');
      const section = page.locator('section.story-section').nth(2);
      const id = await section.getAttribute('id');
      const title = (await section.locator('.section-title').textContent())!.trim();
      const button = section.getByRole('button', { name: `Copy link to ${title}` });
      await button.click();
      await expect(section.getByRole('status')).toHaveText('Link copied');
      expect(await clipboard(page)).toBe(`${new URL(page.url()).origin}/#${id}`);
      // The copied address opens the page at that section.
      await page.goto(await clipboard(page));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      expect(trouble.consoleErrors).toEqual([]);
    });

    test('copying a step link by keyboard gives the step’s address, which opens the chart in its state', async ({ page }) => {
      await page.goto('/');
      const step = page.locator('scrolly-story[data-chart="territory"] .scrolly-step').nth(2);
      const id = (await step.getAttribute('id'))!;
      await step.scrollIntoViewIfNeeded();
      const button = step.getByRole('button', { name: 'Copy link to this step' });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(step.getByRole('status')).toHaveText('Link copied');
      const url = await clipboard(page);
      expect(url).toBe(`${new URL(page.url()).origin}/#${id}`);
      await page.goto('/');
      await page.goto(url);
      await expect(page.locator('scrolly-story[data-chart="territory"]')).toHaveAttribute('data-active-step', id);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });

    test('the buttons are large enough to hit, show focus, and nothing covers them when focused', async ({ page }) => {
      await page.goto('/');
      for (const button of [
        page.locator('section.story-section .section-head .copy-link-button').first(),
        page.locator('.scrolly-step .copy-link-button').first(),
      ]) {
        await button.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        await expect(button).toBeFocused();
        const box = (await button.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        const outline = await button.evaluate((el) => {
          const style = getComputedStyle(el);
          return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle };
        });
        expect(outline.style).not.toBe('none');
        expect(outline.width).toBeGreaterThanOrEqual(2);
        const covered = await button.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !(hit === el || el.contains(hit));
        });
        expect(covered).toBe(false);
      }
    });
  });
}

test.describe('copy link without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('the buttons, which could do nothing, are not shown; the heading links still carry the address', async ({ page }) => {
    await page.goto('/');
    // Every section and step has its place for the button, and no reader sees or hears one.
    expect(await page.locator('copy-link[data-anchor]').count()).toBeGreaterThan(10);
    await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
    expect(await page.locator('.copy-link-button:visible').count()).toBe(0);
    const section = page.locator('section.story-section').first();
    await expect(section.locator('.anchor-link')).toHaveAttribute('href', `#${await section.getAttribute('id')}`);
  });
});

const registry = JSON.parse(readFileSync('content/permalinks.json', 'utf8')) as { aliases: Record<string, string> };

test('the page carries the aliases from content/permalinks.json', async ({ page }) => {
  await page.goto('/');
  const carried = await page.locator('[data-aliases]').getAttribute('data-aliases');
  expect(JSON.parse(carried!)).toEqual(registry.aliases);
});

test.describe('renamed anchors', () => {
  test.use({ viewport: LAPTOP });

  /**
   * No published id has been renamed yet, so the registry has no alias to follow. The page is
   * given two the way the build writes them (in data-aliases), and the real page and client
   * code do the rest.
   */
  const aliases = { ...registry.aliases, 'territory-mid-2017': 'territory-2017', 'how-the-group-ruled': 'how-it-governed' };
  test.beforeEach(async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/data-aliases="[^"]*"/, `data-aliases="${JSON.stringify(aliases).replaceAll('"', '&quot;')}"`);
        await route.fulfill({ response, body: html });
      },
    );
  });

  test('/#old-step lands on the new step, with the chart in that step’s state', async ({ page }) => {
    const trouble = watch(page);
    await page.goto('/#territory-mid-2017');
    await expect(page).toHaveURL(/\/#territory-2017$/);
    const story = page.locator('scrolly-story[data-chart="territory"]');
    await expect(story).toHaveAttribute('data-active-step', 'territory-2017');
    await expect(page.locator('[id="territory-2017"]')).toBeInViewport();
    await expect(page.locator('[id="territory-2017"]')).toHaveClass(/is-active/);
    const shown = (await page.locator('[id="territory-2017"]').getAttribute('data-show'))!.split(/\s+/).sort();
    await expect
      .poll(() =>
        story.locator('.chart-svg .layer').evaluateAll((layers) =>
          layers
            .filter((layer) => Number(getComputedStyle(layer).opacity) > 0.99 && getComputedStyle(layer).visibility !== 'hidden')
            .map((layer) => (layer as SVGGElement).dataset.layer!)
            .sort(),
        ),
      )
      .toEqual(shown);
    expect(trouble.consoleErrors).toEqual([]);
    // The dead address was replaced, not kept in the history for Back to return to.
    await page.goBack();
    expect(page.url()).not.toContain('territory-mid-2017');
  });

  test('following an old link within the page lands on the new section', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => (location.hash = '#how-the-group-ruled'));
    await expect(page).toHaveURL(/\/#how-it-governed$/);
    await expect(page.locator('[id="how-it-governed"]')).toBeInViewport();
  });

  test('an id that exists is never redirected', async ({ page }) => {
    await page.goto('/#territory-2016');
    await expect(page).toHaveURL(/\/#territory-2016$/);
    await expect(page.locator('scrolly-story[data-chart="territory"]')).toHaveAttribute('data-active-step', 'territory-2016');
  });
});

test('with a copy confirmation showing, the page has no WCAG 2.2 AA violations', async ({ page }) => {
  // axe on the whole explainer page takes 20-40 s on a busy 2-core machine.
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const section = page.locator('section.story-section').first();
  await section.locator('.copy-link-button').click();
  await expect(section.getByRole('status')).toHaveText('Link copied');
  expect(await axeViolations(page)).toEqual([]);
});

test('without JavaScript, a link to a step or section lands on it as the page opens, with no glide down the page', async ({ browser }) => {
  // A reader whose system does not ask for reduced motion: the case where the page used to glide.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, reducedMotion: 'no-preference', baseURL: test.info().project.use.baseURL });
  try {
    const page = await context.newPage();
    for (const anchor of ['fighters-2016', 'map-peak', 'corrections']) {
      await page.goto(`/#${anchor}`);
      // At the load event, not after waiting: a smooth scroll over the page's length took 1.5 s.
      const top = await page.locator(`[id="${anchor}"]`).evaluate((el) => el.getBoundingClientRect().top);
      expect(top, anchor).toBeGreaterThanOrEqual(0);
      expect(top, anchor).toBeLessThan(PHONE.height / 2);
    }
  } finally {
    await context.close();
  }
});
