/**
 * The maps as a reader uses them: the control map's places change with the steps, the time
 * explorer moves by keyboard and by play, and without JavaScript both show the whole period.
 */
import { expect, test, type Page } from '@playwright/test';
import { LAPTOP, PHONE, withoutJavaScript } from './support.ts';

test.use({ reducedMotion: 'reduce', viewport: LAPTOP });

const statusOf = (page: Page, root: string, place: string) => page.locator(`${root} .place[data-place="${place}"]`).getAttribute('data-status');

/** What a reader should see at each step of the control map (from the dated events). */
const expectedByStep: Record<string, Record<string, string>> = {
  'map-early-2014': { raqqa: 'held', fallujah: 'held', mosul: 'not-held', baghdad: 'not-held' },
  'map-mid-2014': { mosul: 'held', tikrit: 'held', 'tal-afar': 'held', raqqa: 'held', 'deir-ez-zor': 'not-held' },
  'map-peak': { mosul: 'held', 'deir-ez-zor': 'contested', dabiq: 'held', kobani: 'contested', sinjar: 'held' },
  'map-may-2015': { ramadi: 'held', palmyra: 'held', tikrit: 'retaken', kobani: 'retaken' },
  'map-late-2017': { mosul: 'retaken', raqqa: 'retaken', 'tal-afar': 'retaken', hajin: 'held', baghuz: 'held' },
  'map-end-2018': { hajin: 'retaken', baghuz: 'held', 'tulul-al-safa': 'retaken' },
  'map-march-2019': { baghuz: 'retaken', raqqa: 'retaken', mosul: 'retaken' },
};

test('every step of the control map shows each place in its status for that date', async ({ page }) => {
  await page.goto('/');
  const steps = await page.locator('scrolly-story[data-chart="control-map"] .scrolly-step').evaluateAll((els) => els.map((el) => el.id));
  expect(steps).toEqual(Object.keys(expectedByStep));
  for (const [step, places] of Object.entries(expectedByStep)) {
    await page.goto(`/#${step}`);
    await page.reload();
    await expect(page.locator('scrolly-story[data-chart="control-map"]')).toHaveAttribute('data-active-step', step);
    for (const [place, status] of Object.entries(places)) {
      await expect.poll(() => statusOf(page, 'scrolly-story[data-chart="control-map"]', place), `${place} at ${step}`).toBe(status);
    }
    // Status is shown by shape and word, not colour alone.
    const held = page.locator('scrolly-story[data-chart="control-map"] .place[data-status="held"]').first();
    if ((await held.count()) > 0) {
      await expect(held.locator('.shape-held')).toBeVisible();
      await expect(held.locator('.shape-retaken')).toBeHidden();
    }
  }
});

test('the step text for a screen reader lists the places held on that date', async ({ page }) => {
  await page.goto('/');
  const early = page.locator('[id="map-early-2014"] .step-alt');
  await expect(early).toContainText('Places held by the group:');
  await expect(early).toContainText('Raqqa');
  await expect(early).toContainText('Fallujah');
  await expect(early).not.toContainText('Mosul');
  await expect(page.locator('[id="map-march-2019"] .step-alt')).toContainText('none of the places marked');
});

test.describe('the time explorer', () => {
  test('moves by arrow keys, Page Up/Down, Home and End, and updates map, figure and announcement', async ({ page }) => {
    await page.goto('/#explore-the-map');
    const explorer = page.locator('time-explorer');
    const slider = explorer.getByRole('slider', { name: /Month/ });
    const announce = explorer.locator('[data-announce]');
    const figure = explorer.locator('[data-measure]');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', 'January 2014');
    await expect(explorer.locator('[data-month-label]')).toHaveText('January 2014');
    await expect(announce).toHaveText(/^January 2014: \d+ of the places marked held by the group\.$/);
    expect(await statusOf(page, 'time-explorer', 'mosul')).toBe('not-held');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'June 2014');
    await expect.poll(() => statusOf(page, 'time-explorer', 'mosul')).toBe('held');
    await expect(announce).toContainText('June 2014');
    await page.keyboard.press('PageUp');
    const afterPageUp = await slider.inputValue();
    expect(Number(afterPageUp)).toBeGreaterThan(5);
    await page.keyboard.press('PageDown');
    expect(Number(await slider.inputValue())).toBeLessThan(Number(afterPageUp));
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', 'December 2019');
    await expect.poll(() => statusOf(page, 'time-explorer', 'baghuz')).toBe('retaken');
    await expect(figure).toContainText('0 km²');
    await expect(figure.getByRole('link')).toHaveAttribute('href', /^\/sources#/);
    await page.keyboard.press('Home');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'January 2015');
    await expect(figure).toContainText('90,800 km²');
    await expect(figure).toContainText('IHS');
  });

  test('play steps through the months and pause stops it; it never starts by itself', async ({ page }) => {
    await page.goto('/#explore-the-map');
    const explorer = page.locator('time-explorer');
    const slider = explorer.getByRole('slider', { name: /Month/ });
    const start = await slider.inputValue();
    await page.waitForTimeout(1500);
    expect(await slider.inputValue()).toBe(start);
    const play = explorer.getByRole('button', { name: 'Play' });
    await play.click();
    await expect(explorer.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => Number(await slider.inputValue()), { timeout: 5000 }).toBeGreaterThan(Number(start) + 1);
    await explorer.getByRole('button', { name: 'Pause' }).click();
    const stopped = await slider.inputValue();
    await page.waitForTimeout(1500);
    expect(await slider.inputValue()).toBe(stopped);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('the maps show the whole period and the tables', async ({ page }) => {
    await page.goto('/');
    for (const root of ['scrolly-story[data-chart="control-map"]', 'time-explorer']) {
      const map = page.locator(root);
      // A phone draws the label set placed for its type, names alone (the table under the map gives
      // the years); the wide set, with the held years under each name, stays hidden.
      await expect(map.locator('.place[data-place="mosul"] .labels-phone .place-name')).toBeVisible();
      await expect(map.locator('.place[data-place="mosul"] .labels-phone .place-detail')).toHaveCount(0);
      await expect(map.locator('.place[data-place="mosul"] .labels-wide .place-period')).toHaveText('2014–17');
      await expect(map.locator('.place[data-place="mosul"] .labels-wide .place-period')).toBeHidden();
      await expect(map.locator('.place[data-place="mosul"] .shape-held')).toBeVisible();
      await expect(map.locator('.place[data-place="baghdad"] .shape-not-held')).toBeVisible();
      await expect(map.locator('.place-status').first()).toBeHidden();
      expect(await map.locator('table tbody tr').count()).toBeGreaterThan(10);
    }
    await expect(page.locator('time-explorer [data-controls]')).toBeHidden();
    // Each date at the precision its source gives, and the date the text gives; Palmyra held twice.
    // The table sits in a closed disclosure, so its cells are read from the page, not by role.
    const cells = (place: string) =>
      page.locator('time-explorer table tbody tr').evaluateAll(
        (rows, name) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')).filter((row) => row[0] === name).map((row) => row.slice(1, 3)),
        place,
      );
    expect(await cells('Manbij')).toEqual([['January 2014', '12 August 2016']]);
    expect(await cells('Hajin')).toEqual([['July 2014', '14 December 2018']]);
    expect(await cells('Ramadi')).toEqual([['17 May 2015', '28 December 2015']]);
    expect(await cells('Palmyra')).toEqual([['20 May 2015', '27 March 2016'], ['11 December 2016', '2 March 2017']]);
    await expect(page.locator('time-explorer .place[data-place="palmyra"] .labels-wide .place-period')).toHaveText('2015–16, 2016–17');
    const size = page.locator('scrolly-story[data-chart="size-map"]');
    for (const layer of ['region', 'controlled', 'compare-over', 'influence']) await expect(size.locator(`.layer:not(.layer-above)[data-layer="${layer}"]`)).toBeVisible();
    // All at once, the panel beside the region would cover the estimates' labels; the outline laid over it compares the same.
    await expect(size.locator('[data-layer="compare-beside"]')).toBeHidden();
    // The names a layer sets above the others show with it.
    for (const layer of ['region', 'controlled']) await expect(size.locator(`.layer-above[data-layer="${layer}"]`)).toBeVisible();
  });
});

test('the size map puts the UK and the estimates on one scale, with the ratio computed from the data', async ({ page }) => {
  await page.goto('/#size-uk-over');
  const svg = page.locator('scrolly-story[data-chart="size-map"] .chart-svg');
  // The outline is drawn from the shared base-geography file (shared-geography.spec.ts checks it draws).
  await expect(svg.locator('[data-layer="compare-over"] use[href$="#size-map-compare-over"]')).toBeVisible();
  await expect(svg.locator('[data-layer="controlled"] text').filter({ hasText: 'km²' })).toHaveText('90,800 km²');
  const ratio = page.locator('#size-of-the-uk .ratio data').first();
  await expect(ratio).toHaveText('37%');
  await expect(ratio).toHaveAttribute('title', /Our calculation: 90,800 km² .* divided by 243,610 km²/);
});

/**
 * Every place label a reader can see on a map, as drawn: the box of its ink (from the font's own
 * glyph measures, not the taller line box), alone and with the paper-coloured outline around it,
 * and the marker boxes and the key it must not cover. Boxes are in page pixels.
 */
async function mapLabels(page: Page, root: string) {
  return page.locator(`${root} .chart-svg`).evaluate((svg: SVGSVGElement) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const context = document.createElement('canvas').getContext('2d')!;
    const inkBox = (text: SVGTextElement) => {
      const style = getComputedStyle(text);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const measure = context.measureText(text.textContent ?? '');
      const cell = text.getBoundingClientRect();
      const scale = svg.getScreenCTM()!.a;
      const baseline = new DOMPoint(0, text.y.baseVal[0]!.value).matrixTransform(text.getScreenCTM()!).y;
      const ink = {
        x0: cell.left,
        x1: cell.right,
        y0: baseline - measure.actualBoundingBoxAscent * scale,
        y1: baseline + measure.actualBoundingBoxDescent * scale,
      };
      // The paper-coloured outline hides whatever is drawn under it, so it counts over markers.
      const halo = (parseFloat(style.strokeWidth) / 2) * scale;
      return { ink, outlined: { x0: ink.x0 - halo, x1: ink.x1 + halo, y0: ink.y0 - halo, y1: ink.y1 + halo } };
    };
    // Each place carries a label set for phones and one for wider screens; CSS draws one of them.
    const drawn = (el: Element) => {
      for (let node: Element | null = el; node && node !== svg; node = node.parentElement) if (getComputedStyle(node).display === 'none') return false;
      return true;
    };
    const shown = (el: Element) => drawn(el) && (el.textContent ?? '').trim() !== '';
    const labels = [...svg.querySelectorAll('.place')].flatMap((place) =>
      [...place.querySelectorAll<SVGTextElement>('.place-name, .place-detail')]
        .filter(shown)
        .map((text) => ({
          place: place.getAttribute('data-place')!,
          text: text.textContent!,
          name: text.classList.contains('place-name'),
          // A name set well off has a line back to its marker, which says whose it is.
          leader: !!text.parentElement?.querySelector('.place-leader'),
          ...inkBox(text),
        })),
    );
    const markers = [...svg.querySelectorAll('.place')].map((place) => ({
      place: place.getAttribute('data-place')!,
      box: box([...place.querySelectorAll('.shape')].find((shape) => getComputedStyle(shape).display !== 'none')!),
    }));
    // The base map's own names (countries, rivers): place names must not cover them, nor they a marker.
    const base = [...svg.querySelectorAll<SVGTextElement>('.country-label, .river-label')].filter(shown).map((text) => ({ text: text.textContent!, ...inkBox(text) }));
    return { frame: box(svg), key: box(svg.querySelector('.legend-frame')!), labels, markers, base };
  });
}

type Box = { x0: number; y0: number; x1: number; y1: number };
/** Boxes that share more than half a pixel each way: less than that, no reader can see. */
const overlaps = (a: Box, b: Box) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
const depth = (a: Box, b: Box) => `${(Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)).toFixed(1)}×${(Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)).toFixed(1)}`;

async function expectLabelsClear(page: Page, root: string) {
  const { frame, key, labels, markers, base } = await mapLabels(page, root);
  expect(labels.length).toBeGreaterThan(20);
  const trouble: string[] = [];
  // One label set at a time: a place whose name shows twice has both sets drawn.
  const names = labels.filter((label) => label.name).map((label) => label.place);
  for (const place of new Set(names)) if (names.filter((other) => other === place).length > 1) trouble.push(`${place} shows its name more than once`);
  for (const [i, label] of labels.entries()) {
    const where = `${label.place} "${label.text}"`;
    const box = label.outlined;
    if (box.x0 < frame.x0 || box.x1 > frame.x1 || box.y0 < frame.y0 || box.y1 > frame.y1) trouble.push(`${where} runs off the map`);
    if (overlaps(box, key)) trouble.push(`${where} covers the key`);
    // Outlines may touch; letters may not.
    for (const other of labels.slice(i + 1)) if (other.place !== label.place && overlaps(label.ink, other.ink)) trouble.push(`${where} covers ${other.place} "${other.text}" ${depth(label.ink, other.ink)}`);
    // A marker drawn over this place's own (Abu Kamal's beside Baghuz's) is one spot to a reader.
    const own = markers.find((marker) => marker.place === label.place)!.box;
    for (const marker of markers) if (marker.place !== label.place && !overlaps(marker.box, own) && overlaps(box, marker.box)) trouble.push(`${where} covers the marker of ${marker.place} ${depth(box, marker.box)}`);
    for (const name of base) if (overlaps(label.ink, name.ink)) trouble.push(`${where} covers "${name.text}" ${depth(label.ink, name.ink)}`);
    // Close markers told apart: no other marker is clearly nearer a name without a line back (by
    // 3 px), nor about as near with the name centred nearer it (a name centred under its marker
    // spans its neighbour's too).
    if (label.name && !label.leader) {
      const centre = (marker: Box) => [(marker.x0 + marker.x1) / 2, (marker.y0 + marker.y1) / 2] as const;
      const reach = (marker: Box) => {
        const [cx, cy] = centre(marker);
        return Math.hypot(Math.max(label.ink.x0 - cx, 0, cx - label.ink.x1), Math.max(label.ink.y0 - cy, 0, cy - label.ink.y1));
      };
      const fromMiddle = (marker: Box) => Math.hypot((label.ink.x0 + label.ink.x1) / 2 - centre(marker)[0], (label.ink.y0 + label.ink.y1) / 2 - centre(marker)[1]);
      for (const marker of markers) {
        if (marker.place === label.place || overlaps(marker.box, own)) continue;
        const nearer = reach(marker.box) < reach(own) - 3;
        const tied = reach(marker.box) <= reach(own) + 0.5 && fromMiddle(marker.box) <= fromMiddle(own);
        if (nearer || tied) trouble.push(`${where} is as near the marker of ${marker.place} as its own`);
      }
    }
  }
  for (const name of base) for (const marker of markers) if (overlaps(name.ink, marker.box)) trouble.push(`"${name.text}" covers the marker of ${marker.place} ${depth(name.ink, marker.box)}`);
  expect(trouble).toEqual([]);
}

for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
  test.describe(`place labels on a ${name}`, () => {
    test.use({ viewport });

    test('without JavaScript, no name or period covers another, a marker or the key, and none runs off the map', async ({ browser }) => {
      await withoutJavaScript(browser, viewport, '/', async (page) => {
        for (const root of ['scrolly-story[data-chart="control-map"]', 'time-explorer']) await expectLabelsClear(page, root);
      });
    });

    test('at every step, no name or status word covers another, a marker or the key', async ({ page }) => {
      await page.goto('/');
      for (const step of Object.keys(expectedByStep)) {
        await page.goto(`/#${step}`);
        await page.reload();
        await expect(page.locator('scrolly-story[data-chart="control-map"]')).toHaveAttribute('data-active-step', step);
        await expectLabelsClear(page, 'scrolly-story[data-chart="control-map"]');
      }
    });
  });
}

/** The size map's words as drawn, the controlled area's circle, and whether the outline laid over the region runs under every word. */
async function sizeMapWords(page: Page) {
  return page.locator('scrolly-story[data-chart="size-map"] .chart-svg').evaluate((el) => {
    const box = (node: Element) => {
      const r = node.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const visible = [...el.querySelectorAll('[data-layer]')].filter((layer) => !layer.classList.contains('is-off') && getComputedStyle(layer).display !== 'none');
    // A label of two lines (a name and an area) is one block.
    const blocks = visible.flatMap((layer) => [...layer.querySelectorAll('.label-block, text:not(.label-block text)')]);
    const controlled = el.querySelector('.size-controlled')!.getBoundingClientRect();
    const over = el.querySelector('[data-layer="compare-over"]:not(.is-off) use[href$="#size-map-compare-over"]');
    const panel = visible.flatMap((layer) => [...layer.querySelectorAll('.size-panel')])[0];
    return {
      frame: box(el),
      labels: blocks.map((block) => ({ text: block.textContent!, box: box(block), panel: !!block.closest('[data-layer="compare-beside"]') })),
      panel: panel ? box(panel) : null,
      circle: { cx: (controlled.left + controlled.right) / 2, cy: (controlled.top + controlled.bottom) / 2, r: controlled.width / 2 },
      // Drawn later is drawn on top: every label after the outline, so the outline runs under its words.
      outlineUnderAll: !over || blocks.every((block) => over.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
}

function sizeMapTrouble(where: string, { frame, labels, panel, circle, outlineUnderAll }: Awaited<ReturnType<typeof sizeMapWords>>): string[] {
  const trouble: string[] = outlineUnderAll ? [] : [`${where}: the outline laid over the region is drawn over a label`];
  for (const [i, label] of labels.entries()) {
    if (label.box.x0 < frame.x0 || label.box.x1 > frame.x1 || label.box.y0 < frame.y0 || label.box.y1 > frame.y1) trouble.push(`${where}: "${label.text}" runs off the map`);
    for (const other of labels.slice(i + 1)) if (overlaps(label.box, other.box)) trouble.push(`${where}: "${label.text}" covers "${other.text}" ${depth(label.box, other.box)}`);
    // Only the comparison country's own name belongs on the panel drawn beside the region.
    if (panel && !label.panel && overlaps(label.box, panel)) trouble.push(`${where}: "${label.text}" lies on the comparison country's panel`);
    // A country's name must not sit on the circle (its own label sits under it, the estimates' beside it).
    const near = { x: Math.max(label.box.x0, Math.min(circle.cx, label.box.x1)), y: Math.max(label.box.y0, Math.min(circle.cy, label.box.y1)) };
    if (Math.hypot(near.x - circle.cx, near.y - circle.cy) < circle.r - 0.5) trouble.push(`${where}: "${label.text}" lies on the controlled area's circle`);
  }
  return trouble;
}

for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
  test(`the size map on a ${name}: at every step and without JavaScript its words are inside the map, clear of each other, the circle and the panel, and over the outline laid on the region`, async ({ page, browser }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const steps = await page.locator('scrolly-story[data-chart="size-map"] .scrolly-step').evaluateAll((els) => els.map((el) => el.id));
    expect(steps).toContain('size-influence');
    const trouble: string[] = [];
    for (const step of steps) {
      await page.goto(`/#${step}`);
      await page.reload();
      await expect(page.locator('scrolly-story[data-chart="size-map"]')).toHaveAttribute('data-active-step', step);
      const words = await sizeMapWords(page);
      const texts = words.labels.map((label) => label.text);
      expect(texts, step).toContain('Controlled, Jan 2015 (IHS)90,800 km²');
      // An area we converted ends by saying so: "… about 210,000 km²(our conversion)".
      if (step === 'size-influence') expect(texts.filter((text) => / km²(\(our (conversion|calculation)\))?$/.test(text)).length).toBeGreaterThanOrEqual(3);
      trouble.push(...sizeMapTrouble(step, words));
    }
    trouble.push(...sizeMapTrouble('without JavaScript', await withoutJavaScript(browser, viewport, '/', sizeMapWords)));
    expect(trouble).toEqual([]);
  });
}

/**
 * Every word a territory chart shows, as boxes from the top of its capitals to the foot of its
 * descenders (not the font's taller line box): labels of lines, points, estimates and events, the
 * inset's words and both axes.
 */
async function territoryWords(page: Page) {
  return page.locator('scrolly-story[data-chart="territory"] .chart-svg').evaluate((el) => {
    const frame = el.getBoundingClientRect();
    const shown = (node: Element) => {
      for (let n: Element | null = node; n && n !== el; n = n.parentElement) {
        const style = getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0 || n.classList.contains('is-off')) return false;
      }
      return (node.textContent ?? '').trim() !== '';
    };
    const words = [...el.querySelectorAll('text')].filter(shown).map((text) => {
      const r = text.getBoundingClientRect();
      const size = Number.parseFloat(getComputedStyle(text).fontSize) * (text as SVGTextElement).getScreenCTM()!.a;
      return { text: text.textContent!, box: { x0: r.left, x1: r.right, y0: r.top + 0.25 * size, y1: r.bottom - 0.05 * size } };
    });
    return { frame: { x0: frame.left, x1: frame.right, y0: frame.top, y1: frame.bottom }, words };
  });
}

function territoryTrouble(where: string, { frame, words }: Awaited<ReturnType<typeof territoryWords>>): string[] {
  const trouble: string[] = [];
  for (const [i, word] of words.entries()) {
    if (word.box.x0 < frame.x0 - 0.5 || word.box.x1 > frame.x1 + 0.5) trouble.push(`${where}: "${word.text}" runs off the chart`);
    for (const other of words.slice(i + 1)) if (overlaps(word.box, other.box)) trouble.push(`${where}: "${word.text}" covers "${other.text}" ${depth(word.box, other.box)}`);
  }
  return trouble;
}

for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
  test(`the territory chart on a ${name}: at every step and without JavaScript, no word covers another or runs off the chart`, async ({ page, browser }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const steps = await page.locator('scrolly-story[data-chart="territory"] .scrolly-step').evaluateAll((els) => els.map((el) => el.id));
    expect(steps.length).toBeGreaterThan(3);
    const trouble: string[] = [];
    for (const step of steps) {
      await page.goto(`/#${step}`);
      await page.reload();
      await expect(page.locator('scrolly-story[data-chart="territory"]')).toHaveAttribute('data-active-step', step);
      const words = await territoryWords(page);
      expect(words.words.length, step).toBeGreaterThan(10);
      trouble.push(...territoryTrouble(step, words));
    }
    trouble.push(...territoryTrouble('without JavaScript', await withoutJavaScript(browser, viewport, '/', territoryWords)));
    expect(trouble).toEqual([]);
  });
}

