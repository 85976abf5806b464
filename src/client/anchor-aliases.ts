/**
 * Keeps renamed anchors working in the browser. content/permalinks.json maps each old id to the
 * id that replaced it; a teacher's saved link to /#old-id must still open the page there, and at
 * a step, with the chart in that step's state. The server cannot help: the fragment never
 * reaches it, so the redirect happens here, on load and whenever the fragment changes.
 */
export type Aliases = Readonly<Record<string, string>>;

/**
 * The id a fragment should lead to instead, or null when it needs no help: an id that exists
 * always wins over an alias, and an alias to an element that is not on this page is ignored.
 */
export function resolveAlias(hash: string, aliases: Aliases, exists: (id: string) => boolean): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (exists(id) || !Object.hasOwn(aliases, id)) return null;
  const target = aliases[id]!;
  return exists(target) ? target : null;
}

function readAliases(): Aliases {
  const holder = document.querySelector<HTMLElement>('[data-aliases]');
  try {
    const parsed: unknown = JSON.parse(holder?.dataset.aliases ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Aliases) : {};
  } catch {
    return {};
  }
}

function start(): void {
  const aliases = readAliases();
  if (Object.keys(aliases).length === 0) return;
  const follow = (): void => {
    const target = resolveAlias(location.hash, aliases, (id) => document.getElementById(id) !== null);
    if (!target) return;
    const oldURL = location.href;
    // Replace, not push: Back should not return to the dead address.
    history.replaceState(history.state, '', `#${encodeURIComponent(target)}`);
    document.getElementById(target)!.scrollIntoView({ block: 'start', behavior: 'instant' });
    // replaceState fires no event; the scrolly and the contents listen for hashchange to catch up.
    dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
  };
  addEventListener('hashchange', follow);
  follow();
}

// Guarded so the resolution above can be unit-tested in Node, where there is no document.
if (typeof document !== 'undefined') start();
