import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brokenLinks, describeBrokenLink, scanSite } from '../../src/lib/built-site/links.ts';
import { fileFor } from '../../src/lib/built-site/pages.ts';
import { scanPage, srcsetUrls } from '../../src/lib/built-site/page-scan.ts';

const ORIGIN = 'https://explainer.example';
let dir: string;

function write(file: string, body: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
}

/** Every broken link in the small site, as the e2e test would print them. */
function report(): string[] {
  const site = scanSite(dir);
  return site.pages.flatMap((page) => brokenLinks(dir, site, page, ORIGIN)).map(describeBrokenLink);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'built-site-'));
  const aliases = JSON.stringify({ 'old-step': 'new-step', 'old-gone': 'never-existed' }).replaceAll('"', '&quot;');
  write(
    'index.html',
    `<a href="#main">skip</a><main id="main">
      <a href="/about/">about</a> <a href="/about">about, no slash</a> <a href="about/#team">team</a>
      <a href="/about/#new-step">new</a> <a href="/#old-step">renamed step</a> <a href="#top">top</a>
      <a href="/data/table.csv">data</a> <a href="https://elsewhere.example/x">elsewhere</a> <a href="mailto:a@b.c">mail</a>
      <a href="${ORIGIN}/about/">absolute</a> <a href="/about/#legacy">named anchor</a>
      <img src="/img/a.png" srcset="/img/a.png 1x, /img/b.png 2x" alt="">
      <div data-aliases="${aliases}"><span id="new-step"></span></div></main>`,
  );
  write('about/index.html', '<h1 id="team">Team</h1><span id="new-step"></span><a name="legacy"></a>');
  write('404.html', '<a href="#main">skip</a><main id="main"><a href="/">home</a><a href="missing.css">relative</a></main>');
  mkdirSync(join(dir, 'img'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'img/a.png'), '');
  writeFileSync(join(dir, 'data/table.csv'), 'a,b\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the link checker', () => {
  it('passes a site whose links all lead somewhere, except what is broken on purpose below', () => {
    // The 404 page is checked as if shown at a deep missing address, where a relative link breaks.
    expect(report()).toEqual(['/any/missing/page: <a href> "missing.css": no file in the built site is served at /any/missing/missing.css', '/: <img srcset> "/img/b.png": no file in the built site is served at /img/b.png']);
  });

  it('names the page, the link and what is wrong: a missing page, a missing id, an alias to nothing', () => {
    write(
      'broken/index.html',
      '<a href="/nowhere/">gone</a> <a href="/about/#no-such-id">bad fragment</a> <a href="/#old-gone">dead alias</a> <a href="/about/#old-step">alias the page does not carry</a>',
    );
    try {
      expect(report().filter((line) => line.startsWith('/broken/'))).toEqual([
        '/broken/: <a href> "/nowhere/": no file in the built site is served at /nowhere/',
        '/broken/: <a href> "/about/#no-such-id": no element on /about/ has the id "no-such-id"',
        '/broken/: <a href> "/#old-gone": #old-gone is an alias of #never-existed, which is not on / either',
        '/broken/: <a href> "/about/#old-step": no element on /about/ has the id "old-step"',
      ]);
    } finally {
      rmSync(join(dir, 'broken'), { recursive: true });
    }
  });
});

describe('reading a page', () => {
  it('finds inline event handlers and javascript: addresses, in HTML and SVG', () => {
    const scan = scanPage('<button onclick="go()">x</button><a href="javascript:void 0">y</a><svg><rect onmouseover="z()"/></svg><details open><summary>s</summary></details>');
    expect(scan.inlineScript).toEqual(['<button onclick>', '<a href="javascript:void 0">', '<rect onmouseover>']);
  });

  it('reads every address in a srcset, commas inside an address included', () => {
    expect(srcsetUrls('/a.png 1x, /b,c.png 2x,/d.png')).toEqual(['/a.png', '/b,c.png', '/d.png']);
    expect(srcsetUrls('/only.png')).toEqual(['/only.png']);
  });

  it('finds SVG references and <template> content', () => {
    const scan = scanPage('<svg><use xlink:href="#icon"/></svg><template><img src="/t.png" alt=""></template>');
    expect(scan.references.map((r) => `${r.where} ${r.url}`)).toEqual(['<use xlink:href> #icon', '<img src> /t.png']);
  });
});

describe('addresses to files', () => {
  it('resolves pretty URLs as Netlify does, and never outside the built folder', () => {
    expect(fileFor(dir, '/')).toBe('index.html');
    expect(fileFor(dir, '/about')).toBe('about/index.html');
    expect(fileFor(dir, '/about/')).toBe('about/index.html');
    expect(fileFor(dir, '/data/table.csv')).toBe('data/table.csv');
    expect(fileFor(dir, '/img/')).toBeUndefined();
    expect(fileFor(dir, '/../etc/passwd')).toBeUndefined();
    expect(fileFor(dir, '/%E0%A4%A')).toBeUndefined();
  });
});
