/**
 * What Lighthouse does not measure: the gzip size of every script a page runs (files and inline),
 * and the long tasks while a reader scrolls the whole page on a slow phone.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface ScriptSize {
  name: string;
  gzip: number;
}

export async function scriptsGzip(browser: Browser, url: string): Promise<ScriptSize[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const pending: Promise<ScriptSize>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const name = new URL(response.url()).pathname;
      pending.push(response.body().then((body) => ({ name, gzip: gzipSync(body).length })));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    // A script may still arrive while the earlier ones are read.
    let scripts: ScriptSize[] = [];
    while (scripts.length < pending.length) scripts = await Promise.all([...pending]);
    const inline = await page.locator('script:not([src])').evaluateAll((elements) => elements.map((el) => el.textContent ?? ''));
    inline.forEach((text, i) => scripts.push({ name: `inline script ${i + 1}`, gzip: gzipSync(text).length }));
    return scripts;
  } finally {
    await page.close();
  }
}

/** Long tasks (over 50 ms) while scrolling the whole page at 4× CPU slowdown on a phone-sized screen. */
export async function scrollLongTasks(browser: Browser, url: string): Promise<{ tasks: number[]; height: number; seconds: number }> {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    await phone.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await phone.context().newCDPSession(phone);
    await phone.goto(url, { waitUntil: 'networkidle' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Loading is not what this measures: start counting once the page is idle.
    await phone.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
    const height = await phone.evaluate(() => document.documentElement.scrollHeight);
    const started = Date.now();
    for (let y = 0; y < height; y += 120) {
      await phone.mouse.wheel(0, 120);
      await phone.waitForTimeout(16);
    }
    await phone.waitForTimeout(500);
    const seconds = (Date.now() - started) / 1000;
    const tasks = await phone.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    return { tasks, height, seconds };
  } finally {
    await phone.close();
  }
}
