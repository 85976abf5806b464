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

  it('cache hashed assets for a year, and only those', () => {
    expect(headersFor(rules, '/_astro/index.B1g8a0vD.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/_astro-not/x.css')['Cache-Control']).toBeUndefined();
  });

  it('match Netlify placeholders and splats', () => {
    const custom = parseHeaderRules('[[headers]]\nfor = "/embed/:chart"\n[headers.values]\nX-Test = "yes"\n');
    expect(headersFor(custom, '/embed/territory')['X-Test']).toBe('yes');
    expect(headersFor(custom, '/embed/territory/more')['X-Test']).toBeUndefined();
  });
});
