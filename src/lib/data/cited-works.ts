/**
 * What a citation of the explainer, a chapter or a section names: its authors and publisher and
 * its dates, read from the content (never from the clock), and its own address.
 *
 * Who and since when come from explainer.json's `byline` and `published`, the same settings the
 * masthead and byline print. "Updated" is the newest entry in the corrections log, so a rebuild
 * that changes nothing changes no citation.
 */
import type { Settings } from '../schemas/settings.ts';
import type { CalendarDate, CitedWork } from './citation-formats.ts';

export interface Publication {
  publisher: string;
  authors: string[];
  published: CalendarDate;
  updated?: CalendarDate;
}

const dayOf = (iso: string): CalendarDate => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};
const later = (a: CalendarDate, b: CalendarDate) => (a.year * 10000 + a.month * 100 + a.day > b.year * 10000 + b.month * 100 + b.day ? a : b);

/** The explainer's authors, publisher and dates; `correctionDays` are the corrections log's dates, YYYY-MM-DD. */
export function publication(settings: Pick<Settings, 'byline' | 'published'>, correctionDays: string[]): Publication {
  const { publisher, author } = settings.byline;
  const authors = [author];
  const first = dayOf(settings.published.iso);
  const newest = correctionDays.toSorted().at(-1);
  const updated = newest ? later(dayOf(newest), first) : undefined;
  return { publisher, authors, published: first, ...(updated && updated !== first ? { updated } : {}) };
}

/** A work to cite: the explainer (no container), or a chapter or section of it. */
export function citedWork(pub: Publication, input: { title: string; url: string; container?: string; accessed: CalendarDate }): CitedWork {
  return { ...pub, ...input };
}
