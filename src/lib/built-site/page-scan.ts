/**
 * What the built-site checks need from one page: the ids a link can land on, every address the
 * page points at, and any inline event handler. parse5 parses as a browser does, so an address
 * hidden in an unusual place (SVG's xlink:href, a <template>) is found where a browser finds it.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface Reference {
  /** Where it was found, as `<tag attribute>`, for the message. */
  where: string;
  url: string;
}

export interface PageScan {
  /** Every `id`, and every `name` of an `<a>`, which a fragment may also target. */
  anchors: Set<string>;
  references: Reference[];
  /** `<tag onclick>` and `javascript:` addresses: script the page's CSP cannot vouch for. */
  inlineScript: string[];
  /** The page's `<base href>`, when it has one: relative addresses resolve against it. */
  base?: string;
  /** The JSON map of renamed anchors the page carries in `data-aliases`, if any. */
  aliases?: string;
}

/** Attributes that hold one address, on any element that has them. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'manifest']);
/** `<meta property|name content>` that name pages and images of this site for sharing. */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

export function scanPage(html: string): PageScan {
  const scan: PageScan = { anchors: new Set(), references: [], inlineScript: [] };
  const visit = (node: Node): void => {
    if ('tagName' in node) inspect(node, scan);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if ('content' in node) visit(node.content);
  };
  visit(parse(html));
  return scan;
}

function inspect(element: Element, scan: PageScan): void {
  const tag = element.tagName;
  const attribute = (name: string) => element.attrs.find((a) => a.name === name && !a.prefix)?.value;
  for (const { name, value, prefix } of element.attrs) {
    const qualified = prefix ? `${prefix}:${name}` : name;
    if (name === 'id' && !prefix) scan.anchors.add(value);
    if (/^on[a-z]+$/i.test(name)) scan.inlineScript.push(`<${tag} ${qualified}>`);
    if (name === 'data-aliases') scan.aliases = value;
    // <object data> is an address; data-* and SVG's other uses of "data" are not.
    const isUrl = URL_ATTRIBUTES.has(name) && (name !== 'data' || tag === 'object');
    if (isUrl) {
      if (/^\s*javascript:/i.test(value)) scan.inlineScript.push(`<${tag} ${qualified}="${value.trim()}">`);
      else scan.references.push({ where: `<${tag} ${qualified}>`, url: value.trim() });
    }
    if (name === 'srcset' || name === 'imagesrcset') {
      for (const url of srcsetUrls(value)) scan.references.push({ where: `<${tag} ${name}>`, url });
    }
  }
  if (tag === 'a' && attribute('name')) scan.anchors.add(attribute('name')!);
  if (tag === 'base' && attribute('href') && scan.base === undefined) scan.base = attribute('href');
  if (tag === 'meta') {
    const key = attribute('property') ?? attribute('name');
    const content = attribute('content');
    if (key && content && URL_METAS.has(key)) scan.references.push({ where: `<meta ${key}>`, url: content.trim() });
  }
}

/** The addresses in a srcset, following the HTML standard's parsing (an address may hold commas). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    // Skip the descriptors ("2x", "640w") up to the comma that ends this candidate.
    const end = rest.indexOf(',');
    if (end === -1) return urls;
    rest = rest.slice(end + 1);
  }
}
