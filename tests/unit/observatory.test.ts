import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { observatoryScan } from '../support/observatory.ts';

/**
 * The e2e test grades the built site; this shows the grade comes from what the server sends: a
 * page served with none of netlify.toml's headers, and a script from another site, fails.
 */
let server: Server;
let host: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Set-Cookie', 'session=abc; Path=/');
    res.end('<!doctype html><title>bare</title><script src="https://cdn.elsewhere.example/lib.js"></script>');
  });
  // Port 0: the system picks a free port, so parallel runs never collide.
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('the MDN HTTP Observatory scan', () => {
  it('fails a page served without security headers, naming each failing test', async () => {
    const report = await observatoryScan(host);
    expect(report.grade).toBe('F');
    expect(report.score).toBeLessThan(20);
    expect(Object.fromEntries(report.tests.filter((t) => !t.pass).map((t) => [t.name, t.result]))).toEqual({
      'content-security-policy': 'csp-not-implemented',
      cookies: 'cookies-session-without-secure-flag',
      'strict-transport-security': 'hsts-not-implemented',
      'subresource-integrity': 'sri-not-implemented-but-external-scripts-loaded-securely',
      'x-content-type-options': 'x-content-type-options-not-implemented',
      'x-frame-options': 'x-frame-options-not-implemented',
    });
  });
});
