/**
 * Checks `explainer.json` against its schema and against the data it names: the figures and the
 * population estimate the charts put first, the main territory series, the countries on the map;
 * and checks that every `where` and `scope` in the data is one of the areas it lists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema, SETTINGS_FILE, type Settings } from '../schemas/settings.ts';
import { countryNames } from '../../charts/geo/basemap.ts';
import type { DataCheck } from './data.ts';
import { fieldPath, issuePath, reportedIssues, suggestion, type ContentProblem } from './problems.ts';
import { parseJsonFile } from './parse-json-file.ts';

export interface SettingsCheck {
  settings?: Settings;
  problems: ContentProblem[];
}

const ENTRY = 'explainer';

export function checkSettings(contentDir: string, displayDir: string, data: DataCheck): SettingsCheck {
  const file = `${displayDir}/${SETTINGS_FILE}`;
  const path = join(contentDir, SETTINGS_FILE);
  if (!existsSync(path)) {
    return { problems: [{ file, message: 'the file is missing: it names the explainer and says what its charts and maps show (copy one from another explainer and edit it)' }] };
  }
  const json = parseJsonFile(path, file);
  if ('problem' in json) return { problems: [json.problem] };
  const raw = json.value;
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    return { problems: reportedIssues(parsed.error.issues).map((issue) => ({ file, entry: ENTRY, field: fieldPath(issuePath(issue)) || undefined, message: issue.message })) };
  }
  const settings = parsed.data;
  const problems: ContentProblem[] = [];
  const at = (field: string) => ({ file, entry: ENTRY, field });

  const needId = (field: string, collection: 'figures' | 'population', id: string) => {
    if (data.unreadable.has(collection)) return;
    const known = data.ids.get(collection) ?? new Set<string>();
    if (!known.has(id)) problems.push({ ...at(field), message: `no entry "${id}" in ${displayDir}/data/${collection}.json: use the id of an existing entry.${suggestion(id, known)}` });
  };
  if (settings.map?.compare) needId('map.compare.figure', 'figures', settings.map.compare.figure);
  if (settings.charts['size-map']) needId('charts.size-map.area', 'figures', settings.charts['size-map'].area);
  if (settings.charts.people) needId('charts.people.highlight', 'population', settings.charts.people.highlight);

  if (!data.unreadable.has('territory') && settings.charts.territory) {
    const bodies = [...(data.rows.get('territory')?.values() ?? [])].filter((row) => row.measure === 'controlled-area').map((row) => String(row.body));
    const series = settings.charts.territory.series;
    if (bodies.length && !bodies.some((body) => body.startsWith(series))) {
      problems.push({ ...at('charts.territory.series'), message: `no controlled-area row in ${displayDir}/data/territory.json has a "body" starting with "${series}".${suggestion(series, new Set(bodies))}` });
    }
  }

  // A correction changes something already published: one dated before the first publication
  // means the "published" date (or the correction's) is wrong, and the first screen would say so.
  for (const row of data.rows.get('corrections')?.values() ?? []) {
    const date = row.date as { iso: string; start: Date } | undefined;
    if (date && date.start.getTime() < settings.published.start.getTime()) {
      problems.push({
        ...at('published'),
        message: `"${settings.published.iso}" is after the correction "${row.id}" (${date.iso}) in ${displayDir}/data/corrections.json: a correction changes what was already published, so give the day the explainer was first published, on or before ${date.iso}`,
      });
    }
  }

  const countries = countryNames();
  const needCountry = (field: string, name: string) => {
    if (!countries.has(name)) problems.push({ ...at(field), message: `"${name}" is not a country in Natural Earth (world-atlas): use its name there.${suggestion(name, countries)}` });
  };
  settings.map?.focus.forEach((name, i) => needCountry(`map.focus[${i}]`, name));
  if (settings.map?.compare) needCountry('map.compare.country', settings.map.compare.country);

  // Every area a row applies to must be one the explainer names, so the charts can label and colour it.
  const areaIds = new Set(settings.areas.map((area) => area.id));
  const areaList = [...areaIds].map((id) => `"${id}"`).join(', ');
  for (const [collection, field] of [['territory', 'where'], ['population', 'where'], ['fighters', 'scope']] as const) {
    for (const row of data.rows.get(collection)?.values() ?? []) {
      const value = String(row[field]);
      if (!areaIds.has(value)) {
        problems.push({
          file: `${displayDir}/data/${collection}.json`,
          entry: row.id,
          field,
          message: `"${value}" is not one of the areas in ${file}: use one of ${areaList}, or add it there under "areas".${suggestion(value, areaIds)}`,
        });
      }
    }
  }
  return { settings, problems };
}
