/**
 * The built site as files: which pages there are, the address each is served at, and which file
 * an address finds, resolved the way Netlify (and `npm run serve`) resolve it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface BuiltPage {
  /** The file, relative to the built folder: `chapters/origins/index.html`. */
  file: string;
  /** The address it is served at: `/chapters/origins/`. */
  path: string;
}

/**
 * Any address that finds no file shows 404.html, so its links must work from anywhere; it is
 * checked as if served at this deep address, where a link relative to the page would break.
 */
export const NOT_FOUND_ADDRESS = '/any/missing/page';

/** Every .html file in the built folder, sorted, with its address. */
export function builtPages(dir: string): BuiltPage[] {
  const root = resolve(dir);
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort().map((file) => ({ file, path: addressOf(file) }));
}

function addressOf(file: string): string {
  if (file === '404.html') return NOT_FOUND_ADDRESS;
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file an address is served from (relative to the built folder), or undefined for a 404. */
export function fileFor(dir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const root = resolve(dir);
  const target = resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  // "/x/" is x/index.html; "/x" is the file x, else x.html, else x/index.html (pretty URLs).
  const candidates = decoded.endsWith('/') ? [join(target, 'index.html')] : [target, `${target}.html`, join(target, 'index.html')];
  const found = candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
  return found && relative(root, found).split(sep).join('/');
}
