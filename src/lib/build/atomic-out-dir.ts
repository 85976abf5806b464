/**
 * Builds into a side folder and moves it to the real output folder only when the whole build
 * has succeeded, so a failed build never leaves a half-written dist/ that could be deployed.
 * Must be the last integration: its build:done runs after the others have written their files.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function atomicOutDir(): AstroIntegration {
  let finalDir = '';
  let partialDir = '';
  return {
    name: 'explainer:atomic-out-dir',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir);
        const partial = new URL(`../.${finalDir.replace(/\/$/, '').split('/').pop()}-partial/`, config.outDir);
        partialDir = fileURLToPath(partial);
        // An earlier output would outlive a failed build and could be served or deployed as if new.
        rmSync(finalDir, { recursive: true, force: true });
        rmSync(partialDir, { recursive: true, force: true });
        updateConfig({ outDir: partial });
      },
      'astro:build:done': () => {
        if (!partialDir || !existsSync(partialDir)) return;
        rmSync(finalDir, { recursive: true, force: true });
        renameSync(partialDir, finalDir);
      },
    },
  };
}
