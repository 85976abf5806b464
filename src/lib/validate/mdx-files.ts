/**
 * The MDX files of a content folder that can be read, with their outlines, for the checks that
 * look at prose (typed numbers, typed quotations, a chapter's shape). A file that does not parse
 * is left out: checkChapters reports it once, with its line, and knock-on messages would bury it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MdxSyntaxError, outlineChapter, type ChapterOutline } from '../mdx/outline.ts';

export interface MdxFile {
  /** As messages show it: content/chapters/the-rise.mdx. */
  file: string;
  /** The file's name without .mdx, the entry messages name until its frontmatter is read. */
  name: string;
  source: string;
  outline: ChapterOutline;
}

export function readableMdxFiles(contentDir: string, displayDir: string, folder: 'chapters' | 'pages'): MdxFile[] {
  const path = join(contentDir, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const source = readFileSync(join(path, name), 'utf8');
      try {
        return [{ file: `${displayDir}/${folder}/${name}`, name: name.replace(/\.mdx$/, ''), source, outline: outlineChapter(source) }];
      } catch (error) {
        if (error instanceof MdxSyntaxError) return [];
        throw error;
      }
    });
}
