// Layout at phone width (390 px): no view, with its results shown and every 補足説明 open,
// makes the page scroll sideways, in Japanese or English.
import { test, expect } from './fixtures.mjs';

test.use({ viewport: { width: 390, height: 844 } });

/** Elements whose box sticks out past the right edge of the viewport, and the page's widths. */
const overflow = (page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      .slice(0, 10);
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide };
  });

async function openEveryDisclosure(page) {
  await page.locator('details.guidance').evaluateAll((disclosures) => {
    for (const details of disclosures) details.open = true;
  });
}

for (const lang of ['ja', 'en']) {
  test(`no view scrolls sideways at 390 px (${lang})`, async ({ page, selfCheck }) => {
    await selfCheck.goto();
    if (lang === 'en') await selfCheck.switchLanguage('en');

    // Home with the outside-profile result (the longest) and every disclosure open.
    await selfCheck.answerAll('pre', ['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no']);
    await openEveryDisclosure(page);
    const states = { home: await overflow(page) };

    // #/pre with stage 0 and its practice.
    await selfCheck.open('pre');
    await selfCheck.answer('pre-1.1', 'no');
    await expect(selfCheck.stagePractice).toBeVisible();
    await openEveryDisclosure(page);
    states.pre = await overflow(page);

    // #/mig with the scope note and blockers.
    await selfCheck.answerAll('mig', ['no', 'yes', 'no', 'yes', 'yes', 'yes', 'no', 'yes', 'no']);
    await expect(selfCheck.migScopeNote).toBeVisible();
    await openEveryDisclosure(page);
    states.mig = await overflow(page);

    await selfCheck.open('about');
    states.about = await overflow(page);
    await selfCheck.open('nowhere');
    states.notFound = await overflow(page);

    for (const [view, state] of Object.entries(states)) {
      expect(state, `${view} (${lang})`).toEqual({
        scrollWidth: 390,
        clientWidth: 390,
        wide: [],
      });
    }
  });
}
