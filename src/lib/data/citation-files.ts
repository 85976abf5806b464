/**
 * Citations as files a reference manager imports: RIS (Zotero, EndNote, Mendeley) and BibTeX
 * (LaTeX, Zotero). Both carry first publication; the update and the address go in the fields
 * each format keeps for them.
 */
import { isoDate, type CalendarDate, type CitedWork } from './citation-formats.ts';

const slashDate = ({ year, month, day }: CalendarDate) => `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;

/** One RIS record: a web page (ELEC) whose container, if any, is the explainer. Lines end CRLF, as the format asks. */
export function risRecord(work: CitedWork): string {
  const lines = [
    ['TY', 'ELEC'],
    ...work.authors.map((author) => ['AU', author]),
    ['TI', work.title],
    ...(work.container ? [['T2', work.container]] : []),
    ['PB', work.publisher],
    ['PY', String(work.published.year)],
    ['DA', slashDate(work.published)],
    ...(work.updated ? [['N1', `Last updated ${isoDate(work.updated)} (corrections log)`]] : []),
    ['UR', work.url],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n') + '\r\n';
}

/** BibTeX braces and backslashes are special; escape them, keep the rest as UTF-8 (biber reads it). */
const bib = (text: string) => text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);

/** One BibTeX `@online` entry (biblatex), with `@misc` fields classic BibTeX reads too. */
export function bibtexEntry(key: string, work: CitedWork): string {
  const fields: [string, string][] = [
    // Double braces keep a team's name whole, so BibTeX does not split it into first and last names.
    ['author', work.authors.map((author) => `{${bib(author)}}`).join(' and ')],
    ['title', `{${bib(work.title)}}`],
    ...(work.container ? ([['organization', bib(work.container)]] as [string, string][]) : []),
    ['publisher', bib(work.publisher)],
    ['year', String(work.published.year)],
    ['date', isoDate(work.published)],
    ...(work.updated ? ([['note', `Last updated ${isoDate(work.updated)}`]] as [string, string][]) : []),
    ['url', work.url],
    ['howpublished', `\\url{${work.url}}`],
  ];
  return `@online{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}
