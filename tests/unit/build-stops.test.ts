/**
 * The same mistakes stop a real `astro build`, with the same message, and leave no output
 * folder behind that could be deployed.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { fixtureContent, fixtureCopy } from './support/fixtures.ts';

function buildFixture(badCase: string) {
  const content = fixtureContent(badCase);
  const outDir = `tests/.output/build-${badCase}`;
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, EXPLAINER_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr, content, outDir };
}

describe('astro build on bad content', () => {
  it('stops on a title with an unquoted colon, naming the file and line, without crashing', () => {
    const { status, output, content, outDir } = buildFixture('frontmatter-colon-unquoted');
    expect(status).toBe(1);
    expect(output).toContain(`${content}/chapters/the-end.mdx:4:8 › entry "the-end": the frontmatter cannot be read`);
    expect(output).not.toContain('YAMLParseError');
    expect(existsSync(outDir)).toBe(false);
  });

  it('stops when a new section was never registered (npm run permalinks forgotten), naming the id and the command', () => {
    // Valid content for check:content and the preview: only publishing needs the id registered.
    const content = fixtureCopy('unregistered-section');
    appendFileSync(`${content}/chapters/the-end.mdx`, '\n<Section id="the-last-days" title="The last days">\n\nThe fighting ended.\n\n</Section>\n');
    const outDir = 'tests/.output/build-unregistered-section';
    rmSync(outDir, { recursive: true, force: true });
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, EXPLAINER_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(
      `${content}/permalinks.json: new ids not registered yet: "the-last-days" (a section in ${content}/chapters/the-end.mdx:16). Run npm run permalinks, which adds them to ${content}/permalinks.json`,
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it('stops on an unknown <Fig id> with the file, line, entry and field', () => {
    const { status, output, content, outDir } = buildFixture('unknown-figure');
    expect(status).not.toBe(0);
    expect(output).toContain(`${content}/chapters/the-end.mdx:12:32 › entry "the-end" › field "id of <Fig>": no entry "area-2016"`);
    expect(output).toContain('Did you mean "area-2015"?');
    // The message alone: no hook-error notice or stack trace around it.
    expect(output).not.toContain('Stack trace');
    expect(output).not.toContain('An unhandled error occurred');
    expect(existsSync(outDir)).toBe(false);
  });

  it('stops on a reference to a missing source, which Astro alone would only warn about', () => {
    const { status, output, content, outDir } = buildFixture('unknown-source');
    expect(status).not.toBe(0);
    expect(output).toContain(`${content}/data/territory.json › entry "ihs-2015-01" › field "source": no entry "ihs-markit-2061"`);
    expect(existsSync(outDir)).toBe(false);
  });

  it('stops when a registered anchor is gone with no alias, naming the anchor teachers link to', () => {
    const { status, output, content, outDir } = buildFixture('anchor-removed');
    expect(status).not.toBe(0);
    expect(output).toContain(`${content}/permalinks.json:3:5 › entry "baghuz" › field "anchors": no chapter, section or step has this id any more`);
    expect(output).toContain('teachers\' links to /#baghuz would break');
    expect(existsSync(outDir)).toBe(false);
  });
});
