/**
 * The permalink registry, `content/permalinks.json`: every anchor the explainer has published
 * (chapter slugs, section ids, step ids) and aliases for anchors that were renamed. Teachers put
 * these links in lessons and slides we never see, so an anchor may disappear only if its old id
 * keeps working through an alias.
 *
 * A new anchor that is not registered yet is fine while editing; `npm run permalinks` registers
 * it, and a unit test fails until someone has.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kebabId } from '../schemas/common.ts';
import { checkData } from './data.ts';
import { checkChapters } from './chapters.ts';
import { closest, parseJson, suggestion, type ContentProblem } from './problems.ts';

export const REGISTRY_FILE = 'permalinks.json';

export interface PermalinkRegistry {
  /** Every anchor ever published, sorted. Old ids stay here after a rename, next to their alias. */
  anchors: string[];
  /** `{ "old-id": "new-id" }`: a link to `/#old-id` lands on `new-id`. */
  aliases: Record<string, string>;
}

interface ReadResult {
  registry?: PermalinkRegistry;
  /** The file's text, for pointing at the line of a bad entry. */
  source: string;
  problems: ContentProblem[];
}

const SHAPE = 'must hold { "anchors": ["origins", …], "aliases": { "old-id": "new-id" } }: run `npm run permalinks` to write it';

/**
 * Reads and shape-checks the registry. A missing file is an empty registry, not a problem: a new
 * explainer has published nothing yet (the unit test still insists the file lists every anchor).
 */
export function readRegistry(contentDir: string, file: string): ReadResult {
  const path = join(contentDir, REGISTRY_FILE);
  if (!existsSync(path)) return { registry: { anchors: [], aliases: {} }, source: '', problems: [] };
  const source = readFileSync(path, 'utf8');
  const json = parseJson(source, file);
  if ('problem' in json) return { source, problems: [json.problem] };
  const data = json.value;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { source, problems: [{ file, message: SHAPE }] };
  const { anchors = [], aliases = {} } = data as { anchors?: unknown; aliases?: unknown };
  const problems: ContentProblem[] = [];
  if (!Array.isArray(anchors) || anchors.some((anchor) => typeof anchor !== 'string')) {
    problems.push({ file, field: 'anchors', message: `${SHAPE}; "anchors" is a list of ids` });
  }
  if (!aliases || typeof aliases !== 'object' || Array.isArray(aliases) || Object.values(aliases).some((to) => typeof to !== 'string')) {
    problems.push({ file, field: 'aliases', message: `${SHAPE}; "aliases" maps each old id to the id that replaced it` });
  }
  if (problems.length) return { source, problems };
  const registry = { anchors: anchors as string[], aliases: aliases as Record<string, string> };
  for (const [from, to] of Object.entries(registry.aliases)) {
    for (const id of [from, to]) {
      const valid = kebabId.safeParse(id);
      if (!valid.success) problems.push({ file, ...lineOf(source, aliasPattern(from)), entry: from, field: 'aliases', message: valid.error.issues[0]!.message });
    }
  }
  return { registry, source, problems };
}

/**
 * Compares the registry with the anchors the chapters define now.
 *
 * `anchorsComplete` is false when a chapter has problems of its own (unreadable MDX, bad
 * frontmatter, a duplicate or malformed id): its anchors may be missing from the map, and
 * reporting them as removed would bury the real mistake under knock-on messages. Those checks
 * run once the chapters are clean, which is still before any build can succeed.
 */
export function checkPermalinks(
  registry: PermalinkRegistry,
  anchors: ReadonlyMap<string, string>,
  file: string,
  options: { anchorsComplete: boolean; source?: string },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { anchorsComplete, source = '' } = options;
  const registered = new Set(registry.anchors);
  const unregistered = [...anchors.keys()].filter((anchor) => !registered.has(anchor));

  for (const [from, to] of Object.entries(registry.aliases)) {
    const at = { file, ...lineOf(source, aliasPattern(from)), entry: from, field: 'aliases' };
    const user = anchors.get(from);
    if (user) {
      problems.push({
        ...at,
        message: `"${from}" is the id of ${user} again, so this alias to "${to}" would never be followed: remove the alias, or give that part another id`,
      });
    } else if (anchorsComplete && !anchors.has(to)) {
      const next = registry.aliases[to];
      problems.push({
        ...at,
        message:
          next !== undefined
            ? `points at "${to}", which was itself renamed to "${next}": point it straight at "${next}"`
            : `points at "${to}", which no chapter, section or step has as its id, so /#${from} would lead nowhere: point it at an existing id.${suggestion(to, anchors.keys())}`,
      });
    }
  }

  if (anchorsComplete) {
    for (const anchor of [...registered].sort()) {
      if (anchors.has(anchor) || anchor in registry.aliases) continue;
      problems.push({
        file,
        ...lineOf(source, new RegExp(`"${escape(anchor)}"(?!\\s*:)`)),
        entry: anchor,
        field: 'anchors',
        message:
          `no chapter, section or step has this id any more; teachers' links to /#${anchor} would break. ` +
          `Restore the id, or add an alias "${anchor}": "<new-id>" under "aliases" in ${file}.${renameHint(anchor, unregistered)}`,
      });
    }
  }
  return problems;
}

/** The likely new name of a removed anchor: the new, unregistered ids, nearest first. */
function renameHint(removed: string, unregistered: string[]): string {
  if (unregistered.length === 0) return '';
  const near = closest(removed, unregistered);
  const candidates = near.length ? near : unregistered.length <= 3 ? unregistered : [];
  return candidates.length ? ` New ids not registered yet: ${candidates.map((id) => `"${id}"`).join(', ')}.` : '';
}

function aliasPattern(from: string): RegExp {
  return new RegExp(`"${escape(from)}"\\s*:`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a pattern first matches in the file, so the editor can jump to the entry. */
function lineOf(source: string, pattern: RegExp): { line?: number; column?: number } {
  const match = pattern.exec(source);
  if (!match) return {};
  const before = source.slice(0, match.index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The registry check as `checkContent` runs it, on the anchors `checkChapters` claimed. */
export function checkRegistry(
  contentDir: string,
  displayDir: string,
  anchors: ReadonlyMap<string, string>,
  anchorsComplete: boolean,
): ContentProblem[] {
  const file = `${displayDir}/${REGISTRY_FILE}`;
  const { registry, source, problems } = readRegistry(contentDir, file);
  if (!registry) return problems;
  return [...problems, ...checkPermalinks(registry, anchors, file, { anchorsComplete, source })];
}

/** The anchors the chapters define now, each with where it is defined. */
export function currentAnchors(contentDir: string, displayDir = contentDir): Map<string, string> {
  const data = checkData(contentDir, displayDir);
  return checkChapters(contentDir, displayDir, data.ids, data.unreadable).anchors;
}

/** The file's text for a registry: sorted, one entry a line, so diffs show exactly what changed. */
export function formatRegistry(registry: PermalinkRegistry): string {
  const anchors = [...new Set(registry.anchors)].sort();
  const aliases = Object.fromEntries(Object.entries(registry.aliases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ anchors, aliases }, null, 2)}\n`;
}

/**
 * Adds every current anchor to the registry and never removes one: an anchor that was ever
 * published may be in a lesson somewhere. Returns the ids it added.
 */
export function registerAnchors(contentDir: string): { added: string[]; total: number } {
  const file = join(contentDir, REGISTRY_FILE);
  const { registry, problems } = readRegistry(contentDir, file);
  if (!registry) throw new Error(problems.map((problem) => problem.message).join('\n'));
  const known = new Set(registry.anchors);
  const added = [...currentAnchors(contentDir).keys()].filter((anchor) => !known.has(anchor)).sort();
  const next = { anchors: [...known, ...added], aliases: registry.aliases };
  const text = formatRegistry(next);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return { added, total: new Set(next.anchors).size };
}

/**
 * Before publishing: anchors the chapters define that the registry does not list yet. While
 * editing they are fine (the preview and check:content accept them); a build that would publish
 * them unregistered is stopped, since an unregistered id could later vanish without an alias.
 */
export function unregisteredAnchors(contentDir: string, displayDir: string): ContentProblem[] {
  const file = `${displayDir}/${REGISTRY_FILE}`;
  const { registry } = readRegistry(contentDir, file);
  if (!registry) return [];
  const registered = new Set(registry.anchors);
  const missing = [...currentAnchors(contentDir, displayDir)].filter(([anchor]) => !registered.has(anchor));
  if (missing.length === 0) return [];
  const list = missing.map(([anchor, where]) => `"${anchor}" (${where})`).join(', ');
  return [
    {
      file,
      message: `new ids not registered yet: ${list}. Run npm run permalinks, which adds them to ${file}, and commit that file with the chapter, so teachers' links to them keep working for good`,
    },
  ];
}
