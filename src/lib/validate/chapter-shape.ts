/**
 * What a published chapter must be before readers see it: no "Replace this" left from
 * `npm run new:chapter` (in the chapter or its teaching notes), and the length and number of
 * sections the explainer sets in explainer.json (`chapters`). A chapter marked `draft: true` is
 * exempt, and is never published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from '../mdx/outline.ts';
import { readableMdxFiles } from './mdx-files.ts';
import type { ContentProblem } from './problems.ts';

/** The words `npm run new:chapter` starts every placeholder with. */
export const PLACEHOLDER = 'Replace this';

export interface ChapterShape {
  words?: [number, number] | undefined;
  sections?: number | undefined;
}

export function checkChapterShape(contentDir: string, displayDir: string, shape: ChapterShape | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const teachingFile = join(contentDir, 'teaching.json');
  let teaching: { chapter?: unknown }[] = [];
  try {
    teaching = existsSync(teachingFile) ? (JSON.parse(readFileSync(teachingFile, 'utf8')) as { chapter?: unknown }[]) : [];
  } catch {
    // A teaching file that cannot be read is reported by its own check.
  }
  for (const { file, name, source, outline } of readableMdxFiles(contentDir, displayDir, 'chapters')) {
    const { slug, draft } = outline.frontmatter as { slug?: unknown; draft?: unknown };
    const entry = typeof slug === 'string' ? slug : name;
    if (draft === true) continue;
    const line = source.split('\n').findIndex((text) => text.includes(PLACEHOLDER));
    if (line >= 0) {
      problems.push({
        file,
        entry,
        line: line + 1,
        message: `still has "${PLACEHOLDER} …" from npm run new:chapter: write the real text, or mark the chapter draft: true in its frontmatter until it is ready (a draft is not published)`,
      });
    }
    const notes = teaching.find((note) => note?.chapter === entry);
    if (notes && JSON.stringify(notes).includes(PLACEHOLDER)) {
      problems.push({
        file: `${displayDir}/teaching.json`,
        entry,
        message: `the chapter's teaching notes still have "${PLACEHOLDER} …" questions: write them, or mark the chapter draft: true until it is ready`,
      });
    }
    const words = countWords(outline.prose);
    if (shape?.words) {
      const [fewest, most] = shape.words;
      if (words < fewest || words > most) {
        problems.push({
          file,
          entry,
          message: `has ${words} words; a published chapter has ${fewest}–${most} (explainer.json, "chapters.words"): ${words < fewest ? 'finish it, or mark it draft: true until it is ready' : 'split it into two chapters, or cut it'}`,
        });
      }
    }
    if (shape?.sections && outline.sections.length < shape.sections) {
      problems.push({
        file,
        entry,
        message: `has ${outline.sections.length} section${outline.sections.length === 1 ? '' : 's'}; a published chapter has at least ${shape.sections} (explainer.json, "chapters.sections"), each a passage a teacher can link to: divide it with <Section id="…" title="…">`,
      });
    }
  }
  return problems;
}
