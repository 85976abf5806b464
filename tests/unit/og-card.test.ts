/** The share card: a real PNG of the size Open Graph and Twitter expect, in type only. */
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, renderCard } from '../../src/lib/og/card.ts';

const sample = {
  kicker: 'Chapter 3 of 6',
  title: 'At its peak',
  summary: 'How much land the group held at its height, how many people lived under its rule, and why every one of those numbers comes with a caveat.',
  site: 'The rise and fall of the Islamic State group’s “caliphate”',
  address: 'caliphate-explainer.netlify.app',
};

/** Width and height from the PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('share card', () => {
  it('renders a 1200×630 PNG for a sample title', async () => {
    const png = await renderCard(sample);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });

  it('draws the text as shapes and no images', async () => {
    const svg = await cardSvg(sample);
    expect(svg).toMatch(/^<svg[^>]+width="1200"[^>]+height="630"/);
    expect(svg).not.toContain('<image');
    // Satori turns glyphs into paths; an empty card would have almost none.
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(3);
  });

  it('keeps a very long title and summary inside the card', async () => {
    const long = { ...sample, title: 'A title far longer than any chapter title in the explainer, to check it is cut rather than spilled', summary: sample.summary.repeat(4) };
    expect(pngSize(await renderCard(long))).toEqual({ width: 1200, height: 630 });
  });
});
