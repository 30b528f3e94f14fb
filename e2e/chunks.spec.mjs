// Content loaded per check (issue 26): the text of each check, per language, is a file of its own
// (content-<chunk>-<lang>-<hash16>.json next to index.html), fetched when the check is opened.
// As a reader sees it:
//  - a check whose text is loading says so, in the reader's language, to screen readers too
//    (role=status);
//  - a text that fails to load shows one sentence and a retry (role=alert), loses no answer,
//    and the retry loads it; a file of another build says the tool was updated and offers a
//    reload; a response that never comes fails after 20 s;
//  - when the browser is idle after start, the next check of the reader's path is fetched, so
//    opening it needs no request;
//  - the first view needs no chunk: the Japanese text of the first views is in the wasm, and
//    no check other than the next one is fetched before it is opened.
// Every test also fails if the app reads a text from a chunk it did not load (fixtures.mjs).
import {
  test,
  expect,
  ITEMS,
  chunkOf,
  expectChecklistText,
  recordChunkRequests,
  loadingStatus as loading,
  failedStatus as failed,
  holdResponses,
  stallResponses,
  expectFailureAfter20Seconds,
  DATA,
} from './fixtures.mjs';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Moves the loaded app to a route by its address, as a link does, without waiting for a view. */
const go = (page, route) =>
  page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);

test('a check whose text is loading says so, in the reader\'s language, then shows it', async ({
  page,
  selfCheck,
}) => {
  const ja = await holdResponses(page, '**/content-mig-ja-*.json');
  const en = await holdResponses(page, '**/content-mig-en-*.json');
  const msrU = await holdResponses(page, '**/content-msr-u-en-*.json');

  await page.goto('./#/mig');
  await ja.requested();
  await expect(loading(page)).toBeVisible();
  await expect(loading(page)).toHaveAttribute('role', 'status');
  await expect(loading(page)).toHaveText(JAPANESE);
  await expect(page.locator('#mig fieldset.question')).toHaveCount(0);

  ja.release();
  await expectChecklistText(page, 'mig', 'ja');
  await expect(loading(page)).toHaveCount(0);

  // A language switch keeps the view, in its language, until the words of the other are
  // loaded (a view may hold what the reader was doing, e.g. an import's preview): no loading
  // message replaces it.
  await selfCheck.languageButton('en').click();
  await en.requested();
  await page.waitForTimeout(300);
  await expect(loading(page)).toHaveCount(0);
  await expectChecklistText(page, 'mig', 'ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  en.release();
  await expectChecklistText(page, 'mig', 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Opening another check in English says it is loading, in English.
  await go(page, 'msr-u');
  await msrU.requested();
  await expect(loading(page)).toBeVisible();
  await expect(loading(page)).toHaveAttribute('role', 'status');
  const sentence = await loading(page).innerText();
  expect(sentence).toMatch(/[A-Za-z]{3}/);
  expect(sentence).not.toMatch(JAPANESE);

  msrU.release();
  await expect(page.locator('#msr-u fieldset.question').first()).toBeVisible();
  await expect(loading(page)).toHaveCount(0);
});

test('a chunk already on its way is not fetched again by a language switch', async ({
  page,
  selfCheck,
}) => {
  const en = await holdResponses(page, '**/content-mig-en-*.json');
  let asked = 0;
  page.on('request', (request) => {
    if (/\/content-mig-en-[0-9a-f]{16}\.json$/.test(request.url())) asked += 1;
  });
  await selfCheck.goto('mig');
  await expectChecklistText(page, 'mig', 'ja');
  // English asked for, and held; back to Japanese (whose words are here), then English again
  // while the first English load is still on its way.
  await selfCheck.languageButton('en').click();
  await en.requested();
  await selfCheck.languageButton('ja').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await selfCheck.languageButton('en').click();
  await page.waitForTimeout(300);
  en.release();
  await expectChecklistText(page, 'mig', 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(asked, 'requests for the English migration check').toBe(1);
});

test('on the data view, backup and snapshots do not wait for the checks\' words; the CSV and the comparison do', async ({
  page,
  selfCheck,
}) => {
  const held = await holdResponses(page, '**/content-msr-u-ja-*.json');
  await selfCheck.goto('pre');
  await selfCheck.answer(ITEMS.pre[0], 'yes');
  await selfCheck.open('data');
  await held.requested();
  await expect(page.locator('#export-json')).toBeVisible();
  await expect(page.locator('#export-csv')).toHaveCount(0);
  await page.locator('#snapshot-label').fill('before');
  await page.getByRole('button', { name: DATA.ja.takeSnapshot, exact: true }).click();
  await expect(page.locator('li[data-snapshot]')).toHaveCount(1);
  const compare = page.locator('.data__compare');
  await expect(compare.locator('#compare-before')).toBeVisible();
  await expect(loading(compare)).toHaveCount(1);
  await expect(page.getByTestId('compare-unchanged')).toHaveCount(0);

  held.release();
  await expect(page.getByTestId('compare-unchanged')).toBeVisible();
  await expect(loading(compare)).toHaveCount(0);
  await expect(page.locator('#export-csv')).toBeVisible();
});

test('a text that fails to load shows a retry and loses no answer; the retry loads it', async ({
  page,
  selfCheck,
}) => {
  const blocked = [];
  await page.route('**/content-mig-*.json', (route) => {
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  // The failure on screen once no request is on its way (the app may try again by itself when
  // the view opens): a retry pressed now is the only thing that can ask again.
  const settled = async () => {
    let last = -1;
    await expect
      .poll(
        async () => {
          const now = blocked.length;
          const still = now === last;
          last = now;
          return still && (await failed(page).isVisible());
        },
        { intervals: [300], message: 'a failure with no request on its way' },
      )
      .toBe(true);
  };
  const retry = failed(page).locator('button[data-chunk-retry]');

  await selfCheck.goto('pre');
  await selfCheck.answer(ITEMS.pre[0], 'yes');
  const answers = { [ITEMS.pre[0]]: 'yes' };
  await expect.poll(() => selfCheck.storedAnswers()).toEqual(answers);

  await go(page, 'mig');
  await expect(failed(page)).toBeVisible();
  await expect(failed(page)).toHaveAttribute('role', 'alert');
  await expect(failed(page)).toHaveText(JAPANESE);
  await expect(retry).toHaveCount(1);
  await expect(retry).toBeVisible();
  await expect(page.locator('#mig fieldset.question')).toHaveCount(0);
  expect(blocked.length).toBeGreaterThan(0);
  // The answers are as they were, in storage and on screen.
  expect(await selfCheck.storedAnswers()).toEqual(answers);
  await page.goBack();
  await selfCheck.expectView('pre');
  await selfCheck.expectAnswers(answers);

  // Back to the check. The retry (keyboard) asks again; refused, the failure stays.
  await page.goForward();
  await settled();
  const asked = blocked.length;
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => blocked.length).toBeGreaterThan(asked);
  await settled();
  await expect(page.locator('#mig fieldset.question')).toHaveCount(0);

  // The network back, the retry loads the text, and answering works.
  await page.unroute('**/content-mig-*.json');
  await retry.focus();
  await page.keyboard.press('Enter');
  await expectChecklistText(page, 'mig', 'ja');
  await expect(failed(page)).toHaveCount(0);
  await selfCheck.answer(ITEMS.mig[0], 'no');
  await expect
    .poll(() => selfCheck.storedAnswers())
    .toEqual({ ...answers, [ITEMS.mig[0]]: 'no' });
});

test('a file of another build says the tool was updated and offers a reload, which brings the check', async ({
  page,
}) => {
  // A deploy replaced the files: the name this build asks for now holds another version.
  let stale = true;
  await page.route('**/content-mig-ja-*.json', async (route) => {
    if (!stale) return route.continue();
    const response = await route.fetch();
    const file = await response.json();
    file.hash = '0000000000000000';
    return route.fulfill({ response, json: file });
  });
  await page.goto('./#/mig');
  await expect(failed(page)).toBeVisible();
  await expect(failed(page)).toHaveAttribute('role', 'alert');
  await expect(failed(page)).toContainText('更新');
  await expect(failed(page).locator('[data-chunk-retry]')).toHaveCount(0);
  const reload = failed(page).locator('[data-chunk-reload]');
  await expect(reload).toBeVisible();
  stale = false;
  await reload.focus();
  await page.keyboard.press('Enter');
  await expectChecklistText(page, 'mig', 'ja');
});

test('a chunk whose response never comes fails after 20 s with the retry, not a loading for ever', async ({
  page,
}) => {
  await page.clock.install();
  const answer = await stallResponses(page, '**/content-mig-ja-*.json');
  await page.goto('./#/mig');
  await expectFailureAfter20Seconds(page);
  answer();
  await failed(page).locator('[data-chunk-retry]').click();
  await expectChecklistText(page, 'mig', 'ja');
});

test('the next check of the path is fetched when the browser is idle, and opens without a request', async ({
  page,
  selfCheck,
}) => {
  const chunks = recordChunkRequests(page);
  await selfCheck.goto('');
  // No click: the app fetches the migration check's Japanese text on its own.
  await expect.poll(() => chunks, { timeout: 5_000 }).toContain('mig-ja');
  const before = chunks.length;

  await selfCheck.open('mig');
  await expectChecklistText(page, 'mig', 'ja');
  await expect(loading(page)).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(chunks.slice(before), 'chunks requested after opening #/mig').not.toContain('mig-ja');
});

for (const route of ['', 'pre']) {
  test(`the first view needs no chunk, and only the next check is fetched early (${route ? `#/${route}` : 'home'})`, async ({
    page,
    selfCheck,
  }) => {
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await selfCheck.goto(route);
    expect(await selfCheck.language()).toBe('ja');
    await expect(page.locator('[data-chunk-status]')).toHaveCount(0);
    await expectChecklistText(page, 'pre', 'ja');
    // Let the idle prefetch happen, and anything that would come after it.
    await expect.poll(() => requests.map(chunkOf), { timeout: 5_000 }).toContain('mig-ja');
    await page.waitForTimeout(1_000);

    const chunks = requests.map(chunkOf).filter(Boolean);
    // What the first view shows is compiled in.
    expect(chunks, 'chunks the first view waited for').not.toContain('pre-ja');
    expect(chunks).not.toContain('core-ja');
    // No check other than the next one (the migration check) is fetched before it is opened.
    const checks = ['pre', 'mig', 'stage', 'rsp', 'set', 'msr-u', 'msr-p', 'life', 'sla'];
    const early = chunks.filter((chunk) => {
      const id = chunk.replace(/-(ja|en)$/, '');
      return checks.includes(id) && chunk !== 'mig-ja';
    });
    expect(early, `chunks of checks not next on the path (all requests: ${requests.join(', ')})`).toEqual([]);
    expect(chunks.filter((chunk) => chunk === 'mig-ja')).toHaveLength(1);
  });
}
