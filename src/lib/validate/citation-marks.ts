/**
 * One citation mark per source per sentence. `<Fig>` prints its source's mark itself, so a
 * `<Cite>` of the same source beside it printed "about 4 km²[67] [67]"; two `<Cite>` of one source
 * in a sentence do the same. Both are refused, at the `<Cite>` to remove.
 */
import type { ChapterOutline, ComponentUse } from '../mdx/outline.ts';
import type { ContentProblem } from './problems.ts';
import type { ParsedRow } from './data.ts';

/** A full stop, question or exclamation mark (with any closing quote or bracket) followed by a space ends a sentence. */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?:\s|$)/;

interface Mark {
  use: ComponentUse;
  source: string;
}

function sourceOf(use: ComponentUse, figures: ReadonlyMap<string, ParsedRow>): string | undefined {
  const id = use.attributes.id;
  if (!id) return undefined;
  if (use.name === 'Cite') return id;
  const source = figures.get(id)?.source as { id?: unknown } | undefined;
  return typeof source?.id === 'string' ? source.id : undefined;
}

export function checkCitationMarks(outline: ChapterOutline, where: { file: string; entry: string }, figures: ReadonlyMap<string, ParsedRow>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let sentence: Mark[] = [];
  let block = -1;
  for (const use of outline.uses) {
    if (use.name !== 'Fig' && use.name !== 'Cite') continue;
    if (use.block !== block || SENTENCE_END.test(use.textBefore)) sentence = [];
    block = use.block;
    const source = sourceOf(use, figures);
    if (!source) continue;
    const earlier = sentence.find((mark) => mark.source === source && (mark.use.name === 'Cite' || use.name === 'Cite'));
    if (earlier) {
      // The <Cite> is what the editor should remove, whichever comes first.
      const cite = use.name === 'Cite' ? use : earlier.use;
      const other = cite === use ? earlier.use : use;
      problems.push({
        ...where,
        line: cite.line,
        column: cite.column,
        field: 'id of <Cite>',
        message:
          other.name === 'Fig'
            ? `<Fig id="${other.attributes.id}"> already cites its source "${source}" in this sentence; remove the <Cite>, which would print the same citation mark a second time`
            : `<Cite id="${source}"> already cites this source in this sentence; remove the second <Cite>, which would print the same citation mark a second time`,
      });
      continue;
    }
    sentence.push({ use, source });
  }
  return problems;
}
