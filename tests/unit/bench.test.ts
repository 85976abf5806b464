/** The bench's own logic: what the text-only copy keeps, and which figures break a budget. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textOnly } from '../../src/lib/bench/text-only.ts';
import { FLOOR_PATH, makeServedCopy, textOnlyPath } from '../../src/lib/bench/served-copy.ts';
import { BUDGETS, judge, type BenchFigures } from '../../src/lib/bench/budgets.ts';
import type { PageFigures } from '../../src/lib/bench/lighthouse.ts';

const page = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/global.css">
<script type="module" src="/_astro/Scrolly.js"></script>
</head><body>
<h1>The rise and fall</h1>
<p>Prose with a <a href="#x">link<svg class="copy-link-icon" viewBox="0 0 24 24"><path d="M1 1"/></svg></a>.</p>
<scrolly-story><div class="scrolly-body">
<figure class="scrolly-graphic" id="territory-chart"><figcaption>Territory held</figcaption>
<div class="chart-frame"><svg class="chart-svg" viewBox="0 0 520 360" data-chart="territory"><g class="layer"><path d="M0,0L10,10"/></g></svg></div>
<p class="sr-only">Summary</p></figure>
<div class="scrolly-steps"><p class="scrolly-step">In 2014 it held most.</p></div>
</div></scrolly-story>
<figure class="quote"><blockquote>A quotation</blockquote><figcaption>Its source</figcaption></figure>
<script type="module">document.body.dataset.x = '</p>';</script>
</body></html>`;

describe('the text-only copy of the explainer', () => {
  const text = textOnly(page);

  it('drops every chart and every script', () => {
    expect(text).not.toContain('chart-svg');
    expect(text).not.toContain('Territory held');
    expect(text).not.toMatch(/<script/i);
  });

  it('keeps the words, the steps, other figures, small icons and the stylesheet', () => {
    for (const kept of ['<h1>The rise and fall</h1>', 'In 2014 it held most.', '<blockquote>A quotation</blockquote>', 'copy-link-icon', 'global.css']) {
      expect(text).toContain(kept);
    }
  });
});

describe('the copy of the site the bench serves', () => {
  it('adds a text-only copy of each measured page and a near-empty floor page, compressed as Netlify would, and leaves dist alone', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    writeFileSync(join(dist, 'index.html'), page);
    mkdirSync(join(dist, 'chapters', 'the-rise'), { recursive: true });
    writeFileSync(join(dist, 'chapters', 'the-rise', 'index.html'), page.replace('The rise and fall', 'The rise'));
    const copy = makeServedCopy(dist, ['/', '/chapters/the-rise/']);
    try {
      const textOnlyPage = readFileSync(join(copy.dir, textOnlyPath('/'), 'index.html'), 'utf8');
      expect(textOnlyPage).toContain('In 2014 it held most.');
      expect(textOnlyPage).not.toContain('chart-svg');
      // Each page is measured against its own words, not the explainer's.
      const chapterText = readFileSync(join(copy.dir, textOnlyPath('/chapters/the-rise/'), 'index.html'), 'utf8');
      expect(chapterText).toContain('<h1>The rise</h1>');
      expect(chapterText).not.toContain('chart-svg');
      const floor = readFileSync(join(copy.dir, FLOOR_PATH, 'index.html'), 'utf8');
      expect(floor).toMatch(/<h1>[^<]+<\/h1>/);
      // The floor measures the machine, so it must load nothing at all.
      expect(floor).not.toMatch(/<(script|style|img|svg|iframe)\b/i);
      expect(floor.match(/<link\b[^>]*>/gi) ?? []).toEqual(['<link rel="icon" href="data:,">']);
      for (const path of [join(textOnlyPath('/'), 'index.html'), join(textOnlyPath('/chapters/the-rise/'), 'index.html'), join(FLOOR_PATH, 'index.html'), 'index.html']) {
        expect(existsSync(join(copy.dir, `${path}.br`)), `${path}.br`).toBe(true);
        expect(existsSync(join(copy.dir, `${path}.gz`)), `${path}.gz`).toBe(true);
      }
      expect(existsSync(join(dist, FLOOR_PATH))).toBe(false);
    } finally {
      copy.remove();
      rmSync(dist, { recursive: true, force: true });
    }
    expect(existsSync(copy.dir)).toBe(false);
  });
});

describe('the budgets', () => {
  const fast: PageFigures = { score: 100, lcp: 1200, tbt: 0, cls: 0, bytes: 120 * 1024, jsBytes: 8 * 1024, cpuIndex: 1500 };
  const within: BenchFigures = {
    buildSeconds: 12,
    pages: [
      { path: '/', figures: fast, textOnly: { ...fast, lcp: 1100 } },
      { path: '/teachers/', figures: { ...fast, tbt: 320 }, textOnly: { ...fast, lcp: 1200, tbt: 300 } },
    ],
    jsGzipBytes: 10 * 1024,
    longTasks: 0,
  };
  const broken = (verdicts: ReturnType<typeof judge>) => verdicts.filter((v) => !v.ok).map((v) => v.measure);

  it('are all kept by a fast site', () => {
    expect(broken(judge(within))).toEqual([]);
  });

  it('name the page and the measure that broke one', () => {
    const slowLcp = { ...within, pages: [{ ...within.pages[0]!, figures: { ...fast, lcp: 1100 * (BUDGETS.lcpRatio + 0.05) } }, within.pages[1]!] };
    expect(broken(judge(slowLcp))).toEqual(['/ LCP ÷ its text-only LCP']);

    // A chapter is judged against its own text-only copy, not the explainer's.
    const slowTeachers = { ...within, pages: [within.pages[0]!, { ...within.pages[1]!, figures: { ...fast, lcp: 1200 * (BUDGETS.lcpRatio + 0.05), tbt: 300 + BUDGETS.tbtOverTextMs + 10 } }] };
    expect(broken(judge(slowTeachers))).toEqual(['/teachers/ LCP ÷ its text-only LCP', '/teachers/ TBT − its text-only TBT']);

    const shifting = { ...within, pages: [within.pages[0]!, { ...within.pages[1]!, figures: { ...fast, cls: 0.05, score: 97 } }] };
    expect(broken(judge(shifting))).toEqual(['/teachers/ CLS']);

    const heavy = { ...within, buildSeconds: 25, jsGzipBytes: 30 * 1024, pages: [{ ...within.pages[0]!, figures: { ...fast, bytes: 200 * 1024 } }] };
    expect(broken(judge(heavy))).toEqual(['clean build', '/ first view transferred', '/ JavaScript (gzip)']);
  });

  it('do not judge the machine: a slow machine raises a page and its text-only copy alike', () => {
    const slowMachine = { ...within, pages: within.pages.map((p) => ({ ...p, figures: { ...p.figures, tbt: p.figures.tbt + 400, score: 70 }, textOnly: { ...p.textOnly, tbt: p.textOnly.tbt + 400, score: 72 } })) };
    expect(broken(judge(slowMachine))).toEqual([]);
  });

  it('leave the build out when it was skipped', () => {
    expect(judge({ ...within, buildSeconds: undefined }).map((v) => v.measure)).not.toContain('clean build');
  });
});
