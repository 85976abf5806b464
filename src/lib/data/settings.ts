/**
 * Reads `explainer.json` from the content folder. The validator has already refused a bad file
 * before a page is built, so a failure here names the file and points at `npm run check:content`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { settingsSchema, SETTINGS_FILE, type Settings } from '../schemas/settings.ts';

let cached: { path: string; mtime: number; settings: Settings } | undefined;

export function loadSettings(dir: string = contentDir): Settings {
  const path = resolve(join(dir, SETTINGS_FILE));
  // The dev server must see an edit without a restart, so the cache lasts only while the file is unchanged.
  const mtime = statSync(path).mtimeMs;
  if (cached && cached.path === path && cached.mtime === mtime) return cached.settings;
  const result = settingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${join(dir, SETTINGS_FILE)} is not valid: run npm run check:content for the details`);
  cached = { path, mtime, settings: result.data };
  return result.data;
}

/** The label for an area id from the data (e.g. "both" → the two countries’ names). */
export function areaLabel(settings: Settings, id: string): string {
  return settings.areas.find((area) => area.id === id)?.label ?? id;
}
