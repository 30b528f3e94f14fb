// Journey: a keyboard-only user. Everything is done with page.keyboard (Tab, Shift+Tab, Space,
// Enter, arrow keys) and native radio-group behaviour; the mouse is never used, and the test
// checks that the page saw no pointer event at all.
import { test, expect, TEXT, ITEMS, byId } from './fixtures.mjs';

const ja = TEXT.ja;

// Counts pointer events in the page, so a test can prove it never used the mouse.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown']) {
      window.addEventListener(type, () => (window.__pointerEvents += 1), true);
    }
  });
});

test.afterEach(async ({ page }) => {
  expect(await page.evaluate(() => window.__pointerEvents), 'pointer events').toBe(0);
});

/** Whether a locator's element has the keyboard focus. */
const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until the locator's element has focus, failing after `max` presses. */
async function tabTo(page, locator, max) {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(locator)) return presses;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
  return max;
}

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

/** Answers a whole checklist: Tab to each group in turn (one Tab stop per group). */
async function answerChecklistByKeyboard(page, ids, answers) {
  for (const [index, id] of ids.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    // Alternate the arrow keys, both of which move to the next radio of the group.
    await answerFocusedGroup(page, id, answers[index], index % 2 ? 'ArrowDown' : 'ArrowRight');
  }
}

test.describe('keyboard only', () => {
  test.beforeEach(async ({ selfCheck }) => {
    await selfCheck.goto();
  });

  test('the skip link is the first Tab stop and moves focus to the main content', async ({
    page,
    selfCheck,
  }) => {
    await page.keyboard.press('Tab');
    await expect(selfCheck.skipLink).toBeFocused();
    await expect(selfCheck.skipLink).toHaveText(ja.skipToMain);
    await expect(selfCheck.skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(selfCheck.main).toBeFocused();
    await expect(page).toHaveURL(/#main$/);

    // The next Tab stop is inside main (the checklist navigation), past the header.
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() =>
      document.querySelector('main#main').contains(document.activeElement),
    );
    expect(focusedInMain).toBe(true);
    await expect(page.locator('nav.progress-nav a').first()).toBeFocused();
  });

  test('the language buttons work with Enter and Space', async ({ page, selfCheck }) => {
    const japanese = selfCheck.languageButton('ja');
    const english = selfCheck.languageButton('en');

    // Skip link, then the two language buttons.
    await page.keyboard.press('Tab');
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

  test('both checklists can be answered from the keyboard alone', async ({ page, selfCheck }) => {
    // Precondition check: 1.1 Yes and 6 Yes in all -> stage 1.
    const pre = ['yes', 'yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes'];
    await tabTo(page, selfCheck.radio('pre-1.1', 'yes'), 10);
    await answerChecklistByKeyboard(page, ITEMS.pre, pre);

    await expect(selfCheck.preScore).toHaveText(ja.yesCount(6, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(ja.stage1);
    for (const [index, id] of ITEMS.pre.entries()) {
      await expect(selfCheck.radio(id, pre[index])).toBeChecked();
    }

    // An arrow key on an answered group changes the answer; the group stays one Tab stop.
    await page.keyboard.press('Shift+Tab');
    await expect(selfCheck.radio('pre-1.7', 'yes')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(selfCheck.radio('pre-1.7', 'no')).toBeChecked();
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(5, 8));
    await page.keyboard.press('ArrowLeft');
    await expect(selfCheck.radio('pre-1.7', 'yes')).toBeChecked();
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(6, 8));
    await page.keyboard.press('Tab');
    await expect(selfCheck.radio('pre-1.8', 'yes')).toBeFocused();

    // The stage 1 result offers a link on to the migration checklist; follow it with Enter.
    const next = selfCheck.preDiagnosis.locator('a.next-step');
    await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#mig$/);

    // Migration checklist: one No (4.5) -> complete, not ready, one blocker.
    const mig = ['yes', 'yes', 'yes', 'yes', 'no', 'yes', 'yes', 'yes', 'yes'];
    await tabTo(page, selfCheck.radio('mig-4.1', 'yes'), 10);
    await answerChecklistByKeyboard(page, ITEMS.mig, mig);

    await expect(selfCheck.migScore).toHaveText(ja.yesCount(8, 9));
    await expect(selfCheck.migUnanswered).toHaveText(ja.unanswered(0));
    await expect(selfCheck.migVerdict.locator('.diagnosis__title')).toHaveText(
      ja.migrationNotReady,
    );
    await expect(selfCheck.blockerItems).toHaveCount(1);
    await expect(selfCheck.blockerItems.first()).toHaveAttribute('data-item', 'mig-4.5');

    // Fix the blocker from the keyboard: Shift+Tab back to 4.5 and arrow back to Yes.
    await page.keyboard.press('Shift+Tab'); // 4.8
    await page.keyboard.press('Shift+Tab'); // 4.7
    await page.keyboard.press('Shift+Tab'); // 4.6
    await page.keyboard.press('Shift+Tab'); // 4.5, lands on its checked radio
    await expect(selfCheck.radio('mig-4.5', 'no')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(selfCheck.radio('mig-4.5', 'yes')).toBeChecked();
    await expect(selfCheck.migScore).toHaveText(ja.yesCount(9, 9));
    await expect(selfCheck.migVerdict.locator('.diagnosis__title')).toHaveText(ja.migrationReady);
    await expect(selfCheck.migBlockers).toHaveCount(0);
  });
});
