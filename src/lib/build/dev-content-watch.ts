/**
 * Keeps `astro dev` honest while an editor works: after every save in the content folder the
 * content checks run again, and while there are problems the terminal prints the build's own
 * report and the browser shows it in the error overlay instead of the page, so the preview
 * refuses exactly what the build would refuse. Once the files are valid again the page reloads.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, relative, resolve } from 'node:path';
import { checkContent, formatReport, type ContentProblem } from '../validate/index.ts';

/** The parts of Vite's dev server this uses, so a test can stand in for it. */
export interface DevServer {
  watcher: { add(paths: string | readonly string[]): unknown; on(event: 'all', listener: (event: string, path: string) => void): unknown };
  middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): unknown };
  environments: { client: { hot: { send(payload: { type: 'error'; err: OverlayError } | { type: 'full-reload' }): void } } };
}

export interface DevLogger {
  info(message: string): void;
  error(message: string): void;
}

/** What Astro's error overlay shows; `message` and `hint` are inserted as HTML. */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function overlayError(problems: ContentProblem[]): OverlayError {
  return {
    name: 'ContentError',
    title: `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    message: escapeHtml(formatReport(problems)),
    hint: 'Fix the files named above and save: the preview reloads by itself. <code>npm run check:content</code> prints the same list.',
    stack: '',
  };
}

/** The page served instead of any page while the content has problems. */
export function problemsPage(problems: ContentProblem[]): string {
  const error = JSON.stringify(overlayError(problems)).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Content problems</title>
    <script type="module">
      const { ErrorOverlay } = await import('/@vite/client');
      document.body.append(new ErrorOverlay(${error}));
    </script>
  </head>
  <body>
    <pre>${escapeHtml(formatReport(problems))}</pre>
  </body>
</html>
`;
}

export function watchContent(options: { server: DevServer; logger: DevLogger; contentDir: string; root: string; problems: ContentProblem[] }): void {
  const { server, logger, contentDir, root } = options;
  const folder = resolve(root, contentDir);
  let problems = options.problems;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const recheck = () => {
    const had = problems.length > 0;
    problems = checkContent(contentDir, root);
    if (problems.length > 0) {
      logger.error(formatReport(problems));
      server.environments.client.hot.send({ type: 'error', err: overlayError(problems) });
    } else if (had) {
      logger.info('The content is valid again; the preview shows it.');
      server.environments.client.hot.send({ type: 'full-reload' });
    }
  };

  server.watcher.add(folder);
  server.watcher.on('all', (_event, path) => {
    const inside = relative(folder, resolve(root, path));
    if (inside.startsWith('..') || isAbsolute(inside)) return;
    // An editor's save often arrives as several events; check once they have settled.
    clearTimeout(timer);
    timer = setTimeout(recheck, 100);
  });

  server.middlewares.use((req, res, next) => {
    if (problems.length === 0 || req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return next();
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(problemsPage(problems));
  });
}
