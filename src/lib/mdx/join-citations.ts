/**
 * A Markdown plugin for the chapters (Sätteri, the processor Astro's MDX runs): the space an
 * editor types before `<Cite id="…" />` becomes a no-break space, so a citation mark always stays
 * on the line of the word it follows and never starts a line on its own. Editors keep writing a
 * plain space; the build does the joining.
 */
import type { MdastPluginDefinition } from 'satteri';

/** The MDX components whose output starts with a citation mark. */
const MARKS = new Set(['Cite']);

export const joinCitations: MdastPluginDefinition = {
  name: 'join-citations',
  mdxJsxTextElement(node, context) {
    if (!MARKS.has(node.name ?? '')) return;
    const index = context.indexOf(node);
    const before = index ? context.parent(node)?.children[index - 1] : undefined;
    if (before?.type === 'text' && /\s$/.test(before.value)) context.setProperty(before, 'value', before.value.replace(/\s+$/, '\u00a0'));
  },
};
