// The reader's language on the first visit: a browser set to English opens the tool in
// English, and the choice is kept after that (even against the browser); any other browser
// language opens it in Japanese, the default.
import { test, expect, LANGUAGE_KEY, TEXT } from './fixtures.mjs';

test.describe('a browser set to English', () => {
  test.use({ locale: 'en-US' });

  test('opens in English on the first visit, and keeps the reader\'s choice after', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto('pre');
    expect(await selfCheck.language()).toBe('en');
    await expect(selfCheck.html).toHaveAttribute('lang', 'en');
    await expect(selfCheck.preScore).toHaveText(TEXT.en.yesCount(0, 8));
    await expect.poll(() => selfCheck.storedRaw(LANGUAGE_KEY)).toBe('en');

    await selfCheck.reload();
    expect(await selfCheck.language()).toBe('en');

    // The reader's choice wins over the browser's language from then on.
    await selfCheck.switchLanguage('ja');
    await expect.poll(() => selfCheck.storedRaw(LANGUAGE_KEY)).toBe('ja');
    await selfCheck.reload();
    expect(await selfCheck.language()).toBe('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});

test.describe('a browser set to French', () => {
  test.use({ locale: 'fr-FR' });

  test('opens in Japanese, the default', async ({ selfCheck }) => {
    await selfCheck.goto('pre');
    expect(await selfCheck.language()).toBe('ja');
    await expect(selfCheck.preScore).toHaveText(TEXT.ja.yesCount(0, 8));
  });
});
