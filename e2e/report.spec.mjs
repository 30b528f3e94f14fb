// The printed report for an approval meeting (issue 25), from a typical assessment: the fixture
// e2e/fixtures/meeting-assessment.json (36 answers across the precondition check, the migration
// checklist, a SaaS map, the setting types and the user-side measures; 29 plan entries),
// imported through #/data as a user restores a file. Printed to A4 it must:
// - fit in 6 pages, in Japanese and in English;
// - carry "page / pages" at the foot of every page;
// - start page 1 with the head (title, organization, assessment, date, approval boxes) and the
//   summary;
// - print a passage several plan entries quote once, above them (the map's unconfirmed
//   boundaries all quote one sentence of 001 II.1.2);
// - name the checks nobody answered in one line, with no chart for them;
// - print chart text at 8 pt or more, and the plan's field labels on one line.
// The PDFs are kept in the test's output folder (test-results/), to look at.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, CONTENT, DATA, RESULTS, moduleTitle } from './fixtures.mjs';

const FIXTURE_TEXT = readFileSync(new URL('./fixtures/meeting-assessment.json', import.meta.url), 'utf8');
const FIXTURE = JSON.parse(FIXTURE_TEXT).assessments[0];
const FIXTURE_FILE = 'meeting-assessment.json';

/** The most pages the fixture's report may take (issue 25: "fits in 6 A4 pages or fewer"). */
const MAX_PAGES = 6;
/** A4 less the report's side margins (static/style.css `@page`: 13mm each), in CSS px. */
const PRINT_WIDTH_PX = Math.round(((210 - 2 * 13) / 25.4) * 96);

/** Interface text this spec reads (src/i18n/results.rs). */
const REPORT = {
  ja: {
    unansweredChecks: (names) => `未回答のチェック：${names.join('、')}`,
    sharedQuote: (n) => `出典の記述（以下の${n}項目に共通）`,
  },
  en: {
    unansweredChecks: (names) => `Checks not answered: ${names.join(', ')}`,
    sharedQuote: (n) => `From the source (shared by the ${n} entries below)`,
  },
};

/** The checks of the fixture nobody answered, and those it charts. */
const UNANSWERED = ['msr-p', 'life', 'sla'];
const CHARTED = ['pre', 'mig', 'rsp', 'set', 'msr-u'];

/** The sentence of 001 II.1.2 every unconfirmed boundary of the map quotes. */
const unconfirmedBasis = (lang) => CONTENT.rsp.gaps.unconfirmed.basis.text[0][lang];
/** The user's two unconfirmed cells and the provider's seven. */
const UNCONFIRMED_ENTRIES = 9;

/** Text with every kind of white space removed, so PDF text compares whatever the line breaks. */
const squeeze = (text) => text.replace(/\s+/g, '');
const occurrences = (text, part) => text.split(part).length - 1;

/** Imports the fixture through #/data with the default choice, as a user restores a backup. */
async function importFixture(page, selfCheck) {
  await selfCheck.goto('data');
  await selfCheck.chooseImportFile({
    name: FIXTURE_FILE,
    mimeType: 'application/json',
    buffer: Buffer.from(FIXTURE_TEXT),
  });
  await page.getByRole('button', { name: DATA.ja.importConfirm, exact: true }).click();
  await expect(page.getByTestId('import-done')).toHaveText(DATA.ja.imported(FIXTURE_FILE, FIXTURE.name));
  await expect(selfCheck.activeAssessment).toHaveText(DATA.ja.activeLabel(FIXTURE.name));
}

/** Prints the page to an A4 PDF in the test's output folder; returns its path and reader. */
async function printReport(page, testInfo, name) {
  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath(name);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  await testInfo.attach(name, { path: file, contentType: 'application/pdf' });
  const text = (args) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  // The page objects of the file itself, as a cross-check of pdfinfo.
  const pageObjects = (readFileSync(file).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pageObjects).toBe(pages);
  return {
    file,
    pages,
    all: squeeze(text(['-raw'])),
    page: (number) => text(['-f', String(number), '-l', String(number), '-layout']),
  };
}

for (const lang of ['ja', 'en']) {
  test(`the fixture's report prints in ${MAX_PAGES} A4 pages or fewer, numbered, each shared quote once (${lang})`, async ({
    page,
    selfCheck,
  }, testInfo) => {
    const t = RESULTS[lang];
    const r = REPORT[lang];
    await importFixture(page, selfCheck);
    if (lang === 'en') await selfCheck.switchLanguage('en');
    await selfCheck.open('results');

    // On screen: the unconfirmed boundaries under one quote, each with its own fields.
    const plan = page.getByTestId('plan');
    await expect(plan.locator('li.plan__entry')).toHaveCount(29);
    const shared = plan.locator('.plan__shared');
    await expect(shared).toHaveCount(1);
    await expect(shared.locator('.plan__guidance-heading')).toHaveText(r.sharedQuote(UNCONFIRMED_ENTRIES));
    await expect(shared.locator('li.plan__entry')).toHaveCount(UNCONFIRMED_ENTRIES);
    await expect(shared.locator('li.plan__entry textarea')).toHaveCount(UNCONFIRMED_ENTRIES);
    await expect(shared.locator('li.plan__entry input[type="date"]')).toHaveCount(UNCONFIRMED_ENTRIES);
    await expect(shared.locator('li.plan__entry .plan__guidance')).toHaveCount(0);
    await expect(plan.getByText(unconfirmedBasis(lang), { exact: true })).toHaveCount(1);
    // The follow-up of a grouped entry is still its own.
    await expect(
      selfCheck.planField('rsp:provider:os:provider_unconfirmed', 'note'),
    ).toHaveValue(FIXTURE.followups['rsp:provider:os:provider_unconfirmed'].note);

    // The checks nobody answered: one line, no chart.
    await expect(page.getByTestId('unanswered-checks')).toHaveText(
      r.unansweredChecks(UNANSWERED.map((module) => moduleTitle(module, lang))),
    );
    const charts = page.locator('div.report__chart[data-module]');
    expect(await charts.evaluateAll((divs) => divs.map((div) => div.dataset.module))).toEqual(CHARTED);

    // Chart text at print width: the SVG is drawn in its viewBox's units and scaled to the
    // width it gets on paper, so the size printed is the font size times that scale (CSS px,
    // 0.75 pt each).
    await page.setViewportSize({ width: PRINT_WIDTH_PX, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    const sizes = await page.locator('svg.chart__svg').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const fonts = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize));
        return { id: svg.dataset.testid, pt: Math.min(...fonts) * scale * 0.75 };
      }),
    );
    expect(sizes.length).toBe(CHARTED.length);
    for (const { id, pt } of sizes) expect(pt, `smallest text of ${id}, in pt`).toBeGreaterThanOrEqual(8);
    console.log(`chart text, smallest per chart (pt): ${sizes.map(({ pt }) => pt.toFixed(1)).join(', ')}`);
    // The plan's field labels print on one line, beside a long note: their text makes one line
    // box, as wide as the label, however tall the note beside them.
    const labelLines = await plan.locator('.plan__fields label').evaluateAll((labels) =>
      labels.map((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return { text: label.textContent, lines: tops.size, width: label.getBoundingClientRect().width };
      }),
    );
    expect(labelLines.length).toBe(3 * 29);
    for (const { text, lines } of labelLines) expect(lines, `lines of the label ${text}`).toBe(1);

    const report = await printReport(page, testInfo, `meeting-report-${lang}.pdf`);
    console.log(`meeting-report-${lang}.pdf: ${report.pages} pages (${report.file})`);
    expect(report.pages).toBeLessThanOrEqual(MAX_PAGES);

    // Every page ends with its number and the total ("1 / 6"; pdftotext may drop the spaces).
    for (let number = 1; number <= report.pages; number++) {
      const lines = report.page(number).split('\n').map(squeeze).filter(Boolean);
      expect(lines.at(-1), `the foot of page ${number}`).toBe(`${number}/${report.pages}`);
    }

    // Page 1: the head, then the summary.
    const first = squeeze(report.page(1));
    for (const text of [t.reportTitle, FIXTURE.organization, FIXTURE.name, ...t.approval, t.summaryHeading]) {
      expect(first).toContain(squeeze(text));
    }

    // The shared quote once; every entry still printed, with its follow-ups.
    expect(occurrences(report.all, squeeze(unconfirmedBasis(lang)))).toBe(1);
    expect(report.all).toContain(squeeze(r.sharedQuote(UNCONFIRMED_ENTRIES)));
    expect(report.all).toContain(squeeze(FIXTURE.followups['rsp:provider:os:provider_unconfirmed'].note));
    expect(report.all).toContain(squeeze(FIXTURE.answers['msr-u-III.1.1.1'].note));
    expect(report.all).toContain(
      squeeze(r.unansweredChecks(UNANSWERED.map((module) => moduleTitle(module, lang)))),
    );
  });
}

// The import preview on a phone (issue 25, small things): each choice's label keeps to one
// line, rather than being squeezed to one character a line beside its hint.
for (const lang of ['ja', 'en']) {
  test(`at 390×844 the import preview's choices keep their labels on one line (${lang})`, async ({
    page,
    selfCheck,
  }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await selfCheck.goto('data');
    if (lang === 'en') await selfCheck.switchLanguage('en');
    await selfCheck.chooseImportFile({
      name: FIXTURE_FILE,
      mimeType: 'application/json',
      buffer: Buffer.from(FIXTURE_TEXT),
    });
    const preview = page.getByTestId('import-preview');
    await expect(preview).toBeVisible();
    const labels = await preview.locator('.choice label').evaluateAll((elements) =>
      elements.map((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return {
          text: label.textContent.trim(),
          lines: tops.size,
          width: label.getBoundingClientRect().width,
          font: parseFloat(getComputedStyle(label).fontSize),
        };
      }),
    );
    expect(labels.map(({ text }) => text)).toEqual([DATA[lang].merge, DATA[lang].replace]);
    for (const { text, lines, width, font } of labels) {
      expect(lines, `lines of ${text}`).toBe(1);
      expect(width, `width of ${text}`).toBeGreaterThan(3 * font);
    }
    await preview.screenshot({ path: testInfo.outputPath(`import-preview-390-${lang}.png`) });
  });
}
