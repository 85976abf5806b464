/**
 * A renamed chapter's old addresses become Netlify redirects to the new ones; renamed sections and
 * steps, which live inside a page and are handled there, add none. The local server reads the same
 * rules back and picks them as Netlify does.
 */
import { describe, expect, it } from 'vitest';
import { chapterRedirects, formatRedirects, parseRedirects, parseTomlRedirects, redirectFor, redirectsFileText } from '../../src/lib/netlify/redirects.ts';

const built = [
  '',
  'chapters/the-fall/',
  'chapters/the-fall/print/',
  'chapters/the-fall/cite/',
  'chapters/the-fall-of-mosul/',
  'chapters/origins/',
  'chapters/origins/print/',
  'present/territory/baghuz-pocket/',
];

describe('redirects for renamed chapters', () => {
  it('send the old chapter page and its handout to the new ones, permanently', () => {
    const text = formatRedirects(chapterRedirects({ 'the-collapse': 'the-fall' }, built));
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/chapters\/the-collapse\/ +\/chapters\/the-fall\/ +301$/),
        expect.stringMatching(/^\/chapters\/the-collapse\/print\/ +\/chapters\/the-fall\/print\/ +301$/),
        expect.stringMatching(/^\/chapters\/the-collapse\/cite\/ +\/chapters\/the-fall\/cite\/ +301$/),
      ]),
    );
    // Nothing from a chapter whose slug merely starts the same way.
    expect(text).not.toContain('the-fall-of-mosul');
    expect(text.trim().split('\n')).toHaveLength(3);
  });

  it('make none for a renamed section or step', () => {
    const rules = chapterRedirects({ 'baghuz-siege': 'baghuz-pocket', 'old-step': 'hajin-taken' }, built);
    expect(rules).toEqual([]);
    expect(formatRedirects(rules)).toBe('');
  });

  it('list each renamed chapter, in a stable order', () => {
    const rules = chapterRedirects({ 'the-start': 'origins', 'the-collapse': 'the-fall' }, built);
    expect(rules.map((rule) => rule.from)).toEqual([
      '/chapters/the-collapse/',
      '/chapters/the-collapse/cite/',
      '/chapters/the-collapse/print/',
      '/chapters/the-start/',
      '/chapters/the-start/print/',
    ]);
  });
});

describe('the _redirects file the build publishes', () => {
  const rules = chapterRedirects({ 'the-collapse': 'the-fall' }, built);

  it('keeps a hand-written file first, so its rules win where both match', () => {
    const text = redirectsFileText('/chapters/the-collapse/  /elsewhere/  302', rules, 'permalinks.json');
    expect(text.startsWith('/chapters/the-collapse/  /elsewhere/  302\n')).toBe(true);
    expect(text).toContain('# Renamed chapters, from the aliases in permalinks.json');
    expect(redirectFor(parseRedirects(text), '/chapters/the-collapse/')?.to).toBe('/elsewhere/');
    expect(redirectFor(parseRedirects(text), '/chapters/the-collapse/print/')?.to).toBe('/chapters/the-fall/print/');
  });

  it('is the generated rules alone when there is no hand-written file', () => {
    const text = redirectsFileText(undefined, rules, 'permalinks.json');
    expect(parseRedirects(text)).toEqual(rules);
  });
});

describe('reading redirects back, as Netlify applies them', () => {
  const rules = parseRedirects(`# hand-written\n/old-page  /new-page  302\n\n${formatRedirects(chapterRedirects({ 'the-collapse': 'the-fall' }, built))}/forced  /elsewhere  301!\n`);

  it('reads what the build writes', () => {
    expect(redirectFor(rules, '/chapters/the-collapse/print/')).toEqual({ from: '/chapters/the-collapse/print/', to: '/chapters/the-fall/print/', status: 301, force: false });
    expect(redirectFor(rules, '/old-page')).toMatchObject({ to: '/new-page', status: 302 });
    expect(redirectFor(rules, '/forced')).toMatchObject({ status: 301, force: true });
  });

  it('match an address with or without its trailing slash', () => {
    expect(redirectFor(rules, '/chapters/the-collapse')?.to).toBe('/chapters/the-fall/');
    expect(redirectFor(rules, '/old-page/')?.to).toBe('/new-page');
    expect(redirectFor(rules, '/chapters/the-fall/')).toBeUndefined();
    expect(redirectFor(rules, '/')).toBeUndefined();
  });

  it('read the [[redirects]] of a netlify.toml', () => {
    const toml = '[[redirects]]\nfrom = "/a"\nto = "/b"\n\n[[redirects]]\nfrom = "/c"\nto = "/d"\nstatus = 302\nforce = true\n';
    expect(parseTomlRedirects(toml)).toEqual([
      { from: '/a', to: '/b', status: 301, force: false },
      { from: '/c', to: '/d', status: 302, force: true },
    ]);
  });
});
