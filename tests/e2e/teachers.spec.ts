/**
 * /teachers as a teacher uses it to plan a lesson: every chapter's objectives, every section and
 * scroll step with its reading time and a link that lands on it, the key terms linked to the
 * glossary, at least three discussion questions, a timed lesson plan, and a clean printout.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { publishedChapters, watch } from './support.ts';

interface ChapterInfo {
  slug: string;
  title: string;
  order: number;
  objectives: string[];
  sections: string[];
  steps: string[];
  terms: string[];
}

/** The chapters as editors wrote them, read through the same outline the site is built from. */
const chapters: ChapterInfo[] = publishedChapters()
  .map((outline) => {
    const data = outline.frontmatter as { slug: string; title: string; order: number; objectives: string[] };
    const ids = (name: string) => outline.uses.filter((use) => use.name === name).map((use) => use.attributes.id ?? '');
    return { slug: data.slug, title: data.title, order: data.order, objectives: data.objectives, sections: ids('Section'), steps: ids('Step'), terms: [...new Set(ids('Term'))] };
  })
  .sort((a, b) => a.order - b.order);

const teaching = JSON.parse(readFileSync(new URL('../../content/teaching.json', import.meta.url), 'utf8')) as { chapter: string; questions: string[] }[];

const text = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();

async function openTeachers(page: Page) {
  const trouble = watch(page);
  const response = await page.goto('/teachers/');
  expect(response?.status()).toBe(200);
  return trouble;
}

test('each chapter lists its learning objectives and at least three discussion questions', async ({ page }) => {
  const trouble = await openTeachers(page);
  await expect(page.locator('h1')).toHaveText('For teachers');
  await expect(page.locator('.teach-chapter')).toHaveCount(chapters.length);
  for (const chapter of chapters) {
    const block = page.locator(`#teach-${chapter.slug}`);
    await expect(block.locator('h2')).toHaveText(chapter.title);
    const objectives = block.getByRole('heading', { name: 'Learning objectives' }).locator('xpath=following-sibling::ul[1]/li');
    expect((await objectives.allTextContents()).map(text)).toEqual(chapter.objectives);
    const questions = block.getByRole('heading', { name: 'Questions for discussion' }).locator('xpath=following-sibling::ol[1]/li');
    expect(await questions.count(), chapter.slug).toBeGreaterThanOrEqual(3);
    const written = teaching.find((entry) => entry.chapter === chapter.slug)?.questions ?? [];
    expect((await questions.allTextContents()).map(text)).toEqual(written);
    for (const question of written) expect(question, 'is phrased as a question').toContain('?');
  }
  expect(trouble).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('every section and scroll step is listed with its reading time and a link to it', async ({ page }) => {
  await openTeachers(page);
  for (const chapter of chapters) {
    const block = page.locator(`#teach-${chapter.slug}`);
    await expect(block.locator('.teach-meta')).toContainText(/Reading time: \d+ min/);
    for (const id of [...chapter.sections, ...chapter.steps]) {
      const link = block.locator(`a[href="/#${id}"]`);
      await expect(link, id).toHaveCount(1);
      // The time sits right beside the link it belongs to, and is never "0 min".
      const time = link.locator('xpath=following-sibling::span[contains(@class, "reading-time")][1]');
      await expect(time, id).toHaveText(/^Reading time: [1-9]\d* min$/);
    }
    // Each step says what the chart shows at that moment, so a teacher can pick one without opening it.
    for (const id of chapter.steps) {
      await expect(block.locator(`a[href="/#${id}"]`).locator('xpath=..').locator('.teach-step-shows')).toHaveText(/^The chart shows: \S.{20,}/);
    }
  }
});

test('key terms link to their glossary entries', async ({ page }) => {
  await openTeachers(page);
  for (const chapter of chapters) {
    const terms = page.locator(`#teach-${chapter.slug} .teach-terms a`);
    expect(await terms.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), chapter.slug).toEqual(chapter.terms.map((id) => `/glossary#${id}`));
  }
});

test('every link on the page leads to something that exists', async ({ page, request }) => {
  await openTeachers(page);
  const hrefs = [...new Set(await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))];
  expect(hrefs.length).toBeGreaterThan(50);
  const onPage = hrefs.filter((href) => href.startsWith('#'));
  const byPage = new Map<string, string[]>();
  for (const href of hrefs.filter((h) => !h.startsWith('#'))) {
    // Only the site itself: a lesson should not depend on pages that may move.
    expect(href, 'a link within the site').toMatch(/^\/(?!\/)/);
    const url = new URL(href, 'http://site');
    const ids = byPage.get(url.pathname) ?? [];
    if (url.hash) ids.push(decodeURIComponent(url.hash.slice(1)));
    byPage.set(url.pathname, ids);
  }
  for (const href of onPage) await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
  expect([...byPage.keys()]).toEqual(expect.arrayContaining(['/', '/glossary']));
  for (const [path, ids] of byPage) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    if (ids.length === 0) continue;
    await page.goto(path);
    const missing = await page.evaluate((wanted) => wanted.filter((id) => !document.getElementById(id)), ids);
    expect(missing, `anchors missing on ${path}`).toEqual([]);
  }
});

test('a step link opens the explainer at that step', async ({ page }) => {
  await openTeachers(page);
  const chapter = chapters.find((c) => c.steps.length > 0)!;
  const step = chapter.steps[0]!;
  await page.locator(`#teach-${chapter.slug} a[href="/#${step}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/#${step}$`));
  await expect(page.locator(`[id="${step}"]`)).toBeInViewport();
});

test('the lesson plan is timed stage by stage to 45 minutes and includes comparing estimates and sources', async ({ page }) => {
  await openTeachers(page);
  const plan = page.locator('#lesson-plan');
  await expect(plan.locator('h2')).toBeVisible();
  await expect(plan).toContainText('45-minute lesson');
  const times = (await plan.locator('.lesson-time').allTextContents()).map(text);
  expect(times.length).toBeGreaterThanOrEqual(3);
  expect(times[0]).toMatch(/^0–\d+ min$/);
  expect(times.at(-1)).toMatch(/–45 min$/);
  // Each stage starts when the one before it ends.
  for (let i = 1; i < times.length; i++) expect(times[i]!.split('–')[0]).toBe(times[i - 1]!.split('–')[1]!.replace(' min', ''));
  const activity = plan.locator('.lesson-stage', { hasText: /compare the estimates and their sources/i });
  await expect(activity).toHaveCount(1);
  // The activity hands students a chart and its data, not just words.
  await expect(activity.locator('a[href^="/embed/"]')).toHaveCount(1);
  await expect(activity.locator('a[href^="/#"]').first()).toBeVisible();
});

test('the page prints without navigation, with its lists intact and link addresses written out', async ({ page }) => {
  await openTeachers(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav[aria-label="Site"]')).toBeHidden();
  await expect(page.locator('.teachers-contents')).toBeHidden();
  for (const chapter of chapters) await expect(page.locator(`#teach-${chapter.slug} h2`)).toBeVisible();
  const firstChapter = page.locator('.teach-chapter').first();
  const listStyle = (selector: string) => firstChapter.locator(selector).first().evaluate((list) => getComputedStyle(list).listStyleType);
  expect(await listStyle('ul.teach-list')).toBe('disc');
  expect(await listStyle('ol.teach-questions')).toBe('decimal');
  expect(await listStyle('ol.teach-passages')).toBe('decimal');
  const breakInside = await firstChapter.locator('.teach-questions > li').first().evaluate((li) => getComputedStyle(li).breakInside);
  expect(breakInside).toBe('avoid');
  // On paper a teacher needs the address, not a blue word.
  const printed = await firstChapter.locator('.teach-passage > a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printed).toMatch(/https?:\/\/[^ ]+\/#/);
  // Every chapter starts on a new sheet.
  expect(await page.locator('.teach-chapter').nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(10_000);
});

test('"On this page" opens on the first screen: beside the title on a wide screen and in view while reading, under the introduction on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTeachers(page);
  const contents = page.locator('nav.teachers-contents');
  const links = contents.getByRole('link');
  await expect(links.first()).toHaveText('Tools for the classroom');
  expect(await links.count()).toBe(chapters.length + 1 + (await page.locator('#lesson-plan').count()));
  const title = (await page.locator('h1').boundingBox())!;
  const box = (await contents.boundingBox())!;
  expect(Math.abs(box.y - title.y), 'the contents start level with the title').toBeLessThanOrEqual(24);
  expect(box.x + box.width, 'the contents sit beside the title').toBeLessThanOrEqual(title.x);
  // Reading the last chapter, the list is still there to jump from.
  await page.locator(`#teach-${chapters.at(-1)!.slug}`).scrollIntoViewIfNeeded();
  await expect(contents).toBeInViewport();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => scrollTo(0, 0));
  const intro = (await page.locator('.teachers-intro').boundingBox())!;
  const onPhone = (await contents.boundingBox())!;
  const tools = (await page.locator('#tools').boundingBox())!;
  expect(onPhone.y, 'under the introduction').toBeGreaterThanOrEqual(intro.y + intro.height);
  expect(onPhone.y + onPhone.height, 'before the tools').toBeLessThanOrEqual(tools.y);
});
