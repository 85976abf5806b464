/**
 * The colour tokens readers see marks in: every role colour keeps at least 3:1 against the page
 * (WCAG 1.4.11, non-text contrast), and text colours at least 4.5:1, in light and in dark.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('src/styles/global.css', 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, value]) => [name!, value!]));
}

const light = tokens(css.slice(css.indexOf('@theme'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('@layer base'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
  ['light', light],
  ['dark', dark],
])('%s palette', (_, palette) => {
  it('has every role', () => {
    for (const role of ['is-held', 'retaken', 'contested', 'influence', 'neutral', 'paper', 'ink', 'muted', 'link']) expect(palette[role], role).toMatch(/^#/);
  });

  it.each(['is-held', 'retaken', 'contested', 'influence', 'neutral'])('marks in %s stand out 3:1 from the page', (role) => {
    expect(contrast(palette[role]!, palette.paper!)).toBeGreaterThanOrEqual(3);
  });

  it.each(['ink', 'muted', 'link'])('text in %s reads at 4.5:1', (role) => {
    expect(contrast(palette[role]!, palette.paper!)).toBeGreaterThanOrEqual(4.5);
  });
});
