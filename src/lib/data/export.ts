/**
 * The downloads on /data: every collection as CSV and JSON, one row per entry, columns in schema
 * order. Dates are ISO text beside a precision column; amounts are low and high, with value when
 * they are equal; each row carries its source id, and in the CSV the source's publisher, title,
 * date and address too, so a spreadsheet row can be checked without a look-up.
 */
import type { Explainer } from './explainer.ts';
import type { DatePrecision } from '../schemas/common.ts';
import type { DataCollectionName } from '../schemas/index.ts';
import { describeCollection, type FieldSpec } from './dictionary.ts';
import { operationNoun } from './derived-text.ts';
import type { DerivedOperation } from '../schemas/derived.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Row = Readonly<Record<string, unknown>>;

/** What a row needs to know about its source for the CSV's source columns. */
export interface SourceFacts {
  publisher: string;
  title: string;
  published: { iso: string };
  url: string;
}
export type SourceLookup = ReadonlyMap<string, SourceFacts>;

export interface Column {
  name: string;
  meaning: string;
  /** How values are written: the allowed values of an enum, or a phrase. */
  values: string | readonly string[];
  /** Cells may be empty. */
  optional: boolean;
  /** Only in the CSV: JSON users join on sources.json instead. */
  csvOnly: boolean;
  /** The cell as JSON; CSV writes it as text. */
  read: (row: Row, sources: SourceLookup) => JsonValue;
  /** A CSV cell that is not simply the JSON value as text. */
  csv?: (row: Row, sources: SourceLookup) => string;
}

/** Lists are joined with this in CSV cells; names and ids never contain it. */
export const LIST_SEPARATOR = '; ';
/** Alternative dates carry notes that may contain semicolons, so they get a separator of their own. */
export const NOTES_SEPARATOR = ' | ';
/**
 * Excel reads a CSV without a byte-order mark in the machine's legacy code page, turning “km²”
 * and curly quotes into mojibake; with it, Excel, LibreOffice, Google Sheets and pandas all read UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

const precisions: readonly DatePrecision[] = ['year', 'month', 'day'];

interface DateValue {
  iso: string;
  precision: DatePrecision;
}

function fail(row: Row, field: string, wanted: string): never {
  throw new Error(`data export: ${String(row.id)}.${field} should be ${wanted}, got ${JSON.stringify(row[field])}`);
}

function isDate(value: unknown): value is DateValue {
  return typeof value === 'object' && value !== null && typeof (value as DateValue).iso === 'string' && precisions.includes((value as DateValue).precision);
}

function dateOf(row: Row, field: string): DateValue | undefined {
  const value = row[field];
  if (value === undefined) return undefined;
  return isDate(value) ? value : fail(row, field, 'a date');
}

function idOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;
}

function refOf(row: Row, field: string): string | null {
  if (row[field] === undefined) return null;
  return idOf(row[field]) ?? fail(row, field, 'a reference');
}

function listOf(row: Row, field: string): unknown[] {
  const value = row[field];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : fail(row, field, 'a list');
}

function scalarOf(row: Row, field: string): string | number | boolean | null {
  const value = row[field];
  if (value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return fail(row, field, 'text, a number or true/false');
}

function sourceFacts(id: string | null, sources: SourceLookup): SourceFacts | undefined {
  if (id === null) return undefined;
  const facts = sources.get(id);
  if (!facts) throw new Error(`data export: source "${id}" is not in sources.json`);
  return facts;
}

/** `publisher`, `title`, `published` and `url` of the row's source, for the CSV only. */
function sourceColumns(field: string, optional: boolean): Column[] {
  const facts: [keyof SourceFacts, string, string][] = [
    ['publisher', 'Publisher', 'text'],
    ['title', 'Title', 'text'],
    ['published', 'Publication date', 'ISO date: YYYY, YYYY-MM or YYYY-MM-DD'],
    ['url', 'Web address', 'web address'],
  ];
  return facts.map(([key, label, values]) => ({
    name: `${field}${key[0]!.toUpperCase()}${key.slice(1)}`,
    meaning: `${label} of the row’s source, copied from sources.csv.`,
    values,
    optional,
    csvOnly: true,
    read: () => null,
    csv: (row, sources) => {
      const source = sourceFacts(refOf(row, field), sources);
      if (!source) return '';
      const value = source[key];
      return typeof value === 'string' ? value : value.iso;
    },
  }));
}

const precisionColumn = (field: string): Column => ({
  name: `${field}Precision`,
  meaning: `How precisely the source gives ${field}: to the year, the month or the day.`,
  values: precisions,
  optional: false,
  csvOnly: false,
  read: (row) => dateOf(row, field)?.precision ?? null,
});

/** The columns one schema field becomes. */
function columnsOfField(field: FieldSpec, isAmount: boolean): Column[] {
  const { name, meaning, format, optional } = field;
  const base = { name, meaning, optional, csvOnly: false };
  switch (format.kind) {
    case 'date':
      return [
        { ...base, values: 'ISO date: YYYY, YYYY-MM or YYYY-MM-DD', read: (row) => dateOf(row, name)?.iso ?? null },
        { ...precisionColumn(name), optional },
      ];
    case 'ref':
      return [
        { ...base, values: `an id from ${format.collection}.csv`, read: (row) => refOf(row, name) },
        ...(format.collection === 'sources' ? sourceColumns(name, optional) : []),
      ];
    case 'refs':
      return [
        {
          ...base,
          values: `ids from ${format.collection}.csv; in CSV separated by “${LIST_SEPARATOR.trim()}”`,
          read: (row) => listOf(row, name).map((ref) => idOf(ref) ?? fail(row, name, 'a list of references')),
        },
      ];
    case 'list':
      return [
        {
          ...base,
          values: `text; in CSV separated by “${LIST_SEPARATOR.trim()}”`,
          read: (row) => listOf(row, name).map((item) => (typeof item === 'string' ? item : fail(row, name, 'a list of text'))),
        },
      ];
    case 'dated-notes': {
      const read = (row: Row) =>
        listOf(row, name).map((item) => {
          const date = (typeof item === 'object' && item !== null ? dateOf(item as Row, 'date') : undefined) ?? fail(row, name, 'a list of dates with notes');
          return { date: date.iso, datePrecision: date.precision, note: String((item as Row).note) };
        });
      return [
        {
          ...base,
          values: `in CSV “date (precision): note”, separated by “${NOTES_SEPARATOR.trim()}”; in JSON a list of date, datePrecision and note`,
          read,
          csv: (row) => read(row).map((alt) => `${alt.date} (${alt.datePrecision}): ${alt.note}`).join(NOTES_SEPARATOR),
        },
      ];
    }
    case 'derivation': {
      // Says, on every row, whether the number is a source's or ours, and from which figures.
      const read = (row: Row): JsonValue => {
        const value = row[name];
        if (value === undefined) return null;
        const { operation, inputs } = value as { operation?: unknown; inputs?: unknown };
        if (typeof operation !== 'string' || !Array.isArray(inputs)) return fail(row, name, 'an operation with its inputs');
        return { operation, inputs: inputs.map(String) };
      };
      return [
        {
          ...base,
          values: `in CSV “our conversion (operation) of figure-id” or “our calculation (operation) of figure-id${LIST_SEPARATOR}figure-id”, empty for a source’s own number; in JSON an operation and a list of inputs, or null`,
          read,
          csv: (row) => {
            const derived = read(row) as { operation: DerivedOperation; inputs: string[] } | null;
            return derived ? `${operationNoun[derived.operation]} (${derived.operation}) of ${derived.inputs.join(LIST_SEPARATOR)}` : '';
          },
        },
      ];
    }
    case 'enum':
      return [{ ...base, values: format.values, read: (row) => scalarOf(row, name) }];
    case 'number':
      const amount = isAmount && (name === 'value' || name === 'low' || name === 'high');
      if (amount && name === 'value') {
        // Schemas turn a single value into low = high; the downloads give it back as value too.
        return [{ ...base, optional: true, values: 'number', read: (row) => (row.low === row.high ? scalarOf(row, 'low') : null) }];
      }
      // Editors may leave low and high out for a single value, but every parsed row has both.
      return [{ ...base, optional: optional && !amount, values: 'number', read: (row) => scalarOf(row, name) }];
    case 'boolean':
      return [{ ...base, values: ['true', 'false'], read: (row) => scalarOf(row, name) }];
    case 'url':
      return [{ ...base, values: 'web address', read: (row) => scalarOf(row, name) }];
    case 'text':
      return [{ ...base, values: name === 'id' ? 'unique in this file: lower-case words joined by hyphens' : 'text', read: (row) => scalarOf(row, name) }];
  }
}

/** Every column of a collection's downloads, in order, with what it means. */
export function columnsOf(collection: DataCollectionName): Column[] {
  const { fields } = describeCollection(collection);
  const names = new Set(fields.map((field) => field.name));
  const isAmount = names.has('value') && names.has('low') && names.has('high');
  return fields.flatMap((field) => columnsOfField(field, isAmount));
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180, section 2). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records end in CRLF, as RFC 4180 asks; spreadsheets read either ending. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function csvText(value: JsonValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(csvText).join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A collection as CSV: byte-order mark, header row, one record per row. */
export function toCsv(columns: readonly Column[], rows: readonly Row[], sources: SourceLookup): string {
  const header = csvRecord(columns.map((column) => column.name));
  const records = rows.map((row) => csvRecord(columns.map((column) => (column.csv ? column.csv(row, sources) : csvText(column.read(row, sources))))));
  return UTF8_BOM + header + records.join('');
}

/** A collection as JSON: an array of rows with the same keys in the same order, null where empty. */
export function toJsonRows(columns: readonly Column[], rows: readonly Row[], sources: SourceLookup): { [key: string]: JsonValue }[] {
  const jsonColumns = columns.filter((column) => !column.csvOnly);
  return rows.map((row) => Object.fromEntries(jsonColumns.map((column) => [column.name, column.read(row, sources)])));
}

export function toJson(columns: readonly Column[], rows: readonly Row[], sources: SourceLookup): string {
  return `${JSON.stringify(toJsonRows(columns, rows, sources), null, 2)}\n`;
}

type ExplainerRows = Pick<Explainer, 'sources' | 'territory' | 'population' | 'fighters' | 'events' | 'places' | 'glossary' | 'figures' | 'corrections' | 'quotes'>;

/** Each collection's rows as the explainer loaded them (sources, places, glossary and figures in file order). */
export function rowsOf(explainer: ExplainerRows): Record<DataCollectionName, readonly Row[]> {
  return {
    sources: [...explainer.sources.values()],
    territory: explainer.territory,
    population: explainer.population,
    fighters: explainer.fighters,
    events: explainer.events,
    places: [...explainer.places.values()],
    glossary: [...explainer.glossary.values()],
    figures: [...explainer.figures.values()],
    corrections: explainer.corrections,
    quotes: [...explainer.quotes.values()],
  };
}

export interface CollectionExport {
  name: DataCollectionName;
  columns: Column[];
  rows: readonly Row[];
  csv: string;
  json: string;
}

/** Everything /data and its downloads need about one collection. */
export function exportCollection(explainer: ExplainerRows, name: DataCollectionName): CollectionExport {
  const columns = columnsOf(name);
  const rows = rowsOf(explainer)[name];
  const sources: SourceLookup = explainer.sources;
  return { name, columns, rows, csv: toCsv(columns, rows, sources), json: toJson(columns, rows, sources) };
}
