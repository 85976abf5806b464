/**
 * The downloads on /data as a teacher opens them: a spreadsheet that reads every cell right,
 * every row of every collection with its source, and a dictionary entry for every column.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataCollections, plainRefs, type DataCollectionName } from '../../src/lib/schemas/index.ts';
import { collectionNames, collectionWords, describeCollection, objectSchema } from '../../src/lib/data/dictionary.ts';
import { columnsOf, csvField, csvRecord, toCsv, toJsonRows, UTF8_BOM, type Column, type Row, type SourceFacts } from '../../src/lib/data/export.ts';
import { parseCsv } from '../support/csv.ts';


/** The collections parsed as Astro parses them: references become `{ collection, id }`. */
const rawRows = (name: DataCollectionName) => JSON.parse(readFileSync(`content/data/${name}.json`, 'utf8')) as Record<string, unknown>[];
const parsed = Object.fromEntries(
  collectionNames.map((name) => {
    const schema = dataCollections[name].schema(plainRefs);
    return [name, rawRows(name).map((row) => schema.parse(row) as Row)];
  }),
) as Record<DataCollectionName, Row[]>;
const sources = new Map(parsed.sources.map((row) => [row.id as string, row as unknown as SourceFacts]));

function exported(name: DataCollectionName) {
  const columns = columnsOf(name);
  const [header, ...records] = parseCsv(toCsv(columns, parsed[name], sources).slice(UTF8_BOM.length));
  const cells = records.map((record) => Object.fromEntries(header!.map((column, i) => [column, record[i]])));
  return { columns, header: header!, records, cells, json: toJsonRows(columns, parsed[name], sources) };
}

describe('CSV cells', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Mosul')).toBe('Mosul');
    expect(csvField('')).toBe('');
  });

  it('quotes text with a comma, a quotation mark or a line break, doubling quotation marks', () => {
    expect(csvField('Raqqa, Syria')).toBe('"Raqqa, Syria"');
    expect(csvField('the "caliphate"')).toBe('"the ""caliphate"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
  });

  it('ends each record with CRLF', () => {
    expect(csvRecord(['a', 'b, c', '"d"'])).toBe('a,"b, c","""d"""\r\n');
  });

  it('reads back exactly, whatever the text holds', () => {
    const tricky = ['Raqqa, Syria', 'say "no"', 'two\nlines', 'ends with a quote"', ' spaced ', '7,7 million; about'];
    const column = (name: string, i: number): Column => ({ name, meaning: '', values: 'text', optional: false, csvOnly: false, read: (row) => String(row[i]) });
    const columns = tricky.map((_, i) => column(`c${i}`, i));
    const csv = toCsv(columns, [{ ...tricky }], new Map());
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(parseCsv(csv.slice(UTF8_BOM.length))).toEqual([columns.map((c) => c.name), tricky]);
  });
});

describe.each(collectionNames)('the %s download', (name) => {
  const { header, records, cells, json, columns } = exported(name);
  const fields = Object.keys(objectSchema(name).shape);

  it('has a header row and one record per row, every record as wide as the header', () => {
    expect(records).toHaveLength(rawRows(name).length);
    for (const record of records) expect(record).toHaveLength(header.length);
    expect(cells.map((cell) => cell.id)).toEqual(rawRows(name).map((row) => row.id));
    expect(json.map((row) => row.id)).toEqual(rawRows(name).map((row) => row.id));
  });

  it('has a column for every field of the schema, in the same order in CSV and JSON', () => {
    for (const field of fields) expect(header).toContain(field);
    const jsonKeys = columns.filter((column) => !column.csvOnly).map((column) => column.name);
    for (const row of json) expect(Object.keys(row)).toEqual(jsonKeys);
    expect(header.filter((column) => jsonKeys.includes(column))).toEqual(jsonKeys);
  });

  it('gives each row its source: the id, and in the CSV the publisher, title, date and address', () => {
    if (!fields.includes('source')) return;
    rawRows(name).forEach((raw, i) => {
      const cell = cells[i]!;
      expect(cell.source).toBe(raw.source ?? '');
      expect(json[i]!.source).toBe(raw.source ?? null);
      const source = rawRows('sources').find((row) => row.id === raw.source);
      if (!source) return;
      expect(cell.sourcePublisher).toBe(source.publisher);
      expect(cell.sourceTitle).toBe(source.title);
      expect(cell.sourcePublished).toBe(source.published);
      expect(cell.sourceUrl).toBe(source.url);
      if (fields.includes('alsoSources')) {
        const also = (raw.alsoSources as string[] | undefined) ?? [];
        expect(cell.alsoSources).toBe(also.join('; '));
        expect(json[i]!.alsoSources).toEqual(also);
      }
    });
  });

  it('writes dates as the ISO text the source gives, with its precision', () => {
    rawRows(name).forEach((raw, i) => {
      for (const field of ['date', 'published']) {
        if (!fields.includes(field)) continue;
        const iso = raw[field] as string | undefined;
        expect(cells[i]![field]).toBe(iso ?? '');
        expect(cells[i]![`${field}Precision`]).toBe(iso === undefined ? '' : ['year', 'month', 'day'][iso.split('-').length - 1]);
      }
    });
  });

  it('writes amounts as low and high, and value only when they are equal', () => {
    if (!fields.includes('value')) return;
    rawRows(name).forEach((raw, i) => {
      const low = (raw.value ?? raw.low) as number;
      const high = (raw.value ?? raw.high) as number;
      expect(json[i]).toMatchObject({ low, high, value: low === high ? low : null });
      expect(cells[i]).toMatchObject({ low: String(low), high: String(high), value: low === high ? String(low) : '' });
    });
  });
});

describe('the data dictionary', () => {
  it('gives a meaning to every field of every schema, and to no field that does not exist', () => {
    for (const name of collectionNames) {
      const fields = Object.keys(objectSchema(name).shape);
      const undocumented = fields.filter((field) => !collectionWords[name].meanings[field]).map((field) => `${name}.${field}`);
      const stale = Object.keys(collectionWords[name].meanings).filter((field) => !fields.includes(field)).map((field) => `${name}.${field}`);
      expect({ undocumented, stale }).toEqual({ undocumented: [], stale: [] });
    }
  });

  it('describes every collection and every column it adds (precisions, source details)', () => {
    for (const name of collectionNames) {
      expect(describeCollection(name).description.length).toBeGreaterThan(20);
      for (const column of columnsOf(name)) expect(column.meaning, `${name}.${column.name}`).toMatch(/\w{3}/);
    }
  });

  it('lists the allowed values of enums from the schemas themselves', () => {
    const values = (name: DataCollectionName, column: string) => columnsOf(name).find((c) => c.name === column)?.values;
    expect(values('territory', 'measure')).toEqual(['controlled-area', 'share-lost', 'influence-area', 'pocket-area']);
    expect(values('figures', 'confidence')).toEqual(['solid', 'contested']);
    expect(values('fighters', 'confidence')).toEqual(['solid', 'contested', 'weak']);
    expect(values('events', 'datePrecision')).toEqual(['year', 'month', 'day']);
  });

  it('writes alternative dates with their precision and note', () => {
    const { cells, json } = exported('events');
    const i = rawRows('events').findIndex((row) => Array.isArray(row.altDates) && row.altDates.length > 0);
    const alt = (rawRows('events')[i]!.altDates as { date: string; note: string }[])[0]!;
    expect(cells[i]!.altDates).toContain(`${alt.date} (${['year', 'month', 'day'][alt.date.split('-').length - 1]}): ${alt.note}`);
    expect(json[i]!.altDates).toContainEqual(expect.objectContaining({ date: alt.date, note: alt.note }));
  });
});
