/**
 * The preview card a link shows when it is shared (Open Graph / Twitter): 1200×630 PNG with the
 * site's name, the page's title and its summary, in type only. Pure apart from reading the font
 * files from npm once, so the pages and the unit test draw the very same card.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type SatoriOptions } from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  /** The line above the title, e.g. "Chapter 3 of 6" or "Explainer". */
  kicker: string;
  title: string;
  summary: string;
  /** The site's name, at the top. */
  site: string;
  /** Where the page lives, as a reader would type it, at the foot. */
  address: string;
}

/* The site's light palette (src/styles/global.css): a card is an image, with no dark mode. */
const paper = '#fbfaf7';
const ink = '#1c1b19';
const muted = '#5a5650';
const rule = '#d9d5cc';
const accent = '#b8490b';
const PAD_X = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD_X;

const require = createRequire(import.meta.url);

type Font = SatoriOptions['fonts'][number];
let fonts: Font[] | undefined;

/**
 * Satori reads woff, not woff2. Latin-ext rides along so a place name with diacritics still
 * draws: satori falls back to it for glyphs the latin file lacks.
 */
function loadFonts(): Font[] {
  if (fonts) return fonts;
  const file = (family: string, subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`));
  const faces: [string, string, 400 | 600 | 700][] = [
    ['Source Serif 4', 'source-serif-4', 700],
    ['Source Sans 3', 'source-sans-3', 400],
    ['Source Sans 3', 'source-sans-3', 600],
  ];
  fonts = faces.flatMap(([name, family, weight]) =>
    ['latin', 'latin-ext'].map((subset): Font => ({ name, data: file(family, subset, weight), weight, style: 'normal' })),
  );
  return fonts;
}

/** Satori's element shape, written as plain objects so no JSX runtime is needed. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | Node | Node[] };
}
const el = (type: string, style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type, props: { style, children } });

function card({ kicker, title, summary, site, address }: CardText): Node {
  // Long titles step down a size so they stay within two lines.
  const titleSize = title.length > 60 ? 58 : title.length > 36 ? 66 : 76;
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: paper,
      color: ink,
      padding: `56px ${PAD_X}px 48px`,
      borderTop: `14px solid ${accent}`,
      fontFamily: 'Source Sans 3',
    },
    [
      el('div', { display: 'flex', width: TEXT_WIDTH, fontSize: 28, fontWeight: 600, color: muted, lineHeight: 1.3 }, site),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, justifyContent: 'center', width: TEXT_WIDTH }, [
        el('div', { display: 'flex', fontSize: 26, fontWeight: 600, color: accent, textTransform: 'uppercase', letterSpacing: 2, marginBottom: 14 }, kicker),
        el('div', { display: 'block', width: TEXT_WIDTH, fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: titleSize, lineHeight: 1.1, lineClamp: 2 }, title),
        el('div', { display: 'block', width: TEXT_WIDTH, fontSize: 30, lineHeight: 1.4, color: '#3d3a35', marginTop: 24, lineClamp: 3 }, summary),
      ]),
      el('div', { display: 'flex', flexShrink: 0, width: TEXT_WIDTH, justifyContent: 'space-between', borderTop: `2px solid ${rule}`, paddingTop: 20, fontSize: 24, color: muted }, [
        el('div', { display: 'flex' }, address),
        el('div', { display: 'flex' }, 'Every number sourced'),
      ]),
    ],
  );
}

/** The card as SVG (text drawn as paths, so the PNG needs no fonts). */
export function cardSvg(text: CardText): Promise<string> {
  return satori(card(text), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
}

/** The card as PNG bytes. */
export async function renderCard(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await cardSvg(text);
  // Text is already paths, so resvg needs no fonts of its own (and none from the machine).
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}
