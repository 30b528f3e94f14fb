// Persistent storage: the app asks the browser to keep its storage (navigator.storage.persist())
// once, after the first answer given in the page, and #/data says whether the browser agreed;
// where it did not, one sentence says how browsers may clear data and that a JSON export is the
// backup. navigator.storage is replaced by a stub that counts the calls and answers as told, so
// both answers are seen; the last test uses Chromium's own.
import { test, expect } from './fixtures.mjs';

/** The sentences of #/data (src/i18n/data.rs). */
const PERSIST = {
  ja: {
    granted:
      'このブラウザは、保存内容を容量不足などで自動的に消さないよう保持すると応じています（永続ストレージ）。',
    notGranted:
      'このブラウザは保存内容の保持を約束していないため（プライベートウィンドウは閉じると消え、Safari は7日間使わなかったサイトのデータを消すことがあり、容量が足りないと消されることもあります）、JSONで書き出したファイルを控えとして保管してください。',
  },
  en: {
    granted:
      'This browser has agreed to keep the saved data and not clear it on its own, for example when space runs short (persistent storage).',
    notGranted:
      "This browser has not promised to keep the saved data (a private window clears it when closed, Safari may clear a site's data after 7 days without a visit, and a browser short of space may clear it), so keep a JSON export as your backup.",
  },
};

/** Replaces navigator.storage with one whose persist() answers `granted`, counting the calls. */
const stubStorage = (page, granted) =>
  page.addInitScript((answer) => {
    let persisted = false;
    window.__persistCalls = 0;
    Object.defineProperty(Navigator.prototype, 'storage', {
      configurable: true,
      get: () => ({
        persisted: async () => persisted,
        persist: async () => {
          window.__persistCalls += 1;
          persisted = answer;
          return answer;
        },
      }),
    });
  }, granted);

const calls = (page) => page.evaluate(() => window.__persistCalls);
const sentence = (page) => page.getByTestId('persistence');

test('persistence is asked once, after the first answer, and the data page says it was granted', async ({
  page,
  selfCheck,
}) => {
  await stubStorage(page, true);
  await selfCheck.goto();
  expect(await calls(page)).toBe(0);
  await selfCheck.open('data');
  await expect(sentence(page)).toHaveText(PERSIST.ja.notGranted);
  expect(await calls(page), 'opening a view is not an answer').toBe(0);

  await selfCheck.open('pre');
  await selfCheck.answer('pre-1.1', 'yes');
  await expect.poll(() => calls(page)).toBe(1);
  await selfCheck.answer('pre-1.2', 'no');
  await selfCheck.answer('pre-1.1', 'no');
  await page.waitForTimeout(200);
  expect(await calls(page), 'asked once').toBe(1);

  await selfCheck.open('data');
  await expect(sentence(page)).toHaveText(PERSIST.ja.granted);
  await expect(sentence(page)).toHaveAttribute('data-persisted', 'true');
  await selfCheck.switchLanguage('en');
  await expect(sentence(page)).toHaveText(PERSIST.en.granted);

  // A page that loads answers already saved does not ask again by itself.
  await selfCheck.reload();
  await page.waitForTimeout(200);
  expect(await calls(page)).toBe(0);
});

test('where the browser does not grant it, the data page says how data may be cleared and that an export is the backup', async ({
  page,
  selfCheck,
}) => {
  await stubStorage(page, false);
  await selfCheck.goto('pre');
  await selfCheck.answer('pre-1.1', 'yes');
  await expect.poll(() => calls(page)).toBe(1);
  await selfCheck.open('data');
  await expect(sentence(page)).toHaveText(PERSIST.ja.notGranted);
  await expect(sentence(page)).toHaveAttribute('data-persisted', 'false');
  await selfCheck.switchLanguage('en');
  await expect(sentence(page)).toHaveText(PERSIST.en.notGranted);
});

test('a browser without navigator.storage gets the sentence on eviction, and no error', async ({
  page,
  selfCheck,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'storage', { configurable: true, get: () => undefined });
  });
  await selfCheck.goto('pre');
  await selfCheck.answer('pre-1.1', 'yes');
  await selfCheck.open('data');
  await expect(sentence(page)).toHaveText(PERSIST.ja.notGranted);
});

test("Chromium's own answer is shown as one of the two sentences", async ({ page, selfCheck }) => {
  await selfCheck.goto('pre');
  await selfCheck.answer('pre-1.1', 'yes');
  await page.waitForTimeout(300);
  // The app asked already; this reads the answer the browser keeps.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await selfCheck.open('data');
  await expect(sentence(page)).toHaveText(
    persisted ? PERSIST.ja.granted : PERSIST.ja.notGranted,
  );
  test.info().annotations.push({ type: 'navigator.storage.persisted()', description: String(persisted) });
});
