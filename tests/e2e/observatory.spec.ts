/**
 * The security headers netlify.toml sets, graded by the MDN HTTP Observatory's own scoring over
 * what the local server that applies netlify.toml sends (no network). The Observatory grades a
 * site's front page; a chapter and an embed, whose framing policy differs, are graded too.
 */
import { expect, test } from '@playwright/test';
import { describeReport, observatoryScan } from '../support/observatory.ts';

/** A+ starts at 100; the project aims higher, and holds what it has reached. */
const TARGET = 125;

for (const path of ['/', '/chapters/origins/', '/embed/territory/']) {
  test(`${path} grades A+ (at least ${TARGET}) with the MDN HTTP Observatory, every test passing`, async ({ baseURL }, testInfo) => {
    const report = await observatoryScan(new URL(baseURL!).host, path);
    const summary = describeReport(path, report);
    console.log(summary);
    testInfo.annotations.push({ type: 'observatory', description: summary });
    expect(report.tests.filter((t) => !t.pass).map((t) => `${t.name}: ${t.result}`), summary).toEqual([]);
    expect(report.tests).toHaveLength(10);
    expect(report.grade, summary).toBe('A+');
    expect(report.score, summary).toBeGreaterThanOrEqual(TARGET);
  });
}
