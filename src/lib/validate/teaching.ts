/**
 * `content/teaching.json` against the chapters, with the same function the /teachers page runs
 * at build time, so `npm run check:content` refuses what the build would refuse there (a chapter
 * without teaching notes, a lesson stage linking to an id that is gone).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { teachingNotes } from '../schemas/teaching.ts';
import { ContentError, type ContentProblem } from './problems.ts';

export const TEACHING_FILE = 'teaching.json';

/**
 * Only chapters whose own checks passed are compared, since a chapter with a bad frontmatter has
 * no slug to match. An explainer without the file has no /teachers notes to check.
 */
export function checkTeaching(contentDir: string, displayDir: string, slugs: string[], anchors: ReadonlyMap<string, string>): ContentProblem[] {
  const path = join(contentDir, TEACHING_FILE);
  if (!existsSync(path)) return [];
  const file = `${displayDir}/${TEACHING_FILE}`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const text = (error as Error).message;
    const position = /line (\d+) column (\d+)/.exec(text);
    return [
      {
        file,
        ...(position ? { line: Number(position[1]), column: Number(position[2]) } : {}),
        message: `is not valid JSON (${text}). Check for a missing comma or quote, or a trailing comma`,
      },
    ];
  }
  try {
    teachingNotes(raw, { file, chapters: slugs, anchors: new Set(anchors.keys()) });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}
