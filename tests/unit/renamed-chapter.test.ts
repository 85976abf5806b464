/**
 * A teacher's link to a chapter that has since been renamed still opens it: a real build of the
 * second explainer (the good fixture alone builds no teachers' page), its chapter "the-retreat"
 * renamed to "the-march", served by the local server that answers as Netlify does, sends the old
 * page and its handout on to the new ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { startServer } from '../../src/lib/netlify/static-server.ts';

const outDir = 'tests/.output/build-renamed-chapter';
let server: Server;
let origin = '';

beforeAll(() => {
  const content = 'tests/.output/copies/renamed-chapter';
  rmSync(content, { recursive: true, force: true });
  cpSync('tests/fixtures/second-explainer', content, { recursive: true });
  const registry = JSON.parse(readFileSync(join(content, 'permalinks.json'), 'utf8')) as { anchors: string[]; aliases: Record<string, string> };
  registry.anchors.push('the-retreat', 'neman-crossing');
  // A renamed chapter, and a renamed section, which lives inside a page and needs no redirect.
  registry.aliases = { 'neman-crossing': 'crossing', 'the-retreat': 'the-march' };
  writeFileSync(join(content, 'permalinks.json'), JSON.stringify(registry, null, 2));
  rmSync(outDir, { recursive: true, force: true });
  const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, EXPLAINER_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`The fixture did not build:\n${build.stdout}${build.stderr}`);
});

beforeAll(async () => {
  server = await startServer({ dir: outDir, port: 0 });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

const visit = (path: string) => fetch(origin + path, { redirect: 'manual' });

describe('a renamed chapter', () => {
  it('leaves Netlify a redirect for its page and its handout, and none for a renamed section', () => {
    const text = readFileSync(join(outDir, '_redirects'), 'utf8');
    expect(text).toMatch(/^\/chapters\/the-retreat\/ +\/chapters\/the-march\/ +301$/m);
    expect(text).toMatch(/^\/chapters\/the-retreat\/print\/ +\/chapters\/the-march\/print\/ +301$/m);
    expect(text).not.toContain('crossing');
  });

  it('sends the old page, with or without its last slash, permanently to the new one', async () => {
    for (const path of ['/chapters/the-retreat/', '/chapters/the-retreat']) {
      const response = await visit(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.get('location'), path).toBe('/chapters/the-march/');
    }
  });

  it('sends the old handout to the new handout, keeping a query', async () => {
    const response = await visit('/chapters/the-retreat/print/?copies=30');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/chapters/the-march/print/?copies=30');
  });

  it('lands, once followed, on the chapter itself', async () => {
    for (const [path, title] of [
      ['/chapters/the-retreat/', /<h1[^>]*>The march and the retreat<\/h1>/],
      ['/chapters/the-retreat/print/', /The march and the retreat/],
    ] as const) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.url, path).toBe(`${origin}${path.replace('the-retreat', 'the-march')}`);
      expect(await response.text(), path).toMatch(title);
    }
  });

  it('leaves the current chapter and unknown addresses alone', async () => {
    expect((await visit('/chapters/the-march/')).status).toBe(200);
    expect((await visit('/chapters/neman-crossing/')).status).toBe(404);
  });
});
