/**
 * `npm run new:chapter -- <slug> "<title>"` gives an editor a chapter that is valid from the
 * start, placed after the last one, with its anchors registered; and it refuses a slug that would
 * break the rules, writing nothing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/validate/index.ts';
import { outlineChapter } from '../../src/lib/mdx/outline.ts';
import { chapterSchema } from '../../src/lib/schemas/chapters.ts';
import { fixtureCopy as contentCopy } from './support/fixtures.ts';

/** Runs the command as an editor would; `viaNpm` goes through `npm run`, as the guide says to. */
function newChapter(folder: string, ...args: string[]) {
  return run(folder, process.execPath, ['--experimental-strip-types', 'src/lib/cli/new-chapter.ts', ...args]);
}
const newChapterViaNpm = (folder: string, ...args: string[]) => run(folder, 'npm', ['run', '--silent', 'new:chapter', '--', ...args]);

function run(folder: string, command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, EXPLAINER_CONTENT: folder } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const registry = (folder: string) => JSON.parse(readFileSync(join(folder, 'permalinks.json'), 'utf8')) as { anchors: string[]; aliases: Record<string, string> };

/** Every file in the folder with its text, to prove a refusal wrote nothing. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('npm run new:chapter', () => {
  it('writes a chapter that passes every content check, after the last one, with its anchors registered', () => {
    const folder = contentCopy('writes');
    const { status, stdout } = newChapterViaNpm(folder, 'the-siege', 'The siege: "Mosul", 2016–17');
    expect(status).toBe(0);
    expect(stdout).toContain(`Wrote ${folder}/chapters/the-siege.mdx: chapter 2`);

    const outline = outlineChapter(readFileSync(join(folder, 'chapters/the-siege.mdx'), 'utf8'));
    const frontmatter = chapterSchema.parse(outline.frontmatter);
    expect(frontmatter).toMatchObject({ slug: 'the-siege', order: 2, title: 'The siege: "Mosul", 2016–17', draft: true });
    expect(outline.sections).toEqual([{ id: 'the-siege-introduction', title: 'Introduction', line: 12 }]);
    expect(checkContent(folder).map(formatProblem)).toEqual([]);

    // Published with its placeholders still in it, it is refused, naming the first one.
    const file = join(folder, 'chapters/the-siege.mdx');
    const draft = readFileSync(file, 'utf8');
    writeFileSync(file, draft.replace(/^#.*\ndraft: true\n/m, ''));
    expect(checkContent(folder).map(formatProblem)).toContain(
      `${folder}/chapters/the-siege.mdx:5:1 › entry "the-siege": still has "Replace this …" from npm run new:chapter: write the real text, or mark the chapter draft: true in its frontmatter until it is ready (a draft is not published)`,
    );
    writeFileSync(file, draft);
    expect(registry(folder).anchors).toEqual(['baghuz', 'the-end', 'the-siege', 'the-siege-introduction']);

    // A second one follows the first.
    expect(newChapter(folder, 'aftermath', 'Aftermath').status).toBe(0);
    expect(chapterSchema.parse(outlineChapter(readFileSync(join(folder, 'chapters/aftermath.mdx'), 'utf8')).frontmatter).order).toBe(3);
    expect(checkContent(folder).map(formatProblem)).toEqual([]);
  });

  it('on a copy of the real explainer, adds placeholder teaching notes too, so /teachers accepts the chapter', () => {
    const folder = join('tests/.output/new-chapter', 'real');
    rmSync(folder, { recursive: true, force: true });
    cpSync('content', folder, { recursive: true });
    // After the last chapter, however many the explainer has by now.
    const last = Math.max(
      ...readdirSync(join(folder, 'chapters'))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => Number(outlineChapter(readFileSync(join(folder, 'chapters', name), 'utf8')).frontmatter.order)),
    );
    const { status, stdout } = newChapter(folder, 'the-siege', 'The siege');
    expect(status).toBe(0);
    expect(stdout).toContain(`Wrote ${folder}/chapters/the-siege.mdx: chapter ${last + 1},`);
    expect(stdout).toContain(`Added three placeholder discussion questions for it to ${folder}/teaching.json`);
    const notes = JSON.parse(readFileSync(join(folder, 'teaching.json'), 'utf8')) as { chapter: string; questions: string[] }[];
    expect(notes.at(-1)!.chapter).toBe('the-siege');
    expect(notes.at(-1)!.questions).toHaveLength(3);
    // Every other entry is untouched, in the file's own layout.
    expect(readFileSync(join(folder, 'teaching.json'), 'utf8').startsWith(readFileSync('content/teaching.json', 'utf8').replace(/\s*\]\s*$/, ''))).toBe(true);
    expect(checkContent(folder).map(formatProblem)).toEqual([]);
  });

  it('gives the first section another id when the obvious one is taken', () => {
    const folder = contentCopy('section-taken');
    const chapter = join(folder, 'chapters/the-end.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('id="baghuz"', 'id="siege-introduction"'));
    expect(newChapter(folder, 'siege', 'Siege').status).toBe(0);
    expect(readFileSync(join(folder, 'chapters/siege.mdx'), 'utf8')).toContain('<Section id="siege-introduction-2" title="Introduction">');
    expect(checkContent(folder).filter((p) => p.file.endsWith('siege.mdx'))).toEqual([]);
  });

  const refusals: [string, string[], string][] = [
    ['a slug that is not kebab-case', ['The_Siege', 'The siege'], '"The_Siege" is not a kebab-case id: use lower-case letters, digits and single hyphens'],
    ['the slug of an existing chapter', ['the-end', 'The end again'], 'chapters/the-end.mdx already exists: edit it, or choose another slug'],
    ['a slug that is already a section id', ['baghuz', 'Baghuz'], 'the slug "baghuz" is already the anchor of a section in'],
    ['an old id that an alias keeps alive', ['hajin', 'Hajin'], '"hajin" is an old anchor that'],
    ['a missing title', ['the-siege'], 'give the chapter a title: npm run new:chapter -- the-siege "<title>"'],
    ['an unquoted title', ['the-siege', 'The', 'siege'], 'put the title in quotes, so it arrives as one piece: npm run new:chapter -- the-siege "The siege"'],
    ['no slug at all', [], 'give the new chapter\'s slug and title: npm run new:chapter -- <slug> "<title>"'],
    ['a chapter when the teaching notes cannot be read', ['teaching-broken', 'Siege'], 'teaching.json is not valid JSON'],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what}, and writes nothing`, () => {
      const folder = contentCopy(`refuses-${args[0] ?? 'nothing'}`);
      if (args[0] === 'teaching-broken') writeFileSync(join(folder, 'teaching.json'), '[{ "chapter": "the-end", }]');
      if (args[0] === 'hajin') writeFileSync(join(folder, 'permalinks.json'), JSON.stringify({ anchors: ['baghuz', 'hajin', 'the-end'], aliases: { hajin: 'baghuz' } }));
      const before = snapshot(folder);
      const { status, stderr } = newChapter(folder, ...args);
      expect(status).toBe(1);
      expect(stderr).toContain('No chapter written: ');
      expect(stderr).toContain(message);
      expect(snapshot(folder)).toEqual(before);
    });
  }
});

describe('npm run check:content', () => {
  it('checks the whole explainer, data and chapters, in well under 10 seconds of work', () => {
    // CPU time (user + system, npm and node included) rather than the clock, which on a shared
    // test machine measures the other jobs as much as this one.
    const result = spawnSync('bash', ['-c', 'TIMEFORMAT="%U %S %R"; time npm run --silent check:content'], { encoding: 'utf8' });
    expect(result.stdout).toContain('Content in content/ is valid.');
    const [user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    expect(user! + system!).toBeGreaterThan(0);
    expect(user! + system!).toBeLessThan(10);
  });
});
