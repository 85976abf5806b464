/**
 * The Nu HTML Checker (the W3C's validator, from the npm package vnu-jar) over many files in one
 * run: starting Java is most of its cost, so every page goes through one process.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface NuError {
  /** The file, as it was given. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** The HTML around the error, as the checker quotes it. */
  extract?: string;
}

/**
 * CSS properties that browsers support and a CSS standard defines, but that the checker's CSS
 * grammar does not know yet; it reports each as "doesn't exist". Only that exact report is set
 * aside: any other CSS or HTML error, and a misspelling of these names, still counts.
 */
export const CSS_PROPERTIES_NEWER_THAN_THE_CHECKER = ['animation-timeline'];

const unknownToTheChecker = new Set(CSS_PROPERTIES_NEWER_THAN_THE_CHECKER.map((name) => `CSS: “${name}”: Property “${name}” doesn't exist.`));

/**
 * A short run gains nothing from the optimising compiler, which doubles its CPU time; the quick
 * compiler's larger frames need a deeper stack than the checker's own minimum (512k).
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** The errors in the given HTML files (warnings and notes are left out). */
export function nuErrors(files: string[]): NuError[] {
  if (files.length === 0) throw new Error('nuErrors: no files to check');
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  const run = spawnSync('java', [...JVM_OPTIONS, '-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    throw new Error(`The Nu HTML Checker needs Java 11 or newer on the PATH (Debian: apt-get install -y default-jre-headless): ${run.error.message}`);
  }
  // The checker writes its JSON report to standard error.
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  } catch {
    throw new Error(`The Nu HTML Checker did not report in JSON (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  }
  const given = new Map(files.map((file) => [resolve(file), file]));
  const fileOf = (url: string | undefined) => (url?.startsWith('file:') ? given.get(fileURLToPath(url)) : undefined) ?? url ?? '(no file)';
  return report.messages
    .filter((m) => (m.type === 'error' || m.type === 'non-document-error') && !unknownToTheChecker.has(m.message))
    .map((m) => ({
      file: fileOf(m.url),
      line: m.lastLine,
      column: m.firstColumn ?? m.lastColumn,
      message: m.message,
      extract: m.extract,
    }));
}

export function describeNuError({ file, line, column, message, extract }: NuError): string {
  const at = line === undefined ? '' : ` line ${line}${column === undefined ? '' : `, column ${column}`}`;
  return `${file}${at}: ${message}${extract ? `\n    …${extract.replace(/\s+/g, ' ').trim()}…` : ''}`;
}
