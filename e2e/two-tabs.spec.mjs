// Two tabs of the app open at once: answers given in either tab survive, because each tab
// takes the document the other saves instead of writing over it with its own older copy.
import { test, expect, SelfCheck } from './fixtures.mjs';

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
    .poll(async () => (await first.storedDocument())?.assessments[0].answers)
    .toEqual({ 'pre-1.1': 'yes', 'pre-1.2': 'no', 'mig-4.1': 'yes' });
  await second.reload();
  await second.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no', 'mig-4.1': 'yes' });
  expect(errors, 'uncaught errors in the second tab').toEqual([]);
});
