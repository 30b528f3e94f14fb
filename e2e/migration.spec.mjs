// Journey: on #/mig, a user answers the cloud migration checklist (9 items) and learns whether
// they can move on to stage 2, and if not, which items stand in the way (every No, in item
// order). A No settles "not ready" at once, and the verdict says how many items are still open.
// The checklist is written for stage 1 organizations: when the precondition result is stage 0
// or outside the profile, the result says so next to its verdict.
import { test, expect, TEXT, CONTENT, ITEMS, item, citationText } from './fixtures.mjs';

const ja = TEXT.ja;
const en = TEXT.en;
const migOutcomes = CONTENT.mig.outcomes;

/** Expects the scope note ("written for stage 1"), naming the precondition result. */
/**
 * The scope note, with its quote of VI 1.2 (第一段階であれば). When the verdict is "ready", its
 * own quote already holds that sentence, so the note does not repeat it and the verdict's quote
 * must show it instead.
 */
async function expectScopeNote(selfCheck, resultTitle, lang = 'ja', { quotedInVerdict = false } = {}) {
  const note = selfCheck.migScopeNote;
  await expect(note).toBeVisible();
  await expect(note.locator('.scope-note__title')).toHaveText(TEXT[lang].scopeTitle);
  await expect(note).toContainText(TEXT[lang].scopeSummary(resultTitle));
  const quoted = migOutcomes.written_for_stage1;
  const sentences = quoted.text.map((text) => text[lang]);
  if (quotedInVerdict) {
    await expect(note.locator('blockquote')).toHaveCount(0);
    const verdictQuote = selfCheck.migVerdict.locator('blockquote p');
    for (const sentence of sentences) {
      await expect(verdictQuote.filter({ hasText: sentence })).toHaveCount(1);
    }
    return;
  }
  await expect(note.locator('blockquote p')).toHaveText(sentences);
  await expect(note.locator('figcaption .source')).toHaveText(citationText(quoted.source, lang));
}

test.describe('cloud migration checklist', () => {
  test.beforeEach(async ({ selfCheck }) => {
    await selfCheck.goto('mig');
  });

  test('starts with nothing answered and no verdict', async ({ selfCheck }) => {
    await expect(selfCheck.page.locator('#mig fieldset.question')).toHaveCount(9);
    expect(ITEMS.mig).toHaveLength(9);
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(0, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(9));
    await expect(selfCheck.migVerdict).toHaveText(ja.migrationPending(9));
    await expect(selfCheck.migVerdictTitle).toHaveCount(0);
    await expect(selfCheck.migBlockers).toHaveCount(0);
    // No precondition result yet: no note about who the checklist is for.
    await expect(selfCheck.migScopeNote).toHaveCount(0);
  });

  test('all 9 Yes: ready to move to stage 2', async ({ selfCheck }) => {
    await selfCheck.answerAll('mig', 'yes');

    await expect(selfCheck.migScore).toHaveText(ja.yesCount(9, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveText(ja.migrationReady);
    await expect(selfCheck.migVerdictTitle).toHaveText(ja.migrationReady);
    await expect(selfCheck.migVerdict).toHaveClass(/diagnosis--ready/);
    await expect(selfCheck.migVerdict).toContainText(ja.migrationReadySummary);
    // The verdict quotes the passage it rests on, with its citation.
    const ready = migOutcomes.ready;
    await expect(selfCheck.migVerdict.locator('blockquote p')).toHaveText(
      ready.text.map((text) => text.ja),
    );
    await expect(selfCheck.migVerdict.locator('figcaption .source')).toHaveText(
      citationText(ready.source),
    );
    await expect(selfCheck.migBlockers).toHaveCount(0);
  });

  test('some Yes, some unanswered and no No: still pending, no blockers', async ({
    selfCheck,
  }) => {
    await selfCheck.answerAll('mig', ['yes', 'yes', null, 'yes', null, 'yes', 'yes', null, 'yes']);

    await expect(selfCheck.migScore).toHaveText(ja.yesCount(6, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(3));
    await expect(selfCheck.migVerdict).toHaveText(ja.migrationPending(3));
    await expect(selfCheck.migVerdict).toHaveClass(/diagnosis--pending/);
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveCount(0);
    await expect(selfCheck.migVerdictTitle).toHaveCount(0);
    await expect(selfCheck.migBlockers).toHaveCount(0);
  });

  test('one No settles not ready at once, and the verdict says how many items are still unanswered', async ({
    selfCheck,
  }) => {
    await selfCheck.answerAll('mig', { 'mig-4.1': 'yes', 'mig-4.2': 'no' });

    await expect(selfCheck.migScore).toHaveText(ja.yesCount(1, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(7));
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveText(
      ja.migrationNotReady,
    );
    await expect(selfCheck.migVerdictTitle).toHaveText(ja.migrationNotReady);
    await expect(selfCheck.migVerdict).toContainText(ja.migrationNotReadySummary(1));
    await expect(selfCheck.migVerdict).toContainText(ja.migrationRestUnanswered(7));
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await expect(selfCheck.blockerItems.first()).toHaveAttribute('data-item', 'mig-4.2');

    // Answering the rest removes the sentence about open items.
    await selfCheck.answerAll('mig', { 'mig-4.3': 'yes', 'mig-4.4': 'yes', 'mig-4.5': 'yes',
      'mig-4.6': 'yes', 'mig-4.7': 'yes', 'mig-4.8': 'yes' });
    await expect(selfCheck.migVerdict).toContainText(ja.migrationRestUnanswered(1));
    await selfCheck.answer('mig-4.9', 'yes');
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.migVerdict).not.toContainText('未回答');
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveText(
      ja.migrationNotReady,
    );

    await selfCheck.switchLanguage('en');
    await selfCheck.answer('mig-4.9', 'no');
    await expect(selfCheck.migVerdict).toContainText(en.migrationNotReadySummary(2));
    await expect(selfCheck.migVerdict).not.toContainText('unanswered');
  });

  test('No on 4.3 and 4.7: not ready, and the blockers list both in item order with guidance', async ({
    selfCheck,
  }) => {
    // Answer 4.7 before 4.3, so the order on screen must come from the items, not the clicks.
    await selfCheck.answerAll('mig', {
      'mig-4.1': 'yes',
      'mig-4.2': 'yes',
      'mig-4.7': 'no',
      'mig-4.4': 'yes',
    });
    await selfCheck.answer('mig-4.3', 'no');
    await selfCheck.answerAll('mig', {
      'mig-4.5': 'yes',
      'mig-4.6': 'yes',
      'mig-4.8': 'yes',
      'mig-4.9': 'yes',
    });

    await expect(selfCheck.migScore).toHaveText(ja.yesCount(7, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveText(
      ja.migrationNotReady,
    );
    await expect(selfCheck.migVerdict).toHaveClass(/diagnosis--not-ready/);
    await expect(selfCheck.migVerdict).toContainText(ja.migrationNotReadySummary(2));
    const notReady = migOutcomes.not_ready;
    await expect(selfCheck.migVerdict.locator('blockquote p')).toHaveText(
      notReady.text.map((text) => text.ja),
    );
    await expect(selfCheck.migVerdict.locator('figcaption .source')).toHaveText(
      citationText(notReady.source),
    );

    await expect(selfCheck.migBlockers).toBeVisible();
    await expect(selfCheck.blockerItems).toHaveCount(2);
    const ids = await selfCheck.blockerItems.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-item')),
    );
    expect(ids).toEqual(['mig-4.3', 'mig-4.7']);

    for (const [index, id] of ['mig-4.3', 'mig-4.7'].entries()) {
      const blocker = selfCheck.blockerItems.nth(index);
      const content = item(id);
      await expect(blocker.locator('.blocker__question')).toHaveText(
        `${content.number}${content.question.ja}`,
      );
      await expect(blocker.locator('.guidance__label')).toHaveText(ja.blockerGuidance);
      const notes = content.guidance.map((g) => g.ja);
      await expect(
        blocker.locator(notes.length === 1 ? ':scope > p:not([class])' : ':scope > ul > li'),
      ).toHaveText(notes);
      await expect(blocker.locator(':scope > .source')).toHaveText(citationText(content.source));
    }
  });

  test('a blocker disappears once its item is changed to Yes', async ({ selfCheck }) => {
    await selfCheck.answerAll('mig', 'yes');
    await selfCheck.answer('mig-4.3', 'no');
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await expect(selfCheck.blockerItems.first()).toHaveAttribute('data-item', 'mig-4.3');
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveText(
      ja.migrationNotReady,
    );

    await selfCheck.answer('mig-4.3', 'yes');
    await expect(selfCheck.migBlockers).toHaveCount(0);
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(9, 9));
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveText(ja.migrationReady);
  });

  test('a stage 0 result plus 9 migration Yes shows the stage-1 scope note on #/mig', async ({
    selfCheck,
  }) => {
    await selfCheck.open('');
    await selfCheck.answer('pre-1.1', 'no');
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');

    await selfCheck.answerAll('mig', 'yes');
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(9, 9));
    // The verdict stands, and the note is next to it.
    await expect(selfCheck.migVerdictTitle).toHaveText(ja.migrationReady);
    const ready = { quotedInVerdict: true };
    await expectScopeNote(selfCheck, ja.stage0, 'ja', ready);

    await selfCheck.switchLanguage('en');
    await expectScopeNote(selfCheck, en.stage0, 'en', ready);

    // It survives a reload.
    await selfCheck.reload();
    await expectScopeNote(selfCheck, en.stage0, 'en', ready);

    // With a No the verdict quotes only the all-Yes sentence, so the note quotes its own.
    await selfCheck.answer('mig-4.4', 'no');
    await expectScopeNote(selfCheck, en.stage0, 'en');
  });

  test('an outside-profile result shows the scope note on #/mig too', async ({ selfCheck }) => {
    await selfCheck.open('');
    await selfCheck.answerAll('pre', ['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no']);
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
    await selfCheck.open('mig');
    await expectScopeNote(selfCheck, ja.outside);
  });

  test('the scope note is absent for a stage 1 result and while the precondition check is open', async ({
    selfCheck,
  }) => {
    // Precondition check with six of eight answered (1.1 Yes): no result, no note.
    await selfCheck.open('');
    await selfCheck.answerAll('pre', ['yes', 'yes', 'yes', 'no', 'yes', 'no', null, null]);
    await selfCheck.answerAll('mig', 'yes');
    await expect(selfCheck.migVerdictTitle).toHaveText(ja.migrationReady);
    await expect(selfCheck.migScopeNote).toHaveCount(0);

    // Complete it as stage 1: still no note.
    await selfCheck.open('');
    await selfCheck.answerAll('pre', { 'pre-1.7': 'yes', 'pre-1.8': 'yes' });
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage1');
    await selfCheck.open('mig');
    await expect(selfCheck.migVerdictTitle).toHaveText(ja.migrationReady);
    await expect(selfCheck.migScopeNote).toHaveCount(0);

    // Turn it to stage 0: the note appears; back to stage 1: it goes.
    await selfCheck.open('');
    await selfCheck.answer('pre-1.1', 'no');
    await selfCheck.open('mig');
    await expectScopeNote(selfCheck, ja.stage0, 'ja', { quotedInVerdict: true });
    await selfCheck.open('');
    await selfCheck.answer('pre-1.1', 'yes');
    await selfCheck.open('mig');
    await expect(selfCheck.migScopeNote).toHaveCount(0);
  });

  test('each question cites its section in the reader’s language, with its notes behind a disclosure', async ({
    selfCheck,
  }) => {
    for (const id of ITEMS.mig) {
      const guidance = selfCheck.guidance(id);
      await expect(guidance).not.toHaveAttribute('open', /.*/);
      await expect(guidance.locator('summary')).toHaveText(ja.guidance);
      await expect(guidance.locator('.guidance__body > .source')).toHaveText(citationText(item(id).source));
    }
    await selfCheck.switchLanguage('en');
    for (const id of ITEMS.mig) {
      await expect(selfCheck.guidance(id).locator('summary')).toHaveText(en.guidance);
      await expect(selfCheck.guidance(id).locator('.guidance__body > .source')).toHaveText(
        citationText(item(id).source, 'en'),
      );
    }
  });
});
