/**
 * Every address a built page points at on this site must find a file, and every `#fragment` an
 * element on the page it names. Addresses elsewhere are not followed: the tests never touch the
 * network. A fragment that is a renamed anchor counts when the target page carries that alias
 * (`data-aliases`) and its new id exists, by the same rule the browser applies
 * (src/client/anchor-aliases.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveAlias, type Aliases } from '../../client/anchor-aliases.ts';
import { builtPages, fileFor, type BuiltPage } from './pages.ts';
import { scanPage, type PageScan } from './page-scan.ts';

export interface BrokenLink {
  /** The page the link is on, by its address. */
  page: string;
  /** `<a href>`, `<img srcset>`…, and the address as written. */
  where: string;
  url: string;
  problem: string;
}

export interface SiteScan {
  pages: BuiltPage[];
  /** Reads and scans a built file once, however many pages link to it. */
  scan(file: string): PageScan;
}

export function scanSite(dir: string): SiteScan {
  const scans = new Map<string, PageScan>();
  return {
    pages: builtPages(dir),
    scan(file) {
      let found = scans.get(file);
      if (!found) {
        found = scanPage(readFileSync(join(dir, file), 'utf8'));
        scans.set(file, found);
      }
      return found;
    },
  };
}

/**
 * The broken links on one page. `site` is the published address: absolute links to it are this
 * site's own (a canonical link, a share image) and are checked like relative ones.
 */
export function brokenLinks(dir: string, site: SiteScan, page: BuiltPage, origin: string): BrokenLink[] {
  const home = new URL(origin);
  const scan = site.scan(page.file);
  const here = new URL(page.path, home);
  const base = new URL(scan.base ?? '', here);
  const broken: BrokenLink[] = [];
  for (const { where, url } of scan.references) {
    const problem = problemWith(url, base, { here, file: page.file }, home, dir, site);
    if (problem) broken.push({ page: page.path, where, url, problem });
  }
  return broken;
}

function problemWith(raw: string, base: URL, page: { here: URL; file: string }, home: URL, dir: string, site: SiteScan): string | undefined {
  if (raw === '') return 'the address is empty';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return 'the address cannot be parsed';
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== home.host) return undefined;
  // A link within the page stays on the file that was served, whatever address showed it (the 404 page).
  const file = url.pathname === page.here.pathname ? page.file : fileFor(dir, url.pathname);
  if (!file) return `no file in the built site is served at ${url.pathname}`;
  const fragment = url.hash.slice(1);
  if (!fragment || !file.endsWith('.html') || fragment.startsWith(':~:')) return undefined;
  return missingAnchor(fragment, site.scan(file), url.pathname);
}

function missingAnchor(fragment: string, target: PageScan, pathname: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `the fragment #${fragment} is not valid percent-encoding`;
  }
  if (target.anchors.has(id)) return undefined;
  // The HTML standard scrolls #top to the top of a page that has no such id.
  if (id.toLowerCase() === 'top') return undefined;
  const aliases = parseAliases(target.aliases);
  if (Object.hasOwn(aliases, id)) {
    const renamed = resolveAlias(fragment, aliases, (candidate) => target.anchors.has(candidate));
    return renamed ? undefined : `#${id} is an alias of #${aliases[id]}, which is not on ${pathname} either`;
  }
  return `no element on ${pathname} has the id "${id}"`;
}

function parseAliases(json: string | undefined): Aliases {
  if (!json) return {};
  const parsed: unknown = JSON.parse(json);
  return parsed && typeof parsed === 'object' ? (parsed as Aliases) : {};
}

/** One line a reader of the test output can act on. */
export function describeBrokenLink({ page, where, url, problem }: BrokenLink): string {
  return `${page}: ${where} "${url}": ${problem}`;
}
