/**
 * Redirects in Netlify's `_redirects` format: the rules the build writes for renamed chapters, and
 * the reading side the local server uses to answer as Netlify would.
 *
 * Format, one rule a line: `from  to  [status]`, `#` starts a comment; a status ending in `!`
 * forces the rule even where a file exists at `from`.
 */
import { parse } from 'smol-toml';

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  /** Netlify skips a rule whose `from` is an existing file (shadowing) unless the rule is forced. */
  force: boolean;
}

/**
 * The redirects that keep a renamed chapter's addresses working: for every alias in the permalink
 * registry whose new id is a chapter slug, each page built under `/chapters/<new>/` (the chapter,
 * its printable handout, its citations) is reached from the same page under `/chapters/<old>/`.
 *
 * A chapter is recognised by its new id alone: the registry does not record what an old id used
 * to name. An old section or step id renamed to a chapter slug would get redirects from addresses
 * that never existed, which are harmless; we accept that rather than keep a second record of kinds.
 *
 * `builtPages`: the pathnames Astro built, without leading slash (`chapters/origins/print/`).
 */
export function chapterRedirects(aliases: Readonly<Record<string, string>>, builtPages: readonly string[]): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const [from, to] of Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const prefix = `chapters/${to}/`;
    const pages = builtPages.filter((page) => page.startsWith(prefix)).sort();
    for (const page of pages) {
      rules.push({ from: `/chapters/${from}/${page.slice(prefix.length)}`, to: `/${page}`, status: 301, force: false });
    }
  }
  return rules;
}

/** The text of a `_redirects` file: one rule a line, columns lined up for a reader of the deploy. */
export function formatRedirects(rules: readonly RedirectRule[]): string {
  const width = Math.max(0, ...rules.map((rule) => rule.from.length));
  return rules.map((rule) => `${rule.from.padEnd(width)}  ${rule.to}  ${rule.status}${rule.force ? '!' : ''}\n`).join('');
}

/**
 * The `_redirects` the build publishes: the hand-written file (from public/), if any, keeps its
 * rules first, since Netlify follows the first rule that matches and a hand-written one should
 * win; the generated rules follow under a comment that says where they come from.
 */
export function redirectsFileText(handWritten: string | undefined, generated: readonly RedirectRule[], registryFile: string): string {
  const ours = `# Renamed chapters, from the aliases in ${registryFile} (written by the build)\n${formatRedirects(generated)}`;
  return handWritten?.trim() ? `${handWritten.replace(/\n*$/, '\n')}\n${ours}` : ours;
}

/** Reads a `_redirects` file's simple rules (paths, no splats or placeholders, no conditions). */
export function parseRedirects(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const line of text.split('\n')) {
    const [from, to, status = '301'] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!from || !to) continue;
    rules.push({ from, to, status: Number.parseInt(status, 10), force: status.endsWith('!') });
  }
  return rules;
}

/** The `[[redirects]]` of a netlify.toml, which Netlify applies after those in `_redirects`. */
export function parseTomlRedirects(toml: string): RedirectRule[] {
  const config = parse(toml) as { redirects?: { from: string; to: string; status?: number; force?: boolean }[] };
  return (config.redirects ?? []).map(({ from, to, status = 301, force = false }) => ({ from, to, status, force }));
}

/**
 * The first rule for a path, as Netlify picks it. Netlify normalises a trailing slash before
 * matching, so `/chapters/old/` also answers `/chapters/old`.
 */
export function redirectFor(rules: readonly RedirectRule[], pathname: string): RedirectRule | undefined {
  const bare = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);
  return rules.find((rule) => bare(rule.from) === bare(pathname));
}
