// Journey: a user answers part of the checklists, leaves, and comes back. Answers are kept in
// this browser's localStorage (key "cloud-self-check", schema version 3), and the chosen language
// apart from them (key "cloud-self-check.language"), whichever view the user comes back to.
// Documents of older schemas are read, and the language they held becomes the preference.
import {
  test,
  expect,
  TEXT,
  STORAGE_KEY,
  LANGUAGE_KEY,
  SCHEMA_VERSION,
  pageTitle,
} from './fixtures.mjs';

const ja = TEXT.ja;
const en = TEXT.en;

const answers = {
  'pre-1.1': 'yes',
  'pre-1.2': 'no',
  'pre-1.3': 'yes',
  'mig-4.3': 'no',
  'mig-4.1': 'yes',
};

/** The answers of the active assessment of the stored document. */
const storedAnswers = (selfCheck) => selfCheck.storedAnswers();

test.describe('persistence', () => {
  test.beforeEach(async ({ selfCheck }) => {
    await selfCheck.goto();
  });

  test('before the first answer the save status says nothing is saved yet, then that it is saved', async ({
    selfCheck,
  }) => {
    await expect(selfCheck.saveStatus).toHaveText(ja.nothingSaved);
    await selfCheck.switchLanguage('en');
    await expect(selfCheck.saveStatus).toHaveText(en.nothingSaved);
    await selfCheck.switchLanguage('ja');
    await selfCheck.answer('pre-1.1', 'yes');
    await expect(selfCheck.saveStatus).toHaveText(ja.saved);
  });

  test('answers are saved, survive a reload on home and on #/mig, and the document has the current schema version', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.answerAll('pre', answers);
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(2, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(5));
    await selfCheck.answerAll('mig', answers);
    await expect(page).toHaveURL(/#\/mig$/);

    await expect(selfCheck.saveStatus).toHaveText(ja.saved);
    await expect(selfCheck.notices).toHaveCount(0);
    await expect.poll(() => storedAnswers(selfCheck)).toEqual(answers);

    const document = await selfCheck.storedDocument();
    expect(document.schema_version).toBe(SCHEMA_VERSION);
    // The language is a preference of its own, not part of the document.
    expect(document).not.toHaveProperty('language');
    expect(await selfCheck.storedRaw(LANGUAGE_KEY)).toBe('ja');
    expect(document.assessments).toHaveLength(1);
    // No other key is written for a normal save: the document and the language preference.
    expect(Object.keys(await selfCheck.storedEntries()).sort()).toEqual(
      [STORAGE_KEY, LANGUAGE_KEY].sort(),
    );

    await expect(selfCheck.migScore).toHaveText(ja.yesCount(1, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(7));

    // Reload on #/mig: the same view, with its answers.
    await selfCheck.reload();
    await selfCheck.expectView('mig');
    await selfCheck.expectAnswers({ 'mig-4.3': 'no', 'mig-4.1': 'yes' });
    await expect(selfCheck.radio('mig-4.2', 'yes')).not.toBeChecked();
    await expect(selfCheck.radio('mig-4.2', 'no')).not.toBeChecked();
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(1, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(7));
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await expect(selfCheck.saveStatus).toHaveText(ja.saved);
    await expect(selfCheck.notices).toHaveCount(0);

    // A fresh load of home: the precondition answers, and both cards.
    await selfCheck.goto();
    await selfCheck.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no', 'pre-1.3': 'yes' });
    await expect(selfCheck.radio('pre-1.4', 'yes')).not.toBeChecked();
    await expect(selfCheck.radio('pre-1.4', 'no')).not.toBeChecked();
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(2, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(5));
    await expect(page.getByTestId('pre-overview-progress')).toHaveText(ja.progress(3, 8));
    await expect(page.getByTestId('mig-overview-progress')).toHaveText(ja.progress(2, 9));
    await expect(selfCheck.saveStatus).toHaveText(ja.saved);
    await expect(selfCheck.notices).toHaveCount(0);
  });

  test('a changed answer replaces the saved one', async ({ selfCheck }) => {
    await selfCheck.answer('pre-1.1', 'yes');
    await expect.poll(() => storedAnswers(selfCheck)).toEqual({ 'pre-1.1': 'yes' });
    await selfCheck.answer('pre-1.1', 'no');
    await expect.poll(() => storedAnswers(selfCheck)).toEqual({ 'pre-1.1': 'no' });
    await expect(selfCheck.saveStatus).toHaveText(ja.saved);

    await selfCheck.reload();
    await selfCheck.expectAnswers({ 'pre-1.1': 'no' });
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
  });

  test('the chosen language is kept, apart from the answers', async ({ page, selfCheck }) => {
    await selfCheck.answerAll('pre', answers);
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(2, 8));

    await selfCheck.switchLanguage('en');
    await expect(page).toHaveTitle(pageTitle('', 'en'));

    // Same answers, now labelled in English.
    await selfCheck.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no', 'pre-1.3': 'yes' });
    await expect(selfCheck.question('pre-1.1').getByLabel('Yes', { exact: true })).toBeChecked();
    await expect(selfCheck.question('pre-1.2').getByLabel('No', { exact: true })).toBeChecked();
    await expect(selfCheck.html).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Cloud self-check');
    await expect(page.locator('h1')).toHaveText('Cloud self-check');
    await expect(selfCheck.preScore).toHaveText(en.yesCount(2, 8));
    await expect(selfCheck.preUnanswered).toHaveText(en.unanswered(5));
    await expect(selfCheck.preDiagnosis).toHaveText(en.diagnosisPending(5));
    await expect(selfCheck.saveStatus).toHaveText(en.saved);
    await expect.poll(() => selfCheck.storedRaw(LANGUAGE_KEY)).toBe('en');
    // The document does not hold it, and switching did not touch the answers.
    expect(await selfCheck.storedDocument()).not.toHaveProperty('language');
    expect(await selfCheck.storedAnswers()).toEqual({
      'pre-1.1': 'yes',
      'pre-1.2': 'no',
      'pre-1.3': 'yes',
    });

    // The language holds on every view, and after a reload of a module view.
    await selfCheck.open('pre');
    await expect(page).toHaveTitle(pageTitle('pre', 'en'));
    await selfCheck.reload();

    await selfCheck.expectView('pre');
    await expect(selfCheck.html).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(pageTitle('pre', 'en'));
    await expect(selfCheck.languageButton('en')).toHaveAttribute('aria-pressed', 'true');
    await expect(selfCheck.languageButton('ja')).toHaveAttribute('aria-pressed', 'false');
    await expect(selfCheck.preScore).toHaveText(en.yesCount(2, 8));
    await selfCheck.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no', 'pre-1.3': 'yes' });
    await expect(selfCheck.question('pre-1.1').getByLabel('Yes', { exact: true })).toBeChecked();

    // And back to Japanese, which is kept too.
    await selfCheck.switchLanguage('ja');
    await expect(page).toHaveTitle(pageTitle('pre', 'ja'));
    await expect.poll(() => selfCheck.storedRaw(LANGUAGE_KEY)).toBe('ja');
    await selfCheck.reload();
    await expect(selfCheck.html).toHaveAttribute('lang', 'ja');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(2, 8));
  });

  test('a valid schema 1 document already in storage is restored as it is, its language becoming the preference', async ({
    page,
    selfCheck,
  }) => {
    const seeded = {
      schema_version: 1,
      language: 'en',
      active: 'a1',
      assessments: [
        {
          id: 'a1',
          name: '',
          created_at: '2026-01-01T00:00:00.000Z',
          answers: {
            'pre-1.1': { answer: 'no' },
            'mig-4.2': { answer: 'yes', note: 'Kept with the answer' },
          },
        },
      ],
    };
    // A browser that holds only the old document (the first load above wrote a preference).
    await page.evaluate(
      ([key, value, languageKey]) => {
        window.localStorage.setItem(key, value);
        window.localStorage.removeItem(languageKey);
      },
      [STORAGE_KEY, JSON.stringify(seeded), LANGUAGE_KEY],
    );
    await selfCheck.reload();

    await expect(selfCheck.html).toHaveAttribute('lang', 'en');
    expect(await selfCheck.storedRaw(LANGUAGE_KEY)).toBe('en');
    await selfCheck.expectAnswers({ 'pre-1.1': 'no' });
    await expect(selfCheck.preScore).toHaveText(en.yesCount(0, 8));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
    await selfCheck.open('mig');
    await selfCheck.expectAnswers({ 'mig-4.2': 'yes' });
    await expect(selfCheck.migScore).toHaveText(en.yesCount(1, 9));
    await expect(selfCheck.notices).toHaveCount(0);
    await expect(selfCheck.saveStatus).toHaveText(en.saved);
    // Restoring does not change what was stored.
    expect(await selfCheck.storedDocument()).toEqual(seeded);
  });

  test('the language of a schema 2 document becomes the preference, unless one is already set', async ({
    page,
    selfCheck,
  }) => {
    const seeded = {
      schema_version: 2,
      language: 'en',
      active: 'a1',
      assessments: [
        {
          id: 'a1',
          name: 'Accounting',
          created_at: '2026-01-01T00:00:00.000Z',
          answers: { 'pre-1.1': { answer: 'yes' } },
          responsibility: {},
        },
      ],
    };
    const seed = (languagePreference) =>
      page.evaluate(
        ([key, value, languageKey, preference]) => {
          window.localStorage.setItem(key, value);
          if (preference === null) window.localStorage.removeItem(languageKey);
          else window.localStorage.setItem(languageKey, preference);
        },
        [STORAGE_KEY, JSON.stringify(seeded), LANGUAGE_KEY, languagePreference],
      );

    // No preference yet: the document's language becomes it.
    await seed(null);
    await selfCheck.reload();
    await expect(selfCheck.html).toHaveAttribute('lang', 'en');
    await expect(selfCheck.preScore).toHaveText(en.yesCount(1, 8));
    expect(await selfCheck.storedRaw(LANGUAGE_KEY)).toBe('en');
    // The next save writes schema 3, without the language.
    await selfCheck.answer('pre-1.2', 'no');
    await expect
      .poll(async () => (await selfCheck.storedDocument())?.schema_version)
      .toBe(SCHEMA_VERSION);
    const saved = await selfCheck.storedDocument();
    expect(saved).not.toHaveProperty('language');
    expect(saved.assessments[0].name).toBe('Accounting');
    expect(await selfCheck.storedAnswers()).toEqual({ 'pre-1.1': 'yes', 'pre-1.2': 'no' });
    await selfCheck.reload();
    await expect(selfCheck.html).toHaveAttribute('lang', 'en');

    // A preference the reader set is not overwritten by an older document's language.
    await seed('ja');
    await selfCheck.reload();
    await expect(selfCheck.html).toHaveAttribute('lang', 'ja');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(1, 8));
    expect(await selfCheck.storedRaw(LANGUAGE_KEY)).toBe('ja');
    await expect(selfCheck.notices).toHaveCount(0);
  });
});
