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
//  - a module whose response never comes fails after 20 s, and one with an error status fails
//    at once, with the retry; a module served with another type than application/wasm works;
//  - on the last step of the reader's path, the results' code and every check's words in the
//    reader's language are fetched when the browser is idle, so opening the results needs no
//    request.
import {
  test,
  expect,
  ITEMS,
  loadingStatus as loading,
  failedStatus as failed,
  holdResponses,
  stallResponses,
  expectFailureAfter20Seconds,
  recordChunkRequests,
} from './fixtures.mjs';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
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
  const { requested, release } = await holdResponses(page, '**/split-results-*.wasm');
  await selfCheck.goto('pre');
  await page.evaluate(() => {
    window.location.hash = '#/results';
  });
  await requested();
  await expect(loading(page)).toBeVisible();
  await expect(loading(page)).toHaveAttribute('role', 'status');
  await expect(loading(page)).toHaveText(JAPANESE);
  // The results are not a check: the page is loading.
  await expect(loading(page)).toHaveText('画面を読み込んでいます…');
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
  await expect(failed(page)).toContainText('この画面を読み込めませんでした');
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

test('a module whose response never comes fails after 20 s with the retry, not a loading for ever', async ({
  page,
  selfCheck,
}) => {
  await page.clock.install();
  const answer = await stallResponses(page, '**/split-results-*.wasm');
  await selfCheck.goto('pre');
  await page.evaluate(() => {
    window.location.hash = '#/results';
  });
  await expectFailureAfter20Seconds(page);
  answer();
  await failed(page).locator('[data-chunk-retry]').click();
  await selfCheck.expectView('results');
});

test('the map, a check, says the check is loading; in English, the data view says the page could not be loaded', async ({
  page,
  selfCheck,
}) => {
  await page.route('**/split-map-*.wasm', (route) => route.abort('internetdisconnected'));
  await page.route('**/split-data-*.wasm', (route) => route.abort('internetdisconnected'));
  await selfCheck.goto('pre');
  await page.evaluate(() => {
    window.location.hash = '#/rsp';
  });
  await expect(failed(page)).toContainText('チェックの内容を読み込めませんでした');
  await selfCheck.switchLanguage('en');
  await page.evaluate(() => {
    window.location.hash = '#/data';
  });
  await expect(failed(page)).toHaveText(/This page could not be loaded\./);
});

test('a module served with another type than application/wasm still opens its view', async ({
  page,
  selfCheck,
}) => {
  // Some hosts (a portal, a file share) serve .wasm as a download.
  await page.route('**/split-*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-type': 'application/octet-stream' },
    });
  });
  await selfCheck.goto('pre');
  await selfCheck.open('results');
  await expect(failed(page)).toHaveCount(0);
});

test('a module the server no longer has (an error status) shows the failure, not a loading for ever', async ({
  page,
  selfCheck,
}) => {
  await page.route('**/split-data-*.wasm', (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }),
  );
  await selfCheck.goto('pre');
  await page.evaluate(() => {
    window.location.hash = '#/data';
  });
  await expect(failed(page)).toBeVisible();
  await expect(failed(page).locator('[data-chunk-retry]')).toBeVisible();
});

test('on the last step of the path the results\' code is fetched when idle, and the results open without a request for it', async ({
  page,
  selfCheck,
}) => {
  const modules = recordModules(page);
  const chunks = recordChunkRequests(page);
  await selfCheck.goto('');
  const last = await page.locator('[data-testid="path-steps"] li[data-module]').last().getAttribute('data-module');
  expect(last).toBeTruthy();
  await selfCheck.open(last);
  await expect.poll(() => modules, { timeout: 5_000 }).toContain('results');
  // And the words of every check in the reader's language, which the results show.
  await expect.poll(() => chunks.filter((chunk) => chunk.endsWith('-ja')).length, { timeout: 5_000 }).toBeGreaterThan(3);
  await page.waitForTimeout(500);
  const before = [modules.length, chunks.length];
  await selfCheck.open('results');
  await expect(loading(page)).toHaveCount(0);
  expect(modules.slice(before[0]), 'modules fetched on opening the results').toEqual([]);
  expect(chunks.slice(before[1]), 'chunks fetched on opening the results').toEqual([]);
  expect(chunks.filter((chunk) => chunk.endsWith('-en')), 'chunks of the other language').toEqual([]);
});
