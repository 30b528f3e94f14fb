// Two tabs of the app open at once, on the same or on different views: answers given in either
// tab survive, because each tab takes the document the other saves instead of writing over it
// with its own older copy.
import { test, expect, SelfCheck, ITEMS, TEXT } from './fixtures.mjs';

const ja = TEXT.ja;

test('answers given in two tabs are all kept', async ({ context, selfCheck: first }) => {
  await first.goto();
  const secondPage = await context.newPage();
  const errors = [];
  secondPage.on('pageerror', (error) => errors.push(String(error)));
  const second = new SelfCheck(secondPage);
  await second.goto();

  await first.answer('pre-1.1', 'yes');
  // The other tab shows the answer without a reload, on the checklist and on the card.
  await second.expectAnswers({ 'pre-1.1': 'yes' });
  await expect(second.preScore).toHaveText(ja.yesCount(1, 8));
  await expect(secondPage.getByTestId('pre-overview-progress')).toHaveText(ja.progress(1, 8));

  await second.answer('pre-1.2', 'no');
  await first.expectAnswers({ 'pre-1.2': 'no' });

  // The first tab moves to #/mig and answers there; the second, on home, sees it on its card.
  await first.answerAll('mig', { 'mig-4.1': 'yes' });
  await expect(secondPage.getByTestId('mig-overview-progress')).toHaveText(ja.progress(1, 9));

  // The second tab opens #/mig and sees the answer there, and the first one sees its answer.
  await second.open('mig');
  await second.expectAnswers({ 'mig-4.1': 'yes' });
  await second.answer('mig-4.2', 'no');
  await first.expectAnswers({ 'mig-4.2': 'no' });
  await expect(first.blockerItems).toHaveCount(1);

  // Every answer from both tabs is in storage, and a fresh load shows them all.
  const expected = { 'pre-1.1': 'yes', 'pre-1.2': 'no', 'mig-4.1': 'yes', 'mig-4.2': 'no' };
  await expect.poll(() => first.storedAnswers()).toEqual(expected);
  await second.reload();
  await second.expectView('mig');
  await second.expectAnswers({ 'mig-4.1': 'yes', 'mig-4.2': 'no' });
  await second.open('');
  await second.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no' });
  expect(errors, 'uncaught errors in the second tab').toEqual([]);
});

test('answering quickly in one tab while another is open loses nothing', async ({
  context,
  selfCheck: first,
}) => {
  await first.goto();
  const secondPage = await context.newPage();
  const second = new SelfCheck(secondPage);
  await second.goto('mig');
  await first.page.bringToFront();

  // Every item, without waiting for the other tab between answers: the precondition check on
  // home, then the migration checklist on #/mig.
  const expected = {};
  const answerQuickly = async (ids) => {
    for (const id of ids) {
      const answer = id.endsWith('.3') ? 'no' : 'yes';
      expected[id] = answer;
      await first.page.locator(`label[for="${id}-${answer}"]`).click();
    }
  };
  await answerQuickly(ITEMS.pre);
  await first.open('mig');
  await answerQuickly(ITEMS.mig);
  // And one answer given in the other tab meanwhile.
  await second.answer('mig-4.3', 'yes');
  expected['mig-4.3'] = 'yes';

  await expect.poll(() => first.storedAnswers()).toEqual(expected);
  await expect.poll(() => second.storedAnswers()).toEqual(expected);
  const migAnswers = Object.fromEntries(ITEMS.mig.map((id) => [id, expected[id]]));
  const preAnswers = Object.fromEntries(ITEMS.pre.map((id) => [id, expected[id]]));
  await first.expectAnswers(migAnswers);
  await second.expectAnswers(migAnswers);
  await second.reload();
  await second.expectAnswers(migAnswers);
  await second.open('');
  await second.expectAnswers(preAnswers);
  await first.open('pre');
  await first.expectAnswers(preAnswers);
});

test('role entries made in two tabs on the responsibility map are all kept', async ({
  context,
  page,
  selfCheck: first,
}) => {
  await first.goto('rsp');
  await page.getByRole('radio', { name: 'IaaS', exact: true }).check();
  const secondPage = await context.newPage();
  const second = new SelfCheck(secondPage);
  await second.goto('rsp');
  await expect(secondPage.getByRole('radio', { name: 'IaaS', exact: true })).toBeChecked();

  await page.locator('#user\\:data-setter').fill('山田');
  await secondPage.locator('#user\\:os-manager').fill('佐藤');
  await secondPage.locator('#provider\\:hardware-confirmed').check();
  await page.locator('#user\\:os-setter').fill('鈴木');

  // Each tab shows the other's entries, and storage holds all of them.
  await expect(secondPage.locator('#user\\:data-setter')).toHaveValue('山田');
  await expect(page.locator('#user\\:os-manager')).toHaveValue('佐藤');
  await expect
    .poll(async () => (await first.storedDocument())?.assessments[0].responsibility.cells)
    .toEqual({
      'user:data': { setter: '山田' },
      'user:os': { setter: '鈴木', manager: '佐藤' },
      'provider:hardware': { confirmed: true },
    });
  await second.reload();
  await expect(secondPage.locator('#user\\:os-setter')).toHaveValue('鈴木');
  await expect(secondPage.locator('#provider\\:hardware-confirmed')).toBeChecked();
});
