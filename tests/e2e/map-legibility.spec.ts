/**
 * Chart words a phone reader can read: at 390×844, every text the territory chart, the size map
 * and the control map draw renders at 12 CSS px or more, at every scroll step (font size times
 * the SVG's scale on screen). Texts that are not drawn (display: none, hidden, or transparent
 * somewhere up the tree) do not count; the check fails if it finds none that are.
 */
import { expect, test } from '@playwright/test';

test.use({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });

const MIN_PX = 12;
const charts = ['territory', 'size-map', 'control-map'];

for (const chart of charts) {
  test(`${chart}: every drawn text is at least ${MIN_PX} px at every step on a phone`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    const story = `scrolly-story[data-chart="${chart}"]`;
    const steps = await page.locator(`${story} .scrolly-step`).evaluateAll((els) => els.map((el) => el.id));
    expect(steps.length).toBeGreaterThan(1);
    const trouble: string[] = [];
    for (const step of steps) {
      await page.goto(`/#${step}`);
      await page.reload();
      await expect(page.locator(`scrolly-story[data-active-step="${step}"]`)).toHaveCount(1);
      const sizes = await page.locator(`${story} .chart-svg`).evaluate((svg: SVGSVGElement) => {
        const drawn = (el: Element) => {
          for (let node: Element | null = el; node; node = node.parentElement) {
            const style = getComputedStyle(node);
            if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
            if (node === svg) break;
          }
          return true;
        };
        return [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((text) => (text.textContent ?? '').trim() !== '' && drawn(text))
          .map((text) => ({ text: text.textContent!.trim(), px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a }));
      });
      expect(sizes.length, `${chart} at ${step} draws no text`).toBeGreaterThan(0);
      for (const { text, px } of sizes) if (px < MIN_PX - 0.05) trouble.push(`${step}: "${text.slice(0, 40)}" at ${px.toFixed(1)} px`);
    }
    expect(trouble).toEqual([]);
  });
}
