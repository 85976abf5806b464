/**
 * Serves dist/ on http://localhost:4321 with the headers from netlify.toml and the redirects Netlify
 * would follow (dist/_redirects, then netlify.toml).
 *
 *   node src/lib/cli/serve.ts [--port 4321] [--dir dist]
 */
import { parseArgs } from 'node:util';
import { startServer } from '../netlify/static-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } },
});
const port = Number(values.port);
try {
  await startServer({ dir: values.dir, port });
  console.log(`Serving ${values.dir}/ with the headers and redirects Netlify would send at http://localhost:${port}/`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
