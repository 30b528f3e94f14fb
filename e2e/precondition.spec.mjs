// Journey: a user answers the precondition check (8 items, on home and on #/pre) and reads the
// result. Rules (004 VI 1.1–1.2, PRODUCT.md section 2):
//  - 1.1 No: stage 0, as soon as 1.1 is answered, whatever the other answers (the tool's reading
//    of table 4, marked as such), with the stage 0 practice;
//  - all 8 answered, 1.1 Yes and 5 or more Yes: stage 1 (the tool reads 大半 as 5 of 8, and says
//    so), with the stage 1 practice and a way on to the migration checklist;
//  - all 8 answered, 1.1 Yes and 4 or fewer Yes: outside the profile the checklists were written
//    for. No stage, no stage practice; every No item with its 補足説明, and the two closing
//    paragraphs of VI 1.2.
// Otherwise no result yet.
import { test, expect, TEXT, CONTENT, ITEMS, item, citationText } from './fixtures.mjs';

const ja = TEXT.ja;
const en = TEXT.en;
const outcomes = CONTENT.pre.outcomes;
const readings = CONTENT.pre.readings;
const stage = (id) => CONTENT.stages.stages.find((candidate) => candidate.id === id);

/** Checks that the result quotes its passage from pre.json, with the citation. */
async function expectQuotedPassage(selfCheck, outcomeKey, lang = 'ja') {
  const outcome = outcomes[outcomeKey];
  const quote = selfCheck.preDiagnosis.locator('figure.quote');
  await expect(quote).toHaveCount(1);
  await expect(quote.locator('blockquote p')).toHaveText(outcome.text.map((text) => text[lang]));
  await expect(quote.locator('figcaption .source')).toHaveText(citationText(outcome.source, lang));
}

/** Checks the stage practice shown with a stage result: the stage's practice, gate and source. */
async function expectStagePractice(selfCheck, stageId, lang = 'ja') {
  const practice = selfCheck.stagePractice;
  const content = stage(stageId);
  await expect(practice).toHaveCount(1);
  await expect(practice).toBeVisible();
  await expect(practice).toHaveAttribute('data-stage', stageId);
  await expect(practice.getByRole('heading', { level: 4 }).first()).toContainText(
    content.name[lang],
  );
  // The first list is the practice (with the remarks of table 4); the gate follows it.
  await expect(practice.locator(':scope > ul').first().locator('li:not(.remark)')).toHaveText(
    content.practice.map((text) => text[lang]),
  );
  await expect(practice.locator(':scope > .source')).toHaveText(citationText(content.source, lang));
}

/** Checks the tool's own reading, labelled as such, with the text of pre.json readings. */
async function expectReading(selfCheck, key, lang = 'ja') {
  const reading = selfCheck.preDiagnosis.getByTestId('reading');
  await expect(reading).toHaveCount(1);
  await expect(reading.locator('.reading__label')).toHaveText(TEXT[lang].toolsReading);
  await expect(reading).toHaveText(`${TEXT[lang].toolsReading}${readings[key][lang]}`);
}

test.describe('precondition check', () => {
  test.beforeEach(async ({ selfCheck }) => {
    await selfCheck.goto();
  });

  test('starts with nothing answered and no result', async ({ selfCheck }) => {
    await expect(selfCheck.page.locator('#pre fieldset.question')).toHaveCount(8);
    expect(ITEMS.pre).toHaveLength(8);
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(8));
    await expect(selfCheck.preDiagnosis).toHaveText(ja.diagnosisPending(8));
    await expect(selfCheck.preDiagnosis).not.toHaveAttribute('data-diagnosis', /.*/);
    await expect(selfCheck.preVerdictTitle).toHaveCount(0);
    await expect(selfCheck.stagePractice).toHaveCount(0);
    await expect(selfCheck.reading).toHaveCount(0);
    for (const id of ITEMS.pre) {
      await expect(selfCheck.radio(id, 'yes')).not.toBeChecked();
      await expect(selfCheck.radio(id, 'no')).not.toBeChecked();
    }
  });

  test('stage 0 appears as soon as 1.1 is No, with its reading and the stage 0 practice', async ({
    selfCheck,
  }) => {
    await selfCheck.answer('pre-1.1', 'no');

    // The other seven are unanswered, and the result is already settled.
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(7));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(ja.stage0);
    await expect(selfCheck.preVerdictTitle).toHaveText(ja.stage0);
    // The summary says the other answers do not change it.
    await expect(selfCheck.preDiagnosis).toContainText(ja.stage0Summary);
    await expectReading(selfCheck, 'stage0');
    await expectQuotedPassage(selfCheck, 'stage0');
    await expectStagePractice(selfCheck, '0');
    // Stage 0 does not send the user on to the migration checklist.
    await expect(selfCheck.preDiagnosis.locator('a.next-step')).toHaveCount(0);
    await expect(selfCheck.screenedOut).toHaveCount(0);
  });

  test('stage 0 stays stage 0 whatever the other answers are', async ({ selfCheck }) => {
    await selfCheck.answerAll('pre', ['no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']);
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(7, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
    await expectStagePractice(selfCheck, '0');

    await selfCheck.answerAll('pre', { 'pre-1.2': 'no', 'pre-1.3': 'no', 'pre-1.4': 'no' });
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(4, 8));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(ja.stage0);
  });

  test('exactly 5 Yes including 1.1 is stage 1, with its reading and a link to the migration checklist', async ({
    selfCheck,
  }) => {
    await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes']);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(5, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage1');
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(ja.stage1);
    await expect(selfCheck.preVerdictTitle).toHaveText(ja.stage1);
    await expectReading(selfCheck, 'stage1');
    await expectQuotedPassage(selfCheck, 'stage1');
    await expectStagePractice(selfCheck, '1');
    await expect(selfCheck.screenedOut).toHaveCount(0);

    const next = selfCheck.preDiagnosis.locator('a.next-step');
    await expect(next).toHaveText(ja.goToMigration);
    await expect(next).toHaveAttribute('href', '#/mig');
    await next.click();
    await selfCheck.expectView('mig');
  });

  test('the 4-Yes profile shows no stage and no stage practice, and lists exactly the No items with their notes and the two closing paragraphs', async ({
    selfCheck,
  }) => {
    // 1.1 Yes and three more Yes (1.3, 1.5, 1.7); 1.2, 1.4, 1.6, 1.8 No.
    await selfCheck.answerAll('pre', ['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no']);
    const noItems = ['pre-1.2', 'pre-1.4', 'pre-1.6', 'pre-1.8'];

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(4, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(ja.outside);
    await expect(selfCheck.preVerdictTitle).toHaveText(ja.outside);

    // Not a stage: no stage named, no stage practice, no reading of a stage; the one way on is
    // the stage roadmap, where the reader places themselves (PRODUCT.md section 2).
    await expect(selfCheck.stagePractice).toHaveCount(0);
    // Two readings, each labelled: 「4 or fewer」 rests on 大半 = 5 of 8, and the report's
    // closing advice is linked to this result by the tool, not by the report.
    const shown = selfCheck.preDiagnosis.getByTestId('reading');
    await expect(shown).toHaveCount(2);
    await expect(shown.nth(0)).toHaveText(`${TEXT.ja.toolsReading}${readings.outside_profile.ja}`);
    await expect(shown.nth(0)).toContainText('8項目中5項目以上');
    await expect(shown.nth(1)).toHaveText(`${TEXT.ja.toolsReading}${readings.outside_advice.ja}`);
    await expect(selfCheck.preDiagnosis).not.toContainText(readings.stage1.ja);
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).not.toContainText('段階');
    await expect(selfCheck.preDiagnosis).toContainText('これは段階の診断ではありません。');
    await expect(selfCheck.preDiagnosis.locator('a.next-step')).toHaveCount(1);
    await expect(selfCheck.preDiagnosis.locator('a.next-step')).toHaveAttribute('href', '#/stage');

    // Every No item, in item order, with its question, its 補足説明 and its citation.
    await expect(selfCheck.preDiagnosis.getByRole('heading', { level: 4 }).first()).toHaveText(
      ja.outsideItemsHeading,
    );
    await expect(selfCheck.screenedOutItems).toHaveCount(noItems.length);
    const listed = await selfCheck.screenedOutItems.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-item')),
    );
    expect(listed).toEqual(noItems);
    for (const [index, id] of noItems.entries()) {
      const entry = selfCheck.screenedOutItems.nth(index);
      const content = item(id);
      await expect(entry.locator('.blocker__question')).toHaveText(
        `${content.number}${content.question.ja}`,
      );
      await expect(entry.locator('.guidance__label')).toHaveText(ja.guidance);
      const notes = content.guidance.map((text) => text.ja);
      await expect(entry.locator(notes.length === 1 ? ':scope > p:not([class])' : 'ul > li')).toHaveText(
        notes,
      );
      await expect(entry.locator(':scope > .source')).toHaveText(citationText(content.source));
    }

    // The report's advice: the two closing paragraphs of VI 1.2, quoted.
    expect(outcomes.outside_profile.text).toHaveLength(2);
    await expect(selfCheck.preDiagnosis.getByRole('heading', { level: 4 }).nth(1)).toHaveText(
      ja.outsideAdviceHeading,
    );
    await expectQuotedPassage(selfCheck, 'outside_profile');
  });

  test('changing one answer moves the result across the 5-Yes boundary and to stage 0', async ({
    selfCheck,
  }) => {
    await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes']);
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage1');

    await selfCheck.answer('pre-1.8', 'no');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(4, 8));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
    await expect(selfCheck.stagePractice).toHaveCount(0);
    await expect(selfCheck.screenedOutItems).toHaveCount(4);

    await selfCheck.answer('pre-1.1', 'no');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(3, 8));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(ja.stage0);
    await expect(selfCheck.screenedOut).toHaveCount(0);
    await expectStagePractice(selfCheck, '0');

    await selfCheck.answer('pre-1.1', 'yes');
    await selfCheck.answer('pre-1.8', 'yes');
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage1');
  });

  test('with 1.1 Yes and one item unanswered there is no result yet', async ({ selfCheck }) => {
    await selfCheck.answerAll('pre', ['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', null]);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(7, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(1));
    await expect(selfCheck.preDiagnosis).toHaveText(ja.diagnosisPending(1));
    await expect(selfCheck.preDiagnosis).toHaveClass(/pending/);
    await expect(selfCheck.preDiagnosis).not.toHaveAttribute('data-diagnosis', /.*/);
    await expect(selfCheck.preVerdictTitle).toHaveCount(0);
    await expect(selfCheck.page.locator('#pre .result figure.quote')).toHaveCount(0);
    await expect(selfCheck.stagePractice).toHaveCount(0);
  });

  test('with 1.1 Yes neither stage 1 nor outside-profile settles before all 8 are answered', async ({
    selfCheck,
  }) => {
    // Five Yes already (enough for stage 1 once complete), two left open.
    await selfCheck.answerAll('pre', ['yes', 'yes', 'yes', 'yes', 'yes', 'no', null, null]);
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(5, 8));
    await expect(selfCheck.preDiagnosis).toHaveText(ja.diagnosisPending(2));
    await expect(selfCheck.preVerdictTitle).toHaveCount(0);

    // Four No already (outside-profile once complete if nothing else is Yes), one left open.
    await selfCheck.answerAll('pre', { 'pre-1.2': 'no', 'pre-1.3': 'no', 'pre-1.4': 'no',
      'pre-1.7': 'no' });
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(2, 8));
    await expect(selfCheck.preDiagnosis).toHaveText(ja.diagnosisPending(1));
    await expect(selfCheck.preVerdictTitle).toHaveCount(0);
    await expect(selfCheck.screenedOut).toHaveCount(0);

    await selfCheck.answer('pre-1.8', 'no');
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
    await expect(selfCheck.screenedOutItems).toHaveCount(6);
  });

  test('the result on #/pre is the same as on home', async ({ selfCheck }) => {
    await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes']);
    await selfCheck.open('pre');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(5, 8));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage1');
    await selfCheck.answer('pre-1.2', 'no');
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
    await selfCheck.open('');
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
    await selfCheck.expectAnswers({ 'pre-1.2': 'no' });
  });

  test('the results read in English after switching language', async ({ selfCheck }) => {
    await selfCheck.switchLanguage('en');
    await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes']);

    await expect(selfCheck.preScore).toHaveText(en.yesCount(5, 8));
    await expect(selfCheck.preUnanswered).toHaveText(en.unanswered(0));
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(en.stage1);
    await expectReading(selfCheck, 'stage1', 'en');
    await expectQuotedPassage(selfCheck, 'stage1', 'en');
    await expectStagePractice(selfCheck, '1', 'en');

    await selfCheck.answer('pre-1.2', 'no');
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(en.outside);
    await expectQuotedPassage(selfCheck, 'outside_profile', 'en');
    await expect(selfCheck.screenedOutItems.first().locator('.guidance__label')).toHaveText(
      en.guidance,
    );
    await expect(selfCheck.screenedOutItems.first().locator(':scope > .source')).toHaveText(
      citationText(item('pre-1.2').source, 'en'),
    );

    await selfCheck.answer('pre-1.1', 'no');
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(en.stage0);
    await expect(selfCheck.preDiagnosis).toContainText(en.stage0Summary);
    await expectReading(selfCheck, 'stage0', 'en');
    await expectStagePractice(selfCheck, '0', 'en');
  });

  test('each question cites its section, with its 補足説明 closed behind a disclosure', async ({
    selfCheck,
  }) => {
    for (const id of ITEMS.pre) {
      const content = item(id);
      const guidance = selfCheck.guidance(id);
      await expect(guidance).toHaveCount(1);
      await expect(guidance).not.toHaveAttribute('open', /.*/);
      await expect(guidance.locator('summary')).toHaveText(ja.guidance);
      await expect(guidance.locator('.guidance__body > .source')).toBeHidden();
      await expect(guidance.locator('.guidance__body > .source')).toHaveText(citationText(content.source));
      // No seed file name on the citation line.
      await expect(guidance.locator('.guidance__body > .source')).not.toContainText('.txt');
    }
    await selfCheck.guidance('pre-1.3').locator('summary').click();
    await expect(selfCheck.guidance('pre-1.3')).toHaveAttribute('open', '');
    await expect(selfCheck.guidance('pre-1.3').locator('.guidance__body > .source')).toBeVisible();
    await expect(selfCheck.guidance('pre-1.3').locator('.guidance__body')).toContainText(
      item('pre-1.3').guidance[0].ja,
    );
  });

  test('a checked No on a precondition item is not styled as a warning', async ({
    selfCheck,
  }) => {
    // The precondition items are a profile check: neutral, unlike the migration checklist.
    await expect(selfCheck.question('pre-1.2')).toHaveClass(/question--neutral/);
    await selfCheck.answer('pre-1.2', 'no');
    await selfCheck.answer('pre-1.3', 'yes');
    const style = (locator) =>
      locator.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { border: computed.borderTopColor, background: computed.backgroundColor };
      });
    const preNo = await style(selfCheck.question('pre-1.2').locator('.choice--no'));
    const preYes = await style(selfCheck.question('pre-1.3').locator('.choice--yes'));

    await selfCheck.open('mig');
    await expect(selfCheck.question('mig-4.2')).not.toHaveClass(/question--neutral/);
    await selfCheck.answer('mig-4.2', 'no');
    const migNo = await style(selfCheck.question('mig-4.2').locator('.choice--no'));

    // A No in the migration checklist is a warning; in the precondition check it is drawn as a
    // Yes is.
    expect(migNo.border).not.toEqual(preNo.border);
    expect(migNo.background).not.toEqual(preNo.background);
    expect(preNo).toEqual(preYes);
  });
});
