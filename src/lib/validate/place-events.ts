/**
 * The events the control map draws, read as a reader would see them: a place's story starts with
 * its capture (or an assault on it), a retaking comes after it, and nothing on the map lies in the future. Each of these
 * passes the events schema one row at a time and only shows as a wrong map.
 */
import type { PartialDate } from '../schemas/common.ts';
import type { ContentProblem } from './problems.ts';
import type { ParsedRow } from './data.ts';

interface StatusEvent {
  id: string;
  kind: 'captured' | 'retaken' | 'offensive';
  date: PartialDate;
}

const idOf = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as { id: unknown }).id) : String(value));

/** `today` is an ISO day (the build's date); a test passes its own. */
export function checkPlaceEvents(
  events: ReadonlyMap<string, ParsedRow> | undefined,
  places: ReadonlyMap<string, ParsedRow> | undefined,
  displayDir: string,
  today = new Date().toISOString().slice(0, 10),
): ContentProblem[] {
  if (!events) return [];
  const file = `${displayDir}/data/events.json`;
  const problems: ContentProblem[] = [];
  const byPlace = new Map<string, StatusEvent[]>();
  for (const row of events.values()) {
    const date = row.date as PartialDate;
    // A date "in the future" only when even its first possible day is after today.
    if (date.start.toISOString().slice(0, 10) > today) {
      problems.push({ file, entry: row.id, field: 'date', message: `${date.iso} is after today (${today}): the map shows what has happened, so check the year` });
      continue;
    }
    if (row.kind !== 'captured' && row.kind !== 'retaken' && row.kind !== 'offensive') continue;
    for (const place of (row.places as unknown[]) ?? []) {
      const id = idOf(place);
      // An unknown place is reported by the reference check.
      if (places && !places.has(id)) continue;
      byPlace.set(id, [...(byPlace.get(id) ?? []), { id: row.id, kind: row.kind, date }]);
    }
  }
  for (const [place, list] of byPlace) {
    const name = String(places?.get(place)?.name ?? place);
    const sorted = [...list].sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
    const first = sorted[0]!;
    if (first.kind !== 'retaken') continue;
    const capture = sorted.find((event) => event.kind !== 'retaken');
    problems.push(
      capture
        ? {
            file,
            entry: first.id,
            field: 'date',
            message: `${name} is retaken on ${first.date.iso}, before the group took it or fought for it (${capture.date.iso}, "${capture.id}"): check the two dates, since the map would show ${name} retaken before it was ever held`,
          }
        : {
            file,
            entry: first.id,
            field: 'kind',
            message: `${name} is retaken on ${first.date.iso} but never captured or fought for: the map would show it as never held by the group, then retaken. Add the event of its capture (kind "captured") or of the group's assault on it (kind "offensive"), with its date and source, to ${file}`,
          },
    );
  }
  return problems;
}
