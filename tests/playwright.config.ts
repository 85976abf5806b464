import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findTestBrowser } from '../src/lib/cli/chromium.ts';

/**
 * Two suites: the explainer (`e2e/`, against dist/) and, with E2E_SUITE=second, the second
 * explainer built from tests/fixtures/second-explainer with the same kit (`e2e-second/`).
 */
const SECOND = process.env.E2E_SUITE === 'second';
const PORT = Number(process.env.E2E_PORT ?? (SECOND ? 4410 : 4400));
/** The built site under test; another folder lets two people test side by side. */
const DIST = process.env.E2E_DIST ?? (SECOND ? 'tests/.output/second-dist' : 'dist');
const executablePath = findTestBrowser();

export default defineConfig({
  testDir: SECOND ? './e2e-second' : './e2e',
  outputDir: './.output/playwright',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: SECOND ? '.output/playwright-second.json' : '.output/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
  },
  webServer: {
    // The built site, served with the headers from netlify.toml: never the dev server.
    command: `node --experimental-strip-types src/lib/cli/serve.ts --port ${PORT} --dir ${DIST}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
