// The code of the views after the checks (issue 26): the results, the data view, about and the
// glossary, and of the two checks that are not a checklist, the responsibility map and the stage
// guide, are wasm modules of their own (split-<view>-<hash16>.wasm, cut by scripts/split.mjs),
// fetched the first time the view opens. As a reader sees it, as for a check's words
// (chunks.spec.mjs):
//  - the first view fetches none of them;
//  - a view whose code is loading says so (role=status), then shows; opened again, it needs
//    no request;
//  - a module that fails to load shows one sentence and a retry (role=alert), loses no answer,
//    and the retry brings the view;
//  - on the last step of the reader's path, the results' code is fetched when the browser is
//    idle, so opening the results needs no request for it.
import { test, expect, ITEMS } from './fixtures.mjs';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const loading = (page) => page.locator('[data-chunk-status="loading"]');
const failed = (page) => page.locator('[data-chunk-status="failed"]');
// Each route with its module.
const VIEWS = { results: 'results', data: 'data', about: 'about', glossary: 'glossary', rsp: 'map', stage: 'stage' };

/** The view whose module a URL fetches ("results", or "shared" for code the views share). */
const moduleOf = (url) => url.match(/\/split-([a-z-]+)-[0-9a-f]{16}\.wasm$/)?.[1]?.replace(/-\d+$/, '');

function recordModules(page) {
  const modules = [];
  page.on('request', (request) => {
    const module = moduleOf(request.url());
    if (module) modules.push(module);
  });
  return modules;
}

test('the first view fetches no view\'s code; each view fetches its own when first opened, and only once', async ({
  page,
  selfCheck,
}) => {
  const modules = recordModules(page);
  await selfCheck.goto('');
  // Past the idle prefetch of the next check.
  await page.waitForTimeout(1_500);
  expect(modules, 'modules fetched by the first view').toEqual([]);

  for (const [route, module] of Object.entries(VIEWS)) {
    await selfCheck.open(route);
    expect(modules, `modules after opening #/${route}`).toContain(module);
  }
  const fetched = modules.length;
  const own = Object.values(VIEWS);
  expect(modules.filter((module) => own.includes(module)).sort()).toEqual([...own].sort());

  // Each again: shown at once, with no request.
  for (const route of Object.keys(VIEWS)) {
    await selfCheck.open('pre');
    await selfCheck.open(route);
    await expect(loading(page)).toHaveCount(0);
  }
  expect(modules.length, 'modules fetched again').toBe(fetched);
});

test('a view whose code is loading says so, then shows', async ({ page, selfCheck }) => {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let asked = 0;
  await page.route('**/split-results-*.wasm', async (route) => {
    asked += 1;
    await released;
    await route.continue();
  });
  await selfCheck.goto('pre');
  await page.evaluate(() => {
    window.location.hash = '#/results';
  });
  await expect.poll(() => asked).toBeGreaterThan(0);
  await expect(loading(page)).toBeVisible();
  await expect(loading(page)).toHaveAttribute('role', 'status');
  await expect(loading(page)).toHaveText(JAPANESE);
  release();
  await selfCheck.expectView('results');
  await expect(loading(page)).toHaveCount(0);
});

test('a view whose code fails to load shows a retry and loses no answer; the retry brings the view', async ({
  page,
  selfCheck,
}) => {
  const blocked = [];
  await page.route('**/split-results-*.wasm', (route) => {
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const retry = failed(page).locator('button[data-chunk-retry]');

  await selfCheck.goto('pre');
  await selfCheck.answer(ITEMS.pre[0], 'no');
  const answers = { [ITEMS.pre[0]]: 'no' };
  await expect.poll(() => selfCheck.storedAnswers()).toEqual(answers);

  await page.evaluate(() => {
    window.location.hash = '#/results';
  });
  await expect(failed(page)).toBeVisible();
  await expect(failed(page)).toHaveAttribute('role', 'alert');
  await expect(failed(page)).toHaveText(JAPANESE);
  await expect(retry).toBeVisible();
  await expect(selfCheck.resultsView).toHaveCount(0);
  expect(blocked.length).toBeGreaterThan(0);
  expect(await selfCheck.storedAnswers()).toEqual(answers);

  // Refused again, the failure stays; the network back, the retry (keyboard) brings the view.
  const asked = blocked.length;
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => blocked.length).toBeGreaterThan(asked);
  await expect(failed(page)).toBeVisible();
  await page.unroute('**/split-results-*.wasm');
  await retry.focus();
  await page.keyboard.press('Enter');
  await selfCheck.expectView('results');
  await expect(failed(page)).toHaveCount(0);
  expect(await selfCheck.storedAnswers()).toEqual(answers);
  // The results count the answer given before the failure.
  await selfCheck.open('pre');
  await selfCheck.expectAnswers(answers);
});

test('on the last step of the path the results\' code is fetched when idle, and the results open without a request for it', async ({
  page,
  selfCheck,
}) => {
  const modules = recordModules(page);
  await selfCheck.goto('');
  const last = await page.locator('[data-testid="path-steps"] li[data-module]').last().getAttribute('data-module');
  expect(last).toBeTruthy();
  await selfCheck.open(last);
  await expect.poll(() => modules, { timeout: 5_000 }).toContain('results');
  const before = modules.length;
  await selfCheck.open('results');
  await expect(loading(page)).toHaveCount(0);
  expect(modules.slice(before), 'modules fetched on opening the results').toEqual([]);
});
