/**
 * Checks `content/data/*.json` against the collection schemas, then the links between rows.
 * Astro's `reference()` only warns when a referenced entry is missing; this makes it an error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataCollections, isEntryRef, plainRefs, type DataCollectionName, type EntryRef } from '../schemas/index.ts';
import { fieldPath, issuePath, reportedIssues, suggestion, type ContentProblem } from './problems.ts';
import { parseJsonFile } from './parse-json-file.ts';

export type ParsedRow = Record<string, unknown> & { id: string };

export interface DataCheck {
  /** Every parsed row by collection and id (rows that failed their schema are left out). */
  rows: Map<DataCollectionName, Map<string, ParsedRow>>;
  /** Every id present in each file, valid or not, so one bad row does not cascade into "unknown id" errors. */
  ids: Map<DataCollectionName, Set<string>>;
  /** Collections whose file could not be read; their ids are unknown, not absent. */
  unreadable: Set<DataCollectionName>;
  problems: ContentProblem[];
}

interface RefUse extends EntryRef {
  file: string;
  entry: string;
  field: string;
}

/** Finds `{ collection, id }` references anywhere in a parsed row, with their field path. */
function collectRefs(value: unknown, path: (string | number)[], found: { ref: EntryRef; path: (string | number)[] }[]): void {
  if (isEntryRef(value)) {
    found.push({ ref: value, path });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectRefs(item, [...path, index], found));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) collectRefs(item, [...path, key], found);
  }
}

function readJsonArray(path: string, file: string, problems: ContentProblem[]): unknown[] | undefined {
  if (!existsSync(path)) {
    problems.push({ file, message: 'the file is missing: create it with a JSON array of entries, [ { "id": "…", … } ]' });
    return undefined;
  }
  const json = parseJsonFile(path, file);
  if ('problem' in json) {
    problems.push(json.problem);
    return undefined;
  }
  const data = json.value;
  if (!Array.isArray(data)) {
    problems.push({ file, message: 'must hold a JSON array of entries, [ { "id": "…", … } ]' });
    return undefined;
  }
  return data;
}

export function checkData(contentDir: string, displayDir: string): DataCheck {
  const problems: ContentProblem[] = [];
  const rows = new Map<DataCollectionName, Map<string, ParsedRow>>();
  const ids = new Map<DataCollectionName, Set<string>>();
  const refUses: RefUse[] = [];
  // A file that could not be read at all would make every id in it look unknown; say it once.
  const unreadable = new Set<DataCollectionName>();

  for (const [name, { file: fileName, schema }] of Object.entries(dataCollections) as [
    DataCollectionName,
    (typeof dataCollections)[DataCollectionName],
  ][]) {
    const file = `${displayDir}/data/${fileName}`;
    const collectionRows = new Map<string, ParsedRow>();
    const collectionIds = new Set<string>();
    rows.set(name, collectionRows);
    ids.set(name, collectionIds);
    const items = readJsonArray(join(contentDir, 'data', fileName), file, problems);
    if (!items) {
      unreadable.add(name);
      continue;
    }

    const parser = schema(plainRefs);
    const firstSeen = new Map<string, number>();
    items.forEach((item, index) => {
      const rawId = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      const entry = typeof rawId === 'string' && rawId ? rawId : `#${index + 1}`;
      if (typeof rawId === 'string' && rawId) {
        const earlier = firstSeen.get(rawId);
        if (earlier !== undefined) {
          problems.push({
            file,
            entry,
            field: 'id',
            message: `duplicate id: entries #${earlier + 1} and #${index + 1} both use "${rawId}"; every id in ${fileName} must be unique, so rename one`,
          });
          return;
        }
        firstSeen.set(rawId, index);
        collectionIds.add(rawId);
      }
      const result = parser.safeParse(item);
      if (!result.success) {
        for (const issue of reportedIssues(result.error.issues)) {
          problems.push({ file, entry, field: fieldPath(issuePath(issue)) || undefined, message: issue.message });
        }
        return;
      }
      const row = result.data as ParsedRow;
      collectionRows.set(row.id, row);
      const found: { ref: EntryRef; path: (string | number)[] }[] = [];
      collectRefs(row, [], found);
      for (const { ref, path } of found) refUses.push({ ...ref, file, entry, field: fieldPath(path) });
    });
  }

  for (const use of refUses) {
    if (unreadable.has(use.collection)) continue;
    const known = ids.get(use.collection)!;
    if (!known.has(use.id)) {
      problems.push({
        file: use.file,
        entry: use.entry,
        field: use.field,
        message: `no entry "${use.id}" in ${displayDir}/data/${dataCollections[use.collection].file}: use the id of an existing entry, or add one.${suggestion(use.id, known)}`,
      });
    }
  }

  return { rows, ids, unreadable, problems };
}
