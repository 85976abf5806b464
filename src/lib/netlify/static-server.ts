/**
 * Serves a built site the way Netlify does: its files, its 404 page, the headers from
 * netlify.toml and the redirects from `_redirects` and netlify.toml. Used by `npm start`, the
 * end-to-end tests and the benchmark.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaderRules } from './headers.ts';
import { parseRedirects, parseTomlRedirects, redirectFor, type RedirectRule } from './redirects.ts';

/**
 * `precompressed`: send a file's `.br` or `.gz` sibling to browsers that accept it, as Netlify
 * compresses on the way out (the benchmark writes those siblings into its own copy of the site).
 */
export function startServer(options: { dir: string; port: number; host?: string; precompressed?: boolean }): Promise<Server> {
  const dir = resolve(options.dir);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run "npm run build" first.`);
  }
  const toml = readFileSync(resolve('netlify.toml'), 'utf8');
  const rules = parseHeaderRules(toml);
  const notFoundPage = join(dir, '404.html');
  /**
   * The site as built last. A build replaces the whole folder (it removes the old one when it
   * starts and moves the new one in when it is done), and that move changes the folder's inode
   * and change time, which say which build is being served (an inode number alone can be reused).
   * sirv lists files and their sizes once; serving a new build from the old list would cut files
   * short or fail on files that are gone.
   */
  let built: { stamp: string; files: ReturnType<typeof sirv>; redirects: RedirectRule[] } | undefined;
  const currentBuild = () => {
    if (!existsSync(join(dir, 'index.html'))) return (built = undefined);
    const { ino, ctimeMs } = statSync(dir);
    const stamp = `${ino}:${ctimeMs}`;
    if (built?.stamp !== stamp) built = { stamp, files: filesOf(dir, notFoundPage, options.precompressed ?? false), redirects: redirectsOf(dir, toml) };
    return built;
  };
  currentBuild();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const site = currentBuild();
    if (!site) {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '5', 'Cache-Control': 'no-store' });
      res.end(REBUILDING);
      return;
    }
    // sirv names a charset only for HTML; the data downloads and slides' alt texts are UTF-8 too, as Netlify serves them.
    if (pathname.endsWith('.csv')) res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    if (pathname.endsWith('.txt')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    const redirect = applicableRedirect(site.redirects, dir, pathname);
    if (redirect) {
      // Netlify keeps the query string on a redirect.
      res.writeHead(redirect.status, { Location: redirect.to + new URL(req.url ?? '/', 'http://localhost').search });
      res.end();
      return;
    }
    site.files(req, res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => done(server));
  });
}

const REBUILDING = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Rebuilding</title><p>The site is being built again. Reload in a few seconds.</p></html>\n';

function filesOf(dir: string, notFoundPage: string, precompressed: boolean): ReturnType<typeof sirv> {
  return sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    brotli: precompressed,
    gzip: precompressed,
    onNoMatch: (_req, res) => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    },
  });
}

function redirectsOf(dir: string, toml: string): RedirectRule[] {
  const file = join(dir, '_redirects');
  return [...(existsSync(file) ? parseRedirects(readFileSync(file, 'utf8')) : []), ...parseTomlRedirects(toml)];
}

/**
 * The redirect Netlify would follow: the first matching rule, unless a file there shadows it.
 * Only real redirects (3xx): the site has no rewrites or proxies, so those stay unserved here.
 */
function applicableRedirect(redirects: RedirectRule[], dir: string, pathname: string): RedirectRule | undefined {
  const rule = redirectFor(redirects, pathname);
  if (!rule || rule.status < 300 || rule.status > 399) return undefined;
  if (rule.force) return rule;
  return servesFile(dir, pathname) ? undefined : rule;
}

function servesFile(dir: string, pathname: string): boolean {
  const path = join(dir, decodeURIComponent(pathname));
  if (!path.startsWith(dir)) return false;
  const isFile = (candidate: string) => existsSync(candidate) && statSync(candidate).isFile();
  return isFile(path) || isFile(join(path, 'index.html')) || isFile(`${path.replace(/\/$/, '')}.html`);
}
