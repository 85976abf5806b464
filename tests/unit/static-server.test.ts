/**
 * `npm run serve` (and `npm start`) keep serving while the site is built again beside them: the
 * build removes dist/ when it starts and moves the new one in when done, and the server must
 * answer through both moments, then serve the new files whole.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startServer } from '../../src/lib/netlify/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
const site = join(root, 'dist');
let server: Server | undefined;

function build(folder: string, words: string, extra: Record<string, string> = {}): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), `<!doctype html><title>${words}</title><p>${words.repeat(50)}</p>`);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(folder, name), text);
}

afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the local server through a rebuild', () => {
  it('says the site is being rebuilt while dist/ is gone, then serves the new build whole', async () => {
    build(site, 'first build ', { 'old.txt': 'only in the first build' });
    server = await startServer({ dir: site, port: 0 });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string) => {
      const response = await fetch(`${base}${path}`);
      return { status: response.status, text: await response.text(), length: response.headers.get('content-length') };
    };

    expect((await get('/')).text).toContain('first build');
    expect((await get('/old.txt')).text).toBe('only in the first build');

    // The build starts: the old output is removed.
    rmSync(site, { recursive: true, force: true });
    const during = await get('/');
    expect(during.status).toBe(503);
    expect(during.text).toContain('The site is being built again');

    // The build ends: the new output is moved into place, with longer pages than before.
    const partial = join(root, '.dist-partial');
    build(partial, 'the second, longer build ', { '_redirects': '/old.txt /new.txt 301\n', 'new.txt': 'new' });
    renameSync(partial, site);
    const after = await get('/');
    expect(after.status).toBe(200);
    expect(after.text).toContain('the second, longer build '.repeat(50));
    expect(Number(after.length)).toBe(Buffer.byteLength(after.text));
    // The new build's redirects apply; a file only the old build had is not served from memory.
    const moved = await fetch(`${base}/old.txt`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/new.txt');
  });
});
