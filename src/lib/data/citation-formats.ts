/**
 * Citations of the explainer, or of one chapter, in APA (7th edition), MLA (9th edition) and
 * Chicago (17th edition, notes-bibliography: the bibliography entry), dated by first publication
 * (Chicago adds the last modification, from the corrections log). A citation is a list of
 * parts so the page can set titles in italics and mark the access date, which the browser
 * replaces with the day the reader copies it; joined, the parts are the plain text.
 */

export const citationStyles = [
  { id: 'apa', name: 'APA (7th edition)' },
  { id: 'mla', name: 'MLA (9th edition)' },
  { id: 'chicago', name: 'Chicago (17th edition, bibliography)' },
] as const;
export type CitationStyle = (typeof citationStyles)[number]['id'];

/** A day on the calendar, free of time zones: the build's date in UTC, the reader's in their own. */
export interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export interface CitedWork {
  /** One or more authors: people, or a team as the byline names it. */
  authors: string[];
  /** Who publishes the explainer. */
  publisher: string;
  /** The title of what is cited: the explainer, a chapter or a section, as written on the page. */
  title: string;
  /** The explainer a chapter or section belongs to; absent when the explainer itself is cited. */
  container?: string;
  /** The day it was first published, fixed in the content (never the day of a build). */
  published: CalendarDate;
  /** The day of the newest entry in the corrections log, when later than first publication. */
  updated?: CalendarDate;
  accessed: CalendarDate;
  url: string;
}

export interface CitationPart {
  text: string;
  italic?: boolean;
  /** This part is the access date, in the citation's style. */
  accessed?: CalendarDate;
}

// Its own list, not date-words.ts's: the citation script and the map scripts load on different
// pages, and a list both imported would be a script file of its own, one more request for each.
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters. */
const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export function calendarDate(date: Date, zone: 'utc' | 'local'): CalendarDate {
  return zone === 'utc'
    ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
    : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date as the style writes it in running text: "May 3, 2026" (APA, Chicago) or "3 May 2026" (MLA). */
export function formatCitationDate(style: CitationStyle, { year, month, day }: CalendarDate): string {
  return style === 'mla' ? `${day} ${mlaMonths[month - 1]} ${year}` : `${monthNames[month - 1]} ${day}, ${year}`;
}

/** Articles, conjunctions and prepositions stay lower case inside a title (Chicago 8.159, MLA 1.2). */
const minorWords = new Set([
  'a', 'an', 'the', 'and', 'but', 'for', 'nor', 'or', 'so', 'yet', 'as', 'about', 'above', 'across', 'after', 'against', 'along', 'among',
  'around', 'at', 'before', 'behind', 'below', 'between', 'beyond', 'by', 'despite', 'during', 'from', 'in', 'inside', 'into', 'near', 'of',
  'off', 'on', 'onto', 'outside', 'over', 'per', 'since', 'through', 'to', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'via', 'with',
  'within', 'without',
]);

const capitalise = (word: string) => word.replace(/\p{L}/u, (letter) => letter.toUpperCase());

/**
 * Headline style for MLA and Chicago: "The rise, 2014" → "The Rise, 2014". Only first letters
 * are raised, so names already capitalised ("IS", "SDF") keep their spelling, and the Arabic
 * article stays lower case inside a title ("al-Quds").
 */
export function titleCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, i) => {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      const edge = i === 0 || i === words.length - 1 || /[:—–]$/.test(words[i - 1] ?? '');
      if (!edge && minorWords.has(bare)) return word;
      return word
        .split('-')
        .map((part, j) => ((j > 0 && minorWords.has(part)) || (j === 0 && i > 0 && part === 'al') ? part : capitalise(part)))
        .join('-');
    })
    .join(' ');
}

/**
 * Ends a title with a period or comma, inside any closing quotation marks (American usage, which
 * all three styles follow), and not after a title that already ends in . ? or !.
 */
export function punctuate(text: string, mark: '.' | ','): string {
  let end = text.length;
  while (end > 0 && ((text[end - 1] === '”' && text.includes('“')) || (text[end - 1] === '’' && text.includes('‘')))) end--;
  const before = text.slice(0, end);
  if (/[.?!]$/.test(before)) return text;
  return `${before}${mark}${text.slice(end)}`;
}

/** A title in double quotation marks; quotation marks inside it become single. */
function quoted(title: string, mark: '.' | ','): string {
  return `“${punctuate(title.replaceAll('“', '‘').replaceAll('”', '’'), mark)}”`;
}

/** Authors joined as the styles join names: "A", "A and B", "A, B, and C" (APA uses "&"). */
function authorList(authors: string[], and: string): string {
  if (authors.length <= 2) return authors.join(` ${and} `);
  return `${authors.slice(0, -1).join(', ')}, ${and} ${authors.at(-1)}`;
}
const authorPart = (authors: string[], and = 'and'): CitationPart => ({ text: `${punctuate(authorList(authors, and), '.')} ` });

/** Author. (Year, Month Day). *Title*. Explainer. Publisher. Retrieved Month Day, Year, from URL (APA 10.16: the first publication's date). */
function apa(work: CitedWork): CitationPart[] {
  const { year, month, day } = work.published;
  return [
    authorPart(work.authors, '&'),
    { text: `(${year}, ${monthNames[month - 1]} ${day}). ` },
    { text: punctuate(work.title, '.'), italic: true },
    { text: `${work.container ? ` ${punctuate(work.container, '.')}` : ''} ${punctuate(work.publisher, '.')} Retrieved ` },
    { text: formatCitationDate('apa', work.accessed), accessed: work.accessed },
    { text: `, from ${work.url}` },
  ];
}

/** MLA drops the scheme from web addresses, and the slash of a bare domain. */
const mlaAddress = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** Author. "Chapter." *Explainer*, Publisher, Day Mon. Year, address. Accessed Day Mon. Year. */
function mla(work: CitedWork): CitationPart[] {
  const title = titleCase(work.title);
  const dated = `${work.publisher}, ${formatCitationDate('mla', work.published)}, ${mlaAddress(work.url)}. Accessed `;
  const heading: CitationPart[] = work.container
    ? [{ text: `${quoted(title, '.')} ` }, { text: punctuate(titleCase(work.container), ','), italic: true }]
    : [{ text: punctuate(title, '.'), italic: true }];
  return [authorPart(work.authors), ...heading, { text: ` ${dated}` }, { text: formatCitationDate('mla', work.accessed), accessed: work.accessed }, { text: '.' }];
}

/** Author. "Chapter." Explainer. Publisher, Month Day, Year. Last modified Month Day, Year. Accessed Month Day, Year. URL. */
function chicago(work: CitedWork): CitationPart[] {
  const title = quoted(titleCase(work.title), '.');
  const container = work.container ? ` ${punctuate(titleCase(work.container), '.')}` : '';
  const modified = work.updated ? ` Last modified ${formatCitationDate('chicago', work.updated)}.` : '';
  return [
    authorPart(work.authors),
    { text: `${title}${container} ${work.publisher}, ${formatCitationDate('chicago', work.published)}.${modified} Accessed ` },
    { text: formatCitationDate('chicago', work.accessed), accessed: work.accessed },
    { text: `. ${work.url}.` },
  ];
}

const formatters: Record<CitationStyle, (work: CitedWork) => CitationPart[]> = { apa, mla, chicago };

export function cite(style: CitationStyle, work: CitedWork): CitationPart[] {
  return formatters[style](work);
}

export function plainText(parts: readonly CitationPart[]): string {
  return parts.map((part) => part.text).join('');
}
