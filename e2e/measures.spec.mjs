// The measure-style modules and who is answering: a role proposes modules from table I.5-1;
// a measure module scores 基本 and 推奨 apart, N/A asks for its reason, and everything survives a
// reload; each group of measures opens with its 【目的】, and the source's columns, figures and
// tables follow the best practices; the lifecycle requirements score each phase; the SLA check
// lists what the contract leaves open; the glossary says where the sources define nothing.
import { test, expect, CONTENT, citationText } from './fixtures.mjs';

/** Answers the items of a module by id: { id: 'done' | 'partly' | 'not_done' | 'not_applicable' | … }. */
async function answer(page, answers) {
  for (const [id, token] of Object.entries(answers)) {
    await page.locator(`input#${id.replaceAll('.', '\\.')}-${token}`).check();
  }
}

test('choosing a role marks the modules table I.5-1 proposes, and every module stays open', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto();
  const proposal = (module) => page.getByTestId(`${module}-overview-proposal`);
  await expect(proposal('msr-u')).toHaveCount(0);

  // A SaaS provider: II ◎, III ○, IV ◎ (001 I.5 table I.5-1).
  await page.getByLabel('どなたが回答しますか').selectOption('saas_vendor');
  await expect(proposal('rsp')).toHaveAttribute('data-proposal', 'proposed');
  await expect(proposal('msr-u')).toHaveAttribute('data-proposal', 'conditional');
  await expect(proposal('msr-u')).toHaveText('○ 表I.5-1：IaaS/PaaSを用いてサービス提供している場合に対象');
  await expect(proposal('msr-p')).toHaveAttribute('data-proposal', 'proposed');
  // The table's ◎ says what its legend says.
  await expect(proposal('msr-p')).toHaveText('◎ 表I.5-1：全ての読者が対象');
  await expect(proposal('msr-p')).toHaveAttribute('data-origin', 'table');
  // Modules outside the table are for the using side (this tool's reading), and their badge
  // says it is this tool's proposal, not a mark of the table.
  await expect(proposal('pre')).toHaveAttribute('data-proposal', 'as-needed');
  await expect(proposal('pre')).toHaveAttribute('data-origin', 'tool');
  await expect(proposal('pre')).toHaveText('本ツールの提案：必要に応じて');
  for (const module of ['mig', 'life', 'sla', 'stage']) {
    await expect(proposal(module)).toHaveAttribute('data-origin', 'tool');
  }

  // A business-unit user: III ◎, IV -.
  await page.getByLabel('どなたが回答しますか').selectOption('business_user');
  await expect(proposal('msr-u')).toHaveAttribute('data-proposal', 'proposed');
  await expect(proposal('msr-p')).toHaveAttribute('data-proposal', 'as-needed');
  await expect(proposal('pre')).toHaveAttribute('data-proposal', 'proposed');
  await expect(proposal('pre')).toHaveText('本ツールの提案：取り組むとよいチェック');
  await expect(proposal('pre')).not.toContainText('◎');
  // The tool's own proposal follows its path: the lifecycle, the SLA and the stage page are
  // off the path, listed as optional, and their badges say so.
  for (const module of ['life', 'sla', 'stage']) {
    await expect(page.getByTestId('optional-checks').locator(`li[data-module="${module}"]`)).toHaveCount(1);
    await expect(proposal(module)).toHaveAttribute('data-proposal', 'as-needed');
    await expect(proposal(module)).toHaveText('本ツールの提案：必要に応じて');
  }
  // Not proposed is still open.
  await selfCheck.overviewCard('msr-p').getByRole('link').click();
  await expect(page.locator('section#msr-p fieldset.question')).toHaveCount(27);

  await selfCheck.reload();
  await selfCheck.open('');
  await expect(page.getByLabel('どなたが回答しますか')).toHaveValue('business_user');
  const stored = await selfCheck.storedDocument();
  expect(stored.assessments[0].role).toBe('business_user');
});

test('user-side measures: 基本 and 推奨 are scored apart, N/A needs a reason, and a reload keeps it all', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto('msr-u');
  const questions = page.locator('section#msr-u fieldset.question');
  await expect(questions).toHaveCount(19);
  const items = CONTENT['msr-u'].items;
  const basic = items.filter((i) => i.tier === 'basic').map((i) => i.id);
  const recommended = items.filter((i) => i.tier === 'recommended').map((i) => i.id);
  expect([basic.length, recommended.length]).toEqual([16, 3]);

  // 基本: Done, Partly, Not done → 1.5 of 3 = 50 %; 推奨: Done, and N/A without a reason.
  await answer(page, {
    [basic[0]]: 'done',
    [basic[1]]: 'partly',
    [basic[2]]: 'not_done',
    [recommended[0]]: 'done',
    [recommended[1]]: 'not_applicable',
  });
  await expect(page.getByTestId('msr-u-score-basic')).toHaveText('基本の実施率 50%');
  await expect(page.getByTestId('msr-u-score-recommended')).toHaveText('推奨の実施率 100%');
  await expect(page.getByTestId('msr-u-counts-recommended')).toContainText('該当なし（理由が未記入）1');
  const reasonField = page.locator(`#${recommended[1].replaceAll('.', '\\.')}-reason`);
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`fieldset[data-item="${recommended[1]}"] .field-error`)).toHaveText(
    '「該当なし」を選んだときは、理由を短く書いてください。理由が書かれるまで、この項目は回答済みにも集計にも入りません。',
  );
  await reasonField.fill('支援ツールはクラウド事業者の標準機能で足りている');
  await expect(page.getByTestId('msr-u-counts-recommended')).toContainText('該当なし 1');
  await expect(page.locator(`fieldset[data-item="${recommended[1]}"] .field-error`)).toHaveCount(0);
  // The weakest 4M cause group comes first.
  await expect(page.getByTestId('msr-u-causes').locator('tbody tr').first()).toContainText('%');

  await selfCheck.reload();
  await expect(page.locator(`input#${basic[1].replaceAll('.', '\\.')}-partly`)).toBeChecked();
  await expect(reasonField).toHaveValue('支援ツールはクラウド事業者の標準機能で足りている');
  await expect(page.getByTestId('msr-u-score-basic')).toHaveText('基本の実施率 50%');
  await selfCheck.open('');
  await expect(page.getByTestId('msr-u-overview-progress')).toHaveText('19項目中5項目に回答済み');
});

test('an N/A reason is one tap: a common reason fills the field by keyboard, counts the item, and stays free text', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto('msr-u');
  const id = CONTENT['msr-u'].items.find((i) => i.tier === 'recommended').id;
  const item = page.locator(`fieldset[data-item="${id}"]`);
  const reasonField = item.locator(`#${id.replaceAll('.', '\\.')}-reason`);
  await expect(item.getByRole('group', { name: /よくある理由/ })).toHaveCount(0);
  await answer(page, { [id]: 'not_applicable' });
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  const presets = item.getByRole('group', { name: /よくある理由（本ツールの例/ });
  await expect(presets.getByRole('button')).toHaveText([
    'この形態のサービスを使っていない',
    '事業者が対応する範囲',
    '該当する業務がない',
  ]);
  for (const button of await presets.getByRole('button').all()) {
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  }

  // By keyboard: Tab from the reason field reaches the first reason, Tab the next, Enter picks it.
  await reasonField.focus();
  await page.keyboard.press('Tab');
  await expect(presets.getByRole('button', { name: 'この形態のサービスを使っていない' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(reasonField).toHaveValue('事業者が対応する範囲');
  await expect(reasonField).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(presets.getByRole('button', { name: '事業者が対応する範囲' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('msr-u-counts-recommended')).toContainText('該当なし 1');
  await expect.poll(async () => (await selfCheck.storedDocument())?.assessments[0].answers[id]).toEqual({
    answer: 'not_applicable',
    note: '事業者が対応する範囲',
  });

  // The reason stays free text: edited, it is the user's own, and no reason shows as chosen.
  await reasonField.fill('事業者が対応する範囲（契約書 第5条）');
  await expect(presets.getByRole('button', { name: '事業者が対応する範囲' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await selfCheck.storedDocument())?.assessments[0].answers[id].note).toBe(
    '事業者が対応する範囲（契約書 第5条）',
  );

  // English offers its own wording.
  await selfCheck.switchLanguage('en');
  const english = item.getByRole('group', { name: /Common reasons \(this tool's examples/ });
  await english.getByRole('button', { name: 'We have no such work' }).click();
  await expect(reasonField).toHaveValue('We have no such work');
});

test('every coverage figure says how it is counted, and the 4M assignment is labelled as this tool\'s reading next to its table and chart', async ({
  page,
  selfCheck,
}) => {
  const rule = '実施済みを1、一部実施を0.5、未実施を0として数え、該当なし（理由あり）を分母から除いた';
  await selfCheck.goto('msr-u');
  const items = CONTENT['msr-u'].items;
  await answer(page, { [items[0].id]: 'done', [items[1].id]: 'partly' });
  const result = page.getByTestId('msr-u-result');
  await expect(result.getByTestId('coverage-rule')).toHaveCount(1);
  await expect(result.getByTestId('coverage-rule')).toContainText('本ツールの解釈');
  await expect(result.getByTestId('coverage-rule')).toContainText(rule);
  // The 4M table is followed by the reading that the measure-to-cause assignment is the tool's.
  const causes = result.getByTestId('causes-reading');
  await expect(causes).toHaveCount(1);
  await expect(causes).toContainText('本ツールの解釈');
  await expect(causes).toContainText('図表II.2.2-1');
  expect(
    await page.evaluate(() => {
      const table = document.querySelector('[data-testid="msr-u-causes"]');
      const reading = document.querySelector('[data-testid="msr-u-result"] [data-testid="causes-reading"]');
      return Boolean(table.compareDocumentPosition(reading) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);

  // The results page: next to the summary's figures, over the charts, and under the radar.
  await selfCheck.open('results');
  // The summary's statement (with its 基本 coverage) and the table of each check's result
  // each have it.
  const summary = page.locator('.report__summary');
  await expect(summary.getByTestId('decision').getByTestId('coverage-rule')).toContainText(rule);
  await expect(summary.getByTestId('report-detail').getByTestId('coverage-rule')).toContainText(rule);
  await expect(page.locator('.report__charts').getByTestId('coverage-rule')).toContainText(rule);
  await expect(
    page.locator('.report__chart[data-module="msr-u"]').getByTestId('causes-reading'),
  ).toContainText('本ツールの解釈');

  // The overview and the setting types show it too, and so does English.
  await selfCheck.open('');
  await expect(page.getByTestId('coverage-rule')).toContainText(rule);
  await selfCheck.open('rsp');
  await expect(page.getByTestId('set-result').getByTestId('coverage-rule')).toContainText(rule);
  await selfCheck.switchLanguage('en');
  await expect(page.getByTestId('set-result').getByTestId('coverage-rule')).toContainText(
    "This tool's reading",
  );
  await expect(page.getByTestId('set-result').getByTestId('coverage-rule')).toContainText(
    'Done as 1, Partly as 0.5 and Not done as 0',
  );
});

test('lifecycle requirements are scored per phase; the SLA check lists what the contract leaves open', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto('life');
  await expect(page.locator('section#life fieldset.question')).toHaveCount(50);
  await answer(page, { 'life-1.1.1': 'done', 'life-1.2.1': 'not_done', 'life-1.3.1': 'partly' });
  const rows = page.getByTestId('life-parts').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('td').first()).toHaveText('100%');
  await expect(rows.nth(1).locator('td').first()).toHaveText('0%');
  await expect(rows.nth(2).locator('td').first()).toHaveText('50%');

  await selfCheck.open('sla');
  await expect(page.locator('section#sla fieldset.question')).toHaveCount(9);
  await answer(page, { 'sla-1': 'defined', 'sla-3': 'not_defined', 'sla-7': 'not_defined' });
  await page.locator('#sla-1-value').fill('99.9%以上');
  const open = page.getByTestId('sla-open').locator('li');
  await expect(open).toHaveCount(2);
  await expect(open.nth(0)).toHaveAttribute('data-item', 'sla-3');
  await expect(page.getByTestId('sla-score')).toHaveText('定めあり 1・定めなし 2・該当なし 0・未回答 6');
  await selfCheck.reload();
  await expect(page.locator('#sla-1-value')).toHaveValue('99.9%以上');
});

test('the glossary cites each definition and says where the sources define nothing', async ({
  page,
  selfCheck,
}) => {
  const glossary = CONTENT.glossary;
  await selfCheck.goto();
  await page.getByRole('link', { name: '用語集' }).click();
  await expect(page.getByRole('heading', { name: '用語集', level: 2 })).toBeVisible();
  await expect(page.locator('.glossary__terms > dt')).toHaveCount(glossary.terms.length);
  const undefinedTerms = glossary.terms.filter((t) => t.definition === null).length;
  await expect(page.locator('.glossary__undefined')).toHaveCount(undefinedTerms);
  expect(undefinedTerms).toBeGreaterThan(0);
  const saas = glossary.terms.find((t) => t.id === 'saas');
  await expect(page.locator('#term-saas + dd')).toContainText(saas.definition.ja);
});

test('each group of measures opens with its 【目的】, and columns, figures and tables follow the best practices', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto('msr-u');
  for (const module of ['msr-u', 'msr-p']) {
    await selfCheck.open(module);
    const groups = page.locator(`section#${module} li.checklist__group`);
    const quoted = CONTENT[module].groups;
    await expect(groups).toHaveCount(quoted.length);
    for (const [index, group] of quoted.entries()) {
      // The heading, then its 【目的】, cited, before the group's first measure.
      const head = groups.nth(index);
      const objective = head.getByTestId('group-objective');
      await expect(objective.locator('.checklist__objective-label')).toHaveText('【目的】');
      for (const paragraph of group.objective.text) await expect(objective).toContainText(paragraph.ja);
      await expect(objective.locator('.source')).toHaveText(citationText(group.objective.source, 'ja'));
      const first = CONTENT[module].items.find((item) => item.number.startsWith(`${group.prefix}.`));
      await expect(head.locator('xpath=following-sibling::li[1]//fieldset')).toHaveAttribute('data-item', first.id);
    }
  }

  // IV.2.3.1: the column under its own heading, after the best practices, not one of them.
  const column = selfCheck.question('msr-p-IV.2.3.1');
  await column.locator('details.guidance > summary').click();
  const columnBox = column.getByTestId('exhibit-column');
  await expect(columnBox.locator('.exhibit__heading')).toHaveText('<コラム> 日本語（化）の問題');
  await expect(columnBox).toContainText('翻訳（日本語化）の際に十分注意する必要がある');
  await expect(column.locator('details.guidance ul li').filter({ hasText: '翻訳（日本語化）' })).toHaveCount(0);

  // IV.5.3.1: the alarm of the figure after the bullet that introduces it.
  const alarm = selfCheck.question('msr-p-IV.5.3.1');
  await alarm.locator('details.guidance > summary').click();
  const bullet = alarm.locator('details.guidance ul li').filter({ hasText: 'アラームのイメージを図表IV. 5. 3. 1 – 1に示す。' });
  const figure = alarm.getByTestId('exhibit-figure');
  await expect(figure).toContainText('「公開」に変更しますか？');
  expect(
    await bullet.evaluate(
      (li, after) => Boolean(li.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING),
      await figure.elementHandle(),
    ),
  ).toBe(true);

  // III.3.1.1: table III.3.1-1 with its No. and type columns, so 「下記の項目」 has its rows.
  await selfCheck.open('msr-u');
  const setting = selfCheck.question('msr-u-III.3.1.1');
  await setting.locator('details.guidance > summary').click();
  const table = setting.getByTestId('exhibit-table');
  await expect(table.locator('thead th')).toHaveText(['No.', 'セキュリティ設定項目の類型', '類型項目における推奨設定の概要']);
  await expect(table.locator('tbody tr')).toHaveCount(13);
  const row6 = table.locator('tbody tr').filter({ has: page.locator('td:first-child', { hasText: /^6$/ }) });
  await expect(row6.locator('td').nth(1)).toContainText('下記の項目以外にも');
  await expect(table.locator('tbody tr').nth(7).locator('td').first()).toHaveText('6');
  await expect(table.locator('tbody tr').nth(8).locator('td').first()).toHaveText('6.1');

  await selfCheck.switchLanguage('en');
  await expect(page.locator('section#msr-u li.checklist__group').first().getByTestId('group-objective')).toContainText(
    CONTENT['msr-u'].groups[0].objective.text[0].en,
  );
});
