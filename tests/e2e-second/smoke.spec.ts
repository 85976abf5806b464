/**
 * A second explainer (tests/fixtures/second-explainer: Napoleon in Russia, 1812) built with the
 * same kit: its own title and words, a scrolly that steps through, a map of its own region, and
 * /sources listing its own sources. Nothing of the first explainer may show through.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../e2e/axe.ts';
import { LAPTOP, PHONE, watch } from '../e2e/support.ts';

test.use({ reducedMotion: 'reduce', viewport: LAPTOP });

const map = 'scrolly-story[data-chart="control-map"]';
const statusOf = (page: Page, place: string) => page.locator(`${map} .place[data-place="${place}"]`).getAttribute('data-status');

test('the front page is the second explainer, with nothing of the first', async ({ page }) => {
  const trouble = watch(page);
  await page.goto('/');
  await expect(page).toHaveTitle(/Napoleon in Russia, 1812/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Napoleon in Russia, 1812');
  // The figure comes from the fixture's data, with its citation mark.
  await expect(page.locator('#crossing')).toContainText(/In June, about 600,000\s*\[1\] soldiers of the Grande Armée/);
  const text = (await page.locator('body').textContent()) ?? '';
  for (const word of ['Islamic State', 'caliphate', 'Iraq', 'Syria', 'Mosul', 'Euphrates']) expect(text, word).not.toContain(word);
  expect(trouble).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('the map scrolly steps through: each step shows the towns the army held on its date', async ({ page }) => {
  const expected: Record<string, Record<string, string>> = {
    'march-june': { vilnius: 'held', smolensk: 'not-held', moscow: 'not-held' },
    'march-september': { vilnius: 'held', smolensk: 'held', moscow: 'held' },
    'march-december': { vilnius: 'retaken', smolensk: 'retaken', moscow: 'retaken' },
  };
  await page.goto('/');
  expect(await page.locator(`${map} .scrolly-step`).evaluateAll((els) => els.map((el) => el.id))).toEqual(Object.keys(expected));
  for (const [step, places] of Object.entries(expected)) {
    await page.locator(`[id="${step}"]`).scrollIntoViewIfNeeded();
    await page.locator(`[id="${step}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(page.locator(map)).toHaveAttribute('data-active-step', step);
    for (const [place, status] of Object.entries(places)) await expect.poll(() => statusOf(page, place), `${place} at ${step}`).toBe(status);
  }
});

test('the map is of its own region: its countries, its towns, and the legend in its own words', async ({ page }) => {
  await page.goto('/');
  const svg = page.locator(`${map} .chart-svg`);
  // Its countries come from the shared base-geography file: three of them drawn as focus countries.
  const land = (await svg.locator('use[href$="#control-map-land"]').getAttribute('href'))!;
  const file = await (await page.request.get(land.split('#')[0]!)).text();
  const group = file.slice(file.indexOf('<g id="control-map-land">'));
  expect(group.slice(0, group.indexOf('</g>')).match(/class="country country-focus"/g)).toHaveLength(3);
  await expect(svg.locator('.country-label', { hasText: 'Russia' })).toHaveCount(1);
  // The names as drawn: each place carries a phone's label set and a wider screens' one, and CSS shows one.
  expect((await svg.locator('.place-name:visible').allTextContents()).sort()).toEqual(['Moscow', 'Smolensk', 'Vilnius']);
  await expect(svg).toContainText('held by the French army');
  // A map, not an empty frame: the shared group holds the countries as paths, and the page draws it.
  expect(group.slice(0, group.indexOf('</g>')).match(/class="country\b/g)?.length ?? 0).toBeGreaterThan(3);
  const drawn = (await svg.locator('use[href$="#control-map-land"]').first().boundingBox())!;
  expect(drawn.width * drawn.height).toBeGreaterThan(0);
});

test('the estimates chart draws the year its data has, and its step shows it', async ({ page }) => {
  await page.goto('/#army-june');
  const chart = page.locator('scrolly-story[data-chart="fighters"]');
  await expect(chart).toHaveAttribute('data-active-step', 'army-june');
  await expect(chart.locator('[data-layer="1812"]')).toBeVisible();
  await expect(chart.locator('[data-layer="legend"]')).toContainText('Main army');
});

test('/sources lists its own sources, and only those', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.locator('#britannica-invasion cite')).toHaveText('“French invasion of Russia”');
  await expect(page.locator('#britannica-borodino cite')).toHaveText('“Battle of Borodino”');
  await expect(page.locator('#britannica-invasion').getByRole('link', { name: 'The march and the retreat: Crossing the Neman' })).toHaveAttribute('href', '/#crossing');
  await expect(page.locator('main li.source')).toHaveCount(2);
  await expect(page.locator('main')).not.toContainText('BBC');
});

for (const [name, viewport] of [['390 px', PHONE], ['1280 px', LAPTOP]] as const) {
  test(`the front page at ${name} has no WCAG 2.2 AA violations`, async ({ page }) => {
    // axe reads every node's colours: slow on a busy 2-core machine, not a sign of trouble.
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    expect(await axeViolations(page)).toEqual([]);
  });
}
