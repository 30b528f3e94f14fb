// The stage roadmap (#/stage): the current stage comes from the precondition check; where it
// gives none (outside the profile), the reader places themselves, and the placement counts only
// with a reason; every stage shows its practice and the gate to the next, under the report's
// notes on the stages (II.5.2).
import { test, expect, CONTENT, citationText } from './fixtures.mjs';

test('outside the profile, the reader places themselves with a reason, and a reload keeps it', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto();
  // 1.1 Yes and three more Yes: outside the profile, no stage.
  await selfCheck.answerAll('pre', ['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no']);
  await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
  await page.getByRole('link', { name: '「各段階における詳細な手順・評価」を開いて、自分で段階を選ぶ' }).click();
  await selfCheck.expectView('stage');

  const current = page.getByTestId('stage-current');
  await expect(current).not.toHaveAttribute('data-stage', /./);
  const stages = page.locator('.stages__list > li');
  await expect(stages).toHaveCount(CONTENT.stages.stages.length);
  await expect(page.locator('.stages__list > li[aria-current="step"]')).toHaveCount(0);

  // Choosing a stage without a reason: a clear message, and no current stage yet.
  await page.getByLabel('第3段階', { exact: false }).check();
  await expect(page.locator('#stage-reason')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#stage-reason-message')).toBeVisible();
  await expect(current).not.toHaveAttribute('data-stage', /./);

  await page.locator('#stage-reason').fill('ISMS認証を取得し、社内に専門家がいる');
  await expect(current).toHaveAttribute('data-stage', '3');
  await expect(current).toContainText('自分で選んだ段階');
  await expect(page.locator('.stages__list > li[data-stage="3"]')).toHaveAttribute('aria-current', 'step');
  // Each stage shows its practice and the gate to the next, as table 4 and II.6 give them.
  const third = CONTENT.stages.stages.find((s) => s.id === '3');
  await expect(page.locator('.stages__list > li[data-stage="3"]')).toContainText(third.practice[0].ja);

  await selfCheck.reload();
  await expect(current).toHaveAttribute('data-stage', '3');
  await expect(page.locator('#stage-reason')).toHaveValue('ISMS認証を取得し、社内に専門家がいる');
  await selfCheck.open('');
  await expect(page.getByTestId('stage-overview-progress')).toContainText('第3段階');
});

test('a stage 1 diagnosis is the current stage until the reader chooses otherwise', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto();
  await selfCheck.answerAll('pre', 'yes');
  await selfCheck.open('stage');
  const current = page.getByTestId('stage-current');
  await expect(current).toHaveAttribute('data-stage', '1');
  await expect(current).toContainText('前提条件チェックの結果');
  await page.getByLabel('第2段階', { exact: false }).check();
  await page.locator('#stage-reason').fill('メールはすでにクラウドで運用している');
  await expect(current).toHaveAttribute('data-stage', '2');
  await page.getByRole('button', { name: '前提条件チェックの結果に戻す' }).click();
  await expect(current).toHaveAttribute('data-stage', '1');
});

test('the roadmap shows the report notes on the stages, cited, and nests what II.6.3 nests', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto('stage');
  const notes = page.getByTestId('stage-notes');
  const quoted = CONTENT.stages.notes;
  await expect(notes.locator('blockquote li')).toHaveCount(quoted.text.length);
  for (const note of quoted.text) await expect(notes).toContainText(note.ja);
  await expect(notes).toContainText('各段階は最低でも1年以上実施する事が望ましい');
  await expect(notes.locator('.source')).toHaveText(citationText(quoted.source, 'ja'));
  // The notes come before the stages, as in II.5.2 before table 4.
  const before = await notes.evaluate((element) =>
    Boolean(element.compareDocumentPosition(document.querySelector('.stages__list')) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  expect(before).toBe(true);

  // Stage 2's detail: two bullets nested under the bullets they belong to, not beside them.
  const second = page.locator('.stages__list > li[data-stage="2"]');
  await second.locator('details.guidance > summary').click();
  const nested = second.locator('details.guidance li > ul > li');
  await expect(nested).toHaveCount(2);
  const stage2 = CONTENT.stages.stages.find((stage) => stage.id === '2');
  const parents = stage2.detail.flatMap((group) => group.bullets).filter((bullet) => bullet.sub);
  expect(parents).toHaveLength(2);
  for (const [index, parent] of parents.entries()) {
    await expect(nested.nth(index)).toHaveText(parent.sub[0].ja);
    await expect(nested.nth(index).locator('xpath=../..')).toContainText(parent.ja);
  }

  await selfCheck.switchLanguage('en');
  await expect(notes).toContainText(quoted.text[4].en);
  await expect(notes.locator('.source')).toHaveText(citationText(quoted.source, 'en'));
  await expect(nested.first()).toHaveText(parents[0].sub[0].en);
});
