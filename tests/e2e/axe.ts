/**
 * axe-core (WCAG 2.2 AA rules) run inside the page under test. axe is put into a page once per
 * load and can then be run as often as a test needs: after opening a popover, or once in light
 * and once in dark. @axe-core/playwright's AxeBuilder parses the 1.5 MB axe source again on every
 * analyze() and finishes each run in a new blank page, which cost more than the rules themselves
 * on the 2-core machines that run these tests. The rules, tags and results are axe's own.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext } from 'axe-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The same axe-core build AxeBuilder used, minified: the same rules in half the bytes to parse. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Puts axe into the page and each of its frames (once a load), so frames are checked too. */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => 'axe' in window)) continue;
    await frame.evaluate(AXE_SOURCE);
  }
}

/**
 * Each WCAG 2.2 AA violation on the page as it is now, one line a rule: the rule id and the
 * elements it found. `include` narrows the check to part of the page (a CSS selector).
 * `colourOnly` runs only the rules that read colours (axe's category cat.color: contrast, and
 * links told apart from text by colour): for a second pass in the other colour scheme, which
 * changes colours and nothing else (accessibility.spec checks that of the built CSS).
 */
export async function axeViolations(page: Page, include?: string, { colourOnly = false } = {}): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(
    async ({ tags, include: selector, colourOnly: coloursOnly }) => {
      type Axe = {
        run: (c: ElementContext, o: object) => Promise<AxeResults>;
        getRules: (tags: string[]) => { ruleId: string; tags: string[] }[];
      };
      const axe = (window as unknown as { axe: Axe }).axe;
      const context: ElementContext = selector ? { include: [selector] } : document;
      const runOnly = coloursOnly
        ? { type: 'rule', values: axe.getRules(tags).filter((rule) => rule.tags.includes('cat.color')).map((rule) => rule.ruleId) }
        : { type: 'tag', values: tags };
      const results = await axe.run(context, { runOnly });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: WCAG_22_AA, include, colourOnly },
  );
}

/** The rules `axeViolations(…, { colourOnly: true })` runs. */
export async function colourRules(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: { getRules: (tags: string[]) => { ruleId: string; tags: string[] }[] } }).axe
        .getRules(tags)
        .filter((rule) => rule.tags.includes('cat.color'))
        .map((rule) => rule.ruleId),
    WCAG_22_AA,
  );
}

/**
 * Switches the page to `colorScheme` without reloading it, and waits until the new colours are
 * painted: two frames for the style change, then any transition it started (the page's
 * scroll-driven animations run on the scroll, not the clock, and never finish by themselves).
 */
export async function switchColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(async (scheme) => {
    if (!matchMedia(`(prefers-color-scheme: ${scheme})`).matches) throw new Error(`the page does not see prefers-color-scheme: ${scheme}`);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition && animation.playState === 'running');
    await Promise.all(transitions.map((transition) => transition.finished.catch(() => undefined)));
  }, colorScheme);
}
