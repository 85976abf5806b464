/**
 * How long each linkable passage of a chapter takes to read: every `<Section>` and every scroll
 * `<Step>`, by its id. Teachers plan lessons in minutes, and a link to a step is only useful if they
 * know how much reading it sets. The outline (outline.ts) keeps one body of prose per chapter, so
 * this parses the MDX again, with the same parser, and counts the words inside each passage.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { countWords } from './outline.ts';

/** Words a minute: a common planning figure for reading prose of this kind aloud or silently in class. */
export const WORDS_PER_MINUTE = 200;

/**
 * A `<Fig>` or `<Ratio>` prints a number, perhaps a range, and its unit ("31,000 to 32,500
 * fighters"): a reader reads it as a few words, though the editor typed none.
 */
const WORDS_PER_FIGURE = 3;

const PASSAGES = new Set(['Section', 'Step']);
const FIGURES = new Set(['Fig', 'Ratio']);

export interface PassageWords {
  id: string;
  kind: 'section' | 'step';
  /** Words a reader reads in the passage, including its steps (for a section). */
  words: number;
  /** Its paragraphs, a list's items among them (a chart's embed sizes the room for a step's words by them). */
  paragraphs: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const isElement = (node: Node) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !!node.name;

function idOf(node: Node): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * The words in every section and step of a chapter's MDX, in reading order. Counts only what a
 * reader reads on the page: prose and printed figures, not attributes such as a step's alt text
 * (a screen-reader description of the chart) or a citation mark.
 */
export function passageWords(source: string): PassageWords[] {
  const tree = fromMarkdown(source, {
    extensions: [mdxjs(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  }) as Node;
  const passages: PassageWords[] = [];
  // Passages that contain the node being visited: a step's words count for its section too.
  const open: { passage: PassageWords; text: string[]; figures: number }[] = [];

  const visit = (node: Node) => {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return;
    if (isElement(node) && FIGURES.has(node.name!)) {
      for (const passage of open) passage.figures++;
      return;
    }
    if (isElement(node) && node.name === 'Cite') return;
    const id = isElement(node) && PASSAGES.has(node.name!) ? idOf(node) : undefined;
    let entry: (typeof open)[number] | undefined;
    if (id !== undefined) {
      entry = { passage: { id, kind: node.name === 'Section' ? 'section' : 'step', words: 0, paragraphs: 0 }, text: [], figures: 0 };
      passages.push(entry.passage);
      open.push(entry);
    }
    if (node.type === 'paragraph') for (const { passage } of open) passage.paragraphs++;
    if (node.type === 'text' || node.type === 'inlineCode') {
      for (const passage of open) passage.text.push(node.value ?? '');
    }
    node.children?.forEach(visit);
    if (entry) {
      open.pop();
      entry.passage.words = countWords(entry.text.join(' ')) + entry.figures * WORDS_PER_FIGURE;
    }
  };
  visit(tree);
  return passages;
}

/** Whole minutes to read so many words, never less than one: "0 min" would tell a teacher nothing. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** "3 min" */
export function readingTime(words: number): string {
  return `${readingMinutes(words)} min`;
}
