// Offline after the first visit: the served page registers a service worker (sw.js, written
// by scripts/bundle.mjs for each build) that caches the build's files. With the network off, a
// reload still opens the tool with its answers, and any check in either language (the worker
// caches every content chunk); a new build replaces the worker and its cache
// on the next visit. Served here from a copy of dist/ by a server of the test's own, so the
// test can put a "new build" in place.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { SelfCheck, ITEMS, APP_ORIGIN, CHUNK_FILE, expectChecklistText } from './fixtures.mjs';
import { sendFile } from './static-files.mjs';

const PORT = 8183;
const BASE = '/offline/';
const URL_BASE = `http://127.0.0.1:${PORT}${BASE}`;

test.use({ serviceWorkers: 'allow' });

let root;
let server;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cloud-self-check-offline-'));
  cpSync(resolve('dist'), root, { recursive: true });
  server = createServer(async (request, response) => {
    const url = new URL(request.url, URL_BASE);
    if (!url.pathname.startsWith(BASE)) return response.writeHead(404).end();
    await sendFile(response, root, url.pathname.slice(BASE.length));
  });
  await new Promise((done) => server.listen(PORT, '127.0.0.1', done));
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

/** The caches the page's origin holds, and the script of the worker controlling the page. */
const workerState = (page) =>
  page.evaluate(async () => ({
    caches: await caches.keys(),
    controlled: navigator.serviceWorker.controller !== null,
  }));

const cacheOf = (source) => source.match(/const CACHE = '([^']+)'/)[1];

test('works offline after one visit, and a new build replaces it on the next visit', async ({
  page,
  context,
}) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (/content chunk\b.*\bnot loaded/i.test(message.text())) errors.push(message.text());
  });
  const selfCheck = new SelfCheck(page);
  const firstWorker = readFileSync(join(root, 'sw.js'), 'utf8');
  const firstCache = cacheOf(firstWorker);
  // The worker caches every content chunk of the build, in both languages.
  const chunks = readdirSync(root).filter((name) => CHUNK_FILE.test(name));
  expect(chunks.length).toBeGreaterThan(0);
  const files = JSON.parse(firstWorker.match(/const FILES = (\[.*\]);/)[1]);
  expect(files).toEqual(expect.arrayContaining(chunks.map((name) => `./${name}`)));
  // And the wasm module of every view whose code is split from the first download.
  const modules = readdirSync(root).filter((name) => /^split-[a-z0-9-]+-[0-9a-f]{16}\.wasm$/.test(name));
  expect(modules.length).toBeGreaterThanOrEqual(6);
  expect(files).toEqual(expect.arrayContaining(modules.map((name) => `./${name}`)));

  await page.goto(URL_BASE);
  await selfCheck.waitUntilReady();
  await expect.poll(() => workerState(page), { timeout: 15_000 }).toEqual({
    caches: [firstCache],
    controlled: true,
  });
  await selfCheck.answer(ITEMS.pre[0], 'yes');
  await expect.poll(async () => (await selfCheck.storedAnswers())[ITEMS.pre[0]]).toBe('yes');

  // Network off: the page, its script, stylesheet and wasm come from the worker's cache.
  await context.setOffline(true);
  await selfCheck.reload();
  await selfCheck.expectAnswers({ [ITEMS.pre[0]]: 'yes' });
  await selfCheck.answer(ITEMS.pre[1], 'no');
  // A check whose text is not in the wasm, in both languages, not opened before.
  await selfCheck.open('mig');
  await expectChecklistText(page, 'mig', 'ja');
  await selfCheck.switchLanguage('en');
  await expectChecklistText(page, 'mig', 'en');
  await selfCheck.switchLanguage('ja');
  // The views whose code is a module of its own, not opened before.
  for (const view of ['results', 'data', 'about', 'glossary', 'rsp', 'stage']) await selfCheck.open(view);
  await context.setOffline(false);

  // A new build: another page, so another version of the worker.
  const page2 = readFileSync(join(root, 'index.html'), 'utf8').replace(
    '<meta name="referrer"',
    '<meta name="build" content="second"><meta name="referrer"',
  );
  writeFileSync(join(root, 'index.html'), page2);
  const worker2 = readFileSync(join(root, 'sw.js'), 'utf8').replace(firstCache, 'cloud-self-check-second');
  writeFileSync(join(root, 'sw.js'), worker2);

  // The next visit shows the new build and installs its worker, which drops the old cache.
  await page.goto(URL_BASE);
  await selfCheck.waitUntilReady();
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'second');
  await expect.poll(() => workerState(page), { timeout: 15_000 }).toEqual({
    caches: ['cloud-self-check-second'],
    controlled: true,
  });

  // And offline, the cache now holds the new build.
  await context.setOffline(true);
  await selfCheck.reload();
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'second');
  await selfCheck.expectAnswers({ [ITEMS.pre[0]]: 'yes', [ITEMS.pre[1]]: 'no' });
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test('is not registered from disk, when embedded, or in a frame', async ({ page }) => {
  const registrations = (target) =>
    target.evaluate(() =>
      navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then((all) => all.length) : 0,
    );
  const selfCheck = new SelfCheck(page);

  // From disk a worker cannot even be asked for (file:// has no service workers); the single
  // file carries no code that would try.
  expect(readFileSync(resolve('dist/cloud-self-check.html'), 'utf8')).not.toContain('serviceWorker');
  expect(readFileSync(resolve('dist/embed.js'), 'utf8')).not.toContain('serviceWorker');

  await page.goto(`${APP_ORIGIN}/hosts/hostile.html`);
  await page.addScriptTag({ type: 'module', url: '/portal/self-check/embed.js' });
  await selfCheck.waitUntilReady();
  await page.waitForTimeout(500);
  expect(await registrations(page)).toBe(0);

  await page.goto(`${APP_ORIGIN}/hosts/iframe.html`);
  const frame = page.frames().find((candidate) => candidate.url().includes('/portal/self-check/'));
  await frame.locator('main#main[data-ready="true"]').waitFor();
  await page.waitForTimeout(500);
  expect(await registrations(frame)).toBe(0);
});
