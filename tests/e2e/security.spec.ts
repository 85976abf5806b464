/**
 * The built site served with netlify.toml's headers: every page loads with no CSP violation,
 * console error, failed request or request to another host.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths, watch } from './support.ts';

const pages = [...sitemapPaths(), '/this-page-does-not-exist'];

test('the sitemap lists every page', () => {
  expect(sitemapPaths().sort()).toEqual([
    '/',
    '/chapters/after-the-caliphate/',
    '/chapters/after-the-caliphate/cite/',
    '/chapters/after-the-caliphate/print/',
    '/chapters/at-its-peak/',
    '/chapters/at-its-peak/cite/',
    '/chapters/at-its-peak/print/',
    '/chapters/origins/',
    '/chapters/origins/cite/',
    '/chapters/origins/print/',
    '/chapters/the-collapse/',
    '/chapters/the-collapse/cite/',
    '/chapters/the-collapse/print/',
    '/chapters/the-last-pocket/',
    '/chapters/the-last-pocket/cite/',
    '/chapters/the-last-pocket/print/',
    '/chapters/the-rise/',
    '/chapters/the-rise/cite/',
    '/chapters/the-rise/print/',
    '/data/',
    '/embed/control-map/',
    '/embed/fighters/',
    '/embed/people/',
    '/embed/size-map/',
    '/embed/territory/',
    '/glossary/',
    '/guide/',
    '/methods/',
    '/present/control-map/',
    '/present/control-map/map-early-2014/',
    '/present/control-map/map-end-2018/',
    '/present/control-map/map-late-2017/',
    '/present/control-map/map-march-2019/',
    '/present/control-map/map-may-2015/',
    '/present/control-map/map-mid-2014/',
    '/present/control-map/map-peak/',
    '/present/fighters/',
    '/present/fighters/fighters-2014/',
    '/present/fighters/fighters-2016/',
    '/present/fighters/fighters-2017/',
    '/present/fighters/fighters-2018/',
    '/present/fighters/fighters-2019/',
    '/present/people/',
    '/present/people/people-later/',
    '/present/people/people-liberated/',
    '/present/people/people-peak-estimates/',
    '/present/size-map/',
    '/present/size-map/size-controlled/',
    '/present/size-map/size-influence/',
    '/present/size-map/size-uk-beside/',
    '/present/size-map/size-uk-over/',
    '/present/territory/',
    '/present/territory/territory-2015/',
    '/present/territory/territory-2016/',
    '/present/territory/territory-2017/',
    '/present/territory/territory-influence/',
    '/present/territory/territory-last-pocket/',
    '/slides/',
    '/sources/',
    '/teachers/',
  ]);
});

for (const path of pages) {
  test(`${path} loads cleanly under the published headers`, async ({ page }) => {
    const trouble = watch(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === '/this-page-does-not-exist' ? 404 : 200);
    await page.waitForLoadState('networkidle');
    const headers = response!.headers();
    // Embeds exist to be framed by teachers' pages; everything else refuses framing.
    expect(headers['content-security-policy']).toContain(path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'");
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(headers['x-content-type-options']).toBe('nosniff');
    // Astro's hashed <meta> policy is the one that governs scripts and styles.
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'[^;]*'sha256-/);
    // On the 404 page the browser reports the page's own status, and nothing else may fail.
    const expectedErrors = path === '/this-page-does-not-exist' ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
    expect(trouble).toEqual({ consoleErrors: expectedErrors, failedRequests: [], foreignRequests: [] });
  });
}

test('hashed assets are cached for a year and pages are not', async ({ page, request }) => {
  const assets: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/_astro/')) assets.push(r.url());
  });
  const pageResponse = await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(pageResponse?.headers()['cache-control'] ?? '').not.toContain('immutable');
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(asset);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
});

test('an inline script the build did not hash is refused', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes"';
    document.body.append(script);
  });
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'yes');
  expect(violations.join('\n')).toContain('Content Security Policy');
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml/);
});
