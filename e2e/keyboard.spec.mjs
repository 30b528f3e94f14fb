// Journey: a keyboard-only user. Everything is done with page.keyboard (Tab, Shift+Tab, Space,
// Enter, arrow keys) and native radio-group behaviour; the mouse is never used, and the test
// checks that the page saw no pointer event at all.
import {
  test,
  expect,
  TEXT,
  CONTENT,
  ITEMS,
  byId,
  countPointerEvents,
  pointerEvents,
  shiftTabTo,
  tabTo,
} from './fixtures.mjs';

const ja = TEXT.ja;

// Counts pointer events in the page, so a test can prove it never used the mouse.
test.beforeEach(async ({ page }) => {
  await countPointerEvents(page);
});

test.afterEach(async ({ page }) => {
  expect(await pointerEvents(page), 'pointer events').toBe(0);
});

/**
 * Answers one radio group from the keyboard. Focus must be on the group's "Yes" radio (the
 * first one, as Tab into an unanswered group lands there).
 * Yes: Space selects the focused radio. No: an arrow key moves to "No", which selects it.
 */
async function answerFocusedGroup(page, itemId, answer, arrow) {
  const yes = page.locator(byId(`${itemId}-yes`));
  const no = page.locator(byId(`${itemId}-no`));
  await expect(yes).toBeFocused();
  if (answer === 'yes') {
    await page.keyboard.press('Space');
    await expect(yes).toBeChecked();
  } else {
    await page.keyboard.press(arrow);
    await expect(no).toBeFocused();
    await expect(no).toBeChecked();
  }
}

/** The 補足説明 summary of an item: the Tab stop after the item's radio group. */
const summaryOf = (page, itemId) =>
  page.locator(`fieldset[data-item="${itemId}"] details.guidance > summary`);

/**
 * Answers a whole checklist: Tab to each group in turn. Each question has two Tab stops, its
 * radio group (one stop) and its 補足説明 disclosure, in that order.
 */
async function answerChecklistByKeyboard(page, ids, answers) {
  for (const [index, id] of ids.entries()) {
    if (index > 0) {
      await page.keyboard.press('Tab');
      await expect(summaryOf(page, ids[index - 1])).toBeFocused();
      await page.keyboard.press('Tab');
    }
    // Alternate the arrow keys, both of which move to the next radio of the group.
    await answerFocusedGroup(page, id, answers[index], index % 2 ? 'ArrowDown' : 'ArrowRight');
  }
}

/**
 * Presses Shift+Tab from a radio group back to an earlier item's group, checking every stop on
 * the way (each question's summary, then its radio group).
 */
async function shiftTabBackTo(page, selfCheck, fromIndex, toIndex, ids, answers) {
  for (let index = fromIndex - 1; index >= toIndex; index--) {
    await page.keyboard.press('Shift+Tab');
    await expect(summaryOf(page, ids[index])).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    // Back into an answered group, focus lands on its checked radio.
    await expect(selfCheck.radio(ids[index], answers[index])).toBeFocused();
  }
}

test.describe('keyboard only', () => {
  test('the skip link is the first Tab stop and moves focus to the main content', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto();
    const url = page.url();
    await page.keyboard.press('Tab');
    await expect(selfCheck.skipLink).toBeFocused();
    await expect(selfCheck.skipLink).toHaveText(ja.skipToMain);
    await expect(selfCheck.skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(selfCheck.main).toBeFocused();
    // The hash holds the route, so the skip link leaves it alone.
    expect(page.url()).toBe(url);
    await selfCheck.expectView('');

    // The next Tab stop is inside main (the first screen's question of who is answering), past
    // the header; then its folded basis, the service models (one stop for the group), and the
    // start button; the proposed checks and the overview follow.
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() =>
      document.querySelector('main#main').contains(document.activeElement),
    );
    expect(focusedInMain).toBe(true);
    await expect(page.locator('#role')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-testid="roles"] summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#path-model-saas')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('path').locator('a.button--primary')).toBeFocused();
    await tabTo(page, selfCheck.overviewCard('pre').getByRole('link'), 8);
  });

  test('the language buttons work with Enter and Space', async ({ page, selfCheck }) => {
    await selfCheck.goto();
    const japanese = selfCheck.languageButton('ja');
    const english = selfCheck.languageButton('en');

    // Skip link, the title (a link home), then the two language buttons.
    await page.keyboard.press('Tab');
    await expect(selfCheck.skipLink).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('header h1 a')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(japanese).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(english).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(japanese).toHaveAttribute('aria-pressed', 'false');
    await expect(selfCheck.html).toHaveAttribute('lang', 'en');
    await expect(selfCheck.preScore).toHaveText(TEXT.en.yesCount(0, 8));
    await expect(english).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await expect(japanese).toBeFocused();
    await page.keyboard.press('Space');
    await expect(japanese).toHaveAttribute('aria-pressed', 'true');
    await expect(english).toHaveAttribute('aria-pressed', 'false');
    await expect(selfCheck.html).toHaveAttribute('lang', 'ja');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
  });

  test('both checklists can be answered from the keyboard alone, moving between views with Enter', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto();
    // Precondition check on home: 1.1 Yes and 6 Yes in all -> stage 1.
    const pre = ['yes', 'yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes'];
    await tabTo(page, selfCheck.radio('pre-1.1', 'yes'), 36);
    await answerChecklistByKeyboard(page, ITEMS.pre, pre);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(6, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(ja.stage1);
    for (const [index, id] of ITEMS.pre.entries()) {
      await expect(selfCheck.radio(id, pre[index])).toBeChecked();
    }

    // An arrow key on an answered group changes the answer; the group stays one Tab stop.
    await shiftTabBackTo(page, selfCheck, 7, 6, ITEMS.pre, pre);
    await expect(selfCheck.radio('pre-1.7', 'yes')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(selfCheck.radio('pre-1.7', 'no')).toBeChecked();
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(5, 8));
    await page.keyboard.press('ArrowLeft');
    await expect(selfCheck.radio('pre-1.7', 'yes')).toBeChecked();
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(6, 8));
    await page.keyboard.press('Tab');
    await expect(summaryOf(page, 'pre-1.7')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(selfCheck.radio('pre-1.8', 'yes')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(summaryOf(page, 'pre-1.8')).toBeFocused();

    // The stage 1 result offers a link on to the migration checklist; follow it with Enter.
    const next = selfCheck.preDiagnosis.locator('a.next-step');
    await tabTo(page, next, 3);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/mig$/);
    await selfCheck.expectView('mig');
    // Focus is at the start of the new view.
    await expect(selfCheck.main).toBeFocused();

    // Migration checklist: one No (4.5) -> complete, not ready, one blocker.
    const mig = ['yes', 'yes', 'yes', 'yes', 'no', 'yes', 'yes', 'yes', 'yes'];
    await tabTo(page, selfCheck.radio('mig-4.1', 'yes'), 4);
    await answerChecklistByKeyboard(page, ITEMS.mig, mig);

    await expect(selfCheck.migScore).toHaveText(ja.yesCount(8, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveText(
      ja.migrationNotReady,
    );
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await expect(selfCheck.blockerItems.first()).toHaveAttribute('data-item', 'mig-4.5');

    // Fix the blocker from the keyboard: Shift+Tab back to 4.5 and arrow back to Yes.
    await shiftTabBackTo(page, selfCheck, 8, 4, ITEMS.mig, mig);
    await expect(selfCheck.radio('mig-4.5', 'no')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(selfCheck.radio('mig-4.5', 'yes')).toBeChecked();
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(9, 9));
    await expect(selfCheck.page.getByTestId('mig-verdict-title')).toHaveText(ja.migrationReady);
    await expect(selfCheck.migBlockers).toHaveCount(0);

    // Back to the overview from the keyboard: the cards show both results.
    await shiftTabTo(page, selfCheck.backLink, 12);
    await page.keyboard.press('Enter');
    await selfCheck.expectView('');
    await expect(page.getByTestId('pre-overview-verdict')).toHaveText(ja.stage1);
    await expect(page.getByTestId('mig-overview-verdict')).toHaveText(ja.migrationReady);
  });

  test('each view opens from the overview with the keyboard', async ({ page, selfCheck }) => {
    await selfCheck.goto();
    await tabTo(page, selfCheck.overviewCard('pre').getByRole('link'), 16);
    await page.keyboard.press('Enter');
    await selfCheck.expectView('pre');
    await expect(selfCheck.main).toBeFocused();
    // From main, the first stop is the way back.
    await page.keyboard.press('Tab');
    await expect(selfCheck.backLink).toBeFocused();
    await page.keyboard.press('Enter');
    await selfCheck.expectView('');
    await expect(selfCheck.main).toBeFocused();
    await tabTo(page, selfCheck.overviewCard('mig').getByRole('link'), 16);
    await page.keyboard.press('Enter');
    await selfCheck.expectView('mig');
  });

  test('the 補足説明 disclosures open and close by keyboard', async ({ page, selfCheck }) => {
    await selfCheck.goto();
    const details = selfCheck.guidance('pre-1.1');
    const summary = summaryOf(page, 'pre-1.1');
    const body = details.locator('.guidance__body');
    await expect(details).not.toHaveAttribute('open', /.*/);
    await expect(body).toBeHidden();

    // Tab to the first question's radio group, then once more to its summary.
    await tabTo(page, selfCheck.radio('pre-1.1', 'yes'), 36);
    await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveText(ja.guidance);

    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    await expect(body).toBeVisible();
    await expect(body).toContainText(CONTENT.pre.items[0].guidance[0].ja);
    await expect(body.locator(':scope > .source')).toBeVisible();

    await page.keyboard.press('Space');
    await expect(details).not.toHaveAttribute('open', /.*/);
    await expect(body).toBeHidden();

    await page.keyboard.press('Space');
    await expect(details).toHaveAttribute('open', '');
    await page.keyboard.press('Enter');
    await expect(details).not.toHaveAttribute('open', /.*/);

    // Opening a disclosure answers nothing, and the focus stays on it.
    await expect(summary).toBeFocused();
    await expect(selfCheck.radio('pre-1.1', 'yes')).not.toBeChecked();
    await expect(selfCheck.radio('pre-1.1', 'no')).not.toBeChecked();
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(8));

    // The same on #/mig, in English. (The header's links to the results and the data views
    // lie between the language buttons and the overview.)
    await shiftTabTo(page, selfCheck.languageButton('en'), 28);
    await page.keyboard.press('Enter');
    await expect(selfCheck.html).toHaveAttribute('lang', 'en');
    await tabTo(page, selfCheck.overviewCard('mig').getByRole('link'), 18);
    await page.keyboard.press('Enter');
    await selfCheck.expectView('mig');
    await tabTo(page, selfCheck.radio('mig-4.1', 'yes'), 4);
    await page.keyboard.press('Tab');
    const migSummary = summaryOf(page, 'mig-4.1');
    await expect(migSummary).toBeFocused();
    await expect(migSummary).toHaveText(TEXT.en.guidance);
    await page.keyboard.press('Enter');
    await expect(selfCheck.guidance('mig-4.1')).toHaveAttribute('open', '');
    await expect(selfCheck.guidance('mig-4.1').locator('li').first()).toHaveText(
      CONTENT.mig.items[0].guidance[0].en,
    );
    await page.keyboard.press('Space');
    await expect(selfCheck.guidance('mig-4.1')).not.toHaveAttribute('open', /.*/);
  });
});
