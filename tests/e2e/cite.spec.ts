/**
 * "Cite this" as a teacher uses it: three styles for the explainer and for each chapter, a Copy
 * button that puts the citation on the clipboard with today's date as the access date and says
 * so, and, without JavaScript, the same citations to select by hand.
 */
import { expect, test, type Page } from '@playwright/test';
import { LAPTOP } from './support.ts';

test.use({ viewport: LAPTOP });

const styles = ['APA (7th edition)', 'MLA (9th edition)', 'Chicago (17th edition, bibliography)'];
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Today as APA writes it, on the browser's own calendar. */
const todayInApa = (page: Page) =>
  page.evaluate(() => new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(new Date()));

test('the explainer can be cited in APA, MLA and Chicago, and each chapter too', async ({ page }) => {
  await page.goto('/');
  const block = page.locator('#cite');
  await expect(block.getByRole('heading', { level: 2 })).toHaveText('Cite this explainer');
  const top = block.locator(':scope > dl > div');
  await expect(top.locator('dt')).toHaveText(styles);
  const apa = normalise(await top.nth(0).locator('.citation-text').textContent());
  expect(apa).toContain('The rise and fall of the Islamic State group’s “caliphate');
  expect(apa).toMatch(/Retrieved \w+ \d{1,2}, \d{4}, from https?:\/\/\S+\/$/);

  const chapters = await page.locator('article.chapter').evaluateAll((els) => els.map((el) => el.id));
  const summaries = block.locator('details.cite-chapter summary');
  await expect(summaries).toHaveCount(chapters.length);
  for (const [i, slug] of chapters.entries()) {
    const summary = normalise(await summaries.nth(i).textContent());
    expect(summary.length).toBeGreaterThan(3);
    expect(normalise(await page.locator(`[id="${slug}"] h2`).first().textContent())).toContain(summary);
    const texts = await block.locator('details.cite-chapter').nth(i).locator('.citation-text').allTextContents();
    expect(texts).toHaveLength(3);
    // A chapter's citation points at the chapter's own page.
    for (const text of texts) expect(text).toMatch(new RegExp(`/chapters/${slug}(/|\\.|\\s|$)`));
  }
});

test('Copy puts the citation on the clipboard with today as the access date, and says "Citation copied"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#cite');
  const today = await todayInApa(page);
  const apa = page.locator('#cite > dl > div').first();
  const button = apa.getByRole('button', { name: /^Copy APA/ });
  await expect(button).toBeVisible();
  await button.click();
  const status = apa.getByRole('status');
  await expect(status).toHaveText('Citation copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(normalise(await apa.locator('.citation-text').textContent()));
  expect(copied).toContain(`Retrieved ${today}, from`);
  expect(copied).not.toMatch(/\s{2}/);

  // A chapter's citation, in MLA, copies just as well.
  const chapter = page.locator('details.cite-chapter').nth(1);
  await chapter.locator('summary').click();
  const mla = chapter.locator('dl > div').nth(1);
  await mla.getByRole('button', { name: /^Copy MLA/ }).click();
  await expect(mla.getByRole('status')).toHaveText('Citation copied');
  const chapterCopy = await page.evaluate(() => navigator.clipboard.readText());
  expect(chapterCopy).toBe(normalise(await mla.locator('.citation-text').textContent()));
  expect(chapterCopy).toMatch(/\/chapters\/the-rise\. Accessed \d{1,2} \w+\.? \d{4}\.$/);
});

test('the Copy button is reachable by keyboard and at least 24 px tall', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#cite');
  const button = page.locator('#cite > dl > div').nth(2).getByRole('button', { name: /^Copy Chicago/ });
  await button.focus();
  await expect(button).toBeFocused();
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.width).toBeGreaterThanOrEqual(24);
  await page.keyboard.press('Enter');
  await expect(page.locator('#cite > dl > div').nth(2).getByRole('status')).toHaveText('Citation copied');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citations are there to select, dated to the build, and no Copy button shows', async ({ page }) => {
    await page.goto('/');
    const block = page.locator('#cite');
    await expect(block.getByRole('button')).toHaveCount(0);
    await expect(block.locator('button[data-copy]').first()).toBeHidden();
    const citations = block.locator(':scope > dl .citation-text');
    await expect(citations).toHaveCount(3);
    for (const citation of await citations.all()) await expect(citation).toBeVisible();
    const accessed = await block.locator(':scope > dl time[data-access-style="apa"]').getAttribute('datetime');
    expect(accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(block.locator('.cite-note').first()).toContainText('change it to the day you read the page');
  });
});
