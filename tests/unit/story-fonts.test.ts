import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SERIF_CUTS, STORY_CHARACTERS, outsideSubset, sourceFile, subsetFile, unicodeRange } from '../../src/lib/fonts/story-subset.ts';
import { fontFaceCss, subsetCut } from '../../src/lib/fonts/make-subset.ts';

const require = createRequire(import.meta.url);

describe("the serif cut down to the story's characters", () => {
  it('folds runs of code points into CSS ranges', () => {
    expect(unicodeRange('cab')).toBe('U+61-63');
    expect(unicodeRange('a c–—“')).toBe('U+20,U+61,U+63,U+2013-2014,U+201C');
    expect(unicodeRange('aa')).toBe('U+61');
  });

  it('names each character a text needs that the subsets lack, once, and not the invisible ones', () => {
    expect(outsideSubset('Şanlıurfa and Şanlıurfa\n\u00ad')).toEqual(['Ş', 'ı']);
    expect(outsideSubset('“7.7 million” – 90,800 km² · 2014–2019 → ‘caliphate’')).toEqual([]);
  });

  it('carries ASCII, so plain English always prints from the subset', () => {
    for (let code = 0x20; code <= 0x7e; code++) expect(STORY_CHARACTERS).toContain(String.fromCharCode(code));
  });

  it('is declared by src/styles/fonts.css as `npm run fonts` writes it', () => {
    expect(readFileSync('src/styles/fonts.css', 'utf8'), 'src/styles/fonts.css differs from what `npm run fonts` writes: run it').toBe(fontFaceCss());
  });

  it.each(SERIF_CUTS.map((cut) => [subsetFile(cut), cut] as const))('%s is @fontsource’s cut subset to those characters (else run `npm run fonts`)', async (file, cut) => {
    const source = readFileSync(require.resolve(`@fontsource/source-serif-4/files/${sourceFile(cut)}`));
    const committed = readFileSync(`src/assets/fonts/${file}`);
    const made = await subsetCut(source);
    expect(committed.equals(made), `src/assets/fonts/${file} is not the subset of the installed @fontsource file: run \`npm run fonts\``).toBe(true);
    // What it is for: a good deal smaller than the whole Latin file.
    expect(committed.length).toBeLessThan(source.length * 0.75);
  });
});
