/**
 * Checks the numbers we work out ourselves. A row with `derivedFrom` must name figures that exist,
 * in the units its operation takes; its stored value must be the operation's result, rounded no
 * finer than its inputs and in the direction its qualifier allows; and it must keep its inputs'
 * qualifier. A row without `derivedFrom` whose note speaks of our own calculation is refused:
 * that is how a km² conversion once reached readers labelled as the source's own number.
 */
import type { DataCollectionName } from '../schemas/index.ts';
import type { Qualifier } from '../schemas/common.ts';
import type { Derivation } from '../schemas/derived.ts';
import { territoryUnit, type TerritoryMeasure } from '../schemas/territory.ts';
import type { FigureUnit } from '../schemas/figures.ts';
import { allowedQualifiers, compute, operationInputs, inputPrecision, inputProblem, resultUnit, roundingFor, roundToFigures, significantFigures, type DerivedInput } from '../data/derive.ts';
import { qualifierWords } from '../data/format.ts';
import { suggestion, type ContentProblem } from './problems.ts';
import type { DataCheck, ParsedRow } from './data.ts';

/** Collections whose rows may carry `derivedFrom` and `sourceWords`. */
const derivable = ['figures', 'territory'] as const;
/** Collections whose notes are read for a calculation of ours. */
const withNotes: readonly DataCollectionName[] = ['figures', 'territory', 'population', 'fighters'];

/** Words that say a number is ours: the "(DERIVED)" mark editors used, or plain English for it. */
const OUR_CALCULATION = /\bDERIVED\b|\bour (?:own )?(?:conversion|calculation)s?\b|\bwe (?:converted|calculated|worked out)\b|\bconverted (?:from|to|into)\b/;

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

interface Row extends DerivedInput {
  id: string;
  derivedFrom?: Derivation;
  sourceWords?: string;
  note?: string;
  measure?: TerritoryMeasure;
}

export function checkDerived(data: DataCheck, displayDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const figuresFile = `${displayDir}/data/figures.json`;
  const figures = data.rows.get('figures') ?? new Map<string, ParsedRow>();
  const figureIds = data.ids.get('figures') ?? new Set<string>();

  for (const collection of withNotes) {
    const file = `${displayDir}/data/${collection}.json`;
    for (const row of (data.rows.get(collection)?.values() ?? []) as Iterable<ParsedRow & Row>) {
      const say = (field: string, message: string) => problems.push({ file, entry: row.id, field, message });
      const words = row.note ? OUR_CALCULATION.exec(row.note)?.[0] : undefined;
      if (words && !row.derivedFrom) {
        say(
          'note',
          (derivable as readonly string[]).includes(collection)
            ? `speaks of our own calculation ("${words}") but the row has no "derivedFrom": if the row's value is ours, give it "derivedFrom": { "operation", "inputs" } so every page prints it as ours; if the note only mentions a number we worked out, move that number into a derived figure in content/data/figures.json`
            : `speaks of our own calculation ("${words}"): rows in ${collection}.json hold only sources' own numbers, so take the calculation out of the note, or add it as a derived figure in content/data/figures.json`,
        );
      }
      if (row.sourceWords !== undefined) checkWords(row, say);
      if (!row.derivedFrom) continue;
      if (row.sourceWords !== undefined) {
        say('sourceWords', 'a derived row prints its inputs’ words, not its own: put the source’s words on the input figure in content/data/figures.json and leave them out here');
      }
      const inputs: (Row | undefined)[] = row.derivedFrom.inputs.map((id, index) => {
        const input = figures.get(id) as (ParsedRow & Row) | undefined;
        if (!input && !figureIds.has(id) && !data.unreadable.has('figures')) {
          say(`derivedFrom.inputs[${index}]`, `no entry "${id}" in ${figuresFile}: use the id of an existing figure, or add one.${suggestion(id, figureIds)}`);
        } else if (input?.derivedFrom) {
          say(`derivedFrom.inputs[${index}]`, `"${id}" is itself our calculation: start from the source's own figures (the inputs of "${id}")`);
          return undefined;
        }
        return input;
      });
      if (inputs.some((input) => !input)) continue;
      checkArithmetic(row, inputs as Row[], collection, say);
    }
  }
  return problems;
}

type Say = (field: string, message: string) => void;

/** Words printed in place of the number must carry its qualifier, or the qualifier is lost. */
function checkWords(row: Row, say: Say): void {
  const needed = qualifierWords[row.qualifier].trim();
  if (needed && !row.sourceWords!.toLowerCase().includes(needed)) {
    say('sourceWords', `"${row.sourceWords}" leaves out the qualifier "${needed}" (qualifier "${row.qualifier}"): the words are printed in place of the number, so quote the source's words with it, e.g. "${needed} ${row.sourceWords}"`);
  }
}

function checkArithmetic(row: Row, inputs: Row[], collection: string, say: Say): void {
  const { operation } = row.derivedFrom!;
  const names = `${operation} of ${inputs.map((input) => `"${input.id}"`).join(' and ')}`;
  const wrongInputs = inputProblem(operation, inputs);
  if (wrongInputs) {
    say('derivedFrom.inputs', `"${operation}" ${wrongInputs}: it takes ${operationInputs[operation].takes}`);
    return;
  }
  const unit = resultUnit(operation, inputs);
  const rowUnit: FigureUnit = collection === 'territory' ? territoryUnit(row.measure!) : row.unit;
  if (unit !== rowUnit) {
    say(collection === 'territory' ? 'measure' : 'unit', `our ${names} is in ${unit}, but the row is in ${rowUnit}: give the row the unit of its result, or use another operation`);
    return;
  }

  const allowed = allowedQualifiers(inputs);
  if (!allowed.includes(row.qualifier)) {
    say('qualifier', `"${row.qualifier}" is not what the inputs said: a calculation from ${inputs.map(describe).join(' and ')} keeps their qualifier, so use ${allowed.map((q) => `"${q}"`).join(' or ')}`);
    return;
  }

  const result = compute(operation, inputs);
  const precision = inputPrecision(inputs);
  const rounding = roundingFor(row.qualifier);
  for (const end of row.low === row.high ? (['value'] as const) : (['low', 'high'] as const)) {
    const stored = end === 'high' ? row.high : row.low;
    const exact = end === 'high' ? result.high : result.low;
    const best = roundToFigures(exact, precision, rounding);
    const fits = Array.from({ length: precision }, (_, i) => roundToFigures(exact, i + 1, rounding)).includes(stored);
    const working = `it gives ${grouped.format(exact)}, which to ${precision} significant figure${precision === 1 ? '' : 's'} (the precision of its inputs${rounding === 'nearest' ? '' : `, rounded ${rounding} for "${row.qualifier}"`}) is ${grouped.format(best)}`;
    if (significantFigures(stored) > precision) {
      say(end, `${stored} is more precise than its inputs: our ${names} is worked out from them, and ${working}: write ${best}`);
    } else if (!fits) {
      say(end, `${stored} is not our ${names}: ${working}: write ${best}, or round it to fewer figures`);
    } else if (row.qualifier === 'exact' && stored !== exact) {
      say('qualifier', `"exact" hides our rounding: our ${names} gives ${grouped.format(exact)}, stored as ${stored}: use "qualifier": "about"`);
    }
  }
}

function describe(input: Row): string {
  const qualifier: Qualifier = input.qualifier;
  return `"${input.id}" (${qualifier === 'exact' ? 'exact' : qualifierWords[qualifier].trim()})`;
}
