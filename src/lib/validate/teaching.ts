/**
 * `content/teaching.json` against the chapters, with the same function the /teachers page runs
 * at build time, so `npm run check:content` refuses what the build would refuse there (a chapter
 * without teaching notes, a lesson stage linking to an id that is gone, a chart's steps miscounted).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { teachingNotes } from '../schemas/teaching.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { parseJsonFile } from './parse-json-file.ts';
import { readRegistry, REGISTRY_FILE } from './permalinks.ts';

export const TEACHING_FILE = 'teaching.json';

/**
 * Only chapters whose own checks passed are compared, since a chapter with a bad frontmatter has
 * no slug to match. An explainer without the file has no /teachers notes to check.
 */
export function checkTeaching(
  contentDir: string,
  displayDir: string,
  slugs: string[],
  anchors: ReadonlyMap<string, string>,
  stepCharts: ReadonlyMap<string, string>,
): ContentProblem[] {
  const path = join(contentDir, TEACHING_FILE);
  if (!existsSync(path)) return [];
  const file = `${displayDir}/${TEACHING_FILE}`;
  const parsed = parseJsonFile(path, file);
  if ('problem' in parsed) return [parsed.problem];
  const raw = parsed.value;
  try {
    const { registry } = readRegistry(contentDir, `${displayDir}/${REGISTRY_FILE}`);
    teachingNotes(raw, { file, chapters: slugs, anchors: new Set(anchors.keys()), stepCharts, aliases: registry?.aliases });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}
