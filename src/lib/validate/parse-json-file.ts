/**
 * An editor's JSON file, read and parsed. Apart from problems.ts so that the schemas, which use
 * problems.ts, need nothing from Node and can run in a browser.
 */
import { readFileSync } from 'node:fs';
import { parseJson, type ContentProblem } from './problems.ts';

export function parseJsonFile(path: string, file: string): { value: unknown } | { problem: ContentProblem } {
  return parseJson(readFileSync(path, 'utf8'), file);
}
