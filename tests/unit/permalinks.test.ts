/**
 * Teachers' links never break: the registry in content/permalinks.json lists every anchor the
 * explainer publishes, the checks refuse an edit that would strand one, and an alias leads an
 * old link to the new id.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { outlineChapter } from '../../src/lib/mdx/outline.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPermalinks, currentAnchors, formatRegistry, readRegistry, registerAnchors, type PermalinkRegistry } from '../../src/lib/validate/permalinks.ts';
import { resolveAlias } from '../../src/client/anchor-aliases.ts';
import { checkContent } from '../../src/lib/validate/index.ts';
import { teachingNotes } from '../../src/lib/schemas/teaching.ts';
import { FIXTURES } from './support/fixtures.ts';

/** The good fixture in a git repository of its own, committed: the state before an edit. */
function committedFixture(): string {
  const folder = mkdtempSync(join(tmpdir(), 'committed-'));
  cpSync(`${FIXTURES}/good`, folder, { recursive: true });
  const git = (...args: string[]) => spawnSync('git', ['-C', folder, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], { encoding: 'utf8' });
  git('init', '--quiet');
  git('add', '.');
  expect(git('commit', '--quiet', '-m', 'published').status).toBe(0);
  return folder;
}

const NEW_CHAPTER = `---
slug: a-start
order: 2
title: A start
summary: Where it began.
objectives:
  - Describe where it began.
---

<Section id="baghuz" title="Baghuz again">

Words.

</Section>
`;

describe('content/permalinks.json', () => {
  const { registry, problems } = readRegistry('content', 'content/permalinks.json');
  const anchors = currentAnchors('content');

  it('reads cleanly', () => {
    expect(problems).toEqual([]);
    expect(registry).toBeDefined();
  });

  it('lists exactly the anchors the chapters define, plus old ids kept alive by an alias (run `npm run permalinks` after adding one)', () => {
    const aliased = new Set(Object.keys(registry!.aliases));
    const live = registry!.anchors.filter((anchor) => !aliased.has(anchor)).sort();
    expect(live).toEqual([...anchors.keys()].sort());
  });

  it('covers every chapter, section and step', () => {
    const registered = new Set(registry!.anchors);
    for (const name of readdirSync('content/chapters').filter((file) => file.endsWith('.mdx'))) {
      expect(registered).toContain(outlineChapter(readFileSync(join('content/chapters', name), 'utf8')).frontmatter.slug);
    }
    expect(registry!.anchors.length).toBeGreaterThan(40);
  });

  it('is written sorted, one anchor a line, so a diff shows exactly what changed', () => {
    expect(readFileSync('content/permalinks.json', 'utf8')).toBe(formatRegistry(registry!));
  });
});

describe('the permalink checks', () => {
  const anchors = new Map([
    ['the-end', 'the chapter chapters/the-end.mdx'],
    ['baghuz', 'a section in chapters/the-end.mdx:10'],
    ['last-village', 'a section in chapters/the-end.mdx:20'],
  ]);
  const check = (registry: PermalinkRegistry, anchorsComplete = true) =>
    checkPermalinks(registry, anchors, 'content/permalinks.json', { anchorsComplete }).map((p) => `${p.entry} › ${p.field}: ${p.message}`);

  it('accept a registry that matches, and new anchors not registered yet', () => {
    expect(check({ anchors: ['the-end', 'baghuz'], aliases: {} })).toEqual([]);
  });

  it('accept a removed anchor that has an alias to its new id', () => {
    expect(check({ anchors: ['the-end', 'baghuz', 'hajin'], aliases: { hajin: 'last-village' } })).toEqual([]);
  });

  it('name a registered anchor that is gone, and the new id it may have become', () => {
    const [message, ...rest] = check({ anchors: ['the-end', 'baghuz', 'last-villages'], aliases: {} });
    expect(rest).toEqual([]);
    expect(message).toContain('last-villages › anchors: no chapter, section or step has this id any more');
    expect(message).toContain('add an alias "last-villages": "<new-id>"');
    expect(message).toContain('New ids not registered yet: "last-village".');
  });

  it('refuse an alias to an id that does not exist, with the nearest one', () => {
    expect(check({ anchors: ['the-end'], aliases: { hajin: 'last-vilage' } })).toEqual([
      'hajin › aliases: points at "last-vilage", which no chapter, section or step has as its id, so /#hajin would lead nowhere: point it at an existing id. Did you mean "last-village"?',
    ]);
  });

  it('refuse a chain of aliases, since the browser follows one step', () => {
    expect(check({ anchors: ['the-end'], aliases: { hajin: 'susa', susa: 'last-village' } })).toEqual([
      'hajin › aliases: points at "susa", which was itself renamed to "last-village": point it straight at "last-village"',
    ]);
  });

  it('refuse an alias whose old id is in use again', () => {
    const [message] = check({ anchors: ['the-end', 'baghuz'], aliases: { baghuz: 'last-village' } });
    expect(message).toBe(
      'baghuz › aliases: "baghuz" is the id of a section in chapters/the-end.mdx:10 again, so this alias to "last-village" would never be followed: remove the alias, or give that part another id',
    );
  });

  it('wait for the chapters to read cleanly before calling an anchor removed', () => {
    expect(check({ anchors: ['the-end', 'hajin'], aliases: { susa: 'nowhere' } }, false)).toEqual([]);
  });
});

describe('npm run permalinks', () => {
  it('adds every current anchor and never removes one or an alias', () => {
    const folder = mkdtempSync(join(tmpdir(), 'permalinks-'));
    cpSync(`${FIXTURES}/good`, folder, { recursive: true });
    writeFileSync(join(folder, 'permalinks.json'), JSON.stringify({ anchors: ['hajin'], aliases: { hajin: 'baghuz' } }));
    expect(registerAnchors(folder)).toEqual({ added: ['baghuz', 'the-end'], total: 3 });
    expect(JSON.parse(readFileSync(join(folder, 'permalinks.json'), 'utf8'))).toEqual({ anchors: ['baghuz', 'hajin', 'the-end'], aliases: { hajin: 'baghuz' } });
    expect(registerAnchors(folder)).toEqual({ added: [], total: 3 });
  });

  it('matches the good fixture’s registry', () => {
    const { registry } = readRegistry(`${FIXTURES}/good`, 'permalinks.json');
    expect(registry!.anchors).toEqual([...currentAnchors(`${FIXTURES}/good`).keys()].sort());
  });
});

describe('two parts with one published id', () => {
  it('names the part the editor added as the one to rename, even when it comes first in file order', () => {
    const folder = committedFixture();
    writeFileSync(join(folder, 'chapters', 'a-start.mdx'), NEW_CHAPTER);
    const duplicates = checkContent(folder, folder).filter((problem) => /already used/.test(problem.message));
    expect(duplicates).toEqual([
      {
        file: './chapters/a-start.mdx',
        line: 10,
        column: 1,
        entry: 'a-start',
        field: 'id of <Section>',
        message:
          `the anchor "baghuz" is already used by a section in ./chapters/the-end.mdx:10, which published it (teachers' links to /#baghuz lead there); ` +
          'anchors must be unique across the explainer: give this <Section> another id, then run npm run permalinks',
      },
    ]);
  });

  it('says to keep the id where it was when it cannot tell which part is new (no git history for either file)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'uncommitted-'));
    cpSync(`${FIXTURES}/good`, folder, { recursive: true });
    writeFileSync(join(folder, 'chapters', 'a-start.mdx'), NEW_CHAPTER);
    const duplicates = checkContent(folder, folder).filter((problem) => /already used/.test(problem.message));
    expect(duplicates.map((problem) => [problem.file, problem.message])).toEqual([
      [
        './chapters/the-end.mdx',
        'the anchor "baghuz" is already used by a section in ./chapters/a-start.mdx:10; anchors must be unique across the explainer. "baghuz" is published (in permalinks.json): keep it on the part that had it and give the part you added a new id',
      ],
    ]);
  });
});

describe('a lesson stage that links to a renamed id', () => {
  const teaching = (use: string) => [
    {
      chapter: 'the-end',
      questions: ['Why did the last pocket hold out?', 'Who took Baghuz?', 'What did the end of the territory mean for the people there?'],
      lessonPlan: {
        title: 'How the last pocket fell',
        minutes: 20,
        aim: 'Students describe how the last pocket fell.',
        stages: [
          { minutes: 10, title: 'Starter', activity: 'Read the section together.', use: [use] },
          { minutes: 10, title: 'Discussion', activity: 'Discuss the questions in pairs.' },
        ],
      },
    },
  ];

  it('is satisfied by the alias, and the page links straight to the new id', () => {
    const folder = mkdtempSync(join(tmpdir(), 'renamed-'));
    cpSync(`${FIXTURES}/good`, folder, { recursive: true });
    writeFileSync(join(folder, 'teaching.json'), JSON.stringify(teaching('last-pocket')));
    writeFileSync(join(folder, 'permalinks.json'), JSON.stringify({ anchors: ['baghuz', 'last-pocket', 'the-end'], aliases: { 'last-pocket': 'baghuz' } }));
    expect(checkContent(folder, folder)).toEqual([]);
    const notes = teachingNotes(teaching('last-pocket'), {
      file: 'teaching.json',
      chapters: ['the-end'],
      anchors: new Set(['the-end', 'baghuz']),
      stepCharts: new Map(),
      aliases: { 'last-pocket': 'baghuz' },
    });
    expect(notes.get('the-end')!.lessonPlan!.stages[0]!.use).toEqual(['baghuz']);
  });

  it('is refused without the alias', () => {
    const folder = mkdtempSync(join(tmpdir(), 'renamed-'));
    cpSync(`${FIXTURES}/good`, folder, { recursive: true });
    writeFileSync(join(folder, 'teaching.json'), JSON.stringify(teaching('last-pocket')));
    expect(checkContent(folder, folder).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'lessonPlan.stages[0].use[0]: no chapter, section or step has the id "last-pocket"',
    ]);
  });
});

describe('an alias in the browser', () => {
  const page = new Set(['mosul-falls', 'baghuz', 'main']);
  const exists = (id: string) => page.has(id);
  const aliases = { 'fall-of-mosul': 'mosul-falls', 'gone-too': 'not-on-this-page', main: 'baghuz' };

  it('leads an old id to its new one', () => {
    expect(resolveAlias('#fall-of-mosul', aliases, exists)).toBe('mosul-falls');
    expect(resolveAlias('#fall%2Dof%2Dmosul', aliases, exists)).toBe('mosul-falls');
  });

  it('leaves alone an id that exists, an unknown id, an empty fragment and an alias to nothing', () => {
    expect(resolveAlias('#main', aliases, exists)).toBeNull();
    expect(resolveAlias('#baghuz', aliases, exists)).toBeNull();
    expect(resolveAlias('#nowhere', aliases, exists)).toBeNull();
    expect(resolveAlias('', aliases, exists)).toBeNull();
    expect(resolveAlias('#', aliases, exists)).toBeNull();
    expect(resolveAlias('#gone-too', aliases, exists)).toBeNull();
    expect(resolveAlias('#constructor', aliases, exists)).toBeNull();
    expect(resolveAlias('#%E0%A4%A', aliases, exists)).toBeNull();
  });
});
