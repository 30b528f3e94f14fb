// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) finds nothing on the page, empty and
// with results, in Japanese and English; and each question is a real, labelled radio group.
import { fileURLToPath } from 'node:url';
import { test, expect, TEXT } from './fixtures.mjs';

const axePath = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the whole page and returns its violations, reduced to what a report needs. */
async function axeViolations(page) {
  // The script is injected inline from the local file: no request leaves the test server.
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (runTags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: runTags },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary,
      })),
    }));
  }, tags);
}

/** Fails with every violation's id, targets and reason in the message. */
async function expectNoViolations(page, state) {
  const violations = await axeViolations(page);
  const report = violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target}\n      ${node.summary}`).join('\n'),
    )
    .join('\n');
  expect(violations, `axe violations (${state}):\n${report}`).toEqual([]);
}

/** Answers for a stage 1 diagnosis, and migration answers with two blockers (4.3, 4.7). */
async function answerWithResults(selfCheck) {
  await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes']);
  await selfCheck.answerAll('mig', ['yes', 'yes', 'no', 'yes', 'yes', 'yes', 'no', 'yes', 'yes']);
}

test.describe('axe', () => {
  for (const lang of ['ja', 'en']) {
    test(`the empty page has no violations (${lang})`, async ({ page, selfCheck }) => {
      await selfCheck.goto();
      if (lang === 'en') await selfCheck.switchLanguage('en');
      await expect(selfCheck.preScore).toHaveText(TEXT[lang].yesCount(0, 8));
      await expectNoViolations(page, `empty, ${lang}`);
    });

    test(`the page with a stage 1 diagnosis and blockers has no violations (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await selfCheck.goto();
      if (lang === 'en') await selfCheck.switchLanguage('en');
      await answerWithResults(selfCheck);
      await expect(selfCheck.preDiagnosis.locator('.diagnosis__title')).toHaveText(
        TEXT[lang].stage1,
      );
      await expect(selfCheck.blockerItems).toHaveCount(2);
      await expectNoViolations(page, `stage 1 and blockers, ${lang}`);
    });
  }

  test('the page with a storage notice has no violations', async ({ page, selfCheck }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await selfCheck.goto();
    await expect(selfCheck.notices).toHaveCount(1);
    await expectNoViolations(page, 'write-failed notice, ja');
  });
});

test.describe('question markup', () => {
  for (const lang of ['ja', 'en']) {
    test(`every question is a fieldset with a legend and two labelled radios (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await selfCheck.goto();
      if (lang === 'en') await selfCheck.switchLanguage('en');
      const labels = [TEXT[lang].yes, TEXT[lang].no];

      const questions = await page.locator('fieldset.question').evaluateAll((fieldsets) =>
        fieldsets.map((fieldset) => {
          const legend = fieldset.querySelector(':scope > legend');
          const radios = [...fieldset.querySelectorAll('input[type="radio"]')];
          return {
            item: fieldset.dataset.item,
            legend: legend ? legend.textContent.trim() : null,
            firstChildIsLegend: fieldset.firstElementChild === legend,
            radios: radios.map((radio) => ({
              id: radio.id,
              name: radio.name,
              labels: [...radio.labels].map((label) => label.textContent.trim()),
              labelledByFor: document.querySelectorAll(`label[for="${CSS.escape(radio.id)}"]`)
                .length,
            })),
          };
        }),
      );

      expect(questions).toHaveLength(17);
      for (const question of questions) {
        const where = `fieldset[data-item="${question.item}"]`;
        expect(question.legend, `${where} has a legend`).toBeTruthy();
        expect(question.firstChildIsLegend, `${where}: legend is its first child`).toBe(true);
        expect(question.radios, `${where} has two radios`).toHaveLength(2);
        const names = new Set(question.radios.map((radio) => radio.name));
        expect(names.size, `${where}: both radios share one name`).toBe(1);
        expect([...names][0], `${where}: the radio name is set`).toBeTruthy();
        expect(question.radios.map((radio) => radio.id)).toEqual([
          `${question.item}-yes`,
          `${question.item}-no`,
        ]);
        expect(
          question.radios.map((radio) => radio.labels),
          `${where}: each radio has exactly one label`,
        ).toEqual([[labels[0]], [labels[1]]]);
        for (const radio of question.radios) {
          expect(radio.labelledByFor, `${where}: label[for=${radio.id}]`).toBe(1);
        }
      }

      // Radio names are unique per question, so the groups are independent.
      const names = questions.map((question) => question.radios[0].name);
      expect(new Set(names).size).toBe(questions.length);

      // Every id on the page is unique (label association depends on it).
      const duplicateIds = await page.evaluate(() => {
        const counts = {};
        for (const element of document.querySelectorAll('[id]')) {
          counts[element.id] = (counts[element.id] ?? 0) + 1;
        }
        return Object.keys(counts).filter((id) => counts[id] > 1);
      });
      expect(duplicateIds).toEqual([]);

      // The accessible name of each radio is its label, and its group is named by the legend.
      const first = selfCheck.question('pre-1.1');
      await expect(first.getByRole('radio', { name: labels[0], exact: true })).toHaveCount(1);
      await expect(first.getByRole('radio', { name: labels[1], exact: true })).toHaveCount(1);
      await expect(page.getByRole('group', { name: /1\.1/ }).first()).toBeVisible();
    });
  }
});

test.describe('live results', () => {
  test('the score a screen reader hears includes the verdict once there is one', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto();
    const preStatus = page.locator('#pre').getByRole('status');
    const migStatus = page.locator('#mig').getByRole('status');
    await expect(preStatus).toHaveCount(1);
    await expect(preStatus).not.toContainText(TEXT.ja.stage1);

    await answerWithResults(selfCheck);
    await expect(preStatus).toContainText(TEXT.ja.yesCount(6, 8));
    await expect(preStatus).toContainText(`結果：${TEXT.ja.stage1}`);
    await expect(migStatus).toContainText(`結果：${TEXT.ja.migrationNotReady}`);

    // The save status is not a live region: it changes on every answer.
    await expect(selfCheck.saveStatus).not.toHaveAttribute('role', /.+/);
  });
});
