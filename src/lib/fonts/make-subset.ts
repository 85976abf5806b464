/**
 * Cutting a font down to the story's characters, and the @font-face rules that declare the
 * result. Used by `npm run fonts` and by the unit test that holds the committed files to it.
 */
import subsetFont from 'subset-font';
import { SERIF_CUTS, STORY_CHARACTERS, SUBSET_RANGE_CHARACTERS, subsetFile, unicodeRange } from './story-subset.ts';

export const subsetCut = (source: Buffer): Promise<Buffer> => subsetFont(source, STORY_CHARACTERS, { targetFormat: 'woff2' });

export function fontFaceCss(): string {
  const faces = SERIF_CUTS.map(
    (cut) => `@font-face {
  font-family: 'Source Serif 4';
  font-style: ${cut.style};
  font-display: swap;
  font-weight: ${cut.weight};
  src: url(../assets/fonts/${subsetFile(cut)}) format('woff2');
  unicode-range: ${unicodeRange(SUBSET_RANGE_CHARACTERS)};
}
`,
  );
  return `/* Written by \`npm run fonts\` (src/lib/cli/subset-fonts.ts) from src/lib/fonts/story-subset.ts: do not edit.
   Declared after @fontsource's faces, so for these characters the browser takes these files. */
${faces.join('\n')}`;
}
