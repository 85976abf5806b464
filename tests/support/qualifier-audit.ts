/**
 * Reads what readers get (built HTML, including chart SVG, tables, alt text, embeds and handouts,
 * and the CSV and JSON downloads) and lists every place a qualified number ("about 81,000 sq mi",
 * "more than 7.7 million people") is printed without its qualifier. The numbers to look for come
 * from the data; the places are found by reading the files, not by asking the code that wrote them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatAmount, formatNumber } from '../../src/lib/data/format.ts';
import type { FigureUnit } from '../../src/lib/schemas/figures.ts';
import type { Qualifier } from '../../src/lib/schemas/common.ts';
import { parseCsv } from './csv.ts';

/** One number in the data, with the qualifier its source gave it. */
export interface DataNumber {
  collection: string;
  id: string;
  low: number;
  high: number;
  qualifier: Qualifier;
  /** The unit words it may be printed with ("fighters" and "members" for a count of members). */
  units: FigureUnit[];
  sourceWords?: string;
  derived: boolean;
}

export interface Surface {
  /** The file, and what part of it: "chapters/at-its-peak/index.html (text)". */
  name: string;
  text: string;
}

export interface BareNumber {
  surface: string;
  printed: string;
  /** The words around it, as a reader sees them. */
  context: string;
  expected: string;
}

/**
 * How each qualifier may read: the site's own word first, then the plain synonyms editors use in
 * typed text such as glossary definitions ("over 110 countries"). A synonym still tells the
 * reader the number is not exact; a bare number does not.
 */
const QUALIFIER_WORDS: Record<Qualifier, string[]> = {
  exact: [],
  about: ['about', 'around', 'some', 'roughly', 'approximately', 'nearly', '≈'],
  almost: ['almost', 'nearly', 'just under'],
  'more-than': ['more than', 'over', 'above'],
  'less-than': ['less than', 'under', 'below', 'fewer than'],
  'up-to': ['up to', 'as many as'],
  'at-least': ['at least'],
};

const territoryUnit = (measure: string): FigureUnit => (measure === 'share-lost' ? 'percent' : 'km2');
const unitsOf: Record<string, (row: Record<string, unknown>) => FigureUnit[]> = {
  figures: (row) => [row.unit as FigureUnit],
  territory: (row) => [territoryUnit(String(row.measure))],
  population: () => ['people'],
  // The fighters chart counts members as "fighters" on its axis and "members" in its table.
  fighters: () => ['fighters', 'members'],
};

/** Every number in the amount collections of a content folder. */
export function dataNumbers(contentDir: string): DataNumber[] {
  return Object.entries(unitsOf).flatMap(([collection, units]) => {
    const rows = JSON.parse(readFileSync(join(contentDir, 'data', `${collection}.json`), 'utf8')) as Record<string, unknown>[];
    return rows.map((row) => ({
      collection,
      id: String(row.id),
      low: Number(row.value ?? row.low),
      high: Number(row.value ?? row.high),
      qualifier: (row.qualifier as Qualifier | undefined) ?? 'exact',
      units: units(row),
      ...(typeof row.sourceWords === 'string' ? { sourceWords: row.sourceWords } : {}),
      derived: row.derivedFrom !== undefined,
    }));
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" };
const decode = (text: string) =>
  text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? (name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole));
const tidy = (text: string) => decode(text).replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * What a reader of one HTML page meets: its text (prose, chart labels inside the SVG, tables,
 * screen-reader text), and the alt, aria-label and title attributes, each a surface of its own.
 */
export function htmlSurfaces(name: string, html: string): Surface[] {
  const body = html.replace(/<script\b[\s\S]*?<\/script>/gi, ' ').replace(/<style\b[\s\S]*?<\/style>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const attributes = [...body.matchAll(/\s(alt|aria-label|title|content)="([^"]*)"/g)].map(([, attribute, value]) => ({ name: `${name} (${attribute})`, text: tidy(value!) }));
  return [{ name: `${name} (text)`, text: tidy(body.replace(/<[^>]+>/g, ' ')) }, ...attributes.filter((surface) => surface.text)];
}

/** `<Fig>` marks its output with data-figure: what each printed figure reads as. */
export function printedFigures(html: string): { id: string; text: string }[] {
  return [...html.matchAll(/data-figure="([^"]+)"[^>]*><data\b[^>]*>([^<]*)<\/data>/g)].map(([, id, text]) => ({ id: id!, text: tidy(text!) }));
}

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path, ending) : path.endsWith(ending) ? [path] : [];
  });
}

/** Every HTML page of a built site, as surfaces, with the figures its prose prints. */
export function siteSurfaces(dist: string): { surfaces: Surface[]; figures: { page: string; id: string; text: string }[] } {
  const surfaces: Surface[] = [];
  const figures: { page: string; id: string; text: string }[] = [];
  for (const path of filesUnder(dist, '.html')) {
    const page = relative(dist, path);
    const html = readFileSync(path, 'utf8');
    surfaces.push(...htmlSurfaces(page, html));
    figures.push(...printedFigures(html).map((figure) => ({ page, ...figure })));
  }
  return { surfaces, figures };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a number can be printed with its unit, without its qualifier: "81,000 sq mi", "7.7 million people". */
function printedForms(number: DataNumber): string[] {
  return number.units.map((unit) => formatAmount({ low: number.low, high: number.high, unit }));
}

/**
 * Every place a qualified number is printed without its qualifier. A printed form that also
 * belongs to an exact number in the data (the coalition's exact 7.7 million liberated beside the
 * BBC's "more than 7.7 million") cannot be told apart by reading, so it is not judged.
 */
export function bareNumbers(numbers: readonly DataNumber[], surfaces: readonly Surface[]): BareNumber[] {
  const forms = new Map<string, Set<Qualifier>>();
  for (const number of numbers) {
    for (const form of printedForms(number)) {
      if (!forms.has(form)) forms.set(form, new Set());
      forms.get(form)!.add(number.qualifier);
    }
  }
  const problems: BareNumber[] = [];
  for (const [form, qualifiers] of forms) {
    if (qualifiers.has('exact')) continue;
    // Not part of a longer number, a range or a web address ("31,000" in "131,000", "200" in
    // "200,000", "500" in "20,000–31,500", "643" in ".../643-iraqi-men...").
    const pattern = new RegExp(`(?<![\\d.,–\\-/])${escape(form)}(?!\\d|[.,]\\d|-\\w)`, 'g');
    const words = [...qualifiers].flatMap((qualifier) => QUALIFIER_WORDS[qualifier]);
    for (const surface of surfaces) {
      for (const match of surface.text.matchAll(pattern)) {
        // A qualifier in quotation marks is still there: the coalition said 'more than' 4.5 million.
        const before = surface.text.slice(Math.max(0, match.index - 24), match.index).toLowerCase().trimEnd().replace(/['’"”]+$/, '');
        if (words.some((word) => before.endsWith(word))) continue;
        // Inside “…” is someone's verbatim words (a source's headline), which we quote as they are.
        if (surface.text.lastIndexOf('“', match.index) > surface.text.lastIndexOf('”', match.index)) continue;
        problems.push({
          surface: surface.name,
          printed: form,
          context: surface.text.slice(Math.max(0, match.index - 60), match.index + form.length + 30),
          expected: [...qualifiers].map((qualifier) => `"${QUALIFIER_WORDS[qualifier][0]} ${form}"`).join(' or '),
        });
      }
    }
  }
  return problems;
}

/** Prose figures (`<Fig>`, bare or not) printed without the words of their qualifier. */
export function bareFigures(numbers: readonly DataNumber[], printed: readonly { page: string; id: string; text: string }[]): BareNumber[] {
  const byId = new Map(numbers.filter((number) => number.collection === 'figures').map((number) => [number.id, number]));
  return printed.flatMap(({ page, id, text }) => {
    const figure = byId.get(id);
    const words = figure ? QUALIFIER_WORDS[figure.qualifier] : [];
    const word = words[0];
    if (!figure || !word || words.some((w) => text.toLowerCase().includes(w))) return [];
    const wanted = figure.sourceWords ?? `${word} ${formatNumber({ low: figure.low, high: figure.high, unit: figure.units[0]! })}`;
    return [{ surface: `${page} (<Fig id="${id}">)`, printed: text, context: text, expected: `"${wanted}"` }];
  });
}


/**
 * The downloads: every qualified row's CSV record and JSON object must carry its qualifier (and
 * its source's words), and every derived row must say it is ours and from what.
 */
export function downloadProblems(numbers: readonly DataNumber[], dist: string): string[] {
  const problems: string[] = [];
  for (const collection of Object.keys(unitsOf)) {
    const rows = numbers.filter((number) => number.collection === collection);
    const csvPath = join(dist, 'data', `${collection}.csv`);
    const jsonPath = join(dist, 'data', `${collection}.json`);
    if (!existsSync(csvPath) || !existsSync(jsonPath)) {
      problems.push(`data/${collection}: the CSV or JSON download is missing`);
      continue;
    }
    const [header = [], ...records] = parseCsv(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''));
    const csvRows = new Map(records.map((record) => [record[header.indexOf('id')]!, Object.fromEntries(header.map((name, i) => [name, record[i] ?? '']))]));
    const jsonRows = new Map((JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>[]).map((row) => [String(row.id), row]));
    for (const number of rows) {
      const csv = csvRows.get(number.id);
      const json = jsonRows.get(number.id);
      if (!csv || !json) {
        problems.push(`data/${collection}: row "${number.id}" is missing from the downloads`);
        continue;
      }
      const expected = number.qualifier === 'exact' ? ['exact', ''] : [number.qualifier];
      if (!expected.includes(csv.qualifier ?? '')) problems.push(`data/${collection}.csv: row "${number.id}" has qualifier "${csv.qualifier ?? '(no column)'}", the data says "${number.qualifier}"`);
      if (!expected.includes(String(json.qualifier ?? ''))) problems.push(`data/${collection}.json: row "${number.id}" has qualifier ${JSON.stringify(json.qualifier)}, the data says "${number.qualifier}"`);
      if (number.sourceWords && csv.sourceWords !== number.sourceWords) problems.push(`data/${collection}.csv: row "${number.id}" lacks the source's words "${number.sourceWords}"`);
      if (number.derived && !/^our (conversion|calculation) \(/.test(csv.derivedFrom ?? '')) problems.push(`data/${collection}.csv: row "${number.id}" is our calculation, and its derivedFrom cell does not say so: "${csv.derivedFrom ?? '(no column)'}"`);
      if (number.derived && !(json.derivedFrom && typeof json.derivedFrom === 'object')) problems.push(`data/${collection}.json: row "${number.id}" is our calculation, and has no derivedFrom`);
    }
  }
  return problems;
}
