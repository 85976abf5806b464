/**
 * Writes `_redirects` for Netlify after a build: a renamed chapter's old pages answer with a
 * permanent redirect to the new ones, so links in lessons and handouts keep working. The rules come
 * from the aliases in the permalink registry (src/lib/netlify/redirects.ts says which).
 *
 * A `_redirects` already in the output (copied from public/) keeps its rules first. With no renamed
 * chapter the output is left exactly as Astro wrote it.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readRegistry, REGISTRY_FILE } from '../validate/permalinks.ts';
import { chapterRedirects, redirectsFileText } from '../netlify/redirects.ts';

export const REDIRECTS_FILE = '_redirects';

export function chapterRedirectsFile(contentDir: string): AstroIntegration {
  return {
    name: 'explainer:chapter-redirects',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        // The content guard has already stopped the build on a registry it cannot read.
        const aliases = readRegistry(contentDir, `${contentDir}/${REGISTRY_FILE}`).registry?.aliases ?? {};
        const rules = chapterRedirects(aliases, pages.map((page) => page.pathname));
        if (rules.length === 0) return;
        const file = join(fileURLToPath(dir), REDIRECTS_FILE);
        const handWritten = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        writeFileSync(file, redirectsFileText(handWritten, rules, REGISTRY_FILE));
      },
    },
  };
}
