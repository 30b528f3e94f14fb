// Journey: a user answers the precondition check (8 items) and reads the stage diagnosis.
// Rules (004 VI 1.1–1.2): 1.1 No -> stage 0; otherwise 5 or more Yes -> stage 1;
// otherwise (4 or fewer Yes) beyond the typical profile, presumed stage 3. No diagnosis until
// every item is answered.
import { test, expect, TEXT, CONTENT, SOURCE_FILE, ITEMS, citationText } from './fixtures.mjs';

const ja = TEXT.ja;
const outcomes = CONTENT.pre.outcomes;

/** Checks that the diagnosis quotes its passage from pre.json, with the citation. */
async function expectQuotedPassage(selfCheck, outcomeKey, lang = 'ja') {
  const outcome = outcomes[outcomeKey];
  const quote = selfCheck.preDiagnosis.locator('figure.quote');
  await expect(quote).toHaveCount(1);
  const paragraphs = quote.locator('blockquote p');
  await expect(paragraphs).toHaveText(outcome.text.map((text) => text[lang]));
  const citation = quote.locator('figcaption .source');
  await expect(citation).toContainText(SOURCE_FILE);
  await expect(citation).toHaveText(citationText(outcome.source, lang));
}

test.describe('precondition check', () => {
  test.beforeEach(async ({ selfCheck }) => {
    await selfCheck.goto();
  });

  test('starts with nothing answered and no diagnosis', async ({ selfCheck }) => {
    await expect(selfCheck.page.locator('#pre fieldset.question')).toHaveCount(8);
    expect(ITEMS.pre).toHaveLength(8);
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(8));
    await expect(selfCheck.preDiagnosis).toHaveText(ja.diagnosisPending(8));
    await expect(selfCheck.stagePractice).toHaveCount(0);
    for (const id of ITEMS.pre) {
      await expect(selfCheck.radio(id, 'yes')).not.toBeChecked();
      await expect(selfCheck.radio(id, 'no')).not.toBeChecked();
    }
  });

  test('1.1 No with every other item Yes is stage 0, with the stage 0 practice', async ({
    selfCheck,
  }) => {
    await selfCheck.answerAll('pre', ['no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(7, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(ja.stage0);
    await expect(selfCheck.preDiagnosis).toHaveClass(/diagnosis--stage0/);
    await expectQuotedPassage(selfCheck, 'stage0');

    // The stage 0 practice (004 II.5.2 table 4) is shown with the diagnosis.
    await expect(selfCheck.stagePractice).toBeVisible();
    await expect(selfCheck.stagePractice.getByRole('heading', { level: 5 }).first()).toContainText(ja.stage0);
    const stage0 = CONTENT.stages.stages.find((stage) => stage.id === '0');
    await expect(selfCheck.stagePractice.locator('li').first()).toHaveText(stage0.practice[0].ja);
    await expect(selfCheck.stagePractice.locator('.source')).toHaveText(citationText(stage0.source));

    // Stage 0 does not send the user on to the migration checklist.
    await expect(selfCheck.preDiagnosis.locator('a.next-step')).toHaveCount(0);
  });

  test('exactly 5 Yes including 1.1 is stage 1, with a link to the migration checklist', async ({
    selfCheck,
  }) => {
    await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes']);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(5, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(ja.stage1);
    await expect(selfCheck.preDiagnosis).toHaveClass(/diagnosis--stage1/);
    await expectQuotedPassage(selfCheck, 'stage1');
    await expect(selfCheck.stagePractice).toBeVisible();
    await expect(selfCheck.stagePractice.getByRole('heading', { level: 5 }).first()).toContainText(ja.stage1);

    const next = selfCheck.preDiagnosis.locator('a.next-step');
    await expect(next).toHaveText('クラウド移行チェックリストへ進む');
    await expect(next).toHaveAttribute('href', '#mig');
  });

  test('1.1 Yes with only 3 other Yes (4 of 8) is beyond the typical profile, presumed stage 3', async ({
    selfCheck,
  }) => {
    await selfCheck.answerAll('pre', ['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no']);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(4, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(ja.stage3);
    await expect(selfCheck.preDiagnosis).toHaveClass(/diagnosis--stage3/);
    await expectQuotedPassage(selfCheck, 'presumed_stage3');
    await expect(selfCheck.stagePractice).toBeVisible();
    await expect(selfCheck.stagePractice.getByRole('heading', { level: 5 }).first()).toContainText('第3段階');
    await expect(selfCheck.preDiagnosis.locator('a.next-step')).toHaveCount(0);
  });

  test('changing one answer moves the diagnosis across the 5-Yes boundary', async ({
    selfCheck,
  }) => {
    await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes']);
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(ja.stage1);

    await selfCheck.answer('pre-1.8', 'no');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(4, 8));
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(ja.stage3);

    await selfCheck.answer('pre-1.1', 'no');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(3, 8));
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(ja.stage0);
  });

  test('with one item unanswered there is no diagnosis yet', async ({ selfCheck }) => {
    await selfCheck.answerAll('pre', ['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', null]);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(7, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(1));
    await expect(selfCheck.preDiagnosis).toHaveText(ja.diagnosisPending(1));
    await expect(selfCheck.preDiagnosis).toHaveClass(/pending/);
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveCount(0);
    await expect(selfCheck.page.locator('#pre figure.quote')).toHaveCount(0);
    await expect(selfCheck.stagePractice).toHaveCount(0);
  });

  test('the diagnosis reads in English after switching language', async ({ selfCheck }) => {
    const en = TEXT.en;
    await selfCheck.switchLanguage('en');
    await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes']);

    await expect(selfCheck.preScore).toHaveText(en.yesCount(5, 8));
    await expect(selfCheck.preUnanswered).toHaveText(en.unanswered(0));
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(en.stage1);
    await expectQuotedPassage(selfCheck, 'stage1', 'en');
  });
});
