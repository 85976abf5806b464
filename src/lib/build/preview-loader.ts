/**
 * A content loader that keeps the preview (`astro dev`) running through a file Astro cannot read,
 * such as a frontmatter that is not valid YAML.
 */
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * In the preview, a file Astro cannot read (a frontmatter that is not valid YAML, say) must not
 * stop the server: the content guard already shows the editor the kit's own message, and the page
 * comes back once the file is fixed. A build still stops. Only the preview has a file watcher.
 */
export function keepsPreviewUp(loader: Loader, path: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        const { watcher } = context;
        if (!watcher) throw error;
        context.logger.warn(`skipped until fixed: ${(error as Error).message.split('\n')[0]}`);
        // The loader stopped before it began watching its files, so load again on the next save.
        const absolute = resolve(path);
        const retry = (changed: string) => {
          if (!resolve(changed).startsWith(absolute)) return;
          watcher.off('change', retry);
          watcher.off('add', retry);
          void keepsPreviewUp(loader, path).load(context);
        };
        watcher.on('change', retry);
        watcher.on('add', retry);
      }
    },
  };
}

