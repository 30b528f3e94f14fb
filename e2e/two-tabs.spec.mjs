// Two tabs of the app open at once: answers given in either tab survive, because each tab
// takes the document the other saves instead of writing over it with its own older copy.
import { test, expect, SelfCheck, ITEMS } from './fixtures.mjs';

test('answers given in two tabs are all kept', async ({ context, selfCheck: first }) => {
  await first.goto();
  const secondPage = await context.newPage();
  const errors = [];
  secondPage.on('pageerror', (error) => errors.push(String(error)));
  const second = new SelfCheck(secondPage);
  await second.goto();

  await first.answer('pre-1.1', 'yes');
  // The other tab shows the answer without a reload.
  await second.expectAnswers({ 'pre-1.1': 'yes' });
  await expect(second.preScore).toHaveText('はい 1/8');

  await second.answer('pre-1.2', 'no');
  await first.expectAnswers({ 'pre-1.2': 'no' });
  await first.answer('mig-4.1', 'yes');

  // Every answer from both tabs is in storage, and a fresh load shows them all.
  await expect
    .poll(() => first.storedAnswers())
    .toEqual({ 'pre-1.1': 'yes', 'pre-1.2': 'no', 'mig-4.1': 'yes' });
  await second.reload();
  await second.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no', 'mig-4.1': 'yes' });
  expect(errors, 'uncaught errors in the second tab').toEqual([]);
});

test('answering quickly in one tab while another is open loses nothing', async ({
  context,
  selfCheck: first,
}) => {
  await first.goto();
  const secondPage = await context.newPage();
  const second = new SelfCheck(secondPage);
  await second.goto();
  await first.page.bringToFront();

  // Every item, without waiting for the other tab between answers.
  const expected = {};
  for (const id of [...ITEMS.pre, ...ITEMS.mig]) {
    const answer = id.endsWith('.3') ? 'no' : 'yes';
    expected[id] = answer;
    await first.page.locator(`label[for="${id}-${answer}"]`).click();
  }
  // And one answer given in the other tab meanwhile.
  await second.answer('pre-1.3', 'yes');
  expected['pre-1.3'] = 'yes';

  await expect.poll(() => first.storedAnswers()).toEqual(expected);
  await expect.poll(() => second.storedAnswers()).toEqual(expected);
  await first.expectAnswers(expected);
  await second.expectAnswers(expected);
  await second.reload();
  await second.expectAnswers(expected);
});
