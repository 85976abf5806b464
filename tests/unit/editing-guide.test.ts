/**
 * The editor's guide (docs/EDITING.md, also the /guide page) cannot drift from the code: every
 * MDX example compiles with the MDX compiler the build uses and passes the content checks
 * against the real data, every JSON example is a valid entry of the file it names, and the lists
 * of components, attributes, charts, layers, fields and build errors match what the code has.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The MDX compiler @astrojs/mdx runs in this version of Astro, so an example that would not
// compile in a chapter does not compile here either.
import { satteri } from '@astrojs/markdown-satteri';
import { checkContent, formatProblem } from '../../src/lib/validate/index.ts';
import { proseComponents } from '../../src/lib/mdx/components.ts';
import { outlineChapter } from '../../src/lib/mdx/outline.ts';
import { chapterSchema } from '../../src/lib/schemas/chapters.ts';
import { dataCollections, plainRefs } from '../../src/lib/schemas/index.ts';
import { collectionNames, describeCollection } from '../../src/lib/data/dictionary.ts';
import { chartIds } from '../../src/charts/index.ts';
import { layersFor } from '../../src/lib/data/charts.ts';
import { loadSettings } from '../../src/lib/data/settings.ts';
import { fixtureContent, FIXTURES } from './support/fixtures.ts';

const GUIDE = readFileSync('docs/EDITING.md', 'utf8');
const OUTPUT = 'tests/.output/guide';

interface Block {
  lang: string;
  /** What follows the language on the opening fence, e.g. the file a JSON example belongs in. */
  meta: string;
  code: string;
  line: number;
}

function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  markdown.split('\n').forEach((text, index) => {
    if (!open) {
      const fence = /^```(\S*)\s*(.*)$/.exec(text);
      if (fence) open = { lang: fence[1]!, meta: fence[2]!.trim(), code: '', line: index + 1 };
    } else if (text.trim() === '```') {
      blocks.push(open);
      open = undefined;
    } else {
      open.code += `${text}\n`;
    }
  });
  if (open) throw new Error(`docs/EDITING.md:${open.line}: a code block is never closed`);
  return blocks;
}

/** The text under a heading, up to the next heading of the same or a higher level. */
function sectionUnder(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`docs/EDITING.md has no heading ${JSON.stringify(heading)}`);
  const level = /^#+/.exec(heading)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The first cell of every table row, as written between backticks: `| \`id\` | …` gives id. */
const tableKeys = (text: string) => [...text.matchAll(/^\| `([^`]+)` \|/gm)].map(([, key]) => key!);

const blocks = fencedBlocks(GUIDE);
const mdxExamples = blocks.filter((block) => block.lang === 'mdx');
const jsonExamples = blocks.filter((block) => block.lang === 'json');

/** A chapter around an example that is only a passage; a complete chapter stays as it is. */
function asChapter(code: string): string {
  if (code.startsWith('---\n')) return code;
  const body = code.includes('<Section') ? code : `<Section id="guide-example" title="Example">\n\n${code}\n</Section>\n`;
  // A snippet is not a whole chapter: checked as a draft, which is exempt from the length rules.
  return `---\nslug: guide-example-chapter\norder: 1\ntitle: Example\nsummary: An example from the guide.\nobjectives:\n  - Read the example.\ndraft: true\n---\n\n${body}`;
}

/**
 * The real content with the guide's JSON examples added: each is an entry (or a list of them)
 * for the data file its fence names, or, for the permalink registry, aliases to merge.
 */
function contentWithDataExamples(): string {
  const folder = join(OUTPUT, 'content');
  rmSync(folder, { recursive: true, force: true });
  cpSync('content', folder, { recursive: true });
  for (const block of jsonExamples) {
    const file = block.meta.replace(/^content\//, '');
    const path = join(folder, file);
    const example = JSON.parse(block.code) as unknown;
    const current = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const merged = Array.isArray(current)
      ? [...current, ...(Array.isArray(example) ? example : [example])]
      : { ...(current as object), aliases: { ...(current as { aliases: object }).aliases, ...(example as { aliases: object }).aliases } };
    writeFileSync(path, JSON.stringify(merged, null, 2));
  }
  return folder;
}

const dataFolder = contentWithDataExamples();
let renderer: { process(content: string, file: string, frontmatter: Record<string, unknown>): Promise<unknown> } | undefined;

/** Compiles an example as MDX and checks it as the only chapter beside the real data; returns the problems. */
async function exampleProblems(code: string, name: string): Promise<string[]> {
  const source = asChapter(code);
  const [, , body = source] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  // The options @astrojs/mdx passes with this project's config (no syntax highlighting, no optimize).
  renderer ??= await satteri().createMdxRenderer!({ syntaxHighlight: false }, { optimize: false, srcDir: new URL('../../src/', import.meta.url) });
  try {
    await renderer.process(body, `${name}.mdx`, {});
  } catch (error) {
    return [`does not compile: ${(error as Error).message}`];
  }
  const folder = join(OUTPUT, 'examples', name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'chapters'), { recursive: true });
  cpSync(join(dataFolder, 'data'), join(folder, 'data'), { recursive: true });
  cpSync(join(dataFolder, 'explainer.json'), join(folder, 'explainer.json'));
  writeFileSync(join(folder, 'chapters', `${name}.mdx`), source);
  return checkContent(folder).map(formatProblem);
}

describe('the examples in docs/EDITING.md', () => {
  it('include MDX and JSON examples, and name the file each JSON example belongs in', () => {
    expect(mdxExamples.length).toBeGreaterThanOrEqual(Object.keys(proseComponents).length);
    expect(jsonExamples.length).toBeGreaterThanOrEqual(3);
    const files = [...Object.values(dataCollections).map(({ file }) => `content/data/${file}`), 'content/permalinks.json'];
    for (const block of jsonExamples) expect(files, `docs/EDITING.md:${block.line}`).toContain(block.meta);
  });

  it('JSON: each is a valid entry of its file, beside the real data', () => {
    expect(checkContent(dataFolder).map(formatProblem)).toEqual([]);
  });

  for (const block of mdxExamples) {
    it(`MDX at line ${block.line} compiles and passes every content check against the real data`, async () => {
      expect(await exampleProblems(block.code, `line-${block.line}`)).toEqual([]);
    });
  }

  it('would fail on an unknown component, attribute, figure id or layer (the check itself can fail)', async () => {
    const good = `<Scrolly chart="territory" title="Area" subtitle="km²">\n\n<Step id="check-step" show="series-2015" alt="The line starts.">\n\nIn January 2015 the group held <Fig id="area-ihs-2015-01" />.\n\n</Step>\n\n</Scrolly>\n`;
    expect(await exampleProblems(good, 'mutation-none')).toEqual([]);
    const mutations: [string, string, string][] = [
      ['<Fig id="area-ihs-2015-01" />', '<Figure id="area-ihs-2015-01" />', '<Figure> is not a component chapters can use'],
      ['<Fig id="area-ihs-2015-01" />', '<Fig id="area-ihs-2015-01" size="large" />', '<Fig> has no attribute "size"'],
      ['<Fig id="area-ihs-2015-01" />', '<Fig id="area-ihs-2051-01" />', 'no entry "area-ihs-2051-01"'],
      ['show="series-2015"', 'show="series-2015 mosul"', '"mosul" is not a layer of the territory chart'],
      ['<Fig id="area-ihs-2015-01" />', '<Fig id="area-ihs-2015-01">', 'does not compile'],
    ];
    for (const [from, to, message] of mutations) {
      const problems = await exampleProblems(good.replace(from, to), 'mutation');
      expect(problems.join('\n'), to).toContain(message);
    }
  });
});

describe('what docs/EDITING.md lists', () => {
  const components = sectionUnder(GUIDE, '## Components');

  it('every component chapters can use, with exactly its attributes, and an example that uses each attribute', () => {
    const used = new Set(mdxExamples.flatMap((block) => outlineChapter(asChapter(block.code)).uses.flatMap((use) => Object.keys(use.attributes).map((a) => `${use.name}.${a}`))));
    for (const [name, rule] of Object.entries(proseComponents)) {
      const attributes = [...rule.required, ...(rule.optional ?? [])];
      expect(tableKeys(sectionUnder(components, `### ${name}`)).sort(), `the attributes of <${name}>`).toEqual(attributes.sort());
      for (const attribute of attributes) expect(used, `an example of <${name} ${attribute}>`).toContain(`${name}.${attribute}`);
    }
  });

  it('every chart, with exactly its layers', () => {
    const charts = sectionUnder(GUIDE, '## Charts and their layers');
    const listed = [...charts.matchAll(/^### `([^`]+)`$/gm)].map(([, chart]) => chart!);
    expect(listed.sort()).toEqual([...chartIds].sort());
    // Layers follow the data: the guide's tables give this explainer's, as the validator computes them.
    const rows = (collection: 'territory' | 'fighters') => {
      const parse = dataCollections[collection].schema(plainRefs);
      return (JSON.parse(readFileSync(`content/data/${collection}.json`, 'utf8')) as unknown[]).map((row) => parse.parse(row));
    };
    const data = { territory: rows('territory') as never, fighters: rows('fighters') as never, settings: loadSettings('content') };
    for (const chart of chartIds) {
      const layers = layersFor(chart, data);
      expect(tableKeys(sectionUnder(charts, `### \`${chart}\``)).sort(), `the layers of ${chart}`).toEqual(Object.keys(layers).sort());
    }
  });

  it('every frontmatter field of a chapter', () => {
    expect(tableKeys(sectionUnder(GUIDE, '### Frontmatter')).sort()).toEqual(Object.keys(chapterSchema.shape).sort());
  });

  it('every field of every data collection, with every value a field allows', () => {
    // `qualifier` and `confidence` work the same in every collection and are explained once.
    const shared = sectionUnder(GUIDE, '### Dates and amounts');
    for (const name of collectionNames) {
      const text = sectionUnder(GUIDE, `#### \`${dataCollections[name].file}\``) + shared;
      for (const field of describeCollection(name).fields) {
        expect(text, `${dataCollections[name].file}: ${field.name}`).toContain(`\`${field.name}\``);
        if (field.format.kind === 'enum') for (const value of field.format.values) expect(text, `${name}.${field.name}: ${value}`).toContain(`\`${value}\``);
      }
    }
  });

  it('every bad editor input the project tests, each with the exact message it produces', () => {
    const errors = sectionUnder(GUIDE, '## When the build stops');
    const cases = readdirSync(join(FIXTURES, 'bad')).sort();
    const listed = [...errors.matchAll(/^#### `([^`]+)`$/gm)].map(([, name]) => name!);
    expect(listed.sort()).toEqual(cases);
    for (const name of cases) {
      const [shown] = fencedBlocks(sectionUnder(errors, `#### \`${name}\``)).filter((block) => block.lang === 'text');
      expect(shown, `a text block with the message for ${name}`).toBeDefined();
      const folder = fixtureContent(name, join(OUTPUT, 'fixtures'));
      const actual = checkContent(folder).map((problem) => formatProblem(problem).replaceAll(folder, 'content')).join('\n');
      // "[…]" stands for wording that comes from Node itself (a JSON parser's own message).
      const pattern = new RegExp(`^${shown!.code.trim().split('[…]').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
      expect(actual, name).toMatch(pattern);
    }
  });
});
