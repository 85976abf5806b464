/**
 * A throwaway copy of dist/ to measure: the built site plus a text-only copy of each measured page
 * under TEXT_ONLY_PREFIX and a near-empty page at FLOOR_PATH, every text file beside its brotli and gzip
 * forms, so the browser gets compressed
 * bytes as a reader does from Netlify. dist/ itself is never touched, so nothing measured here
 * can ship.
 */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { textOnly } from './text-only.ts';

/** Where the text-only copy of each measured page is served: /__text-only/chapters/the-rise/ for /chapters/the-rise/. */
export const TEXT_ONLY_PREFIX = '/__text-only';
export const textOnlyPath = (path: string): string => `${TEXT_ONLY_PREFIX}${path}`;
export const FLOOR_PATH = '/__floor/';

/**
 * The least a page can be: a heading and a sentence, no stylesheet, font, image or script (the
 * empty icon keeps the browser from asking for /favicon.ico). What
 * Lighthouse measures on it is the cost of this machine and browser alone, the floor under every
 * page's blocking time.
 */
export const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor</title><link rel="icon" href="data:,"></head>
<body><h1>Floor</h1><p>A page with nothing on it but this sentence.</p></body></html>
`;

/** What Netlify compresses on the way out; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);

/** `pages`: the paths (each a folder with an index.html, as /teachers/) that get a text-only copy. */
export function makeServedCopy(dist: string, pages: string[] = ['/']): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  cpSync(dist, dir, { recursive: true });
  for (const page of pages) {
    const textOnlyDir = join(dir, textOnlyPath(page));
    mkdirSync(textOnlyDir, { recursive: true });
    writeFileSync(join(textOnlyDir, 'index.html'), textOnly(readFileSync(join(dist, page, 'index.html'), 'utf8')));
  }
  mkdirSync(join(dir, FLOOR_PATH), { recursive: true });
  writeFileSync(join(dir, FLOOR_PATH, 'index.html'), FLOOR_HTML);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const path = join(entry.parentPath, entry.name);
    const body = readFileSync(path);
    // Middle settings, about what a server spends compressing on the fly; brotli at its highest
    // (11) would make the explainer's HTML some 15% smaller, so these figures do not flatter.
    writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }));
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 6 }));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
