/**
 * Building blocks shared by the collection schemas. Messages are written for editors: each says
 * what was wrong and what would be valid, because the validator prints them as they are.
 */
import { z } from 'astro/zod';
import { closest } from '../validate/problems.ts';

/**
 * An entry's fields, and no others: a misspelt field ("qualifer") would otherwise be dropped
 * without a word, and the reader would lose what it said.
 */
export function fields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const near = closest(key, known);
          const hint = near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? ` : '';
          return `"${key}" is not a field of this entry: ${hint}Its fields are ${known.map((n) => `"${n}"`).join(', ')}; one it does not know would be dropped without a word`;
        })
        .join('; ');
    },
  });
}

/**
 * An error message for editors: "required: …" when the field is missing, otherwise the value
 * given and what would be valid.
 */
export const expected =
  (valid: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `required: ${valid}` : `${JSON.stringify(issue.input)} is not valid: ${valid}`;

/** The message for an enum: every valid option, quoted. */
export const oneOf = (options: readonly string[]) => {
  const list = options.map((o) => `"${o}"`).join(', ');
  return (issue: { input?: unknown }): string =>
    issue.input === undefined ? `required: one of ${list}` : `${JSON.stringify(issue.input)} is not valid: use one of ${list}`;
};

/** A required, non-empty piece of text; `valid` says what belongs there. */
export const text = (valid: string) =>
  z.string({ error: expected(valid) }).trim().min(1, { error: `is empty: ${valid}` });

/** A collection id: lower-case words joined by hyphens, e.g. `area-2015-01`. */
export const kebabId = z
  .string({ error: expected('a kebab-case id such as "city-falls"') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not a kebab-case id: use lower-case letters, digits and single hyphens, e.g. "city-falls"`,
  });

export type DatePrecision = 'year' | 'month' | 'day';

/** A date as the sources give it, with the precision they give it to. */
export interface PartialDate {
  /** The ISO text as written: `2014`, `2014-06` or `2014-06-29`. */
  iso: string;
  precision: DatePrecision;
  /** First instant the date can mean, UTC (for sorting and plotting). */
  start: Date;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns an error text or the date. */
export function parsePartialDate(text: string): PartialDate | string {
  const match = ISO_PARTIAL.exec(text);
  if (!match) {
    return `"${text}" is not an ISO date: write YYYY, YYYY-MM or YYYY-MM-DD (precision year, month or day)`;
  }
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const start = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2014-02-30 over to 2 March; a round trip shows the date does not exist.
  if (month < 1 || month > 12 || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) {
    return `"${text}" is not a real calendar date: check the month (01–12) and the day for that month`;
  }
  const precision: DatePrecision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  return { iso: text, precision, start };
}

/** An ISO date with its precision implied by its form: `2014` (year), `2014-06` (month), `2014-06-29` (day). */
export const partialDate = z
  .string({ error: expected('an ISO date, YYYY, YYYY-MM or YYYY-MM-DD') })
  .transform((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (typeof parsed === 'string') {
      ctx.issues.push({ code: 'custom', message: parsed, input: text });
      return z.NEVER;
    }
    return parsed;
  });

/** Where a figure applies. */
/** Where a figure applies: the id of one of the areas listed in explainer.json (checked by the validator). */
export const where = z
  .string({ error: expected('the id of one of the areas listed in explainer.json under "areas"') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `"${String(issue.input)}" is not an area id: use the id of one of the areas listed in explainer.json under "areas"` });
export type Where = z.infer<typeof where>;

const qualifiers = ['exact', 'about', 'almost', 'more-than', 'less-than', 'up-to', 'at-least'] as const;

/** How a source qualified its number: "about 4 km²", "almost 8 million", "more than 7.7 million", "under 5 km²". */
export const qualifier = z
  .enum(qualifiers, { error: oneOf(qualifiers) })
  .default('exact');
export type Qualifier = z.infer<typeof qualifier>;

const confidenceMarks = ['solid', 'contested', 'weak'] as const;

/** How far the figure can be trusted, from `../shared/research/core.md`. */
export const confidence = z
  .enum(confidenceMarks, { error: oneOf(confidenceMarks) })
  .default('solid');

export const nonNegative = (what: string) =>
  z
    .number({ error: expected(`a number (${what})`) })
    .nonnegative({ error: (issue) => `${String(issue.input)} is negative: ${what} cannot be below zero` });

/**
 * A value or a range. Editors write `value` for one number, or `low` and `high` for a range;
 * `withRange` then gives every row `low` and `high` (equal for a single value).
 */
export const amountFields = (what: string) => ({
  /** The figure, when the source gives one number. */
  value: nonNegative(what).optional(),
  /** Lower end of the range the source gives. */
  low: nonNegative(what).optional(),
  /** Upper end of the range the source gives. */
  high: nonNegative(what).optional(),
});

interface AmountInput {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
}

/** Refinement for rows built with `amountFields`: one value, or a complete range with low ≤ high. */
export function checkAmount(row: AmountInput, ctx: z.RefinementCtx): void {
  const hasRange = row.low !== undefined || row.high !== undefined;
  if (row.value === undefined && !hasRange) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'required: give "value", or "low" and "high"' });
  } else if (row.value !== undefined && hasRange) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'give either "value" or "low" and "high", not both' });
  } else if (row.low === undefined || row.high === undefined) {
    if (hasRange) {
      const missing = row.low === undefined ? 'low' : 'high';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'required: a range needs both "low" and "high"' });
    }
  } else if (row.low > row.high) {
    ctx.addIssue({
      code: 'custom',
      path: ['low'],
      message: `${row.low} is greater than high (${row.high}): low must be less than or equal to high`,
    });
  }
}

/** Turns `value` into `low` = `high` so queries and charts see one shape. */
export function withRange<T extends AmountInput>(row: T): Omit<T, 'value' | 'low' | 'high'> & { low: number; high: number } {
  const { value, low, high, ...rest } = row;
  return { ...rest, low: (value ?? low) as number, high: (value ?? high) as number };
}

/**
 * How each schema names a row in another collection. Astro passes `reference('sources')`, which
 * only warns on a missing entry; the validator passes a plain id and checks that it exists.
 */
export interface Refs {
  source: z.ZodType<{ collection: 'sources'; id: string }, string>;
  place: z.ZodType<{ collection: 'places'; id: string }, string>;
}


/** Every data row names the source it comes from, and may name others that corroborate it. */
export const sourced = (refs: Refs) => ({
  /** Id of the row's main source in `content/data/sources.json`. */
  source: refs.source,
  /** Further sources that confirm the same figure. */
  alsoSources: z.array(refs.source).default([]),
  /** Why the figure needs care: method, disagreement, caveat. Shown to readers on /methods. */
  note: z.string().optional(),
});

/**
 * What is wrong with a web address, in words: the general "not a valid URL" leaves an editor
 * looking for a comma in a long address. Undefined when it is a whole http(s) address.
 */
export function webAddressProblem(value: string): string | undefined {
  const shown = JSON.stringify(value);
  if (/\s/.test(value)) return `${shown} has a space in it: a web address has none (copy it again from the browser's address bar)`;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1];
  if (!scheme) return `${shown} does not start with https:// (or http://): give the full web address, as the browser's address bar shows it`;
  if (!/^https?$/i.test(scheme)) return `${shown} starts with ${scheme}://: a source's address starts with https:// (or http://)`;
  const host = /^[a-z]+:\/\/([^/?#]*)/i.exec(value)![1]!;
  if (host.includes(',')) return `${shown} has a comma in its domain ("${host}"): a domain has dots, as in "${host.replaceAll(',', '.')}"`;
  if (!host.includes('.')) return `${shown} has no dot in its domain ("${host}"): give the whole domain, as in "www.${host || 'example'}.com"`;
  if (!z.regexes.domain.test(host) || !URL.canParse(value)) return `${shown} has a domain that cannot be right ("${host}"): check it against the browser's address bar`;
  return undefined;
}

/** A source's web address: http(s), a real domain, and a message that says what is wrong with this one. */
export const webAddress = z.string({ error: expected('the full web address, starting https://') }).superRefine((value, ctx) => {
  const problem = webAddressProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
