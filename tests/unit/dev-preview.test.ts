/**
 * The live preview shows a content mistake the way the build reports it: after a save, the
 * terminal prints the build's report, the open page shows it in the error overlay, every page
 * request gets it instead of a half-working page, and fixing the file brings the page back.
 * Vite's dev server is stood in for by the few parts the watcher uses; the real thing was
 * checked by hand (see docs/EDITING.md, "Preview while you write").
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { watchContent, type DevServer } from '../../src/lib/build/dev-content-watch.ts';
import { contentGuard } from '../../src/lib/build/content-guard.ts';
import { checkContent, formatReport } from '../../src/lib/validate/index.ts';
import { fixtureContent, fixtureCopy } from './support/fixtures.ts';

function standInServer() {
  const watcher = new EventEmitter() as EventEmitter & { watched: string[]; add(path: string): void };
  watcher.watched = [];
  watcher.add = (path: string) => watcher.watched.push(path);
  const sent: { type: string; err?: { title: string; message: string } }[] = [];
  const handlers: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void)[] = [];
  const server = {
    watcher,
    middlewares: { use: (handler: (typeof handlers)[number]) => handlers.push(handler) },
    environments: { client: { hot: { send: (payload: (typeof sent)[number]) => sent.push(payload) } } },
  } as unknown as DevServer;
  /** What a browser asking for a page (or a script) gets. */
  const request = (accept: string) => {
    const response = { statusCode: 200, body: undefined as string | undefined, passedOn: false };
    const res = { setHeader() {}, end: (body: string) => (response.body = body) } as unknown as ServerResponse;
    Object.defineProperty(res, 'statusCode', { set: (code: number) => (response.statusCode = code) });
    handlers[0]!({ method: 'GET', headers: { accept } } as IncomingMessage, res, () => (response.passedOn = true));
    return response;
  };
  return { server, watcher, sent, request };
}

const logger = () => ({ info: vi.fn<(message: string) => void>(), error: vi.fn<(message: string) => void>() });

afterEach(() => vi.useRealTimers());

describe('the live preview (astro dev)', () => {
  it('checks again after a save, and shows the build’s own report in the terminal, the overlay and the page', () => {
    vi.useFakeTimers();
    const folder = fixtureCopy('preview-edits');
    const { server, watcher, sent, request } = standInServer();
    const log = logger();
    watchContent({ server, logger: log, contentDir: folder, root: process.cwd(), problems: [] });
    expect(watcher.watched).toEqual([resolve(folder)]);
    expect(request('text/html').passedOn).toBe(true);

    // The editor mistypes a source id and saves.
    const territory = join(folder, 'data/territory.json');
    const good = readFileSync(territory, 'utf8');
    writeFileSync(territory, good.replace('"source": "ihs-markit-2016"', '"source": "ihs-markit-2061"'));
    watcher.emit('all', 'change', territory);
    vi.advanceTimersByTime(200);

    const report = formatReport(checkContent(folder));
    expect(report).toContain(`${folder}/data/territory.json › entry "ihs-2015-01" › field "source": no entry "ihs-markit-2061"`);
    expect(log.error).toHaveBeenCalledWith(report);
    expect(sent.at(-1)!.type).toBe('error');
    expect(sent.at(-1)!.err!.title).toBe('The content has 1 problem');
    // The overlay inserts the message as HTML, so "<Fig>" and quotes arrive escaped, and nothing else differs.
    const shown = sent.at(-1)!.err!.message.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    expect(shown).toBe(report);

    const page = request('text/html,application/xhtml+xml');
    expect(page.passedOn).toBe(false);
    expect(page.statusCode).toBe(500);
    expect(page.body).toContain('new ErrorOverlay(');
    expect(page.body).toContain(`<pre>${report}</pre>`);
    // Scripts and styles still load, so the overlay and the reload work.
    expect(request('*/*').passedOn).toBe(true);

    // Fixed: the page reloads and is served again.
    writeFileSync(territory, good);
    watcher.emit('all', 'change', territory);
    vi.advanceTimersByTime(200);
    expect(sent.at(-1)).toEqual({ type: 'full-reload' });
    expect(log.info).toHaveBeenCalledWith('The content is valid again; the preview shows it.');
    expect(request('text/html').passedOn).toBe(true);
  });

  it('checks a chapter edit the same way, and ignores files outside the content folder', () => {
    vi.useFakeTimers();
    const folder = fixtureCopy('preview-chapter');
    const { server, watcher, sent } = standInServer();
    const log = logger();
    watchContent({ server, logger: log, contentDir: folder, root: process.cwd(), problems: [] });

    watcher.emit('all', 'change', resolve('src/pages/index.astro'));
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([]);

    const chapter = join(folder, 'chapters/the-end.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('<Fig id="area-2015" />', '<Fig id="area-2016" />'));
    watcher.emit('all', 'change', chapter);
    vi.advanceTimersByTime(200);
    expect(log.error.mock.calls[0]![0]).toContain(`${folder}/chapters/the-end.mdx:12:32 › entry "the-end" › field "id of <Fig>": no entry "area-2016"`);
    expect(sent.at(-1)!.err!.message).toContain('field "id of &lt;Fig&gt;"');
  });

  it('shows problems found when the preview starts, before any save', () => {
    const folder = fixtureContent('unknown-term', 'tests/.output/preview');
    const { server, request } = standInServer();
    watchContent({ server, logger: logger(), contentDir: folder, root: process.cwd(), problems: checkContent(folder) });
    expect(request('text/html').body).toContain('field "id of &lt;Term&gt;": no entry "ypg"');
  });
});

describe('one message everywhere', () => {
  it('the build, the preview and npm run check:content print the same report', () => {
    const folder = fixtureContent('low-above-high', 'tests/.output/preview');
    const report = formatReport(checkContent(folder));
    const guard = contentGuard(folder).hooks['astro:config:setup'] as (options: unknown) => void;
    const root = new URL(`file://${process.cwd()}/`);
    // The build prints the report alone and stops with status 1.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    try {
      expect(() => guard({ command: 'build', config: { root }, logger: logger() })).toThrow('exit 1');
      expect(printed).toHaveBeenCalledWith(report);
    } finally {
      printed.mockRestore();
      exit.mockRestore();
    }
    const devLog = logger();
    guard({ command: 'dev', config: { root }, logger: devLog });
    expect(devLog.error).toHaveBeenCalledWith(report);
    const cli = spawnSync(process.execPath, ['--experimental-strip-types', 'src/lib/cli/check-content.ts', folder], { encoding: 'utf8' });
    expect(cli.stderr.trim()).toBe(report);
  });
});
