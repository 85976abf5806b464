/** axe (WCAG 2.2 AA rules) on every page, on a phone and a laptop, in light and dark. */
import { expect, test } from '@playwright/test';
import { axeViolations, switchColorScheme } from './axe.ts';
import { LAPTOP, PHONE, sitemapPaths } from './support.ts';

for (const path of [...sitemapPaths(), '/this-page-does-not-exist']) {
  for (const [name, viewport] of [['390 px', PHONE], ['1280 px', LAPTOP]] as const) {
    // One load a page and screen size serves both colour schemes: the scheme is a media query,
    // so switching it repaints the same page, and axe is put into the page only once.
    test(`${path} at ${name}, light and dark: no WCAG 2.2 AA violations`, async ({ page }) => {
      // axe computes every node's colours: on the long explainer page that takes 20–40 s a scheme
      // on a busy 2-core machine, which says nothing about the page.
      test.setTimeout(150_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const light = await axeViolations(page);
      await switchColorScheme(page, 'dark');
      const dark = await axeViolations(page);
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    });
  }
}
