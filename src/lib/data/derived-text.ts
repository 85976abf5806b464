/**
 * How a number reads when it is ours or when its source gave words, not a number. Every surface
 * (prose, chart labels and tables, alt text, downloads, embeds, handouts) goes through here, so a
 * conversion we made can never be printed as if the source had said it:
 * "about 210,000 km², our conversion of about 81,000 sq mi".
 */
import { formatAmount, formatNumber, type Amount } from './format.ts';
import type { Derivation, DerivedOperation } from '../schemas/derived.ts';

export interface Printable extends Amount {
  derivedFrom?: Derivation | undefined;
  sourceWords?: string | undefined;
}

export type FigureLookup = ReadonlyMap<string, Printable>;

/** What readers are told we did: "our conversion" of a unit, "our calculation" otherwise. */
export const operationNoun: Record<DerivedOperation, string> = {
  'sq-mi-to-km2': 'our conversion',
  'percent-of': 'our calculation',
  difference: 'our calculation',
};

function input(figures: FigureLookup, id: string): Printable {
  const figure = figures.get(id);
  // The validator has refused a derivedFrom naming a missing figure, so a miss is a kit bug.
  if (!figure) throw new Error(`derivedFrom names "${id}", which is not in figures.json`);
  return figure;
}

/** What a source itself said: its words when it gave no number ("more than half of the country"), else its number and unit. */
export function sourceStatement(row: Printable): string {
  return row.sourceWords ?? formatAmount(row);
}

/** A source's statement inside our sentence: its words in quotation marks, its numbers as they are. */
const quoted = (row: Printable) => (row.sourceWords ? `“${row.sourceWords}”` : formatAmount(row));

/** "our conversion of about 81,000 sq mi", "our calculation: 90,800 km² minus 36,200 km²". */
export function derivationPhrase(derivation: Derivation, figures: FigureLookup): string {
  const [a, b] = derivation.inputs.map((id) => input(figures, id));
  const noun = operationNoun[derivation.operation];
  switch (derivation.operation) {
    case 'sq-mi-to-km2':
      return `${noun} of ${quoted(a!)}`;
    case 'percent-of':
      return `${noun} from ${quoted(a!)} and ${quoted(b!)}`;
    case 'difference':
      return `${noun}: ${quoted(a!)} minus ${quoted(b!)}`;
  }
}

/** What the source said for a derived row: the statement of the figure the calculation starts from. */
export function saidBySource(row: Printable, figures: FigureLookup): string {
  return row.derivedFrom ? sourceStatement(input(figures, row.derivedFrom.inputs[0]!)) : sourceStatement(row);
}

/**
 * A number as every surface prints it. A derived one carries what we did and what it was done to;
 * one the source gave in words is those words; any other is the number with its qualifier and unit.
 */
export function printAmount(row: Printable, figures: FigureLookup, { bare = false } = {}): string {
  if (row.derivedFrom) return `${bare ? formatNumber(row) : formatAmount(row)}, ${derivationPhrase(row.derivedFrom, figures)}`;
  if (row.sourceWords) return row.sourceWords;
  return bare ? formatNumber(row) : formatAmount(row);
}
