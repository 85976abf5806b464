/**
 * Shared watchers for the browser tests: everything a reader's browser would complain about.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { outlineChapter, type ChapterOutline } from '../../src/lib/mdx/outline.ts';

export interface PageTrouble {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Records console errors (CSP violations among them), failed requests and requests off this machine. */
export function watch(page: Page): PageTrouble {
  const trouble: PageTrouble = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => trouble.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => trouble.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/this-page-does-not-exist')) trouble.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOOPBACK.has(url.hostname)) trouble.foreignRequests.push(request.url());
  });
  return trouble;
}

/** Every page the sitemap lists, as a local path. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${process.env.E2E_DIST ?? 'dist'}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };

/** Pages in a PDF: the page objects, which must agree with the page tree's total count. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  if (counts.length > 0) expect(pages).toBe(Math.max(...counts));
  return pages;
}

/** Opens `path` in a fresh browser context without JavaScript, at `viewport`, runs `read` on it and closes it. */
export async function withoutJavaScript<T>(browser: Browser, viewport: { width: number; height: number }, path: string, read: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport, baseURL: test.info().project.use.baseURL });
  try {
    const page = await context.newPage();
    await page.goto(path);
    return await read(page);
  } finally {
    await context.close();
  }
}

/**
 * The chapters readers get, as editors wrote them, in reading order: a draft (`draft: true`) is
 * checked but never published, so tests expect only the others.
 */
export function publishedChapters(): ChapterOutline[] {
  const folder = new URL('../../content/chapters/', import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => outlineChapter(readFileSync(new URL(file, folder), 'utf8')))
    .filter((outline) => outline.frontmatter.draft !== true)
    .sort((a, b) => Number(a.frontmatter.order) - Number(b.frontmatter.order));
}
