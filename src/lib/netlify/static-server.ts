/**
 * Serves a built site the way Netlify does: its files, its 404 page, and the headers from
 * netlify.toml. Used by `npm start`, the end-to-end tests and the benchmark.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaderRules } from './headers.ts';

/**
 * `precompressed`: send a file's `.br` or `.gz` sibling to browsers that accept it, as Netlify
 * compresses on the way out (the benchmark writes those siblings into its own copy of the site).
 */
export function startServer(options: { dir: string; port: number; host?: string; precompressed?: boolean }): Promise<Server> {
  const dir = resolve(options.dir);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run "npm run build" first.`);
  }
  const rules = parseHeaderRules(readFileSync(resolve('netlify.toml'), 'utf8'));
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
    files(req, res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => done(server));
  });
}
