// Shared fixtures for the end-to-end tests.
//
// Every test gets:
//  - a guard that records each request the browser context makes and, after the test, fails
//    it if any request went to an origin other than the test server (the app promises that
//    answers never leave the browser, so it must not contact anything else);
//  - a guard that fails the test on any uncaught error in the page (a Rust panic shows up as
//    one);
//  - a guard that fails the test on any Content-Security-Policy violation the browser reports;
//  - a guard that fails the test when the app logs that it read a text whose content chunk was
//    not loaded (a view used a text it did not ask for);
//  - `selfCheck`, the page object (support/page.mjs).
//
// Each test runs in a fresh browser context (Playwright's default), so localStorage starts
// empty unless the test seeds it.
//
// The page object and the data the tests check against live in support/; everything they export
// is exported from here too, so a spec imports all it needs from './fixtures.mjs'.
import { test as base, expect } from '@playwright/test';
import { APP_ORIGIN } from './support/data.mjs';
import { SelfCheck } from './support/page.mjs';

export * from './support/data.mjs';
export * from './support/page.mjs';

export const test = base.extend({
  // Records every request of the context; after the test, none may have left the app origin.
  foreignRequests: [
    async ({ context }, use) => {
      const foreign = [];
      const seen = [];
      context.on('request', (request) => {
        const url = request.url();
        seen.push(url);
        let parsed;
        try {
          parsed = new URL(url);
        } catch {
          foreign.push(url);
          return;
        }
        if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return;
        if (parsed.origin !== APP_ORIGIN) foreign.push(url);
      });
      await use(foreign);
      expect(seen.length, 'the page made no request at all: was it loaded?').toBeGreaterThan(0);
      expect(foreign, `requests to origins other than ${APP_ORIGIN}`).toEqual([]);
    },
    { auto: true },
  ],

  // Collects uncaught page errors; after the test, there must be none.
  pageErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error?.stack ?? error)));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],

  // Collects the browser's reports of Content-Security-Policy violations (Chromium logs each
  // one to the console) from every page of the context; after the test, there must be none.
  // A test that provokes a violation on purpose (to show the policy is in force) sets this.
  cspViolationsExpected: [false, { option: true }],

  cspReports: [
    async ({ context, cspViolationsExpected }, use) => {
      const reports = [];
      const watch = (page) =>
        page.on('console', (message) => {
          if (/Content.Security.Policy/i.test(message.text())) reports.push(message.text());
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(reports);
      if (cspViolationsExpected) return;
      expect(reports, 'Content-Security-Policy violations reported in the console').toEqual([]);
    },
    { auto: true },
  ],

  // Collects the app's console errors saying a text was read from a content chunk that was not
  // loaded (the loader's report of a bug: a view used a text it did not ask for), from
  // every page of the context; after the test, there must be none.
  unloadedChunkReads: [
    async ({ context }, use) => {
      const reads = [];
      const watch = (page) =>
        page.on('console', (message) => {
          if (/content chunk\b.*\bnot loaded/i.test(message.text())) reads.push(message.text());
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(reads);
      expect(reads, 'texts read from content chunks that were not loaded').toEqual([]);
    },
    { auto: true },
  ],

  selfCheck: async ({ page }, use) => {
    await use(new SelfCheck(page));
  },
});

export { expect };
