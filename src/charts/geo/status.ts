/**
 * Whether the group held a place on a given date, worked out from the dated events alone: a
 * "captured" event starts a hold, a "retaken" event ends it, and an "offensive" against a place
 * it did not hold (a siege that failed) makes it contested. The status changes on the event's own
 * date (the best source's), so the map agrees with the text and the table; where other sources
 * give an earlier date, the days from that date to the event's are "contested": the map does not
 * say it had happened before the best source does. Later dates (a formal declaration, the last
 * districts cleared) are listed on /methods but do not hold the change back.
 */
export type PlaceStatus = 'not-held' | 'held' | 'contested' | 'retaken';

/** The word a map shows under a place's name for its status on the date shown. */
export const statusWords: Record<PlaceStatus, string> = { held: 'held', contested: 'contested', retaken: 'retaken', 'not-held': '' };

export interface StatusEvent {
  id: string;
  kind: string;
  /** ISO date of the best source, at day, month or year precision. */
  date: string;
  /** Other dates sources give for the same event. */
  altDates: string[];
  places: string[];
  /** Who retook (or took) the place, when recorded. */
  by?: string;
  source: string;
}

export interface TimelineEntry {
  /** First day of this status, YYYY-MM-DD (for ordering and for the status on a date). */
  from: string;
  /** The date of the event that set it, as the source gives it (`2014-01` stays a month), for printing. */
  date?: string;
  status: PlaceStatus;
  by?: string;
  source?: string;
}

/** `2014`, `2014-06` or `2014-06-10` as the first day it can mean. */
export const firstDay = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
/** The last day it can mean (a month is read as "by the end of that month"). */
export const lastDay = (iso: string): string => (iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso);

const changes = { captured: 'held', retaken: 'retaken', offensive: 'contested' } as const;

/** The place's statuses in date order, starting "not held". */
export function placeTimeline(placeId: string, events: StatusEvent[]): TimelineEntry[] {
  const relevant = events
    .filter((event) => event.places.includes(placeId) && event.kind in changes)
    .map((event) => {
      const main = firstDay(event.date);
      const earlier = event.altDates.map(firstDay).filter((day) => day < main).sort();
      return { event, earliest: earlier[0] ?? main, main };
    })
    .sort((a, b) => a.main.localeCompare(b.main));
  const timeline: TimelineEntry[] = [{ from: '0000-01-01', status: 'not-held' }];
  for (const { event, earliest, main } of relevant) {
    const status = changes[event.kind as keyof typeof changes];
    // An offensive on a place the group already holds (a long siege, say) changes nothing until it falls.
    if (event.kind === 'offensive' && timeline.at(-1)!.status === 'held') continue;
    const extra = { ...(event.by ? { by: event.by } : {}), source: event.source };
    if (earliest < main) timeline.push({ from: earliest, status: 'contested', ...extra });
    timeline.push({ from: main, date: event.date, status, ...extra });
  }
  return timeline;
}

/** The entry in force at the end of the given date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function statusAt(timeline: TimelineEntry[], iso: string): TimelineEntry {
  const day = lastDay(iso);
  let current = timeline[0]!;
  for (const entry of timeline) if (entry.from <= day) current = entry;
  return current;
}

/**
 * Compact text for a data attribute: `2014-01-04|held;2016-06-26|retaken`. Only the day and the
 * status: that is all a map needs to show a place on a date (statusAt). Who retook it and the
 * source are in the table under the map; written into every place of every map they weighed
 * about 3 KB on the home page and nothing read them.
 */
export function encodeTimeline(timeline: TimelineEntry[]): string {
  return timeline
    .slice(1)
    .map((entry) => `${entry.from}|${entry.status}`)
    .join(';');
}

/** The entries `encodeTimeline` wrote (day and status), after the opening "not held". */
export function decodeTimeline(text: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ from: '0000-01-01', status: 'not-held' }];
  for (const part of text.split(';').filter(Boolean)) {
    const [from, status] = part.split('|');
    entries.push({ from: from!, status: status as PlaceStatus });
  }
  return entries;
}
