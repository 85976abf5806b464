/**
 * Runs every content check before Astro loads a single collection, so a bad edit stops
 * `astro build` (and `astro check`) with the file, entry, field and what would be valid.
 * In `astro dev` the problems are printed instead, so the editor's preview keeps running.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, ContentError, formatReport } from '../validate/index.ts';

export function contentGuard(contentDir: string): AstroIntegration {
  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const problems = checkContent(contentDir, fileURLToPath(config.root));
        if (problems.length === 0) return;
        if (command === 'dev') {
          logger.error(formatReport(problems));
          return;
        }
        throw new ContentError(problems);
      },
    },
  };
}
