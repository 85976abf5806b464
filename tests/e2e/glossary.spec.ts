/**
 * Glossary terms as a reader meets them: the definition opens beside the term on click, tap or
 * keyboard focus, says what the glossary says, never hides the term, closes with Esc or when
 * focus moves on, and leads to the full entry. Without JavaScript the term is a plain link.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { LAPTOP, PHONE, watch } from './support.ts';

/** The glossary page's definition of a term, without the "Source" link that follows it. */
async function glossaryDefinition(page: Page, id: string): Promise<string> {
  const context = page.context();
  const glossary = await context.newPage();
  await glossary.goto(`/glossary#${id}`);
  const text = await glossary.locator(`[id="${id}"] dd:not(.text-\\[color\\:var\\(--color-muted\\)\\])`).last().evaluate((dd) => {
    const copy = dd.cloneNode(true) as HTMLElement;
    copy.querySelector('a')?.remove();
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
  await glossary.close();
  return text;
}

/** True when the middle of the term is not under anything else (WCAG 2.4.11). */
async function isUncovered(term: Locator): Promise<boolean> {
  return term.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === el || el.contains(hit);
  });
}

function popoverOf(term: Locator): Locator {
  return term.locator('xpath=ancestor::glossary-term[1]').locator('.term-popover');
}

for (const [name, viewport] of [['laptop', LAPTOP], ['phone', PHONE]] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport, reducedMotion: 'reduce' });

    test('clicking a term opens its glossary definition beside it, without covering it', async ({ page }) => {
      const trouble = watch(page);
      await page.goto('/');
      const term = page.locator('.story button.term').nth(3);
      const id = (await term.getAttribute('data-term'))!;
      await term.scrollIntoViewIfNeeded();
      await term.click();
      const popover = popoverOf(term);
      await expect(popover).toBeVisible();
      await expect(term).toHaveAttribute('aria-expanded', 'true');
      expect((await popover.locator('.term-definition').textContent())!.trim()).toBe(await glossaryDefinition(page, id));
      expect(await isUncovered(term)).toBe(true);
      const box = (await popover.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // Beside the term: its top or bottom edge within a few pixels of the term's.
      const termBox = (await term.boundingBox())!;
      expect(Math.min(Math.abs(box.y - (termBox.y + termBox.height)), Math.abs(box.y + box.height - termBox.y))).toBeLessThan(16);
      // A second click closes it.
      await term.click();
      await expect(popover).toBeHidden();
      expect(trouble.consoleErrors).toEqual([]);
    });

    test('the popover leads to the full glossary entry', async ({ page }) => {
      await page.goto('/');
      const term = page.locator('.story button.term').first();
      const id = await term.getAttribute('data-term');
      await term.click();
      const more = popoverOf(term).getByRole('link', { name: 'Full entry in the glossary' });
      await expect(more).toHaveAttribute('href', `/glossary#${id}`);
      await more.click();
      await expect(page).toHaveURL(new RegExp(`/glossary#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  });
}

test.describe('by keyboard', () => {
  test.use({ viewport: LAPTOP, reducedMotion: 'reduce' });

  /** Tabs onto the first term of the story from the control just before it. */
  async function tabToFirstTerm(page: Page): Promise<Locator> {
    await page.goto('/');
    const term = page.locator('.story button.term').first();
    // The last control in the section's heading (copy link, then Cite) comes just before the text.
    await page.locator('section.story-section').first().locator('.section-head :is(a, button)').last().focus();
    await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    return term;
  }

  test('focus opens the definition; Esc closes it and leaves focus on the term', async ({ page }) => {
    const term = await tabToFirstTerm(page);
    const popover = popoverOf(term);
    await expect(popover).toBeVisible();
    expect(await isUncovered(term)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('Tab reaches the glossary link inside, Esc from there returns to the term, and moving on closes it', async ({ page }) => {
    const term = await tabToFirstTerm(page);
    const popover = popoverOf(term);
    await page.keyboard.press('Tab');
    await expect(popover.getByRole('link', { name: 'Full entry in the glossary' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(term).toBeFocused();
    // Open again, then move on past the popover: it closes.
    await page.keyboard.press('Enter');
    await expect(popover).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(popover).toBeHidden();
  });

  test('screen readers hear the definition with the term', async ({ page }) => {
    await page.goto('/');
    const term = page.locator('.story button.term').first();
    const described = await term.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${described}"]`)).toHaveText(await glossaryDefinition(page, (await term.getAttribute('data-term'))!));
  });

  test('with a definition open, the page has no WCAG 2.2 AA violations', async ({ page }) => {
    // axe on the whole explainer page takes 20-40 s on a busy 2-core machine.
    test.setTimeout(90_000);
    const term = await tabToFirstTerm(page);
    await expect(popoverOf(term)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('on a touch screen', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

  test('a tap opens the definition and a tap elsewhere closes it', async ({ page }) => {
    await page.goto('/');
    const term = page.locator('.story button.term').nth(1);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const popover = popoverOf(term);
    await expect(popover).toBeVisible();
    expect(await isUncovered(term)).toBe(true);
    await page.locator('.story h1').tap();
    await expect(popover).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('a term is a plain link to its glossary entry, and no definition is in the way', async ({ page }) => {
    await page.goto('/');
    const term = page.locator('.story a.term').first();
    const id = await term.getAttribute('data-term');
    await expect(term).toHaveAttribute('href', `/glossary#${id}`);
    expect(await page.locator('.term-popover:visible').count()).toBe(0);
    await term.click();
    await expect(page).toHaveURL(new RegExp(`/glossary#${id}$`));
  });
});
