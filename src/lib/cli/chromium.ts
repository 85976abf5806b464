/**
 * Finds a Chromium for Playwright. Returns undefined when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's package chromium-headless-shell: the same Blink as Debian's Chromium without the
 * browser around it, which is what Playwright itself runs for headless tests. On the 2-core
 * machines here it ran the same browser tests in about two thirds of the time.
 */
export const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/** The whole browser, as readers run it (for the benchmark): CHROMIUM_PATH, Debian's, Playwright's. */
export function findChromium(): string | undefined {
  return firstPresent([process.env.CHROMIUM_PATH, DEBIAN_CHROMIUM]);
}

/**
 * The browser for the browser tests: CHROMIUM_PATH, then Debian's headless shell, then Debian's
 * Chromium, then Playwright's own download.
 */
export function findTestBrowser(): string | undefined {
  return firstPresent([process.env.CHROMIUM_PATH, DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM]);
}

function firstPresent(candidates: (string | undefined)[]): string | undefined {
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright throws when its browser was never downloaded.
  }
  return undefined;
}

/** Flags for a headless Chromium on a machine with no GPU, no sandbox and a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
