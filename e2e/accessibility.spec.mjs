// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) finds nothing on any view (home, #/pre
// with a result, #/mig with blockers, #/about, not-found), in Japanese and English; each
// question is a real, labelled radio group; and the status a screen reader hears says what the
// page shows.
import { test, expect, TEXT, CONTENT, item, expectNoAxeViolations } from './fixtures.mjs';

/** Opens the app in a language: a fresh load of home, then the language switch. */
async function openIn(selfCheck, lang) {
  await selfCheck.goto();
  if (lang === 'en') await selfCheck.switchLanguage('en');
}

test.describe('axe', () => {
  for (const lang of ['ja', 'en']) {
    test(`home, empty, has no violations (${lang})`, async ({ page, selfCheck }) => {
      await openIn(selfCheck, lang);
      await expect(selfCheck.preScore).toHaveText(TEXT[lang].yesCount(0, 8));
      await expectNoAxeViolations(page, `home, empty, ${lang}`);
    });

    test(`home with a stage 0 result and both cards filled has no violations (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await openIn(selfCheck, lang);
      await selfCheck.answerAll('mig', { 'mig-4.1': 'yes', 'mig-4.2': 'no' });
      await selfCheck.open('');
      await selfCheck.answer('pre-1.1', 'no');
      await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
      await expect(page.getByTestId('mig-overview-verdict')).toHaveText(
        TEXT[lang].migrationNotReady,
      );
      await selfCheck.guidance('pre-1.1').locator('summary').click();
      await expectNoAxeViolations(page, `home with stage 0, ${lang}`);
    });

    test(`#/pre with a stage 1 result has no violations (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await openIn(selfCheck, lang);
      await selfCheck.open('pre');
      await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes']);
      await expect(selfCheck.page.getByTestId('pre-verdict-title')).toHaveText(
        TEXT[lang].stage1,
      );
      await expectNoAxeViolations(page, `#/pre with stage 1, ${lang}`);
    });

    test(`#/pre with an outside-profile result has no violations (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await openIn(selfCheck, lang);
      await selfCheck.open('pre');
      await selfCheck.answerAll('pre', ['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no']);
      await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
      // Every disclosure open, so their content is checked too.
      for (const summary of await page.locator('details.guidance > summary').all()) {
        await summary.click();
      }
      await expectNoAxeViolations(page, `#/pre with outside-profile, ${lang}`);
    });

    test(`#/mig with blockers and the scope note has no violations (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await openIn(selfCheck, lang);
      await selfCheck.answer('pre-1.1', 'no');
      await selfCheck.answerAll('mig', ['yes', 'yes', 'no', 'yes', 'yes', 'yes', 'no', 'yes', 'yes']);
      await expect(selfCheck.blockerItems).toHaveCount(2);
      await expect(selfCheck.migScopeNote).toBeVisible();
      await expectNoAxeViolations(page, `#/mig with blockers, ${lang}`);
    });

    test(`#/rsp with IaaS, an SIer, gaps, a capped name and a pending change has no violations (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await openIn(selfCheck, lang);
      await selfCheck.open('rsp');
      await expectNoAxeViolations(page, `#/rsp empty, ${lang}`);
      await page.getByRole('radio', { name: 'IaaS', exact: true }).check();
      const sier = CONTENT.rsp.patterns.find((p) => p.id === 'sier').name[lang];
      await page.getByRole('radio', { name: sier, exact: true }).check();
      await page.locator('#user\\:data-setter').fill('x'.repeat(101));
      await page.locator('#user\\:os-manager').fill('Sato');
      await page.locator('#set fieldset.question').first().getByRole('radio').first().check();
      for (const summary of await page.locator('details.guidance > summary').all()) {
        await summary.click();
      }
      await expectNoAxeViolations(page, `#/rsp with IaaS and an SIer, ${lang}`);
      await page.getByRole('radio', { name: 'SaaS', exact: true }).check();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoAxeViolations(page, `#/rsp with a pending change, ${lang}`);
    });

    test(`the measure modules, the SLA check, the glossary and the stage roadmap have no violations (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await openIn(selfCheck, lang);
      await page.locator('#role').selectOption('saas_vendor');
      await expectNoAxeViolations(page, `home with a role, ${lang}`);
      for (const module of ['msr-u', 'msr-p', 'life', 'sla']) {
        await selfCheck.open(module);
        const first = page.locator(`section#${module} fieldset.question`).first();
        await first.getByRole('radio').last().check();
        await page.locator(`section#${module} fieldset.question`).nth(1).getByRole('radio').first().check();
        await first.locator('details.guidance > summary').click();
        await expectNoAxeViolations(page, `#/${module} answered, ${lang}`);
      }
      await selfCheck.open('glossary');
      await expectNoAxeViolations(page, `#/glossary, ${lang}`);
      await selfCheck.open('stage');
      await page.locator('#stage-place-2').check();
      for (const summary of await page.locator('section#stage details.guidance > summary').all()) {
        await summary.click();
      }
      await expectNoAxeViolations(page, `#/stage with a placement lacking its reason, ${lang}`);
    });

    test(`#/about has no violations (${lang})`, async ({ page, selfCheck }) => {
      await openIn(selfCheck, lang);
      await selfCheck.open('about');
      await expectNoAxeViolations(page, `#/about, ${lang}`);
    });

    test(`the not-found view has no violations (${lang})`, async ({ page, selfCheck }) => {
      await openIn(selfCheck, lang);
      await selfCheck.open('xyz');
      await expectNoAxeViolations(page, `not found, ${lang}`);
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
    await expectNoAxeViolations(page, 'write-failed notice, ja');
    await selfCheck.open('mig');
    await expect(selfCheck.notices).toHaveCount(1);
    await expectNoAxeViolations(page, 'write-failed notice on #/mig, ja');
  });
});

test.describe('question markup', () => {
  for (const [lang, route, count] of [
    ['ja', '', 8],
    ['en', '', 8],
    ['ja', 'mig', 9],
    ['en', 'mig', 9],
  ]) {
    test(`every question is a fieldset with a legend and two labelled radios (${lang}, ${route ? `#/${route}` : 'home'})`, async ({
      page,
      selfCheck,
    }) => {
      await openIn(selfCheck, lang);
      if (route) await selfCheck.open(route);
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

      expect(questions).toHaveLength(count);
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
      const firstId = route === 'mig' ? 'mig-4.1' : 'pre-1.1';
      const first = selfCheck.question(firstId);
      await expect(first.getByRole('radio', { name: labels[0], exact: true })).toHaveCount(1);
      await expect(first.getByRole('radio', { name: labels[1], exact: true })).toHaveCount(1);
      const content = item(firstId);
      const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const groupName = new RegExp(
        `^${escape(content.number)}\\s*${escape(content.question[lang])}$`,
      );
      await expect(page.getByRole('group', { name: groupName })).toHaveAttribute(
        'data-item',
        firstId,
      );
    });
  }
});

/**
 * The text of a live region, with, for each piece of text in it, whether a sighted reader sees
 * it: its element has a size and is not clipped away (as visually-hidden text is).
 */
const statusPieces = (locator) =>
  locator.evaluate((status) => {
    const walker = document.createTreeWalker(status, NodeFilter.SHOW_TEXT);
    const pieces = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!text) continue;
      const element = node.parentElement;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const clipped =
        (style.clip && style.clip !== 'auto') ||
        (style.clipPath && style.clipPath !== 'none') ||
        style.visibility !== 'visible' ||
        Number(style.opacity) === 0;
      pieces.push({ text, visible: box.width > 1 && box.height > 1 && !clipped });
    }
    return pieces;
  });

test.describe('live results', () => {
  for (const lang of ['ja', 'en']) {
    test(`the status a screen reader hears says what the page shows, verdict included (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      const t = TEXT[lang];
      await openIn(selfCheck, lang);
      const preStatus = selfCheck.section('pre').getByRole('status');
      await expect(preStatus).toHaveCount(1);
      await expect(preStatus).toHaveText(`${t.yesCount(0, 8)}${t.unanswered(8)}`, {
        useInnerText: false,
      });
      await expect(selfCheck.preVerdictTitle).toHaveCount(0);

      await selfCheck.answerAll('pre', ['yes', 'yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes']);
      // Score, unanswered count and verdict title, and nothing else, all of it visible.
      await expect(preStatus).toHaveText(`${t.yesCount(6, 8)}${t.unanswered(0)}${t.stage1}`);
      await expect(preStatus.getByTestId('pre-verdict-title')).toBeVisible();
      await expect(preStatus.getByTestId('pre-verdict-title')).toHaveText(t.stage1);
      expect(await statusPieces(preStatus)).toEqual([
        { text: t.yesCount(6, 8), visible: true },
        { text: t.unanswered(0), visible: true },
        { text: t.stage1, visible: true },
      ]);

      await selfCheck.answerAll('mig', ['yes', 'yes', 'no', 'yes', 'yes', 'yes', 'no', 'yes', null]);
      const migStatus = selfCheck.section('mig').getByRole('status');
      await expect(migStatus).toHaveCount(1);
      await expect(migStatus.getByTestId('mig-verdict-title')).toBeVisible();
      expect(await statusPieces(migStatus)).toEqual([
        { text: t.yesCount(6, 9), visible: true },
        { text: t.unanswered(1), visible: true },
        { text: t.migrationNotReady, visible: true },
      ]);

      // The save status is not a live region: it changes on every answer.
      await expect(selfCheck.saveStatus).not.toHaveAttribute('role', /.+/);
      await expect(selfCheck.saveStatus).not.toHaveAttribute('aria-live', /.+/);
    });
  }
});
