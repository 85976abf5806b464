/**
 * Every page the build wrote (404, embeds and print handouts among them), read from the files
 * themselves: valid HTML by the W3C's Nu HTML Checker, links and fragments that lead somewhere,
 * and no inline event handler. No browser: these read dist/ directly.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenLinks, describeBrokenLink, scanSite } from '../../src/lib/built-site/links.ts';
import { describeNuError, nuErrors, type NuError } from '../../src/lib/built-site/nu-checker.ts';
import { outsideSubset } from '../../src/lib/fonts/story-subset.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const site = scanSite(DIST);
/** The published address, from the sitemap: absolute links to it are the site's own. */
const origin = new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'))![1]!).origin;

test('the build wrote the pages these checks read', () => {
  const files = site.pages.map((page) => page.file);
  expect(files.length).toBeGreaterThanOrEqual(24);
  expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'embed/territory/index.html', 'chapters/origins/print/index.html']));
});

test.describe('valid HTML (Nu HTML Checker)', () => {
  // One Java process checks every page and the control page together, then both tests read it.
  test.describe.configure({ mode: 'serial' });
  const CONTROL = 'tests/fixtures/html-control/index.html';
  let errors: NuError[] = [];
  test.beforeAll(() => {
    test.setTimeout(180_000);
    errors = nuErrors([CONTROL, ...site.pages.map((page) => join(DIST, page.file))]);
  });

  test('the checker reports the errors planted in a control page, and only those', () => {
    // Without this, a checker that ran on nothing or reported nothing would pass every page.
    expect(errors.filter((e) => e.file === CONTROL).map((e) => e.message)).toEqual([
      'CSS: “animation-timelin”: Property “animation-timelin” doesn\'t exist.',
      'Duplicate ID “twice”.',
      'The heading “h3” (with computed level 3) follows the heading “h1” (with computed level 1), skipping 1 heading level.',
    ]);
  });

  test('every built page has no HTML errors', () => {
    const onPages = errors.filter((e) => e.file !== CONTROL);
    const pagesWithErrors = new Set(onPages.map((e) => e.file)).size;
    expect(onPages.map(describeNuError), `${onPages.length} error(s) on ${pagesWithErrors} page(s)`).toEqual([]);
  });
});

test('no page carries the shared base geography inline: the maps link to its one file', () => {
  const files = readdirSync(join(DIST, 'geo'));
  expect(files).toEqual([expect.stringMatching(/^base\.[0-9a-f]{12}\.svg$/)]);
  const shared = readFileSync(join(DIST, 'geo', files[0]!), 'utf8');
  const paths = [...shared.matchAll(/ d="([^"]+)"/g)].map(([, d]) => d!);
  // The countries, the rivers and the comparison country's outline, at the least.
  expect(paths.length).toBeGreaterThanOrEqual(20);
  const inlined = site.pages.flatMap((page) => {
    const html = readFileSync(join(DIST, page.file), 'utf8');
    return paths.filter((d) => html.includes(d)).map((d) => `${page.file}: ${d.slice(0, 40)}… (${d.length} characters)`);
  });
  expect(inlined).toEqual([]);
  const linking = site.pages.filter((page) => readFileSync(join(DIST, page.file), 'utf8').includes(`<use href="/geo/${files[0]}#`)).map((page) => page.file);
  expect(linking).toEqual(expect.arrayContaining(['index.html', 'embed/control-map/index.html', 'embed/size-map/index.html', 'chapters/at-its-peak/print/index.html']));
});

test("every character of every page's words prints from the story's subset of the serif", () => {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  const words = (html: string) =>
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
      .replace(/&([a-z]+);/gi, (entity, name: string) => named[name] ?? entity);
  const outside = site.pages.flatMap((page) =>
    outsideSubset(words(readFileSync(join(DIST, page.file), 'utf8'))).map(
      (c) => `${page.file}: “${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
    ),
  );
  // Such a character still prints in the serif, but costs the reader @fontsource's whole file for its range.
  expect(outside, 'Add these to STORY_CHARACTERS in src/lib/fonts/story-subset.ts and run `npm run fonts`').toEqual([]);
});

for (const page of site.pages) {
  test.describe(`${page.file}`, () => {
    test('every link on this site leads to a file, and every #fragment to an element', () => {
      expect(brokenLinks(DIST, site, page, origin).map(describeBrokenLink)).toEqual([]);
    });

    test('no inline event handler or javascript: address', () => {
      // The CSP allows no inline script; an on* attribute would be a dead control, or a hole if allowed.
      expect(site.scan(page.file).inlineScript).toEqual([]);
    });
  });
}
