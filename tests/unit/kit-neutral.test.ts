/**
 * The kit under src/ names no topic: everything about this explainer (its title, places, rivers,
 * countries, the bodies that measured it) lives in content/. So a second explainer needs only a
 * content folder of its own.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../../src/lib/data/settings.ts';

const settings = loadSettings('content');
const places = JSON.parse(readFileSync('content/data/places.json', 'utf8')) as { name: string }[];
const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { publisher: string }[];

/** Names only this explainer uses: if the kit's code mentions one, it is tied to this topic. */
const topicWords = [
  'Islamic State', 'caliphate', 'ISIS', 'ISIL', 'Daesh',
  ...settings.map!.focus,
  ...settings.map!.rivers.map((river) => river.name),
  settings.map!.compare!.country,
  settings.charts.territory!.series,
  ...places.map((place) => place.name),
  // Publishers with distinctive names (a generic word such as "Reuters" could appear in docs, but not in code).
  ...new Set(sources.map((source) => source.publisher).filter((name) => /^(BBC|IHS|RAND)/.test(name))),
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(ts|astro|css|mjs|js)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('the kit', () => {
  it('takes its topic words from content/, so the check below has something to find', () => {
    expect(topicWords).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'Euphrates', 'Mosul', 'United Kingdom', 'IHS']));
  });

  it('names no topic anywhere under src/', () => {
    const found: string[] = [];
    for (const file of filesUnder('src')) {
      const text = readFileSync(file, 'utf8');
      for (const word of topicWords) {
        const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
        const line = text.split('\n').findIndex((l) => pattern.test(l));
        if (line >= 0) found.push(`${file}:${line + 1}: ${word}`);
      }
    }
    expect(found).toEqual([]);
  });
});
