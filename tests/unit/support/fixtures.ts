/**
 * Builds a content folder for a test: the good fixture with one bad case's files laid over it.
 * The result lives under tests/.output/ so messages show a short, stable path; a test file that
 * runs alongside others passes its own `under` folder, so no two rebuild the same copy at once.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'tests/fixtures';

export function fixtureContent(badCase?: string, under = 'tests/.output/fixtures'): string {
  const target = join(under, badCase ?? 'good');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(FIXTURES, 'good'), target, { recursive: true });
  if (badCase) {
    const overlay = join(FIXTURES, 'bad', badCase);
    if (!existsSync(overlay)) throw new Error(`No fixture ${overlay}`);
    cpSync(overlay, target, { recursive: true });
  }
  return target;
}

/** A private copy of the good fixture for a test that edits it (other files use the shared copy at the same time). */
export function fixtureCopy(name: string): string {
  const target = join('tests/.output/copies', name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(FIXTURES, 'good'), target, { recursive: true });
  return target;
}
