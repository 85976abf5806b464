/**
 * `npm run fonts`: writes src/assets/fonts/, the serif's cuts cut down to STORY_CHARACTERS
 * (src/lib/fonts/story-subset.ts), and src/styles/fonts.css, which declares them. Run it after
 * changing the characters or updating @fontsource/source-serif-4. The files are committed, so
 * a build needs neither this script nor the network.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SERIF_CUTS, SUBSET_RANGE_CHARACTERS, sourceFile, subsetFile, unicodeRange } from '../fonts/story-subset.ts';
import { subsetCut, fontFaceCss } from '../fonts/make-subset.ts';

const require = createRequire(import.meta.url);
for (const cut of SERIF_CUTS) {
  const source = readFileSync(require.resolve(`@fontsource/source-serif-4/files/${sourceFile(cut)}`));
  const subset = await subsetCut(source);
  writeFileSync(`src/assets/fonts/${subsetFile(cut)}`, subset);
  console.log(`${subsetFile(cut)}: ${source.length} → ${subset.length} bytes`);
}
writeFileSync('src/styles/fonts.css', fontFaceCss());
console.log(`src/styles/fonts.css: ${unicodeRange(SUBSET_RANGE_CHARACTERS).split(',').length} ranges`);
