/**
 * The serif's three cuts cut down to the characters this explainer's pages use: about 13.5 KB
 * a cut against 20 KB for the whole Latin set, some 20 KB less before any page can be read.
 *
 * src/styles/fonts.css declares these files after @fontsource's, over exactly these characters,
 * so the browser takes them first; a character outside them (a name with a letter not listed
 * here) still prints in the serif, from @fontsource's file for its range, at the cost of that
 * download. The built-site test names any such character and the page it is on: add it below
 * and run `npm run fonts`.
 */
const range = (first: number, last: number): string => String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, i) => first + i));

export const STORY_CHARACTERS: string =
  // Printable ASCII.
  range(0x20, 0x7e) +
  // No-break space; degree, squared (km²), middle dot, multiplication sign.
  '\u00a0°²·×' +
  // Letters beyond ASCII in the story's names and words.
  'éêîü' +
  // Hyphens and dashes, curly quotes, ellipsis, primes, single guillemets, arrows, minus sign.
  '‐‑–—‘’“”…′″‹›←→−';

/**
 * What the subset faces answer for: their characters, and the ones that need no glyph (control
 * characters such as the line breaks in the page's text, the soft hyphen, zero-width joiners), so
 * that none of those sends the browser to the full Latin file.
 */
const INVISIBLE = /[\u0000-\u001f\u00ad\u200b-\u200f\u2060\ufeff]/u;
export const SUBSET_RANGE_CHARACTERS: string = range(0x00, 0x1f) + STORY_CHARACTERS + '\u00ad' + range(0x200b, 0x200f) + '\u2060\ufeff';

/** The cuts the text uses, as @fontsource names their files (one Latin file a cut). */
export const SERIF_CUTS = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
] as const;
export type SerifCut = (typeof SERIF_CUTS)[number];

export const sourceFile = ({ weight, style }: SerifCut): string => `source-serif-4-latin-${weight}-${style}.woff2`;
export const subsetFile = ({ weight, style }: SerifCut): string => `source-serif-4-story-${weight}-${style}.woff2`;

/** CSS unicode-range for a set of characters: "U+20-7E,U+A0,…", runs of code points folded. */
export function unicodeRange(characters: string): string {
  const points = [...new Set([...characters].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Characters of `text` the subsets do not carry, each once, in order. */
export function outsideSubset(text: string): string[] {
  const carried = new Set(STORY_CHARACTERS);
  return [...new Set([...text].filter((c) => !carried.has(c) && !INVISIBLE.test(c)))];
}
