/**
 * Serves dist/ on http://localhost:4321 with the headers from netlify.toml and the redirects Netlify
 * would follow (dist/_redirects, then netlify.toml). It keeps serving through a rebuild of dist/.
 *
 *   npm run serve [-- --port 4321] [-- --dir dist]     (or PORT=4321)
 */
import { parseArgs } from 'node:util';
import { startServer } from '../netlify/static-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } },
});
const port = Number(values.port);

// A page removed by a rebuild between finding it and reading it: the reader gets a cut-off
// response and reloads; the server must not stop for it.
process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'ENOENT') throw error;
  console.error(`A file went away while it was being sent (a rebuild?): ${error.path ?? error.message}`);
});

try {
  await startServer({ dir: values.dir, port });
  console.log(`Serving ${values.dir}/ with the headers and redirects Netlify would send at http://localhost:${port}/`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
