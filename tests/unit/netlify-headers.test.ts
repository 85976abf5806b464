import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFor, parseHeaderRules } from '../../src/lib/netlify/headers.ts';

const rules = parseHeaderRules(readFileSync('netlify.toml', 'utf8'));

describe('the headers in netlify.toml', () => {
  it('send the security headers on every page', () => {
    const page = headersFor(rules, '/sources');
    expect(page['Content-Security-Policy']).toBe("frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'");
    expect(page['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(page['Permissions-Policy']).toContain('camera=()');
    expect(page['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(page['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(page['Cache-Control']).toBeUndefined();
  });

  it('let only the chart embeds be framed by other sites', () => {
    const open = "frame-ancestors *; base-uri 'self'; object-src 'none'; form-action 'self'";
    for (const path of ['/embed/territory/', '/embed/control-map/', '/embed/size-map/index.html']) {
      const embed = headersFor(rules, path);
      expect(embed['Content-Security-Policy'], path).toBe(open);
      // No header that would forbid framing again: browsers apply X-Frame-Options where a policy lacks frame-ancestors.
      expect(embed['X-Frame-Options'], path).toBeUndefined();
      // The rest of the protection still applies to an embed.
      expect(embed['Strict-Transport-Security'], path).toMatch(/max-age=\d{8}/);
      expect(embed['X-Content-Type-Options'], path).toBe('nosniff');
    }
    for (const path of ['/', '/teachers/', '/chapters/the-rise/print/', '/sources', '/embedded/territory/', '/data/embed/x']) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toMatch(/^frame-ancestors 'none';/);
    }
  });

  it('never send X-Frame-Options, which no later rule could lift for the embeds', () => {
    // frame-ancestors 'none' does its work on every other page; see the comment in netlify.toml.
    for (const rule of rules) expect(Object.keys(rule.values), rule.for).not.toContain('X-Frame-Options');
  });

  it('cache hashed assets for a year, and only those', () => {
    expect(headersFor(rules, '/_astro/index.B1g8a0vD.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/_astro-not/x.css')['Cache-Control']).toBeUndefined();
    // The shared base geography's name carries its hash too (src/lib/data/shared-geography.ts).
    expect(headersFor(rules, '/geo/base.0123456789ab.svg')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('match Netlify placeholders and splats', () => {
    const custom = parseHeaderRules('[[headers]]\nfor = "/embed/:chart"\n[headers.values]\nX-Test = "yes"\n');
    expect(headersFor(custom, '/embed/territory')['X-Test']).toBe('yes');
    expect(headersFor(custom, '/embed/territory/more')['X-Test']).toBeUndefined();
  });
});
