/** One entry point for every content check, used by the build, `npm run check:content` and tests. */
import { relative, resolve } from 'node:path';
import { checkData } from './data.ts';
import { checkChapters, checkPages } from './chapters.ts';
import { checkRegistry } from './permalinks.ts';
import { checkTeaching } from './teaching.ts';
import { ContentError, type ContentProblem } from './problems.ts';

export { ContentError, formatProblem, formatReport, type ContentProblem } from './problems.ts';

/** Every problem in a content folder (`content/` with `data/` and `chapters/`), in file order. */
export function checkContent(contentDir: string, projectDir = process.cwd()): ContentProblem[] {
  const absolute = resolve(projectDir, contentDir);
  const display = relative(projectDir, absolute).split('\\').join('/') || '.';
  const data = checkData(absolute, display);
  const figures = data.rows.get('figures');
  const chapters = checkChapters(absolute, display, data.ids, data.unreadable, figures);
  const pages = checkPages(absolute, display, data.ids, data.unreadable, figures);
  const chaptersComplete = chapters.problems.length === 0;
  const permalinks = checkRegistry(absolute, display, chapters.anchors, chaptersComplete);
  const teaching = chaptersComplete ? checkTeaching(absolute, display, chapters.slugs, chapters.anchors) : [];
  return [...data.problems, ...chapters.problems, ...pages, ...permalinks, ...teaching];
}

/** Throws a `ContentError` listing every problem, or returns quietly. */
export function assertContent(contentDir: string, projectDir = process.cwd()): void {
  const problems = checkContent(contentDir, projectDir);
  if (problems.length) throw new ContentError(problems);
}
