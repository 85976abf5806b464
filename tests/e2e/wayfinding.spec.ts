/**
 * Finding your way in a long page: on a phone, the pinned bar names the chapter being read, opens
 * the contents in one tap and goes back to the top; on a laptop the contents list keeps the
 * current entry in view; Next/Previous step names the step in the address without adding history;
 * and a citation mark never starts a line on its own.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { LAPTOP, PHONE } from './support.ts';

test.use({ reducedMotion: 'reduce' });

/** The chapters as the page lists them: anchor and title. */
async function chaptersOf(page: Page): Promise<{ id: string; title: string }[]> {
  return page.locator('article.chapter').evaluateAll((articles) =>
    articles.map((article) => ({ id: article.id, title: article.querySelector('.chapter-title')!.textContent!.trim() })),
  );
}

/** Waits until the page has stopped scrolling, then gives the scroll position. */
async function settledScroll(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let last = Number.NaN;
    for (;;) {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      if (window.scrollY === last) return last;
      last = window.scrollY;
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the bar names each chapter as the reader scrolls into it', async ({ page }) => {
    await page.goto('/');
    const bar = page.locator('chapter-bar');
    // On the first screen the masthead is in view: no bar over it.
    await expect(bar.getByRole('button', { name: 'Contents' })).toBeHidden();
    for (const chapter of await chaptersOf(page)) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), chapter.id);
      await expect(bar.locator('.chapter-bar-current')).toHaveText(`Reading: ${chapter.title}`);
      await expect(bar.getByRole('button', { name: 'Contents' })).toBeInViewport();
      // The chapter's heading lands below the bar, not under it.
      const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
      const headingTop = await page.locator(`[id="${chapter.id}-title"]`).evaluate((el) => el.getBoundingClientRect().top);
      expect(headingTop).toBeGreaterThanOrEqual(barBottom);
    }
  });

  test('one tap opens the contents; a section link in it takes the reader there', async ({ page }) => {
    await page.goto('/');
    const [first, second] = await chaptersOf(page);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), first!.id);
    const open = page.locator('chapter-bar').getByRole('button', { name: 'Contents' });
    await open.tap();
    const dialog = page.getByRole('dialog', { name: 'Contents' });
    await expect(dialog).toBeVisible();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    // Focus starts on the chapter being read.
    await expect(dialog.getByRole('link', { name: first!.title, exact: true })).toBeFocused();

    const section = dialog.locator(`a[href="#${second!.id}"] + ol a`).first();
    const hash = await section.evaluate((a) => (a as HTMLAnchorElement).hash);
    await section.tap();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await settledScroll(page);
    const target = page.locator(`[id="${hash.slice(1)}"]`);
    await expect(target).toBeInViewport();
    const barBottom = await page.locator('chapter-bar').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(barBottom);
    await expect(page.locator('chapter-bar .chapter-bar-current')).toHaveText(`Reading: ${second!.title}`);
  });

  test('Escape closes the contents and returns focus to the button', async ({ page }) => {
    await page.goto('/');
    const [first] = await chaptersOf(page);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), first!.id);
    const open = page.locator('chapter-bar').getByRole('button', { name: 'Contents' });
    await open.tap();
    const dialog = page.getByRole('dialog', { name: 'Contents' });
    await expect(dialog).toBeVisible();
    const before = await settledScroll(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    // Closing moves nothing: the reader is where they were.
    expect(await settledScroll(page)).toBe(before);
  });

  test('Top takes the reader back to the masthead', async ({ page }) => {
    await page.goto('/');
    const chapters = await chaptersOf(page);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), chapters.at(-1)!.id);
    await page.locator('chapter-bar').getByRole('button', { name: 'Top' }).tap();
    await expect.poll(() => settledScroll(page)).toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(page.locator('chapter-bar').getByRole('button', { name: 'Top' })).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the bar and the open contents meet WCAG 2.2 AA, ${colorScheme}`, async ({ page }) => {
      // axe works out colours against the whole long page, even for one element: slow on a busy machine.
      test.setTimeout(150_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const [first] = await chaptersOf(page);
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), first!.id);
      await expect(page.locator('chapter-bar').getByRole('button', { name: 'Top' })).toBeInViewport();
      const scan = () => axeViolations(page, 'chapter-bar');
      expect(await scan()).toEqual([]);
      await page.locator('chapter-bar').getByRole('button', { name: 'Contents' }).tap();
      await expect(page.getByRole('dialog', { name: 'Contents' })).toBeVisible();
      expect(await scan()).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('there is no bar, and the contents list works as links', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('chapter-bar')).toBeHidden();
      await page.locator('summary', { hasText: 'Contents' }).click();
      const nav = page.getByRole('navigation', { name: 'Contents' });
      const link = nav.getByRole('link').nth(2);
      const hash = await link.evaluate((a) => (a as HTMLAnchorElement).hash);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${hash}$`));
      await expect(page.locator(`[id="${hash.slice(1)}"]`)).toBeInViewport();
    });
  });
});

test.describe('on a laptop', () => {
  test.use({ viewport: LAPTOP });

  test('the contents list scrolls itself to keep the current entry in view', async ({ page }) => {
    await page.goto('/');
    const toc = page.locator('toc-nav');
    // The list is taller than the screen, so it has to scroll for the last entries to show.
    expect(await toc.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const ids = await toc.locator('a.toc-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    for (const id of [ids[Math.floor(ids.length / 2)]!, ids.at(-1)!, ids[1]!]) {
      await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
      const current = toc.locator('[aria-current]');
      await expect(current).toHaveCount(1);
      await expect
        .poll(() =>
          current.evaluate((link) => {
            const box = link.closest('toc-nav')!.getBoundingClientRect();
            const at = link.getBoundingClientRect();
            return at.top >= box.top && at.bottom <= box.bottom && at.bottom <= window.innerHeight;
          }),
        )
        .toBe(true);
    }
  });

  test('there is no pinned bar beside the contents list', async ({ page }) => {
    await page.goto('/');
    const [first] = await chaptersOf(page);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), first!.id);
    await expect(page.locator('chapter-bar')).toBeHidden();
  });
});

for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
  test(`Next and Previous step name the step in the address without adding history, on a ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const steps = await page.locator('scrolly-story').first().locator('.scrolly-step').evaluateAll((els) => els.map((el) => el.id));
    expect(steps.length).toBeGreaterThan(2);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center', behavior: 'instant' }), steps[0]!);
    const length = await page.evaluate(() => history.length);
    for (let i = 1; i < 3; i++) {
      await page.locator(`[id="${steps[i - 1]}"] [data-step-next]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${steps[i]}`);
    }
    await page.locator(`[id="${steps[2]}"] [data-step-prev]`).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${steps[1]}`);
    expect(await page.evaluate(() => history.length)).toBe(length);
    // The address is one a reader can share: it opens at that step.
    await page.reload();
    await expect(page.locator('scrolly-story').first()).toHaveAttribute('data-active-step', steps[1]!);
  });
}

test('a citation mark never starts a line', async ({ page }) => {
  await page.goto('/');
  // Widths from a small phone to a laptop: where a line ends depends on the width.
  for (const width of [360, 375, 390, 414, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const alone = await page.evaluate(() => {
      const found: string[] = [];
      for (const mark of document.querySelectorAll<HTMLElement>('main a.cite')) {
        const rect = mark.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        // The last visible character before the mark, in the same block of text.
        const block = mark.closest('p, li, dd, td, figcaption, .step-card') ?? mark.parentElement!;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let previous: { node: Text; offset: number } | undefined;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (mark.contains(node) || !(mark.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) continue;
          const text = node.data;
          for (let i = text.length - 1; i >= 0; i--) {
            if (!/\s/.test(text[i]!)) {
              previous = { node, offset: i };
              break;
            }
          }
        }
        if (!previous) continue;
        const range = document.createRange();
        range.setStart(previous.node, previous.offset);
        range.setEnd(previous.node, previous.offset + 1);
        const before = range.getClientRects()[0];
        if (!before) continue;
        // On one line the mark is to the right of the character before it; on a new line it is
        // below it and back at the left edge.
        if (rect.top >= before.bottom - 1 || rect.left < before.left) found.push(`${mark.getAttribute('href')} after "${previous.node.data.slice(Math.max(0, previous.offset - 20), previous.offset + 1)}"`);
      }
      return found;
    });
    expect(alone, `at ${width} px`).toEqual([]);
  }
});
