/**
 * How long an editor waits in the live preview: a warm page, a page after a save, and a content
 * mistake after a save. Each measure is a poll of the page until it shows what the save changed,
 * so it counts the content layer's reload and the render, as the editor sees them.
 */
import { performance } from 'node:perf_hooks';

export interface PageLoad {
  status: number;
  body: string;
  seconds: number;
}

/** One page, read to its last byte: a preview page streams, so the first byte says little. */
export async function loadPage(url: string): Promise<PageLoad> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  const body = await response.text();
  return { status: response.status, body, seconds: (performance.now() - started) / 1000 };
}

/**
 * Seconds from `since` until the page answers as `shows` wants (the edit's words, or the
 * problem report). Undefined when it never did within `limitSeconds`.
 */
export async function secondsUntil(url: string, shows: (page: PageLoad) => boolean, since: number, limitSeconds = 60): Promise<number | undefined> {
  while ((performance.now() - since) / 1000 < limitSeconds) {
    const page = await loadPage(url).catch(() => undefined);
    if (page && shows(page)) return (performance.now() - since) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

export const PREVIEW_BUDGETS = {
  /** The explainer page, after a save, idle machine. */
  explainerAfterSave: 3,
  /** A chapter page, after a save, idle machine. */
  chapterAfterSave: 2,
  /** A content mistake, from the save to the page showing the report. */
  problemShown: 2,
} as const;
