// The crash screen. A Rust panic cannot be caused in the build that ships, so these tests run a
// build of their own (dist-crash/, made by scripts/test.sh with CLOUD_SELF_CHECK_CRASH_TEST set,
// served by e2e/serve.mjs at /portal/crash-test/ on the same origin): in it, the window event
// `cloud-self-check-crash-test` panics, as a bug would. The screen must come in the reader's
// language, offer exactly what is saved as a download, and leave storage as it was.
import { existsSync } from 'node:fs';
import { test, expect, STORAGE_KEY, filledDocument, downloadOf } from './fixtures.mjs';

const CRASH_BUILD = '/portal/crash-test/';

/** The crash screen's text (src/app/crash.rs). */
const CRASH = {
  ja: {
    heading: 'エラーが発生したため、このツールを続けられません',
    kept: 'このブラウザに保存された回答は削除されていません。',
    download: '保存されている内容をダウンロードする（JSON）',
    nothingSaved: 'このブラウザには、ダウンロードできる保存内容がありません。',
  },
  en: {
    heading: 'An error stopped this tool',
    kept: 'The answers saved in this browser have not been deleted.',
    download: 'Download what is saved (JSON)',
    nothingSaved: 'Nothing is saved in this browser to download.',
  },
};

test.beforeAll(() => {
  if (!existsSync('dist-crash/index.html')) {
    throw new Error(
      'dist-crash/ is missing: build it with `CLOUD_SELF_CHECK_CRASH_TEST=1 trunk build --dist dist-crash` (scripts/test.sh does)',
    );
  }
});

/** Makes the crash build panic, and takes the panic out of the page errors the fixture checks. */
async function panic(page, pageErrors) {
  await page.evaluate(() => window.dispatchEvent(new Event('cloud-self-check-crash-test')));
  await expect(page.getByTestId('crash')).toBeVisible();
  // The abort that follows the panic hook is the one error this test expects; any other still
  // fails the test through the shared fixture.
  await expect.poll(() => pageErrors.length).toBe(1);
  expect(pageErrors[0]).toMatch(/unreachable/);
  pageErrors.splice(0);
}

for (const lang of ['ja', 'en']) {
  test(`a panic shows the crash screen in ${lang}, downloads what is saved, and leaves storage as it was`, async ({
    page,
    selfCheck,
    pageErrors,
  }) => {
    test.setTimeout(60_000);
    await page.goto(CRASH_BUILD);
    // Seeding waits for the app: on a first visit it stores the browser's language as the
    // preference once it has read storage, which would overwrite a preference seeded earlier.
    await selfCheck.waitUntilReady();
    await selfCheck.seed(filledDocument(), lang);
    // The app is alive and saving: one more answer goes to storage.
    await page.locator('label[for="pre-1.3-yes"]').click();
    await expect
      .poll(async () => (await selfCheck.storedDocument())?.assessments[0].answers['pre-1.3'])
      .toEqual({ answer: 'yes' });
    const before = await selfCheck.storedEntries();

    await panic(page, pageErrors);
    const t = CRASH[lang];
    const screen = page.getByTestId('crash');
    await expect(screen).toHaveAttribute('lang', lang);
    await expect(screen).toHaveAttribute('role', 'alert');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.heading);
    await expect(page.locator('#crash-heading')).toBeFocused();
    await expect(screen).toContainText(t.kept);
    // The app is gone from the page: nothing of it is left to click.
    await expect(page.locator('fieldset.question')).toHaveCount(0);

    const link = page.getByRole('link', { name: t.download, exact: true });
    const download = await downloadOf(page, () => link.click());
    expect(download.name).toMatch(/^cloud-self-check-saved-\d{4}-\d{2}-\d{2}\.json$/);
    expect(download.text).toBe(before[STORAGE_KEY]);

    // Nothing was written after the panic, nor a moment later.
    expect(await selfCheck.storedEntries()).toEqual(before);
    await page.waitForTimeout(300);
    expect(await selfCheck.storedEntries()).toEqual(before);

    // Reloading brings the app back with every answer, the one given last included.
    await page.reload();
    await selfCheck.waitUntilReady();
    await expect(page.locator('[id="pre-1.3-yes"]')).toBeChecked();
  });
}

test('a panic with nothing saved says so instead of offering a download', async ({
  page,
  selfCheck,
  pageErrors,
}) => {
  // Storage that throws on every read, as a browser with it disabled does.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(CRASH_BUILD);
  await selfCheck.waitUntilReady();
  await panic(page, pageErrors);
  await expect(page.getByTestId('crash')).toContainText(CRASH.ja.nothingSaved);
  await expect(page.locator('#crash-download')).toHaveCount(0);
});
