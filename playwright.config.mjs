// Playwright configuration for the end-to-end tests of cloud self-check.
// The app is served from dist/ under a sub-path by e2e/serve.mjs, and tested in Debian's
// Chromium (see e2e/chromium.mjs): no browser is downloaded.
import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/chromium.mjs';

const baseURL = 'http://127.0.0.1:8181/portal/self-check/';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.mjs',
  // A 2-core machine: one worker, tests run one after another.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium', launchOptions },
    },
  ],
  webServer: {
    command: 'node e2e/serve.mjs',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
