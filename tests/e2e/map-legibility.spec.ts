/**
 * Chart words a reader can read: on a phone (390×844) and on a 1024×768 laptop or projector, where
 * the charts sit beside the steps at their narrowest, every text the territory chart, the size map
 * and the control map draw renders at 12 CSS px or more, at every scroll step (font size times
 * the SVG's scale on screen). Texts that are not drawn (display: none, hidden, or transparent
 * somewhere up the tree) do not count; the check fails if it finds none that are.
 */
import { expect, test } from '@playwright/test';

test.use({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });

const MIN_PX = 12;
const charts = ['territory', 'size-map', 'control-map'];
const screens = [
  ['on a phone', { width: 390, height: 844 }],
  ['at 1024×768', { width: 1024, height: 768 }],
] as const;

for (const [screenName, viewport] of screens) for (const chart of charts) {
  test(`${chart}: every drawn text is at least ${MIN_PX} px at every step ${screenName}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
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

/**
 * WCAG 1.4.3 on the maps: a word drawn on the land is read against the land, so its colour needs
 * 4.5:1 there, unless it wears a halo of the paper colour (as place names do), which puts paper
 * behind every letter. Light and dark, at the control map's step with the most words.
 */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`control map, ${colorScheme}: every word is 4.5:1 against the land or has a paper halo`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/#map-peak');
    await expect(page.locator('scrolly-story[data-active-step="map-peak"]')).toHaveCount(1);
    const faint = await page.locator('scrolly-story[data-chart="control-map"] .chart-svg').evaluate((svg: SVGSVGElement) => {
      const rgb = (color: string): number[] => {
        const parts = color.match(/[\d.]+/g)!.map(Number);
        // color-mix() computes to color(srgb r g b) in 0–1; rgb() is in 0–255.
        return color.startsWith('color(') ? parts.slice(0, 3).map((v) => v * 255) : parts.slice(0, 3);
      };
      const luminance = (color: string) => {
        const [r, g, b] = rgb(color).map((v) => {
          const c = v / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      // The land's colour, as the shared geography mixes it (SHARED_PATH_STYLES).
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      probe.style.fill = 'color-mix(in srgb, var(--color-paper) 88%, var(--color-ink))';
      svg.append(probe);
      const land = getComputedStyle(probe).fill;
      probe.style.fill = 'var(--color-paper)';
      const paper = getComputedStyle(probe).fill;
      probe.remove();
      return [...svg.querySelectorAll<SVGTextElement>('text')]
        .filter((text) => (text.textContent ?? '').trim() !== '' && text.getClientRects().length > 0 && getComputedStyle(text).display !== 'none')
        .filter((text) => {
          const style = getComputedStyle(text);
          const haloed = style.stroke === paper && parseFloat(style.strokeWidth) >= 2 && style.paintOrder.startsWith('stroke');
          return !haloed && contrast(style.fill, land) < 4.5;
        })
        .map((text) => `"${text.textContent!.trim()}" (${getComputedStyle(text).fill} on ${land})`);
    });
    expect(faint).toEqual([]);
  });
}
