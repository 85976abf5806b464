/**
 * `npm run bench`: builds the site, serves dist/, and measures what a reader's browser pays for
 * the explainer page:
 *   - the gzip size of every script the page runs (external files and inline scripts);
 *   - the long tasks (over 50 ms) while scrolling the whole page with the CPU slowed 4×.
 * Prints the figures against the budgets and exits 1 when a budget is broken.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startServer } from '../netlify/static-server.ts';
import { chromiumArgs, findChromium } from './chromium.ts';

const JS_BUDGET_BYTES = 25 * 1024;
const LONG_TASK_BUDGET = 0;
const PORT = 4500;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startServer({ dir: 'dist', port: PORT });
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });

try {
  // 1. JavaScript the page loads.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const scripts: { name: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') {
      const body = await response.body();
      scripts.push({ name: new URL(response.url()).pathname, gzip: gzipSync(body).length });
    }
  });
  await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'networkidle' });
  const inline = await page.locator('script:not([src])').evaluateAll((elements) => elements.map((el) => el.textContent ?? ''));
  inline.forEach((text, i) => scripts.push({ name: `inline script ${i + 1}`, gzip: gzipSync(text).length }));
  const jsTotal = scripts.reduce((sum, script) => sum + script.gzip, 0);
  await page.close();

  // 2. Long tasks while scrolling the whole page at 4× CPU slowdown, on a phone-sized screen.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await phone.context().newCDPSession(phone);
  await phone.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'networkidle' });
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
  const scrollSeconds = (Date.now() - started) / 1000;
  const longTasks = await phone.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('\nJavaScript the explainer page loads (gzip):');
  for (const script of scripts) console.log(`  ${kb(script.gzip).padStart(9)}  ${script.name}`);
  console.log(`  ${kb(jsTotal).padStart(9)}  total (budget ${kb(JS_BUDGET_BYTES)})`);
  console.log(`\nLong tasks over 50 ms while scrolling ${height} px in ${scrollSeconds.toFixed(1)} s at 4× CPU slowdown (390 × 844):`);
  console.log(`  ${longTasks.length} long task(s)${longTasks.length ? `: ${longTasks.map((d) => `${Math.round(d)} ms`).join(', ')}` : ''} (budget ${LONG_TASK_BUDGET})`);
  const over = jsTotal > JS_BUDGET_BYTES || longTasks.length > LONG_TASK_BUDGET;
  console.log(over ? '\nOver budget.' : '\nWithin budget.');
  process.exitCode = over ? 1 : 0;
} finally {
  await browser.close();
  server.close();
}
