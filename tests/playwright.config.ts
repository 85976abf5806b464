import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from '../src/lib/cli/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4400);
/** The built site under test; another folder lets two people test side by side. */
const DIST = process.env.E2E_DIST ?? 'dist';
const executablePath = findChromium();

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/playwright',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.output/playwright.json' }]],
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
