/**
 * The scrollytelling charts as a reader meets them: the chart shows the state of the step in
 * view, on a laptop and a phone, by scrolling, by jumping, by deep link and by keyboard; with
 * reduced motion; and complete without JavaScript.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LAPTOP, PHONE, watch } from './support.ts';

interface StepInfo {
  id: string;
  show: string[];
}

async function stepsOf(page: Page): Promise<Record<string, StepInfo[]>> {
  return page.evaluate(() => {
    const result: Record<string, { id: string; show: string[] }[]> = {};
    for (const story of document.querySelectorAll<HTMLElement>('scrolly-story')) {
      result[story.dataset.chart!] = [...story.querySelectorAll<HTMLElement>('.scrolly-step')].map((step) => ({
        id: step.id,
        show: (step.dataset.show ?? '').split(/\s+/).filter(Boolean),
      }));
    }
    return result;
  });
}

/** Scrolls the page, instantly, so the step's top sits just above the reading line. */
async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const story = step.closest('scrolly-story')!;
    // Stacked (a phone), the line is measured under the pinned graphic and set on the story.
    const measured = Number.parseFloat((story as HTMLElement).style.getPropertyValue('--scrolly-line'));
    const line = measured > 0 ? measured : (Number.parseFloat(getComputedStyle(story).getPropertyValue('--scrolly-trigger')) || 0.5) * window.innerHeight;
    const top = step.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - line + 20, behavior: 'instant' });
  }, id);
}

/**
 * The layers of a chart that a reader can see now (after any fade has finished). A layer that sets
 * words above the others draws two groups; shown, both show ("partly" says one was left behind).
 */
async function visibleLayers(story: Locator): Promise<string[]> {
  return story.locator('.chart-svg .layer').evaluateAll((layers) => {
    const seen = new Map<string, boolean[]>();
    for (const layer of layers as SVGGElement[]) {
      const style = getComputedStyle(layer);
      const shown = style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0.99;
      seen.set(layer.dataset.layer!, [...(seen.get(layer.dataset.layer!) ?? []), shown]);
    }
    return [...seen]
      .filter(([, shown]) => shown.some(Boolean))
      .map(([id, shown]) => (shown.every(Boolean) ? id : `${id} (partly)`))
      .sort();
  });
}

async function expectState(page: Page, chart: string, step: StepInfo): Promise<void> {
  const story = page.locator(`scrolly-story[data-chart="${chart}"]`);
  await expect(story).toHaveAttribute('data-active-step', step.id);
  await expect.poll(() => visibleLayers(story)).toEqual([...step.show].sort());
  await expect(page.locator(`[id="${step.id}"]`)).toHaveClass(/is-active/);
}

test.use({ reducedMotion: 'reduce' });

for (const [name, viewport] of [['laptop', LAPTOP], ['phone', PHONE]] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('scrolling through every step of every chart moves the chart to that step', async ({ page }) => {
      const trouble = watch(page);
      await page.goto('/');
      const charts = await stepsOf(page);
      expect(Object.keys(charts).sort()).toEqual(['control-map', 'fighters', 'people', 'size-map', 'territory']);
      expect(charts.territory!.length).toBeGreaterThanOrEqual(5);
      expect(charts.people!.length).toBeGreaterThanOrEqual(3);
      expect(charts.fighters!.length).toBeGreaterThanOrEqual(4);
      for (const [chart, steps] of Object.entries(charts)) {
        for (const step of steps) {
          await scrollToStep(page, step.id);
          await expectState(page, chart, step);
        }
      }
      expect(trouble.consoleErrors).toEqual([]);
    });

    test('jumping from the first step to the last shows the last step, not one in between', async ({ page }) => {
      await page.goto('/');
      const charts = await stepsOf(page);
      for (const [chart, steps] of Object.entries(charts)) {
        await scrollToStep(page, steps[0]!.id);
        await expectState(page, chart, steps[0]!);
        await scrollToStep(page, steps.at(-1)!.id);
        await expectState(page, chart, steps.at(-1)!);
      }
    });

    test('the sticky chart stays in view while its steps scroll past', async ({ page }) => {
      await page.goto('/');
      const { territory } = await stepsOf(page);
      const graphic = page.locator('scrolly-story[data-chart="territory"] .scrolly-graphic');
      for (const step of [territory![0]!, territory!.at(-1)!]) {
        await scrollToStep(page, step.id);
        const box = (await graphic.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(-1);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
      }
    });
  });
}

test.describe('deep links', () => {
  test.use({ viewport: LAPTOP });
  for (const chart of ['territory', 'people', 'fighters']) {
    test(`/#<step> opens three ${chart} steps in their state`, async ({ page }) => {
      await page.goto('/');
      const steps = (await stepsOf(page))[chart]!;
      const picks = [steps[0]!, steps[Math.floor(steps.length / 2)]!, steps.at(-1)!];
      for (const step of picks) {
        await page.goto(`/#${step.id}`);
        await page.reload();
        await expectState(page, chart, step);
        await expect(page.locator(`[id="${step.id}"]`)).toBeInViewport();
      }
    });
  }

  test('back and forward return the chart to the step of each place', async ({ page }) => {
    await page.goto('/');
    const { territory } = await stepsOf(page);
    const [first, last] = [territory![0]!, territory!.at(-1)!];
    await page.goto(`/#${first.id}`);
    await expectState(page, 'territory', first);
    await page.goto(`/#${last.id}`);
    await expectState(page, 'territory', last);
    await page.goBack();
    await expectState(page, 'territory', first);
    await page.goForward();
    await expectState(page, 'territory', last);
  });
});

test.describe('keyboard', () => {
  for (const [name, viewport] of [['laptop', LAPTOP], ['phone', PHONE]] as const) {
    test(`Next step walks every territory step without scrolling by hand, on a ${name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      const { territory } = await stepsOf(page);
      await scrollToStep(page, territory![0]!.id);
      await expectState(page, 'territory', territory![0]!);
      for (let i = 1; i < territory!.length; i++) {
        const next = page.locator(`[id="${territory![i - 1]!.id}"] [data-step-next]`);
        await next.focus();
        // Nothing may sit on top of the focused button (WCAG 2.4.11).
        const covered = await next.evaluate((button) => {
          const box = button.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return !(hit === button || button.contains(hit));
        });
        expect(covered).toBe(false);
        await page.keyboard.press('Enter');
        await expectState(page, 'territory', territory![i]!);
        await expect(page.locator(`[id="${territory![i]!.id}"]`)).toBeFocused();
        await expect(page.locator(`[id="${territory![i]!.id}"]`)).toBeInViewport();
      }
      await expect(page.locator(`[id="${territory!.at(-1)!.id}"] [data-step-next]`)).toBeHidden();
      await expect(page.locator(`[id="${territory![0]!.id}"] [data-step-prev]`)).toBeHidden();
      const previous = page.locator(`[id="${territory!.at(-1)!.id}"] [data-step-prev]`);
      await previous.focus();
      await page.keyboard.press('Enter');
      await expectState(page, 'territory', territory!.at(-2)!);
    });
  }
});

test.describe('motion', () => {
  test.use({ viewport: LAPTOP });

  test('with reduced motion the layers change with no transition', async ({ page }) => {
    await page.goto('/');
    const duration = await page.locator('scrolly-story[data-chart="territory"] .chart-svg .layer').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration).toBe('0s');
  });

  test.describe('without a system preference', () => {
    test.use({ reducedMotion: 'no-preference' });

    test('the motion toggle turns transitions off, and the choice is remembered', async ({ page }) => {
      await page.goto('/');
      const layer = page.locator('scrolly-story[data-chart="territory"] .chart-svg .layer').first();
      expect(await layer.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
      const toggle = page.locator('scrolly-story[data-chart="territory"] [data-motion-toggle]');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      expect(await layer.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
      await page.reload();
      await expect(page.locator('scrolly-story[data-chart="people"] [data-motion-toggle]')).toHaveAttribute('aria-pressed', 'true');
      expect(await layer.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('every chart is complete, its table is there, and the steps read as paragraphs', async ({ page }) => {
    await page.goto('/');
    for (const chart of ['territory', 'people', 'fighters']) {
      const story = page.locator(`scrolly-story[data-chart="${chart}"]`);
      const graphic = story.locator('.scrolly-graphic');
      await expect(graphic).toBeVisible();
      expect(await graphic.evaluate((el) => getComputedStyle(el).position)).toBe('static');
      const visible = await visibleLayers(story);
      const all = await story.locator('.chart-svg .layer:not(.off-static):not(.layer-above)').evaluateAll((layers) => layers.map((l) => (l as SVGGElement).dataset.layer!).sort());
      expect(visible).toEqual(all);
      expect(visible.length).toBeGreaterThan(2);
      await expect(story.locator('.chart-title')).not.toBeEmpty();
      await expect(story.locator('.axis-title').first()).toBeVisible();
      await story.locator('details.chart-data summary').click();
      expect(await story.locator('table tbody tr').count()).toBeGreaterThan(3);
      // Previous and Next could do nothing: no reader sees or hears them.
      await expect(story.getByRole('button', { name: /^(Previous|Next) step$/ })).toHaveCount(0);
      await expect(story.locator('.step-nav').first()).toBeHidden();
      const cardsStatic = await story.locator('.scrolly-step').evaluateAll((steps) => steps.every((s) => getComputedStyle(s).minHeight === '0px' || getComputedStyle(s).minHeight === 'auto'));
      expect(cardsStatic).toBe(true);
    }
  });
});

test.describe('what each chart shows', () => {
  test.use({ viewport: LAPTOP });

  test('territory: the IHS series, its end, and the UK drawn to scale', async ({ page }) => {
    await page.goto('/#territory-2017');
    const svg = page.locator('scrolly-story[data-chart="territory"] .chart-svg');
    await expect(svg.locator('[data-layer="series-2017"] text', { hasText: '36,200 km²' })).toBeVisible();
    await expect(svg.locator('[data-layer="series-2015"] text', { hasText: '90,800 km²' })).toBeVisible();
    await page.goto('/#territory-influence');
    await page.reload();
    await expect(svg.locator('[data-layer="influence"] text', { hasText: "The UK's area: 243,610 km²" })).toBeVisible();
    await expect(svg.locator('.axis[data-scale="wide"]')).toBeVisible();
    await expect(svg.locator('.axis[data-scale="main"]')).toBeHidden();
  });

  test('people: the BBC’s estimate is highlighted among the others, with its attribution', async ({ page }) => {
    await page.goto('/#people-peak-estimates');
    const svg = page.locator('scrolly-story[data-chart="people"] .chart-svg');
    const label = svg.locator('[data-layer="highlight"] text.label-strong', { hasText: 'BBC News' });
    await expect(label).toBeVisible();
    await expect(svg.locator('[data-layer="highlight"] .role-is-held').first()).toBeVisible();
    const table = page.locator('#people-chart-data table');
    await expect(table.locator('tr', { hasText: 'more than 7.7 million people' }).first()).toContainText('BBC News');
  });

  test('fighters: the DoD Inspector General’s range for Iraq in 2018', async ({ page }) => {
    await page.goto('/#fighters-2018');
    await page.reload();
    const svg = page.locator('scrolly-story[data-chart="fighters"] .chart-svg');
    await expect(svg.locator('[data-layer="2018"] text', { hasText: 'US DoD Inspector General' }).first()).toBeVisible();
    await expect(svg.locator('[data-layer="2018"] .row rect.role-retaken')).toBeVisible();
    const table = page.locator('#fighters-chart-data table');
    await expect(table.locator('tr', { hasText: '15,500–17,100 fighters' }).first()).toContainText('Iraq');
  });

  test('each step describes the chart in words for screen readers, and the chart itself is hidden from them', async ({ page }) => {
    await page.goto('/');
    const alts = await page.locator('.scrolly-step .step-alt').allTextContents();
    expect(alts.length).toBeGreaterThanOrEqual(12);
    for (const alt of alts) expect(alt).toMatch(/^Chart: .{30,}/);
    expect(alts.join(' ')).not.toContain('{');
    for (const svg of await page.locator('.chart-svg').all()) await expect(svg).toHaveAttribute('aria-hidden', 'true');
    for (const figure of await page.locator('.scrolly-graphic').all()) {
      const summary = await figure.getAttribute('aria-describedby');
      await expect(page.locator(`[id="${summary}"]`)).not.toBeEmpty();
      // Read aloud, a bracket inside a bracket is lost on the listener.
      expect(await page.locator(`[id="${summary}"]`).textContent(), summary!).not.toMatch(/\([^)]*\(/);
    }
    // "Bodies", in a story of mass graves, would be heard as the dead.
    await expect(page.locator('#fighters-chart-summary')).toContainText('Organisations counting at the same time often disagreed');
  });
});
