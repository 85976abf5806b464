/**
 * Runs every content check before Astro loads a single collection, so a bad edit stops
 * `astro build` (and `astro check`) with the file, entry, field and what would be valid.
 * In `astro dev` the problems are printed and shown in the browser instead, checked again on every
 * save, so the editor's preview keeps running and shows the build's own message.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport, type ContentProblem } from '../validate/index.ts';
import { watchContent } from './dev-content-watch.ts';
import { unregisteredAnchors } from '../validate/permalinks.ts';
import { relative, resolve } from 'node:path';

/** The content folder as messages show it, relative to the project. */
const displayPath = (root: string, contentDir: string) => relative(root, resolve(root, contentDir)).split('\\').join('/') || '.';

export function contentGuard(contentDir: string): AstroIntegration {
  let root = process.cwd();
  let atStart: ContentProblem[] = [];
  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        const checked = checkContent(contentDir, root);
        // Publishing also needs every new id registered; editing in the preview does not.
        const problems = command === 'build' && checked.length === 0 ? unregisteredAnchors(resolve(root, contentDir), displayPath(root, contentDir)) : checked;
        atStart = problems;
        if (problems.length === 0) return;
        if (command === 'dev') {
          logger.error(formatReport(problems));
          return;
        }
        // The report alone, as an editor should read it: thrown, it would come wrapped in Astro's
        // "unhandled error in a hook" notice and a stack trace of the kit's own code.
        console.error(formatReport(problems));
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent({ server, logger, contentDir, root, problems: atStart });
      },
    },
  };
}
