// A path per reader (issue 25): on the first screen the reader says who answers and which cloud
// they use, sees the proposed checks with an estimated time, and starts with one button; 次へ
// follows the path to the results. Walked as a SaaS user's management would, on a phone
// (390×844) and a desktop (1280×900), in Japanese and English, counting the taps.
import { test, expect, CONTENT, moduleTitle } from './fixtures.mjs';

const PATH = {
  ja: {
    estimate: (minutes) => `所要時間：約${minutes}分（目安）`,
    start: 'はじめる',
    resume: '続きから',
    next: (title) => `次へ：${title}`,
    toResults: '次へ：結果と、まず取り組むこと',
    optional: '必要に応じて取り組むチェック',
    reading: '本ツールの解釈：',
  },
  en: {
    estimate: (minutes) => `Time: about ${minutes} minutes (an estimate)`,
    start: 'Start',
    resume: 'Continue',
    next: (title) => `Next: ${title}`,
    toResults: 'Next: results and what to do first',
    optional: 'Checks to take as needed',
    reading: "This tool's reading:",
  },
};

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/** Whether an element lies wholly within the first screen (no scrolling). */
async function onFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  const { height } = page.viewportSize();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

for (const viewport of VIEWPORTS) {
  for (const lang of ['ja', 'en']) {
    test(`a SaaS user's path from the first screen to the results (${viewport.name}, ${lang})`, async ({
      page,
      selfCheck,
    }) => {
      const t = PATH[lang];
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await selfCheck.goto('');
      if (lang === 'en') await selfCheck.switchLanguage('en');
      await page.evaluate(() => window.scrollTo(0, 0));
      let taps = 0;
      const tap = async (locator) => {
        await locator.click();
        taps += 1;
      };

      // The first screen: what to answer first, the path with its time, and one start button.
      const panel = page.getByTestId('path');
      const start = panel.getByRole('link', { name: t.start, exact: true });
      await expect(start).toBeVisible();
      const estimate = page.getByTestId('path-estimate');
      for (const [what, locator] of [
        ['the role question', page.locator('#role')],
        ['the service models', page.locator('label[for="path-model-saas"]')],
        ['the estimate', estimate],
        ['the start button', start],
      ]) {
        expect(await onFirstScreen(page, locator), `${what} on the first screen`).toBe(true);
      }
      // Before anything is chosen: the using side's path, all 10 setting types.
      await expect(estimate).toHaveText(t.estimate(35));
      await expect(page.locator('main .button--primary')).toHaveCount(1);

      await page.selectOption('#role', 'management');
      taps += 1;
      await tap(page.locator('label[for="path-model-saas"]'));
      await expect(estimate).toHaveText(t.estimate(30));
      const steps = page.locator('[data-testid="path-steps"] > li');
      await expect(steps).toHaveCount(4);
      expect(await steps.evaluateAll((items) => items.map((li) => li.dataset.module))).toEqual([
        'pre',
        'mig',
        'rsp',
        'msr-u',
      ]);
      // Provider-side measures are offered only as optional.
      const optional = page.getByTestId('optional-checks');
      await expect(optional.locator('li[data-module="msr-p"]')).toHaveCount(1);
      await expect(page.getByRole('heading', { name: t.optional })).toBeVisible();

      await tap(start);
      await expect(page).toHaveURL(/#\/pre$/);
      for (const entry of CONTENT.pre.items) {
        await tap(page.locator(`label[for="${entry.id}-yes"]`));
      }
      const next = selfCheck.nextModuleLink;
      await expect(next).toHaveText(t.next(moduleTitle('mig', lang)));
      await tap(next);
      await expect(page).toHaveURL(/#\/mig$/);
      for (const entry of CONTENT.mig.items) {
        await tap(page.locator(`label[for="${entry.id}-yes"]`));
      }
      // Not the stage page, which is a reading page off the path.
      await expect(next).toHaveText(t.next(CONTENT.rsp.title[lang]));
      await tap(next);
      await expect(page).toHaveURL(/#\/rsp$/);
      // The model chosen on the first screen holds here.
      await expect(page.locator('#rsp-model-saas')).toBeChecked();
      const userCells = page.locator('tr[data-cell^="user:"]');
      const cellIds = await userCells.evaluateAll((rows) => rows.map((row) => row.dataset.cell));
      expect(cellIds.length).toBeGreaterThan(0);
      for (const id of cellIds) {
        const escaped = id.replace(':', '\\:');
        await tap(page.locator(`#${escaped}-setter`));
        await page.locator(`#${escaped}-setter`).fill('情報システム課');
        await tap(page.locator(`#${escaped}-manager`));
        await page.locator(`#${escaped}-manager`).fill('総務課');
      }
      // What the user decides and what to confirm with the provider are listed apart.
      await expect(page.getByTestId('rsp-gaps-confirm')).toBeVisible();
      await expect(page.getByTestId('rsp-gaps-act')).toHaveCount(0);
      await expect(next).toHaveText(t.next(CONTENT['msr-u'].title[lang]));
      await tap(next);
      await expect(page).toHaveURL(/#\/msr-u$/);

      // III.3.1.1 is written for IaaS/PaaS: under SaaS it starts as N/A, with the reason
      // marked as this tool's reading.
      const scoped = page.locator('#msr-u-III\\.3\\.1\\.1-not_applicable');
      await expect(scoped).toBeChecked();
      const reason = await page.locator('#msr-u-III\\.3\\.1\\.1-reason').inputValue();
      expect(reason.startsWith(t.reading), reason).toBe(true);
      for (const entry of CONTENT['msr-u'].items) {
        if (entry.id === 'msr-u-III.3.1.1') continue;
        await tap(page.locator(`label[for="${entry.id}-done"]`));
      }
      await expect(next).toHaveText(t.toResults);
      await tap(next);
      await expect(page).toHaveURL(/#\/results$/);
      await expect(selfCheck.resultsView).toBeVisible();

      // Back home, the path is done: the button leads to the results.
      await selfCheck.open('');
      await expect(page.getByTestId('path').locator('.button--primary')).toHaveAttribute(
        'href',
        /#\/results$/,
      );
      test.info().annotations.push({ type: 'taps', description: String(taps) });
      console.log(`path ${viewport.name} ${lang}: ${taps} taps from the first screen to the results`);
    });
  }
}
