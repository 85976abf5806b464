/**
 * Numbers typed into the prose. Every number a reader sees comes from the data with its source,
 * printed by a component; a number typed by hand carries no source and does not change when the
 * data does. A year, a day of the month and a small count ("three steps", "2 sections") may be
 * typed; an amount (≥ 100), a decimal, a percentage, a number with a unit or magnitude, or a count
 * of part of a whole ("28 of the sites") may not.
 */
import { positionIn, type ProseBlock } from '../mdx/outline.ts';
import type { ContentProblem } from './problems.ts';
import { readableMdxFiles } from './mdx-files.ts';

const UNIT = String.raw`%|per ?cent|million|billion|thousand|km²|km2|km|sq(?:uare)? ?(?:km|kilometres|mi|miles)|kilometres|miles`;
const NUMBER = new RegExp(String.raw`(?<![\w.,/-])(\d(?:[\d,]*\d)?(?:\.\d+)?)(?:\s?(${UNIT})(?![\w]))?`, 'gi');

/** "28 of the sites": a small number counting part of a whole is a finding, not a count of steps. */
const PART_OF = /^\s+(?:out\s+)?of\s+(?:the|its|their|these|those|them)\b/i;

/** Why a typed number is a figure, or undefined when it may stand as typed. `after` is the text that follows it. */
export function typedFigure(digits: string, unit: string | undefined, after = ''): string | undefined {
  const value = Number(digits.replace(/,/g, ''));
  if (unit) return 'a number with a unit or magnitude';
  if (PART_OF.test(after) && !/^(19|20)\d\d$/.test(digits)) return 'a count of part of a whole';
  if (digits.includes('.')) return 'a decimal';
  if (/^(19|20)\d\d$/.test(digits)) return undefined;
  if (value >= 100) return 'an amount';
  return undefined;
}

export function typedNumbers(blocks: ProseBlock[], where: { file: string; entry: string }, figuresFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const block of blocks) {
    for (const match of block.text.matchAll(NUMBER)) {
      const [typed, digits, unit] = match;
      const kind = typedFigure(digits!, unit, block.text.slice(match.index + typed.length));
      if (!kind) continue;
      problems.push({
        ...where,
        ...positionIn(block, match.index),
        message: `"${typed.trim()}" is ${kind} typed into the text: a number readers see comes from ${figuresFile}, with its source. Add it there and print it with <Fig id="…" /> (a share with <Ratio>); a number that is not a figure (a count of steps, say) is written in words`,
      });
    }
  }
  return problems;
}

/** Every chapter and page; files that do not parse are reported elsewhere. */
export function checkTypedNumbers(contentDir: string, displayDir: string): ContentProblem[] {
  const figuresFile = `${displayDir}/data/figures.json`;
  return (['chapters', 'pages'] as const).flatMap((folder) =>
    readableMdxFiles(contentDir, displayDir, folder).flatMap(({ file, name, outline }) => typedNumbers(outline.blocks, { file, entry: name }, figuresFile)),
  );
}
