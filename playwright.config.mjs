// Playwright configuration for the end-to-end tests of cloud self-check.
// The app is served from dist/ under a sub-path by e2e/serve.mjs, and tested in Debian's
// Chromium (see e2e/chromium.mjs): no browser is downloaded.
import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/chromium.mjs';

// PORT moves it, e.g. where another checkout's tests hold 8181 on a shared machine.
const baseURL = `http://127.0.0.1:${process.env.PORT ?? 8181}/portal/self-check/`;

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
    // The served page registers a service worker (scripts/bundle.mjs); a test that wants it
    // says so (offline.spec.mjs). Elsewhere it would answer requests that tests route.
    serviceWorkers: 'block',
    // A browser set to Japanese, the tool's first audience: on a first visit the tool follows
    // the browser's language (language.spec.mjs sets others).
    locale: 'ja-JP',
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
