// Journey: a user answers the cloud migration checklist (9 items) and learns whether they can
// move on to stage 2, and if not, which items stand in the way (every No, in item order).
import { test, expect, TEXT, CONTENT, ITEMS, item, citationText } from './fixtures.mjs';

const ja = TEXT.ja;

test.describe('cloud migration checklist', () => {
  test.beforeEach(async ({ selfCheck }) => {
    await selfCheck.goto();
  });

  test('starts with nothing answered and no verdict', async ({ selfCheck }) => {
    await expect(selfCheck.page.locator('#mig fieldset.question')).toHaveCount(9);
    expect(ITEMS.mig).toHaveLength(9);
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(0, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(9));
    await expect(selfCheck.migVerdict).toHaveText(ja.migrationPending(9));
    await expect(selfCheck.migBlockers).toHaveCount(0);
  });

  test('all 9 Yes: ready to move to stage 2', async ({ selfCheck }) => {
    await selfCheck.answerAll('mig', 'yes');

    await expect(selfCheck.migScore).toHaveText(ja.yesCount(9, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.migVerdict.locator('.diagnosis__title')).toHaveText(ja.migrationReady);
    await expect(selfCheck.migVerdict).toHaveClass(/diagnosis--ready/);
    await expect(selfCheck.migVerdict).toContainText('9項目すべてが「はい」です。');
    // The verdict quotes the passage it rests on, with its citation.
    const ready = CONTENT.mig.outcomes.ready;
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
    await expect(selfCheck.migVerdict.locator('.diagnosis__title')).toHaveCount(0);
    await expect(selfCheck.migBlockers).toHaveCount(0);
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
    await expect(selfCheck.migVerdict.locator('.diagnosis__title')).toHaveText(
      ja.migrationNotReady,
    );
    await expect(selfCheck.migVerdict).toHaveClass(/diagnosis--not-ready/);
    await expect(selfCheck.migVerdict).toContainText('「いいえ」の項目が2件あります。');

    await expect(selfCheck.migBlockers).toBeVisible();
    await expect(selfCheck.blockerItems).toHaveCount(2);
    const ids = await selfCheck.blockerItems.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-item')),
    );
    expect(ids).toEqual(['mig-4.3', 'mig-4.7']);

    for (const [index, id] of ['mig-4.3', 'mig-4.7'].entries()) {
      const blocker = selfCheck.blockerItems.nth(index);
      const content = item(id);
      await expect(blocker.locator('.blocker__question')).toContainText(content.number);
      await expect(blocker.locator('.blocker__question')).toContainText(content.question.ja);
      await expect(blocker.locator('.guidance__label')).toHaveText(ja.blockerGuidance);
      await expect(blocker.locator('ul > li')).toHaveText(content.guidance.map((g) => g.ja));
      await expect(blocker.locator(':scope > .source')).toHaveText(citationText(content.source));
    }
  });

  test('a blocker disappears once its item is changed to Yes', async ({ selfCheck }) => {
    await selfCheck.answerAll('mig', 'yes');
    await selfCheck.answer('mig-4.3', 'no');
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await expect(selfCheck.blockerItems.first()).toHaveAttribute('data-item', 'mig-4.3');
    await expect(selfCheck.migVerdict.locator('.diagnosis__title')).toHaveText(
      ja.migrationNotReady,
    );

    await selfCheck.answer('mig-4.3', 'yes');
    await expect(selfCheck.migBlockers).toHaveCount(0);
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(9, 9));
    await expect(selfCheck.migVerdict.locator('.diagnosis__title')).toHaveText(ja.migrationReady);
  });
});
