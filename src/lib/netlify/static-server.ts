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
  const redirectsFile = join(dir, '_redirects');
  const redirects = [...(existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8')) : []), ...parseTomlRedirects(toml)];
  const notFoundPage = join(dir, '404.html');
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    brotli: options.precompressed ?? false,
    gzip: options.precompressed ?? false,
    onNoMatch: (_req, res) => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    },
  });
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    // sirv names a charset only for HTML; the data downloads and slides' alt texts are UTF-8 too, as Netlify serves them.
    if (pathname.endsWith('.csv')) res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    if (pathname.endsWith('.txt')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    const redirect = applicableRedirect(redirects, dir, pathname);
    if (redirect) {
      // Netlify keeps the query string on a redirect.
      res.writeHead(redirect.status, { Location: redirect.to + new URL(req.url ?? '/', 'http://localhost').search });
      res.end();
      return;
    }
    files(req, res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => done(server));
  });
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
