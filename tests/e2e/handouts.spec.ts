/**
 * Handouts that fit on paper, as a teacher printing one would check them: every chapter prints
 * to at most eight pages on A4 and on US Letter, each step's words print on the same page as the
 * figure they go with, and the first page carries a QR code and the short address of the chapter.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfPageCount, publishedChapters } from './support.ts';

const MAX_PAGES = 8;
const explainer = JSON.parse(readFileSync(new URL('../../content/explainer.json', import.meta.url), 'utf8')) as { url: string };
const slugs = publishedChapters().map((chapter) => (chapter.frontmatter as { slug: string }).slug);

const MM = 96 / 25.4;
/** The handout's page margins, as `@page handout` in src/styles/print.css sets them (top, right, bottom, left). */
const MARGIN = { top: 12, right: 13, bottom: 13, left: 13 };
const PAPER = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
} as const;

/**
 * Each group of step words and the figure they lead into, measured as printed: laid out at the
 * paper's text width in print media, which is how Chromium lays out the page it prints.
 */
async function stepGroups(page: Page) {
  return page.locator('.print-step').evaluateAll((els) => {
    const groups = new Map<string, { top: number; bottom: number; steps: string[] }>();
    for (const el of els as HTMLElement[]) {
      const key = el.dataset.figureStep ?? '';
      const box = el.getBoundingClientRect();
      const group = groups.get(key) ?? { top: box.top, bottom: box.bottom, steps: [] };
      group.top = Math.min(group.top, box.top);
      group.bottom = Math.max(group.bottom, box.bottom);
      group.steps.push(el.id);
      groups.set(key, group);
    }
    return [...groups].map(([figure, { top, bottom, steps }]) => ({ figure, height: bottom - top, steps }));
  });
}

test.use({ javaScriptEnabled: false });

for (const slug of slugs) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${slug}: prints on at most ${MAX_PAGES} ${format} pages, each step's words on its figure's page`, async ({ page }) => {
      await page.goto(`/chapters/${slug}/print/`);
      const pdf = await page.pdf({ format });
      expect(pdfPageCount(pdf), `${format} pages`).toBeLessThanOrEqual(MAX_PAGES);

      // The words of a step and its figure are one unit that the printer may not break …
      await page.emulateMedia({ media: 'print' });
      const paper = PAPER[format];
      const text = { width: (paper.width - MARGIN.left - MARGIN.right) * MM, height: (paper.height - MARGIN.top - MARGIN.bottom) * MM };
      await page.setViewportSize({ width: Math.floor(text.width), height: Math.floor(text.height) });
      for (const step of await page.locator('.print-step').all()) {
        const style = await step.evaluate((el) => {
          const css = getComputedStyle(el);
          return { breakInside: css.breakInside, breakAfter: css.breakAfter, display: css.display, lead: el.classList.contains('print-step-lead'), panel: el.classList.contains('print-panel') };
        });
        // A panel is an inline block: a line of panels moves to the next page whole.
        if (style.panel) expect(style.display).toBe('inline-flex');
        else expect(style.breakInside).toBe('avoid');
        if (style.lead) expect(style.breakAfter, 'words that lead into the next step’s figure stay with it').toBe('avoid');
      }
      // … and every such unit fits on one page, so the printer can keep it whole.
      for (const group of await stepGroups(page)) {
        expect(group.height, `steps ${group.steps.join(', ')} with figure ${group.figure}: ${format} page height`).toBeLessThanOrEqual(text.height);
      }
    });
  }

  test(`${slug}: the handout carries a QR code and the short address of the chapter online`, async ({ page }) => {
    await page.goto(`/chapters/${slug}/print/`);
    const address = new URL(`/chapters/${slug}/`, explainer.url).href;
    const qr = page.locator('.handout-head svg.qr-code');
    await expect(qr).toHaveCount(1);
    await expect(qr).toHaveAttribute('aria-label', `QR code for ${address}`);
    // Drawn as vector paths at build time, not fetched as an image.
    expect(await qr.locator('path').count()).toBeGreaterThan(0);
    const box = await qr.boundingBox();
    expect(box!.width, 'big enough for a phone camera').toBeGreaterThan(80);
    const short = address.replace(/^https:\/\//, '');
    await expect(page.locator('.handout-qr figcaption a')).toHaveText(short);
    await expect(page.locator('.handout-qr figcaption a')).toHaveAttribute('href', `/chapters/${slug}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeVisible();
    // Printed, the address wraps only after a slash, a dot or a hyphen, so a teacher copying it by
    // hand never meets a word cut in two ("netlify.ap" / "p/chapters").
    await page.setViewportSize({ width: Math.round((PAPER.A4.width - MARGIN.left - MARGIN.right) * MM), height: 1000 });
    const lines = await page.locator('.handout-qr figcaption a').evaluate((link) => {
      const range = document.createRange();
      const found: string[] = [];
      let top: number | undefined;
      for (const node of [...link.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE) as Text[]) {
        for (let i = 0; i < node.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          const letter = node.data[i] ?? '';
          // A letter lower than the one before starts a new line.
          if (top === undefined || Math.abs(rect.top - top) > 2) found.push(letter);
          else found.push((found.pop() ?? '') + letter);
          top = rect.top;
        }
      }
      return found;
    });
    expect(lines.join(''), 'the whole address, in order').toBe(short);
    expect(lines.length, 'the address takes more than one line at this width').toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line, `a printed line of the address: ${lines.join(' | ')}`).toMatch(/[/.-]$/);
  });
}

/**
 * Every word of every printed figure, as boxes from the top of its capitals to the foot of its
 * descenders (not the font's taller line box), with the figure it belongs to.
 */
async function figureWords(page: Page) {
  return page.locator('.print-figure .chart-svg').evaluateAll((svgs) =>
    svgs.map((svg, n) => {
      const frame = svg.getBoundingClientRect();
      const shown = (node: Element) => {
        for (let el: Element | null = node; el && el !== svg; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
        }
        return (node.textContent ?? '').trim() !== '';
      };
      const words = [...svg.querySelectorAll('text')].filter(shown).map((text) => {
        const r = text.getBoundingClientRect();
        const size = Number.parseFloat(getComputedStyle(text).fontSize) * (text as SVGTextElement).getScreenCTM()!.a;
        return { text: text.textContent!, size, x0: r.left, x1: r.right, y0: r.top + 0.25 * size, y1: r.bottom - 0.05 * size };
      });
      const figure = svg.closest('[data-step]')?.getAttribute('data-step') ?? `${svg.getAttribute('data-chart')} #${n + 1}`;
      return { figure, frame: { x0: frame.left, x1: frame.right, y0: frame.top, y1: frame.bottom }, words };
    }),
  );
}

for (const slug of slugs) {
  test(`${slug}: no word of a printed figure covers another or runs off it`, async ({ page }) => {
    await page.goto(`/chapters/${slug}/print/`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor((PAPER.A4.width - MARGIN.left - MARGIN.right) * MM), height: 1000 });
    const trouble: string[] = [];
    for (const { figure, frame, words } of await figureWords(page)) {
      for (const [i, word] of words.entries()) {
        if (word.x0 < frame.x0 - 0.5 || word.x1 > frame.x1 + 0.5 || word.y0 < frame.y0 - 0.5 || word.y1 > frame.y1 + 0.5) trouble.push(`${figure}: "${word.text}" runs off the figure`);
        for (const other of words.slice(i + 1))
          if (Math.min(word.x1, other.x1) - Math.max(word.x0, other.x0) > 0.5 && Math.min(word.y1, other.y1) - Math.max(word.y0, other.y0) > 0.5) trouble.push(`${figure}: "${word.text}" covers "${other.text}"`);
      }
    }
    expect(trouble).toEqual([]);
  });
}

/**
 * A printed figure's words at a size paper can be read at. 5.5 pt is the floor the maps and the
 * territory chart print at (5.7–6 pt); a stacked chart left at its whole height printed at 2.9 pt.
 */
const SMALLEST_PRINTED_POINTS = 5.5;

for (const slug of slugs) {
  test(`${slug}: every word of a printed figure is at least ${SMALLEST_PRINTED_POINTS} pt on A4`, async ({ page }) => {
    await page.goto(`/chapters/${slug}/print/`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor((PAPER.A4.width - MARGIN.left - MARGIN.right) * MM), height: 1000 });
    const small = (await figureWords(page)).flatMap(({ figure, words }) =>
      words.filter((word) => word.size * 0.75 < SMALLEST_PRINTED_POINTS).map((word) => `${figure}: "${word.text}" at ${(word.size * 0.75).toFixed(1)} pt`),
    );
    expect(small).toEqual([]);
  });
}

test('a figure’s description says only what it draws: the rows a stacked figure folds are not described', async ({ page }) => {
  await page.goto('/chapters/the-last-pocket/print/');
  // The 2014 and 2016 steps lead into the 2017 figure, which draws their rows folded to one line each.
  const figure = page.locator('figure[data-step="fighters-2017"]');
  await expect(figure.locator('g.is-folded[data-layer="2014"]')).toHaveCount(1);
  await expect(figure.locator('g.is-folded[data-layer="2016"]')).toHaveCount(1);
  await expect(figure.locator('g[data-layer="2017"]:not(.is-folded)')).toHaveCount(1);
  const description = (await figure.locator('.print-figure-text').textContent()) ?? '';
  expect(description).toContain('Rows for late 2017');
  expect(description).not.toContain('Rows for 2014');
  expect(description).not.toContain('Rows for 2016');
  // Their words are still on the page, with the figure they lead into.
  await expect(page.locator('[data-figure-step="fighters-2017"]#fighters-2014')).toHaveCount(1);
  // A chart that does not fold describes every step its figure stands for.
  const territory = (await page.goto('/chapters/the-collapse/print/'), await page.locator('figure[data-step="territory-2017"] .print-figure-text').textContent()) ?? '';
  expect(territory).toContain('falls through 2016');
  expect(territory).toContain('where the IHS series ends');
});

/** "31 December 2014" for 2014-12-31, "December 2014" for 2014-12: the date as the live map writes it. */
const dateWords = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...(iso.length === 10 ? { day: 'numeric' } : {}), ...(iso.length >= 7 ? { month: 'long' } : {}), year: 'numeric' }).format(
    new Date(`${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`),
  );

test('each dated map in a handout shows its own date in its corner, not the whole period', async ({ page }) => {
  let dated = 0;
  for (const slug of slugs) {
    await page.goto(`/chapters/${slug}/print/`);
    const panels = await page.locator('.print-figure[data-date]').evaluateAll((figures) =>
      figures.map((figure) => ({ date: (figure as HTMLElement).dataset.date!, corner: figure.querySelector('.map-date')?.textContent ?? null })),
    );
    for (const { date, corner } of panels) {
      if (corner === null) continue;
      dated++;
      expect(corner, `${slug}: the map for ${date}`).toBe(dateWords(date));
    }
  }
  expect(dated, 'no handout prints a dated map').toBeGreaterThan(2);
});

/**
 * A citation mark sits as a superscript: its top no higher than the letters it follows. Raised
 * twice (vertical-align: super on top of the reset's offset), it climbed 0.37 em above them,
 * touched the line above in a handout and was cut off at the top of a printed page.
 */
for (const media of ['screen', 'print'] as const) {
  test(`citation marks rise no higher than the letters before them (${media})`, async ({ page }) => {
    await page.emulateMedia({ media });
    await page.goto('/chapters/the-rise/print/');
    const rises = await page.locator('.cite sup').evaluateAll((sups) =>
      sups.flatMap((sup) => {
        const text = sup.parentElement!.previousSibling;
        if (!text || text.nodeType !== Node.TEXT_NODE || !(text as Text).data.trim()) return [];
        const end = (text as Text).data.trimEnd().length;
        const range = document.createRange();
        range.setStart(text, end - 1);
        range.setEnd(text, end);
        const size = Number.parseFloat(getComputedStyle(sup.parentElement!.parentElement!).fontSize);
        return [(range.getBoundingClientRect().top - sup.getBoundingClientRect().top) / size];
      }),
    );
    expect(rises.length).toBeGreaterThan(10);
    expect(Math.max(...rises), 'em above the letter before the mark').toBeLessThanOrEqual(0.1);
  });
}
