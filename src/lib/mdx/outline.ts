/**
 * Reads a chapter's MDX without compiling it: its frontmatter, the prose components it uses
 * (with their attributes and line numbers) and its sections. The validator uses this to name the
 * exact line of a bad `<Fig id>`; the pages use it to build the table of contents and to number
 * citations in reading order.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { parse as parseYaml } from 'yaml';

/** A use of a JSX component in the chapter, e.g. `<Fig id="peak-population" />`. */
export interface ComponentUse {
  name: string;
  /** String attributes as written; an attribute given as an expression is `null`. */
  attributes: Record<string, string | null>;
  line: number;
  column: number;
  /** The components this one sits inside, nearest first. */
  ancestors: { name: string; attributes: Record<string, string | null> }[];
  /** The paragraph (or heading, list item, table cell) it sits in, numbered in reading order. */
  block: number;
  /**
   * The prose between the previous component in the same block and this one, so a check can tell
   * whether two citation marks stand in one sentence ("about 4 km²[67] [67]").
   */
  textBefore: string;
}

export interface SectionOutline {
  id: string;
  title: string;
  line: number;
}

/** One paragraph, heading or table cell as a reader reads it, with where each piece of it was typed. */
export interface ProseBlock {
  text: string;
  /** Each text piece's offset in `text` and its place in the file, in order. */
  pieces: { at: number; line: number; column: number }[];
}

/** The line and column of a character of a block's text. */
export function positionIn(block: ProseBlock, index: number): { line: number; column: number } {
  let found = block.pieces[0] ?? { at: 0, line: 1, column: 1 };
  for (const piece of block.pieces) if (piece.at <= index) found = piece;
  // Within one text piece a newline moves to the next line of the file.
  const before = block.text.slice(found.at, index);
  const newlines = before.split('\n').length - 1;
  return newlines ? { line: found.line + newlines, column: before.length - before.lastIndexOf('\n') } : { line: found.line, column: found.column + before.length };
}

export interface ChapterOutline {
  /**
   * Pieces of code in braces, `{…}`, other than comments: prose has no use for them, and one
   * meant as text ("{urban}") compiles, then fails when the page is built.
   */
  expressions: { code: string; line: number; column: number }[];
  /** Frontmatter as parsed YAML (not yet validated). */
  frontmatter: Record<string, unknown>;
  /** Every JSX component used, in reading order. */
  uses: ComponentUse[];
  /** `<Section id title>` blocks, in reading order. */
  sections: SectionOutline[];
  /** The prose a reader reads, without frontmatter, imports or component markup. */
  prose: string;
  /** Prose that sits outside every `<Section>` (a chapter should have none: it could not be linked to). */
  proseOutsideSections: string;
  /** Where that prose starts, for the editor. */
  outsideAt?: { line: number; column: number };
  /** The prose block by block, for checks that must name the line a phrase is on. */
  blocks: ProseBlock[];
  /** Markdown headings ("## …"), which a chapter does not use: its sections carry the titles. */
  headings: { depth: number; line: number; column: number }[];
}

/** Thrown when the MDX cannot be parsed at all; carries the position for the editor. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/** The frontmatter (between the `---` lines) is not valid YAML; the line is the file's. */
export class FrontmatterSyntaxError extends MdxSyntaxError {}

/**
 * The YAML parser's complaint in words an editor can act on. The common mistake is a value with
 * ": " in it (a title with a colon), which YAML reads as a second key.
 */
function frontmatterMessage(error: Error): string {
  const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (/compact mapping|Nested mappings|Implicit map keys/i.test(error.message)) {
    return `the frontmatter cannot be read: a value with ": " in it reads as a second field. Put the whole value in double quotes, e.g. title: "Reading the numbers: a guide"`;
  }
  return `the frontmatter cannot be read (${first}). Put a value that holds a colon, a # or starts with a quote in double quotes, and write a double quote inside it as \\", e.g. title: "The \\"last\\" pocket"`;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

function attributesOf(node: Node): Record<string, string | null> {
  const result: Record<string, string | null> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    result[attribute.name] = typeof attribute.value === 'string' ? attribute.value : attribute.value == null ? '' : null;
  }
  return result;
}

export function outlineChapter(source: string): ChapterOutline {
  let tree: Node;
  try {
    tree = fromMarkdown(source, {
      extensions: [mdxjs(), frontmatter(['yaml'])],
      mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
    }) as Node;
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const start = place && 'start' in place && place.start ? place.start : place;
    throw new MdxSyntaxError((error as Error).message, start?.line ?? 1, start?.column ?? 1);
  }

  let data: Record<string, unknown> = {};
  const uses: ComponentUse[] = [];
  const sections: SectionOutline[] = [];
  const prose: string[] = [];
  const outside: string[] = [];
  let outsideAt: ChapterOutline['outsideAt'];
  let sectionDepth = 0;
  const stack: ComponentUse['ancestors'] = [];
  const blocks: ProseBlock[] = [];
  let block: ProseBlock | undefined;
  // Blocks that hold prose and components, innermost last; each collects the text since its last
  // component, so a check can tell whether two citation marks stand in one sentence.
  const markBlocks: { id: number; text: string }[] = [{ id: 0, text: '' }];
  let markBlockCount = 0;
  const markBlockTypes = new Set(['paragraph', 'heading', 'listItem', 'tableCell']);

  const headings: ChapterOutline['headings'] = [];
  const expressions: ChapterOutline['expressions'] = [];
  const visit = (node: Node) => {
    if (node.type === 'heading' && node.position) headings.push({ depth: (node as { depth?: number }).depth ?? 1, ...node.position.start });
    if (node.type === 'yaml') {
      let parsed: unknown;
      try {
        parsed = parseYaml(node.value ?? '');
      } catch (error) {
        // The YAML's own line counts from the first line after the opening "---".
        const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
        const opening = node.position?.start.line ?? 1;
        throw new FrontmatterSyntaxError(frontmatterMessage(error as Error), opening + (at?.line ?? 1), at?.col ?? 1);
      }
      data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
      return;
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value ?? '')) {
      expressions.push({ code: node.value ?? '', ...(node.position?.start ?? { line: 1, column: 1 }) });
    }
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes = attributesOf(node);
      const { line, column } = node.position?.start ?? { line: 1, column: 1 };
      const markBlock = markBlocks.at(-1)!;
      uses.push({ name: node.name, attributes, line, column, ancestors: [...stack], block: markBlock.id, textBefore: markBlock.text });
      markBlock.text = '';
      if (node.name === 'Section') {
        sections.push({ id: attributes.id ?? '', title: attributes.title ?? '', line });
      }
      // A component that prints a value (a figure, a citation mark) is not prose the editor typed.
      if (node.name === 'Fig' || node.name === 'Cite' || node.name === 'Ratio') return;
    }
    const isSection = node.name === 'Section' && node.type === 'mdxJsxFlowElement';
    if (isSection) sectionDepth++;
    const isComponent = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !!node.name;
    if (isComponent) stack.unshift({ name: node.name!, attributes: attributesOf(node) });
    const isMarkBlock = markBlockTypes.has(node.type);
    if (isMarkBlock) markBlocks.push({ id: ++markBlockCount, text: '' });
    const opensBlock = !block && (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell');
    if (opensBlock) block = { text: '', pieces: [] };
    if (node.type === 'text' || node.type === 'inlineCode') {
      markBlocks.at(-1)!.text += node.value ?? '';
      prose.push(node.value ?? '');
      if (block && node.position) {
        block.pieces.push({ at: block.text.length, ...node.position.start });
        block.text += node.value ?? '';
      }
      if (sectionDepth === 0) {
        outside.push(node.value ?? '');
        if (!outsideAt && node.value?.trim() && node.position) outsideAt = { line: node.position.start.line, column: node.position.start.column };
      }
    }
    node.children?.forEach(visit);
    if (isMarkBlock) markBlocks.pop();
    if (opensBlock) {
      if (block!.text.trim()) blocks.push(block!);
      block = undefined;
    }
    if (isComponent) stack.shift();
    if (isSection) sectionDepth--;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem') prose.push('\n');
  };
  visit(tree);

  const tidy = (parts: string[]) => parts.join(' ').replace(/[ \t]+/g, ' ').trim();
  const proseOutsideSections = tidy(outside);
  return { expressions, frontmatter: data, uses, sections, prose: tidy(prose), proseOutsideSections, ...(proseOutsideSections && outsideAt ? { outsideAt } : {}), blocks, headings };
}

/** `{/* a note to other editors *\/}`: MDX's comment, which prints nothing and is welcome. */
function isComment(code: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(code);
}

/** Words a reader reads in the chapter's prose. */
export function countWords(prose: string): number {
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
