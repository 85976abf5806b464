/**
 * What axe cannot see: a keyboard reader tabbing through the page, the page at 200% zoom, and
 * the size of what a finger or an unsteady pointer has to hit. On a phone and a laptop.
 */
import { expect, test, type Page } from '@playwright/test';
import { LAPTOP, PHONE } from './support.ts';
import { installFocusAudit, type FocusStop } from './focus-audit.ts';

const viewports = [['390 px', PHONE], ['1280 px', LAPTOP]] as const;
/** The explainer, a chapter with charts, the teachers' page and an embed: every kind of control the site has. */
const pages = ['/', '/chapters/at-its-peak/', '/teachers/', '/embed/control-map/'];

test.beforeEach(async ({ page }) => {
  await installFocusAudit(page);
  // Focus scrolls instantly, so each stop is measured where the browser settles, not mid-glide.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // Scripts unhide their buttons and turn glossary links into buttons once they run.
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Presses Tab (or Shift+Tab) until focus leaves the page, checking every stop. Forward, the
 * browser brings each control in at the bottom of the window; backward, at the top, where a
 * sticky or fixed bar would sit.
 */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', expected: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  // Generous, so that a trap shows as a repeated sequence rather than a timeout.
  for (let press = 0; press < expected * 2 + 20; press++) {
    await page.keyboard.press(key);
    const stop = await page.evaluate(() => window.focusAudit.stop());
    // Out of the page, or round to where the walk began: the browser may wrap instead of leaving.
    if (!stop || (stops.length > 0 && stop.index !== -1 && stop.index === stops[0]!.index)) return stops;
    stops.push(stop);
  }
  return stops;
}

/** The sequence of controls reached, popover contents set apart (they are checked separately). */
function sequence(stops: FocusStop[], tabbables: string[]): string[] {
  return stops.filter((stop) => !stop.inPopover).map((stop) => (stop.index === -1 ? `unexpected: ${stop.what}` : tabbables[stop.index]!));
}

function problems(stops: FocusStop[], field: 'indicatorProblem' | 'obscuredBy'): string[] {
  return stops.filter((s) => s[field]).map((s) => `${s.what}: ${s[field]}`);
}

for (const path of pages) {
  for (const [name, viewport] of viewports) {
    test(`${path} at ${name}: Tab reaches every control in reading order, visibly and uncovered`, async ({ page }) => {
      // The explainer has some 450 stops, each measured both ways.
      test.setTimeout(150_000);
      await page.setViewportSize(viewport);
      await open(page, path);
      const tabbables = await page.evaluate(() => window.focusAudit.tabbables());
      expect(tabbables.length).toBeGreaterThan(0);
      const stops = await walk(page, 'Tab', tabbables.length);

      // A popover's own links come straight after the term that opened it, and belong to it.
      const strays = stops.filter((stop, i) => stop.inPopover && !(i > 0 && (stops[i - 1]!.inPopover || stops[i - 1]!.index !== -1)));
      expect(strays.map((s) => s.what), 'popover links reached without their term').toEqual([]);
      // Same controls, same order: nothing skipped, nothing out of order, no trap (a trap repeats).
      expect(sequence(stops, tabbables)).toEqual(tabbables);
      expect(problems(stops, 'indicatorProblem'), 'focus indicator').toEqual([]);
      expect(problems(stops, 'obscuredBy'), 'focused control under a sticky or fixed element').toEqual([]);
      expect(stops.filter((s) => s.offscreen).map((s) => s.what), 'focused control not scrolled into view').toEqual([]);

      // And back from the end: the same controls in reverse, none under anything at the top.
      const back = await walk(page, 'Shift+Tab', tabbables.length);
      expect(sequence(back, tabbables)).toEqual(tabbables.toReversed());
      expect(problems(back, 'obscuredBy'), 'focused control under a sticky or fixed element, tabbing back').toEqual([]);
      expect(back.filter((s) => s.offscreen).map((s) => s.what), 'focused control not scrolled into view, tabbing back').toEqual([]);
    });
  }
}

for (const path of pages) {
  test(`${path} in dark mode: every control shows a focus ring that stands out from the page`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.setViewportSize(PHONE);
    await open(page, path);
    await page.evaluate(() => window.focusAudit.tabbables());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => window.focusAudit.indicators())).toEqual([]);
  });
}

test('the skip link moves focus to the content, and Tab goes on from there', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, '/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('.skip-link')).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The first control inside the content, not the site's header links again.
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement) && document.activeElement !== document.querySelector('main'))).toBe(true);
});

for (const path of pages) {
  for (const [name, viewport] of viewports) {
    test(`${path} at ${name}: every control is at least 24 × 24 px or spaced as if it were`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, path);
      // Links and glossary terms inside running prose are exempt: WCAG 2.5.8's inline exception
      // covers a target whose size is set by the line of text it sits in. smallTargets() counts
      // them apart, and everything else must be 24 px or have a 24 px circle of its own.
      const { problems, checked } = await page.evaluate(() => window.focusAudit.smallTargets());
      expect(checked).toBeGreaterThan(0);
      expect(problems.map((p) => `${p.what}: ${p.width} × ${p.height}`)).toEqual([]);
    });
  }
}

/**
 * WCAG 1.4.4 and 1.4.10: a 1280 px window zoomed to 200% lays out like a 640 px viewport; a
 * browser's text-only zoom doubles the root font size and leaves the viewport alone.
 */
const zooms = [
  ['page zoom 200% (640 px viewport)', { width: 640, height: 400 }, false],
  ['text zoom 200% at 1280 px', LAPTOP, true],
  ['text zoom 200% at 390 px', PHONE, true],
] as const;

for (const path of pages) {
  for (const [name, viewport, textOnly] of zooms) {
    test(`${path}, ${name}: nothing scrolls sideways, nothing is clipped, no chart squeezed or over the text`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, path);
      if (textOnly) {
        // Through the CSSOM: the page's CSP refuses injected style elements, not this.
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }
      const { overflow, widest } = await page.evaluate(() => window.focusAudit.horizontalOverflow());
      expect(widest, `the page scrolls ${overflow} px sideways`).toEqual([]);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => window.focusAudit.clippedText())).toEqual([]);
      // Enlarged text must not squeeze a chart into a sliver beside it.
      expect(await page.evaluate(() => window.focusAudit.narrowCharts())).toEqual([]);
      expect(await page.evaluate(() => window.focusAudit.coveredStepText())).toEqual([]);
    });
  }
}

/** The measurements above are only worth their passes if they see a fault: make each one here. */
test('the checks notice a covered control, a missing focus ring, a small target, overflow, clipping and a chart over text', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, '/chapters/at-its-peak/');
  await page.keyboard.press('Tab');
  const faults = await page.evaluate(async () => {
    const audit = window.focusAudit;
    const set = (el: Element, property: string, value: string) => (el as HTMLElement).style.setProperty(property, value);
    const header = document.querySelector('.site-header')!;
    for (const [property, value] of [['position', 'sticky'], ['top', '0'], ['z-index', '10'], ['background', 'var(--color-paper)']]) set(header, property!, value!);
    audit.tabbables();
    // A control scrolled to just under the top edge, where the now sticky header sits.
    const link = document.querySelector<HTMLElement>('.story-section .anchor-link')!;
    window.scrollTo({ top: window.scrollY + link.getBoundingClientRect().top - 10, behavior: 'instant' });
    link.focus({ preventScroll: true });
    const covered = (await audit.stop())?.obscuredBy ?? null;
    set(link, 'outline', 'none');
    const unringed = (await audit.stop())?.indicatorProblem ?? null;
    // Tiny links side by side, too close for the spacing exception.
    set(document.querySelector('.site-header ul')!, 'column-gap', '0');
    for (const nav of document.querySelectorAll('.site-nav-link')) {
      for (const [property, value] of [['display', 'block'], ['padding', '0'], ['font-size', '8px'], ['line-height', '1']]) set(nav, property!, value!);
    }
    const small = audit.smallTargets().problems.map((p) => p.what);
    const paragraph = document.querySelector('.story p')!;
    set(paragraph, 'min-width', '900px');
    const wide = audit.horizontalOverflow();
    for (const [property, value] of [['min-width', '0'], ['height', '1em'], ['overflow', 'hidden']]) set(paragraph, property!, value!);
    const clipped = audit.clippedText();
    // A graphic that reaches below the reading line (drawn lower than its measured box) paints over the card there.
    set(document.querySelector('.scrolly-graphic')!, 'z-index', '5');
    set(document.querySelector('.scrolly-graphic')!, 'translate', '0 20vh');
    const underChart = await audit.coveredStepText();
    return { covered, unringed, small, wide, clipped, underChart: underChart.length };
  });
  expect(faults.covered).toContain('site-header');
  expect(faults.unringed).toContain('no outline');
  expect(faults.small.some((what) => what.includes('site-nav-link'))).toBe(true);
  expect(faults.wide.overflow).toBeGreaterThan(400);
  expect(faults.wide.widest[0]).toMatch(/^p\b/);
  expect(faults.clipped.length).toBeGreaterThan(0);
  expect(faults.underChart).toBeGreaterThan(0);
});
