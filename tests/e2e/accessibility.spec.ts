/** axe (WCAG 2.2 AA rules) on every page, on a phone and a laptop, in light and dark. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, colourRules, switchColorScheme } from './axe.ts';
import { LAPTOP, PHONE, sitemapPaths } from './support.ts';

const DIST = process.env.E2E_DIST ?? 'dist';

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
      // Dark changes colours only (tested below), so the rules that read colours are the ones
      // whose answer can change.
      const dark = await axeViolations(page, undefined, { colourOnly: true });
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    });
  }
}

/** Every declaration inside a `prefers-color-scheme` media block of some CSS text. */
function schemeDeclarations(css: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < css.length) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}') depth--;
      end++;
    }
    const block = css.slice(match.index + match[0].length, end - 1);
    for (const [, property] of block.replace(/[^{};]*\{/g, ';').matchAll(/([-a-zA-Z]+)\s*:/g)) found.push(property!);
  }
  return found;
}

test('the dark scheme changes colours and nothing else, so its axe pass runs the colour rules', async ({ page }) => {
  const colourProperty = /^(--color-[-a-z]+|color|background-color|border(-[a-z]+)?-color|outline-color|fill|stroke|stop-color|accent-color|caret-color|text-decoration-color|color-scheme)$/;
  const sheets = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.css')).map((file) => join(DIST, '_astro', file));
  const pages = sitemapPaths().map((path) => join(DIST, path, 'index.html'));
  const geography = readdirSync(join(DIST, 'geo')).map((file) => join(DIST, 'geo', file));
  const declarations = [...sheets, ...pages, ...geography].flatMap((file) => schemeDeclarations(readFileSync(file, 'utf8')).map((property) => `${file}: ${property}`));
  // The check must have found the palette's own switch, or it proves nothing.
  expect(declarations.some((line) => line.endsWith(': --color-paper'))).toBe(true);
  expect(declarations.filter((line) => !colourProperty.test(line.split(': ').at(-1)!))).toEqual([]);
  await page.goto('/');
  expect((await colourRules(page)).sort()).toEqual(['color-contrast', 'link-in-text-block']);
});
