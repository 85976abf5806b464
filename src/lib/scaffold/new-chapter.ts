/**
 * Writes the skeleton of a new chapter: frontmatter that passes the chapter schema, placed after
 * the last chapter, and a first `<Section>` with an id, so the file is valid from the start and
 * the editor only replaces words. Its anchors go into the permalink registry at once, because a
 * chapter is linkable the moment it is published, and, where the explainer has teaching notes,
 * the chapter gets an entry there too, since /teachers refuses a chapter without one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kebabId } from '../schemas/common.ts';
import { outlineChapter } from '../mdx/outline.ts';
import { currentAnchors, readRegistry, registerAnchors, REGISTRY_FILE } from '../validate/permalinks.ts';
import { TEACHING_FILE } from '../validate/teaching.ts';

/** A reason not to write the chapter, for the editor; nothing has been written when it is thrown. */
export class ScaffoldRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldRefusal';
  }
}

export interface NewChapter {
  /** Path of the written file, under the content folder. */
  file: string;
  order: number;
  sectionId: string;
  /** Anchors this call added to the registry. */
  registered: string[];
  /** The teaching-notes file the chapter's placeholder questions went into, if the explainer has one. */
  teaching?: string;
}

/** The highest `order` among the existing chapters (0 when there are none or none can be read). */
function lastOrder(folder: string): number {
  if (!existsSync(folder)) return 0;
  let last = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx'))) {
    try {
      const { order } = outlineChapter(readFileSync(join(folder, name), 'utf8')).frontmatter;
      if (typeof order === 'number' && order > last) last = order;
    } catch {
      // A chapter that cannot be read says so in `npm run check:content`; it holds no order to follow.
    }
  }
  return last;
}

/** Why `id` cannot be a new anchor, or undefined when it is free. */
function anchorConflict(id: string, anchors: ReadonlyMap<string, string>, aliases: Record<string, string>, registryFile: string): string | undefined {
  const user = anchors.get(id);
  if (user) return `"${id}" is already the anchor of ${user}; anchors must be unique across the explainer, so choose another`;
  if (id in aliases) return `"${id}" is an old anchor that ${registryFile} now sends to "${aliases[id]}"; teachers' links to it must keep landing there, so choose another`;
  return undefined;
}

function frontmatter(slug: string, order: number, title: string): string {
  // JSON strings are valid YAML, so any title is written safely quoted.
  return [
    '---',
    `slug: ${slug}`,
    `order: ${order}`,
    `title: ${JSON.stringify(title)}`,
    'summary: "Replace this with one or two sentences on what the chapter covers; readers see it in the contents."',
    'objectives:',
    '  - "Replace this with what a student should be able to do after reading the chapter."',
    '# A draft is checked but not published; remove this line when the chapter is ready.',
    'draft: true',
    '---',
  ].join('\n');
}

const placeholderQuestions = [
  'Replace this with a discussion question the chapter helps students answer.',
  'Replace this with a question that asks students to weigh the sources or the estimates.',
  'Replace this with a question that links the chapter to the rest of the explainer.',
];

/**
 * The teaching notes with an entry for the new chapter added at the end, keeping the file's own
 * layout; undefined when the explainer has no teaching notes.
 */
function withTeachingEntry(contentDir: string, slug: string): { path: string; text: string } | undefined {
  const path = join(contentDir, TEACHING_FILE);
  if (!existsSync(path)) return undefined;
  const source = readFileSync(path, 'utf8');
  let entries: unknown;
  try {
    entries = JSON.parse(source);
  } catch (error) {
    throw new ScaffoldRefusal(`${path} is not valid JSON (${(error as Error).message}), so the chapter's teaching notes could not be added: fix it first`);
  }
  if (!Array.isArray(entries)) throw new ScaffoldRefusal(`${path} must hold a list of entries, so the chapter's teaching notes could not be added: fix it first`);
  const entry = JSON.stringify({ chapter: slug, questions: placeholderQuestions }, null, 2).replaceAll('\n', '\n  ');
  const text = entries.length === 0 ? `[\n  ${entry}\n]\n` : source.replace(/\}\s*\]\s*$/, `},\n  ${entry}\n]\n`);
  return { path, text };
}

export function newChapter(contentDir: string, slug: string | undefined, title: string | undefined): NewChapter {
  if (!slug) throw new ScaffoldRefusal('give the new chapter\'s slug and title: npm run new:chapter -- <slug> "<title>"');
  const valid = kebabId.safeParse(slug);
  if (!valid.success) throw new ScaffoldRefusal(`the slug ${valid.error.issues[0]!.message}`);
  if (!title?.trim()) throw new ScaffoldRefusal(`give the chapter a title: npm run new:chapter -- ${slug} "<title>"`);

  const folder = join(contentDir, 'chapters');
  const file = join(folder, `${slug}.mdx`);
  if (existsSync(file)) throw new ScaffoldRefusal(`${file} already exists: edit it, or choose another slug`);

  const registryFile = join(contentDir, REGISTRY_FILE);
  const { registry, problems } = readRegistry(contentDir, registryFile);
  if (!registry) throw new ScaffoldRefusal(`${registryFile} cannot be read, so the new anchors could not be registered: ${problems.map((p) => p.message).join('; ')}`);
  const anchors = currentAnchors(contentDir);
  const conflict = anchorConflict(slug, anchors, registry.aliases, registryFile);
  if (conflict) throw new ScaffoldRefusal(`the slug ${conflict}`);

  // The first section's id must be free too; a number keeps it unique without asking.
  let sectionId = `${slug}-introduction`;
  for (let n = 2; anchorConflict(sectionId, anchors, registry.aliases, registryFile); n++) sectionId = `${slug}-introduction-${n}`;

  const teaching = withTeachingEntry(contentDir, slug);
  const order = lastOrder(folder) + 1;
  const body = [
    frontmatter(slug, order, title.trim()),
    '',
    `<Section id="${sectionId}" title="Introduction">`,
    '',
    'Write the chapter here, in sections. Print every number with a figure component rather than typing it: docs/EDITING.md shows how.',
    '',
    '</Section>',
    '',
  ].join('\n');
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, body);
  if (teaching) writeFileSync(teaching.path, teaching.text);
  const { added } = registerAnchors(contentDir);
  return { file, order, sectionId, registered: added, teaching: teaching?.path };
}
