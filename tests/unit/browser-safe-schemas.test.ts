/**
 * The content schemas are to run in the browser as well as in the build: a browser editor checks
 * its fields with them (issue 18). So nothing they import, however indirectly, may need Node.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

const SCHEMAS = 'src/lib/schemas';

/** Each module reachable from `entry`, with the chain of imports that reaches it. */
function importGraph(entry: string): Map<string, { chain: string[]; imports: string[] }> {
  const seen = new Map<string, { chain: string[]; imports: string[] }>();
  const visit = (file: string, chain: string[]): void => {
    if (seen.has(file)) return;
    const imports = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
    seen.set(file, { chain, imports });
    for (const specifier of imports) {
      if (!specifier.startsWith('.')) continue;
      const target = normalize(join(dirname(file), specifier));
      if (existsSync(target)) visit(target, [...chain, target]);
    }
  };
  visit(entry, [entry]);
  return seen;
}

/** "a.ts → b.ts imports node:fs" for every Node built-in reachable from the module. */
function nodeImports(entry: string): string[] {
  return [...importGraph(entry).values()].flatMap(({ chain, imports }) =>
    imports.filter((specifier) => isBuiltin(specifier)).map((specifier) => `${chain.join(' → ')} imports ${specifier}`),
  );
}

describe('the content schemas', () => {
  const modules = readdirSync(SCHEMAS).filter((name) => name.endsWith('.ts')).map((name) => join(SCHEMAS, name));

  it('are found, and the check finds a Node import where there is one', () => {
    expect(modules.length).toBeGreaterThanOrEqual(10);
    expect(nodeImports('src/lib/validate/data.ts').join('\n')).toContain('imports node:fs');
  });

  it('need nothing from Node, however indirectly, so a browser can run them', () => {
    expect(modules.flatMap(nodeImports)).toEqual([]);
  });
});
