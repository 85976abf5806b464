/**
 * The [[headers]] rules of netlify.toml, applied the way Netlify applies them, so the local
 * server and the tests send exactly what the published site sends.
 */
import { parse } from 'smol-toml';

export interface HeaderRule {
  /** Netlify path pattern: `/*`, `/_astro/*`, `/embed/:chart`. */
  for: string;
  values: Record<string, string>;
  matcher: RegExp;
}

function toMatcher(pattern: string): RegExp {
  const body = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** Reads the header rules from the text of a netlify.toml. */
export function parseHeaderRules(toml: string): HeaderRule[] {
  const config = parse(toml) as { headers?: { for: string; values: Record<string, string | string[]> }[] };
  return (config.headers ?? []).map((rule) => ({
    for: rule.for,
    // TOML lets a long header be written as a list of parts; Netlify joins them.
    values: Object.fromEntries(
      Object.entries(rule.values).map(([name, value]) => [name, Array.isArray(value) ? value.join('; ') : String(value)]),
    ),
    matcher: toMatcher(rule.for),
  }));
}

/** The headers for a path: every matching rule, later rules overriding earlier ones. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (rule.matcher.test(pathname)) Object.assign(headers, rule.values);
  }
  return headers;
}
