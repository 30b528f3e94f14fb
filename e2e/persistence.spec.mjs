// Journey: a user answers part of the checklists, leaves, and comes back. Answers and the chosen
// language are kept in this browser's localStorage (key "cloud-self-check", schema version 1),
// whichever view the user comes back to.
import { test, expect, TEXT, STORAGE_KEY, SCHEMA_VERSION, pageTitle } from './fixtures.mjs';

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
    expect(document.language).toBe('ja');
    expect(document.assessments).toHaveLength(1);
    // No other key is written for a normal save.
    expect(Object.keys(await selfCheck.storedEntries())).toEqual([STORAGE_KEY]);

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

  test('the chosen language is kept with the answers', async ({ page, selfCheck }) => {
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
    await expect.poll(async () => (await selfCheck.storedDocument())?.language).toBe('en');

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
    await expect.poll(async () => (await selfCheck.storedDocument())?.language).toBe('ja');
    await selfCheck.reload();
    await expect(selfCheck.html).toHaveAttribute('lang', 'ja');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(2, 8));
  });

  test('a valid schema 1 document already in storage is restored as it is', async ({
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
    await page.evaluate(
      ([key, value]) => window.localStorage.setItem(key, value),
      [STORAGE_KEY, JSON.stringify(seeded)],
    );
    await selfCheck.reload();

    await expect(selfCheck.html).toHaveAttribute('lang', 'en');
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
});
