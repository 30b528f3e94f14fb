// The single-file build (dist/cloud-self-check.html, written by scripts/bundle.mjs): opened
// from disk by a file:// URL with every network request refused, it runs, keeps the answers of
// the precondition check across a reload, opens checks whose text is not in the wasm from the
// content chunks it carries and the views whose code is a module of its own from the modules it
// carries, and carries a policy that allows only its own inline script and
// style, by hash.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import {
  SelfCheck,
  ITEMS,
  STORAGE_KEY,
  TEXT,
  CHUNK_FILE,
  chunkOf,
  expectChecklistText,
} from './fixtures.mjs';

const FILE = resolve('dist/cloud-self-check.html');
const FILE_URL = pathToFileURL(FILE).href;

/** Refuses every request that is not for the file itself (or data: in it), and records it. */
async function networkOff(context) {
  const refused = [];
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  return { refused, requested };
}

/**
 * Uncaught errors, policy violations and texts read from content chunks that were not loaded,
 * for the end of the test.
 */
function watch(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`error: ${error}`));
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to|content chunk\b.*\bnot loaded/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  return problems;
}

test.describe('the single file', () => {
  test('carries everything inline and a hash-only policy', () => {
    const html = readFileSync(FILE, 'utf8');
    // Nothing is fetched: no src= or href= to another file.
    expect(html).not.toMatch(/\s(src|href)="\.?\/?[\w-]+\.(js|css|wasm|svg)"/);
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
    expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'; style-src 'sha256-[^']+'; img-src data:; base-uri 'none'; form-action 'none'$/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'self'");
  });

  test('carries every content chunk of the build as a data block of the same JSON', () => {
    const html = readFileSync(FILE, 'utf8');
    const files = readdirSync(resolve('dist'))
      .filter((name) => CHUNK_FILE.test(name))
      .sort();
    // Every check in both languages: at least the migration check's two.
    expect(files.map((name) => chunkOf(`file:///${name}`))).toEqual(
      expect.arrayContaining(['mig-ja', 'mig-en']),
    );
    const blocks = [
      ...html.matchAll(/<script type="application\/json" data-content-chunk="([^"]+)">([^]*?)<\/script>/g),
    ];
    expect(blocks.map((block) => block[1]).sort()).toEqual(files);
    for (const [, name, json] of blocks) {
      // A `<` could end the block or open a comment in it; it is escaped as \u003c.
      expect(json, name).not.toContain('<');
      expect(JSON.parse(json), name).toEqual(JSON.parse(readFileSync(join('dist', name), 'utf8')));
    }
  });

  test('opens a check whose text is not in the wasm, in both languages, with no request', async ({
    page,
    context,
  }) => {
    const { refused, requested } = await networkOff(context);
    const problems = watch(page);
    const selfCheck = new SelfCheck(page);

    await page.goto(FILE_URL);
    await selfCheck.waitUntilReady();
    await selfCheck.open('mig');
    await expectChecklistText(page, 'mig', 'ja');
    await selfCheck.answer(ITEMS.mig[0], 'yes');
    await selfCheck.switchLanguage('en');
    await expectChecklistText(page, 'mig', 'en');
    await selfCheck.expectAnswers({ [ITEMS.mig[0]]: 'yes' });
    await selfCheck.open('pre');
    await expectChecklistText(page, 'pre', 'en');
    await expect(page.locator('[data-chunk-status]')).toHaveCount(0);

    expect(requested.filter((url) => chunkOf(url)), 'content chunks requested').toEqual([]);
    expect(refused, 'requests the file made to the network').toEqual([]);
    expect(problems, 'errors and policy violations').toEqual([]);
  });

  test('carries every split module of the build as a data block of the same bytes', () => {
    const html = readFileSync(FILE, 'utf8');
    const files = readdirSync(resolve('dist'))
      .filter((name) => /^split-[a-z0-9-]+-[0-9a-f]{16}\.wasm$/.test(name))
      .sort();
    expect(files.length, 'split modules in dist/').toBeGreaterThanOrEqual(6);
    const blocks = [
      ...html.matchAll(/<script type="application\/octet-stream" data-wasm-split="([^"]+)">([^<]*)<\/script>/g),
    ];
    expect(blocks.map((block) => block[1]).sort()).toEqual(files);
    for (const [, name, encoded] of blocks) {
      expect(Buffer.from(encoded.trim(), 'base64').equals(readFileSync(join('dist', name))), name).toBe(true);
    }
  });

  test('opens the views whose code is a module of its own, with no request', async ({
    page,
    context,
  }) => {
    const { refused, requested } = await networkOff(context);
    const problems = watch(page);
    const selfCheck = new SelfCheck(page);

    await page.goto(FILE_URL);
    await selfCheck.waitUntilReady();
    for (const view of ['results', 'data', 'about', 'glossary', 'rsp', 'stage']) {
      await selfCheck.open(view);
      await expect(page.locator('[data-chunk-status]')).toHaveCount(0);
    }

    expect(requested.filter((url) => /\.wasm$/.test(url)), 'wasm requested').toEqual([]);
    expect(refused, 'requests the file made to the network').toEqual([]);
    expect(problems, 'errors and policy violations').toEqual([]);
  });

  test('works from disk with the network off: answers survive a reload', async ({
    page,
    context,
  }) => {
    const { refused, requested } = await networkOff(context);
    const problems = watch(page);
    const selfCheck = new SelfCheck(page);

    await page.goto(FILE_URL);
    await selfCheck.waitUntilReady();
    await expect(page).toHaveTitle('クラウド利用セルフチェック');
    const answers = ['yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes', 'no'];
    await selfCheck.answerAll('pre', answers);
    const expected = Object.fromEntries(ITEMS.pre.map((id, index) => [id, answers[index]]));
    await expect.poll(() => selfCheck.storedAnswers()).toEqual(expected);
    await page.screenshot({ path: 'test-results/single-file.png', fullPage: false });

    await selfCheck.reload();
    await selfCheck.expectAnswers(expected);
    await expect(selfCheck.preScore).toHaveText(TEXT.ja.yesCount(5, 8));

    expect(await page.evaluate((key) => localStorage.getItem(key) !== null, STORAGE_KEY)).toBe(true);
    expect(refused, 'requests the file made to the network').toEqual([]);
    expect(requested.every((url) => url.startsWith('file:') || url.startsWith('data:'))).toBe(true);
    expect(problems, 'errors and policy violations').toEqual([]);
  });
});
