/**
 * An empty data file is a collection with no entries, not a missing collection. Astro's content
 * layer keeps no collection for a file that sets no entry, so every read of it warned "The
 * collection … does not exist or is empty. Please check your content config file for errors"
 * (hundreds of times per preview page, for an explainer with no corrections yet), and the file
 * loader warned "No items found" on each load. The kit's own checks say when an empty file is
 * a mistake (a chapter citing a source that is not there, say), so both warnings only hid the
 * messages that matter.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** An id no entry can have: the checks allow only kebab-case ids. */
const PLACEHOLDER = ' empty collection ';

export function emptyIsACollection(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => loader.load({ ...context, store: keepsCollection(context.store), logger: quietAboutNoItems(context.logger) }),
  };
}

/** After every clear, the collection still exists, with no entries, until the loader sets some. */
function keepsCollection(store: LoaderContext['store']): LoaderContext['store'] {
  return {
    ...store,
    clear: () => {
      store.clear();
      store.set({ id: PLACEHOLDER, data: {} });
      store.delete(PLACEHOLDER);
    },
  };
}

function quietAboutNoItems(logger: LoaderContext['logger']): LoaderContext['logger'] {
  const quiet = Object.create(logger) as LoaderContext['logger'];
  quiet.warn = (message: string) => {
    if (!message.startsWith('No items found in ')) logger.warn(message);
  };
  return quiet;
}
