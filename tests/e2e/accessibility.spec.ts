/** axe (WCAG 2.2 AA rules) on every page, on a phone and a laptop, in light and dark. */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LAPTOP, PHONE, sitemapPaths } from './support.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of [...sitemapPaths(), '/this-page-does-not-exist']) {
  for (const [name, viewport] of [['390 px', PHONE], ['1280 px', LAPTOP]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} at ${name}, ${colorScheme}: no WCAG 2.2 AA violations`, async ({ page }) => {
        // axe computes every node's colours: on the long explainer page that takes 20–40 s on a
        // busy 2-core machine, which says nothing about the page.
        test.setTimeout(90_000);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  }
}
