import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const steps = readFileSync('/tmp/steps.txt', 'utf8').trim().split('\n');
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox','--disable-gpu'] });
for (const [w, h] of [[390, 844], [1280, 800], [1024, 768]]) {
  const c = await b.newContext({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
  const p = await c.newPage();
  for (const s of steps) {
    await p.goto('http://127.0.0.1:4685/#' + s);
    await p.waitForTimeout(500);
    await p.screenshot({ path: `/tmp/shots/js-${w}-${s}.png` });
  }
  await c.close();
  const n = await b.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: false });
  const q = await n.newPage();
  for (const s of steps.filter((_, i) => i % 3 === 0)) {
    await q.goto('http://127.0.0.1:4685/#' + s);
    await q.waitForTimeout(200);
    await q.screenshot({ path: `/tmp/shots/nojs-${w}-${s}.png` });
  }
  await n.close();
}
const pc = await b.newContext(); const pp = await pc.newPage();
for (const ch of ['the-rise', 'the-last-pocket']) { await pp.goto(`http://127.0.0.1:4685/chapters/${ch}/print/`); await pp.pdf({ path: `/tmp/shots/${ch}.pdf`, format: 'A4' }); }
await b.close();
console.log('done');
