// Journey: the browser's storage is not what the app expects. The app must keep working, tell
// the user (role="alert" notices), and never lose what was stored: an unreadable value is set
// aside under "cloud-self-check.unreadable.<time>" before anything is written.
import { test, expect, TEXT, STORAGE_KEY, SCHEMA_VERSION, BACKUP_KEY_PREFIX, answersOf } from './fixtures.mjs';

const ja = TEXT.ja;

/**
 * Puts a raw value under the app's key before the app's first load. The init script runs on
 * every navigation, so a session flag makes it seed only once: reloads see what the app wrote.
 */
async function seedStorageOnce(page, raw) {
  await page.addInitScript(
    ([key, value]) => {
      if (window.sessionStorage.getItem('e2e-seeded') === null) {
        window.sessionStorage.setItem('e2e-seeded', '1');
        window.localStorage.setItem(key, value);
      }
    },
    [STORAGE_KEY, raw],
  );
}

/** The localStorage keys holding set-aside data, with their values. */
async function backups(selfCheck) {
  const entries = await selfCheck.storedEntries();
  return Object.fromEntries(
    Object.entries(entries).filter(([key]) => key.startsWith(BACKUP_KEY_PREFIX)),
  );
}

test.describe('unreadable or unavailable storage', () => {
  test('data that is not JSON is set aside and the app starts empty', async ({
    page,
    selfCheck,
  }) => {
    await seedStorageOnce(page, 'not json{');
    await selfCheck.goto();

    // The user is told, in an alert, that the data was set aside and under which key.
    await expect(selfCheck.notices).toHaveCount(1);
    const notice = page.getByRole('alert');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('保存されていたデータを読み込めなかったため');
    await expect(notice).toContainText('JSON形式ではありません');
    await expect(notice).toContainText(ja.setAside);
    await expect(notice).toContainText('空の状態で開始しました');

    // The original value is kept, exactly, under one backup key, which the notice names.
    const saved = await backups(selfCheck);
    expect(Object.keys(saved)).toHaveLength(1);
    const [backupKey, backupValue] = Object.entries(saved)[0];
    expect(backupValue).toBe('not json{');
    await expect(notice).toContainText(`「${backupKey}」`);

    // The app starts empty and works.
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(8));
    await expect(page.getByTestId('pre-overview-progress')).toHaveText(ja.notStarted);
    await expect(page.getByTestId('mig-overview-progress')).toHaveText(ja.notStarted);
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);

    await selfCheck.answer('pre-1.1', 'yes');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(1, 8));
    await expect(selfCheck.saveStatus).toHaveText(ja.saved);

    // The main key now holds a valid new document with the answer; the backup is untouched.
    await expect
      .poll(async () => {
        const raw = await selfCheck.storedRaw();
        try {
          return answersOf(JSON.parse(raw));
        } catch {
          return `not JSON: ${raw}`;
        }
      })
      .toEqual({ 'pre-1.1': 'yes' });
    const document = await selfCheck.storedDocument();
    expect(document.schema_version).toBe(SCHEMA_VERSION);
    expect(await backups(selfCheck)).toEqual({ [backupKey]: 'not json{' });

    // The notice stays in sight on the other views until it is dismissed.
    await selfCheck.open('mig');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(`「${backupKey}」`);
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
    await selfCheck.open('');

    // The notice can be dismissed.
    await notice.getByRole('button', { name: ja.dismiss }).click();
    await expect(selfCheck.notices).toHaveCount(0);

    // After a reload the new document is read normally: no notice, the answer is back.
    await selfCheck.reload();
    await expect(selfCheck.notices).toHaveCount(0);
    await selfCheck.expectAnswers({ 'pre-1.1': 'yes' });
    expect(await backups(selfCheck)).toEqual({ [backupKey]: 'not json{' });
  });

  test('unreadable data met on a fresh load of #/mig is set aside the same way', async ({
    page,
    selfCheck,
  }) => {
    const truncated = '{"schema_version":1,"language":"en","active":"a1","assessments":[{"id"';
    await seedStorageOnce(page, truncated);
    await selfCheck.goto('mig');

    const notice = page.getByRole('alert');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(ja.setAside);
    const saved = await backups(selfCheck);
    expect(Object.values(saved)).toEqual([truncated]);
    await expect(notice).toContainText(`「${Object.keys(saved)[0]}」`);
    // The view asked for is shown, empty and working.
    await selfCheck.expectView('mig');
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(0, 9));
    await selfCheck.answer('mig-4.1', 'no');
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await expect.poll(() => selfCheck.storedAnswers()).toEqual({ 'mig-4.1': 'no' });
    expect(await backups(selfCheck)).toEqual(saved);
  });

  test('a document from a future schema version is set aside, and the notice says why', async ({
    page,
    selfCheck,
  }) => {
    const future = '{"schema_version":99}';
    await seedStorageOnce(page, future);
    await selfCheck.goto();

    const notice = page.getByRole('alert');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(ja.unsupportedVersion);
    await expect(notice).toContainText('スキーマ99');

    const saved = await backups(selfCheck);
    expect(Object.values(saved)).toEqual([future]);
    await expect(notice).toContainText(Object.keys(saved)[0]);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
    await selfCheck.answerAll('mig', { 'mig-4.1': 'yes' });
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(1, 9));
    await expect(notice).toHaveCount(1);
    await expect
      .poll(async () => (await selfCheck.storedDocument())?.schema_version)
      .toBe(SCHEMA_VERSION);

    // The notice follows the language too.
    await selfCheck.switchLanguage('en');
    await expect(notice).toContainText(TEXT.en.unsupportedVersion);
    await expect(notice).toContainText('schema 99');
  });

  test('with localStorage disabled the app works in the tab and says nothing is saved', async ({
    page,
    selfCheck,
  }) => {
    // As in browsers where site data is blocked: touching window.localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await selfCheck.goto();

    await expect(selfCheck.notices).toHaveCount(1);
    await expect(page.getByRole('alert')).toContainText(ja.storageUnavailable);
    await expect(selfCheck.saveStatus).toHaveText(ja.notSaved);

    await selfCheck.answerAll('pre', ['yes', 'yes', 'yes', 'yes', 'yes', 'no', 'no', 'no']);
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(5, 8));
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(ja.stage1);
    await selfCheck.answerAll('mig', { 'mig-4.2': 'no' });
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await expect(selfCheck.saveStatus).toHaveText(ja.notSaved);
    await expect(selfCheck.notices).toHaveCount(1);

    await selfCheck.switchLanguage('en');
    await expect(selfCheck.saveStatus).toHaveText(TEXT.en.notSaved);
    await expect(page.getByRole('alert')).toContainText(TEXT.en.storageUnavailable);
    await expect(selfCheck.migScore).toHaveText(TEXT.en.yesCount(0, 9));
    // Moving between views keeps the answers held in memory.
    await selfCheck.open('');
    await expect(selfCheck.preScore).toHaveText(TEXT.en.yesCount(5, 8));
    await expect(page.getByTestId('mig-overview-progress')).toHaveText(TEXT.en.progress(1, 9));
    await expect(selfCheck.notices).toHaveCount(1);
  });

  test('when writes are refused (quota exceeded) the user is told and answers stay in the tab', async ({
    page,
    selfCheck,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await selfCheck.goto();

    const notice = page.getByRole('alert');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(ja.writeFailed);
    await expect(selfCheck.saveStatus).toHaveText(ja.notSaved);

    await selfCheck.answer('pre-1.1', 'yes');
    await selfCheck.answer('pre-1.2', 'no');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(1, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(6));
    await selfCheck.answerAll('mig', { 'mig-4.9': 'no' });
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await selfCheck.expectAnswers({ 'mig-4.9': 'no' });
    await selfCheck.open('pre');
    await selfCheck.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no' });

    // Still not saved, and still a single notice however many writes failed.
    await expect(selfCheck.saveStatus).toHaveText(ja.notSaved);
    await expect(notice).toHaveCount(1);
    expect(await selfCheck.storedRaw()).toBeNull();
  });

  // Writes that cannot half-fail: the quota runs out on the Nth write after the first answer is
  // saved. The last good document must still be what a later load reads, whole, with no notice
  // of damage.
  for (const failingWrite of [1, 2, 3]) {
    test(`when the quota runs out on write ${failingWrite} after the first save, the last good document is read on the next load`, async ({
      page,
      selfCheck,
    }) => {
      // The fault is installed on the first load of the tab only (a session flag), so the reload
      // below sees the browser as it is, and it counts only once armed: the app also writes on
      // load (the empty document, the language), before anything is answered.
      await page.addInitScript(() => {
        if (window.sessionStorage.getItem('e2e-quota-fault') !== null) return;
        window.sessionStorage.setItem('e2e-quota-fault', '1');
        const original = Storage.prototype.setItem;
        let failing = null;
        let writes = 0;
        window.e2eArmQuotaFault = (n) => {
          failing = n;
        };
        Storage.prototype.setItem = function setItem(name, value) {
          if (this === window.localStorage && failing !== null) {
            writes += 1;
            // The quota stays exhausted from the failing write on.
            if (writes >= failing) {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            }
          }
          original.call(this, name, value);
        };
      });
      await selfCheck.goto();

      const sequence = [
        ['pre-1.1', 'yes'],
        ['pre-1.2', 'no'],
        ['pre-1.3', 'yes'],
        ['pre-1.4', 'no'],
        ['pre-1.5', 'yes'],
        ['pre-1.6', 'no'],
      ];
      // The first save, then the writes that still succeed: each is stored as it is answered.
      const good = {};
      for (const [index, [id, answer]] of sequence.slice(0, failingWrite).entries()) {
        await selfCheck.answer(id, answer);
        good[id] = answer;
        await expect.poll(() => selfCheck.storedAnswers()).toEqual(good);
        if (index === 0) await page.evaluate((n) => window.e2eArmQuotaFault(n), failingWrite);
      }
      await expect(selfCheck.saveStatus).toHaveText(ja.saved);
      await expect(selfCheck.notices).toHaveCount(0);

      // The failing write, and answers after it: kept in the tab, not saved.
      const later = Object.fromEntries(sequence.slice(failingWrite));
      await selfCheck.answer(...sequence[failingWrite]);
      await expect(page.getByRole('alert')).toContainText(ja.writeFailed);
      for (const [id, answer] of sequence.slice(failingWrite + 1)) {
        await selfCheck.answer(id, answer);
      }
      await selfCheck.expectAnswers({ ...good, ...later });
      await expect(selfCheck.saveStatus).toHaveText(ja.notSaved);
      expect(await selfCheck.storedAnswers()).toEqual(good);

      // The next load, with storage working again: the last good document, whole.
      await selfCheck.reload();
      await selfCheck.expectAnswers(good);
      for (const id of Object.keys(later)) {
        await expect(selfCheck.radio(id, 'yes')).not.toBeChecked();
        await expect(selfCheck.radio(id, 'no')).not.toBeChecked();
      }
      await expect(selfCheck.notices).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(selfCheck.saveStatus).toHaveText(ja.saved);
      expect(Object.keys(await backups(selfCheck))).toEqual([]);
      expect(await selfCheck.storedAnswers()).toEqual(good);
    });
  }

  test('unreadable data that cannot be set aside is left alone and saving stops', async ({
    page,
    selfCheck,
  }) => {
    // Seed a damaged value, then refuse every write (so the backup cannot be made either).
    await page.addInitScript(
      ([key]) => {
        window.localStorage.setItem(key, 'garbage');
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
      [STORAGE_KEY],
    );
    await selfCheck.goto();

    const notice = page.getByRole('alert');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('退避もできなかったため');
    await expect(selfCheck.saveStatus).toHaveText(ja.notSaved);

    await selfCheck.answer('pre-1.1', 'no');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(7));
    await expect(selfCheck.saveStatus).toHaveText(ja.notSaved);
    // The original is untouched and nothing else was written.
    expect(await selfCheck.storedEntries()).toEqual({ [STORAGE_KEY]: 'garbage' });
  });
});
