// The results lead with a decision (issue 25). After a few answers (every precondition Yes, two
// migration items No, one 基本 user-side measure 未実施), the first screen of #/results, on a
// phone (390×844) and on a desktop (1280×900), in Japanese and English, shows where the
// organization stands as this tool's summary and the first action with its source; the
// migration Nos are conditions for stage 2 with 004's conclusion, never actions; and each
// check's detail follows, collapsed on the phone, open on the desktop, printed in full.
import { test, expect, CONTENT, citationText } from './fixtures.mjs';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

const BASIC = CONTENT['msr-u'].items.filter((item) => item.tier === 'basic');
const MEASURE = BASIC[0];
const NOS = ['mig-4.1', 'mig-4.5'];
const stage1 = CONTENT.stages.stages.find((stage) => stage.id === '1');
const conclusion = CONTENT.mig.outcomes.ready;

const TEXT = {
  ja: {
    label: '本ツールによる要約：',
    statement:
      `いまの段階は${stage1.name.ja}（${stage1.kind.ja}）です（前提条件チェックの結果）。` +
      'クラウド移行チェックリストは9項目中2項目が「いいえ」で、第2段階に進む条件はまだそろっていません（未回答7項目）。' +
      `利用者側の基本の対策の実施率は0%です（${BASIC.length}項目中1項目の回答から）。` +
      '責任分界はサービスモデルが未選択のため、不足はまだ数えていません。',
    firstActions: 'まず取り組むこと',
    conditions: '第2段階に進むための条件',
    notDone: '回答：未実施',
    no: '回答：いいえ',
    detail: 'チェックごとの結果と次にすること',
  },
  en: {
    label: "This tool's summary: ",
    statement:
      `Your current stage is ${stage1.name.en} (${stage1.kind.en}) (the precondition check's result). ` +
      '2 of the 9 cloud migration checklist items are “No”, so the conditions for stage 2 are not met yet (7 not answered). ' +
      `Coverage of the basic user-side measures is 0% (from 1 of ${BASIC.length} answered). ` +
      'No service model is chosen, so the responsibility gaps are not counted yet.',
    firstActions: 'What to do first',
    conditions: 'Conditions for stage 2',
    notDone: 'Answer: Not done',
    no: 'Answer: No',
    detail: "Each check's result and next steps",
  },
};

/** Answers as a reader does: the precondition check, two migration Nos, one measure 未実施. */
async function answerAFew(page, selfCheck) {
  await selfCheck.answerAll('pre', 'yes');
  await selfCheck.answerAll('mig', Object.fromEntries(NOS.map((id) => [id, 'no'])));
  await selfCheck.open('msr-u');
  const radio = page.locator(`input#${MEASURE.id.replaceAll('.', '\\.')}-not_done`);
  await radio.check();
  await expect(radio).toBeChecked();
}

/** Where an element's box starts and ends on the page, in CSS pixels from the page's top. */
async function extent(page, locator) {
  const box = await locator.boundingBox();
  expect(box, 'the element is rendered').not.toBeNull();
  const scrollY = await page.evaluate(() => window.scrollY);
  return { top: box.y + scrollY, bottom: box.y + scrollY + box.height };
}

for (const viewport of VIEWPORTS) {
  for (const lang of ['ja', 'en']) {
    test.describe(`${viewport.name} ${viewport.width}×${viewport.height} (${lang})`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test('the first screen of the results says where the organization stands and what to do first, with its source', async ({
        page,
        selfCheck,
      }) => {
        const t = TEXT[lang];
        await selfCheck.goto();
        if (lang === 'en') await selfCheck.switchLanguage('en');
        await answerAFew(page, selfCheck);
        await selfCheck.open('results');
        await page.evaluate(() => window.scrollTo(0, 0));

        // Where the organization stands: one statement, marked as this tool's summary.
        const standing = page.getByTestId('standing');
        await expect(standing).toHaveText(`${t.label}${t.statement}`);
        await expect(standing.locator('.reading__label')).toHaveText(t.label);

        // The first action: the measure answered 未実施, its own 「…すること」, and its source.
        const decision = page.getByTestId('decision');
        await expect(decision.getByRole('heading', { name: t.firstActions })).toBeVisible();
        const actions = page.getByTestId('first-actions').locator(':scope > li');
        const first = actions.first();
        await expect(first).toHaveAttribute('data-action', 'measure');
        await expect(first).toHaveAttribute('data-item', MEASURE.id);
        await expect(first.locator('.first-action__title')).toContainText(MEASURE.question[lang]);
        await expect(first.locator('.first-action__title')).toContainText(t.notDone);
        await expect(first.locator('blockquote')).toHaveText(MEASURE.statement[lang]);
        if (lang === 'ja') expect(MEASURE.statement.ja.endsWith('すること。')).toBe(true);
        await expect(first.locator('.source')).toHaveText(citationText(MEASURE.source, lang));
        // The decision opens the results: the statement starts on the first screen (on the
        // desktop it ends there too), and the first action follows it before anything else.
        // Above it stay the app's header and the report's head, whose height is not this view's
        // to change (issue 25 has them in other hands), so the first action's source may fall
        // on the next screen.
        const said = await extent(page, standing);
        expect(said.top, 'the statement starts on the first screen').toBeLessThan(viewport.height);
        if (viewport.name === 'desktop') {
          expect(said.bottom, 'the statement ends on the first screen').toBeLessThanOrEqual(viewport.height);
        }
        const action = await extent(page, first);
        expect(action.top, 'the first action comes right after the statement').toBeLessThan(said.bottom + 120);
        const detailTop = (await extent(page, page.getByTestId('report-detail'))).top;
        expect(action.top).toBeLessThan(detailTop);

        // Then the stage's practice and gate, last; the order is labelled as this tool's.
        await expect(actions).toHaveCount(2);
        await expect(actions.nth(1)).toHaveAttribute('data-action', 'stage');
        await expect(actions.nth(1).getByTestId('stage-practice')).toHaveAttribute('data-stage', '1');
        await expect(page.getByTestId('first-actions-order')).toBeVisible();

        // The migration Nos: conditions for stage 2 with 004's conclusion, never actions.
        await expect(actions.filter({ has: page.locator('[data-item^="mig-"]') })).toHaveCount(0);
        expect(await actions.evaluateAll((items) => items.map((item) => item.dataset.item ?? ''))).not.toContain('mig-4.1');
        const conditions = page.getByTestId('stage2-conditions');
        await expect(conditions.getByRole('heading', { name: t.conditions })).toBeVisible();
        const listed = conditions.locator('ul.conditions > li');
        expect(await listed.evaluateAll((items) => items.map((item) => item.dataset.item))).toEqual(NOS);
        for (const id of NOS) {
          const item = CONTENT.mig.items.find((entry) => entry.id === id);
          const row = conditions.locator(`li[data-item="${id}"]`);
          await expect(row).toContainText(item.question[lang]);
          await expect(row).toContainText(t.no);
          await expect(row.locator('.source')).toHaveText(citationText(item.source, lang));
        }
        await expect(conditions.locator('blockquote p')).toHaveText(conclusion.text.map((text) => text[lang]));
        await expect(conditions.locator('figcaption .source')).toHaveText(citationText(conclusion.source, lang));
        // The plan's other entries are not counted again as "more".
        await expect(page.getByTestId('first-actions-more')).toHaveCount(0);

        // Each check's detail follows: collapsed on the phone, open on the desktop.
        const detail = page.getByTestId('report-detail');
        await expect(detail.locator('summary')).toHaveText(t.detail);
        const table = page.getByTestId('summary-table');
        if (viewport.name === 'phone') {
          await expect(detail).toHaveJSProperty('open', false);
          await expect(table).toBeHidden();
          // A tap opens it (and its summary is a real, focusable control).
          await detail.locator('summary').click();
          await expect(table).toBeVisible();
          await detail.locator('summary').press('Enter');
          await expect(table).toBeHidden();
        } else {
          await expect(detail).toHaveJSProperty('open', true);
          await expect(table).toBeVisible();
        }
        // The next steps of the detail no longer list the migration Nos: only the measure.
        const nextSteps = page.getByTestId('next-steps').locator('li');
        await expect(nextSteps).toHaveCount(1);
        await expect(nextSteps).toContainText(MEASURE.question[lang]);

        // Printed, the detail is there in full, opened or not, and its toggle is not.
        await page.emulateMedia({ media: 'print' });
        await expect(table).toBeVisible();
        await expect(detail.locator('summary')).toBeHidden();
        await page.emulateMedia({ media: 'screen' });

        // How the page looks, and how long it is (looked at by hand; see the report).
        await page.evaluate(() => window.scrollTo(0, 0));
        const screens = await page.evaluate(
          (height) => document.documentElement.scrollHeight / height,
          viewport.height,
        );
        test.info().annotations.push({ type: 'screens', description: `${viewport.name} ${lang}: ${screens.toFixed(1)}` });
        await page.screenshot({ path: test.info().outputPath(`results-${viewport.name}-${lang}.png`) });
      });
    });
  }
}
