// The assessments-and-data view (#/data): a filled assessment is exported as JSON (the complete
// copy, importable) and as CSV (one row per item, for a spreadsheet); clearing all data asks
// first and reminds to export; the exported file brings everything back; importing previews what
// changes and changes nothing until confirmed; files that are not usable say why in one message
// and leave storage as it was; snapshots compare item by item and score by score; several
// assessments can be created, renamed, duplicated, switched and deleted; the language stays a
// preference of the browser whatever is imported; and all of it works by keyboard with no axe
// violation.
import {
  test,
  expect,
  countPointerEvents,
  pointerEvents,
  tabTo,
  TEXT,
  DATA,
  COMPARE,
  CONTENT,
  CSV_HEADER,
  ALL_ITEMS,
  FILLED,
  FILLED_ANSWERS,
  FILLED_ANSWERS_ENTERED,
  STORAGE_KEY,
  LANGUAGE_KEY,
  SCHEMA_VERSION,
  answersOf,
  citationText,
  downloadOf,
  expectNoAxeViolations,
  fillAssessment,
  filledDocument,
  parseCsv,
  moduleTitle,
} from './fixtures.mjs';

const ja = DATA.ja;
const en = DATA.en;

/** The buttons of #/data, by their accessible names. */
const button = (page, name) => page.getByRole('button', { name, exact: true });
const exportJson = (page, lang = 'ja') => button(page, DATA[lang].exportJson);
const importError = (page) => page.getByTestId('import-error');
const preview = (page) => page.getByTestId('import-preview');
const previewChanges = (page) => preview(page).locator('ul.data__changes > li');
const rows = (page) => page.locator('tr[data-assessment]');

/** A file for the import field. */
const file = (name, content, mimeType = 'application/json') => ({
  name,
  mimeType,
  buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
});

/** A 1×1 PNG image. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** An assessment of a stored document, in the shape the app writes. */
const assessment = (id, name, createdAt, answers, extra = {}) => ({
  id,
  name,
  created_at: createdAt,
  answers: Object.fromEntries(Object.entries(answers).map(([item, answer]) => [item, { answer }])),
  ...extra,
});

const documentOf = (assessments, active = assessments[0].id) => ({
  schema_version: SCHEMA_VERSION,
  active,
  assessments,
});

/** The CSV's source column for an item: the citation as the interface prints it. */
const csvSource = (entry, lang) => citationText(entry.source, lang).replace(/^(出典：|Source: )/, '');

test.describe('export', () => {
  test('a filled assessment exports as JSON (schema 3, no language) and as CSV with every item, quoted for a spreadsheet', async ({
    page,
    selfCheck,
  }) => {
    test.setTimeout(90_000);
    await selfCheck.goto();
    await fillAssessment(page, selfCheck);
    await selfCheck.open('data');

    // JSON: the stored document, as it is.
    const json = await downloadOf(page, () => exportJson(page).click());
    expect(json.name).toMatch(/^cloud-self-check-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(json.text);
    expect(exported.schema_version).toBe(3);
    expect(exported).not.toHaveProperty('language');
    expect(json.text).toBe(await selfCheck.storedRaw());
    expect(exported.assessments).toHaveLength(1);
    const [only] = exported.assessments;
    expect(only.name).toBe(FILLED.name);
    expect(only.organization).toBe(FILLED.organization);
    expect(answersOf(exported)).toEqual(FILLED_ANSWERS_ENTERED);
    expect(Object.keys(FILLED_ANSWERS_ENTERED)).toHaveLength(Object.keys(FILLED_ANSWERS).length + 5);
    expect(only.answers[FILLED.basicGap]).toEqual({ answer: 'not_done', ...FILLED.followUp });
    expect(only.answers[FILLED.recommendedGap]).toEqual({
      answer: 'partly',
      owner: FILLED.recommendedOwner,
    });
    expect(only.followups).toEqual({ [FILLED.mapGap]: FILLED.mapFollowUp });
    expect(only.responsibility).toEqual({
      model: 'saas',
      pattern: 'direct',
      cells: { 'user:data': { setter: FILLED.setter } },
    });

    // CSV: the active assessment, one row per item of every checklist, then one per cell of the
    // map, every row naming the organization, the assessment and the day; the file is named
    // after the assessment.
    const csv = await downloadOf(page, () => button(page, ja.exportCsv(FILLED.name)).click());
    expect(csv.name).toMatch(/^会計システム（SaaS）_\d{4}-\d{2}-\d{2}\.csv$/);
    const day = csv.name.slice(-14, -4);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const text = csv.text.slice(1);
    expect(text.startsWith(`${CSV_HEADER.ja.join(',')}\r\n`)).toBe(true);
    // Every record ends with CRLF; no field here holds a line break.
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parseCsv(text);
    expect(text.split('\r\n')).toHaveLength(records.length + 1);
    expect(records[0]).toEqual(CSV_HEADER.ja);
    const csvRows = records.slice(1, 1 + ALL_ITEMS.length);
    expect(csvRows.map((row) => [row[0], row[1]])).toEqual(
      ALL_ITEMS.map((entry) => [moduleTitle(entry.module), entry.id]),
    );
    for (const row of records.slice(1)) {
      expect(row).toHaveLength(19);
      expect(row.slice(16)).toEqual([FILLED.organization, FILLED.name, day]);
    }
    const row = (id) => records.find((candidate) => candidate[1] === id);
    const entry = (id) => ALL_ITEMS.find((candidate) => candidate.id === id);

    // Japanese intact: the question, the answer's label and the source as the page shows them.
    expect(row('pre-1.1').slice(0, 10)).toEqual([
      moduleTitle('pre'),
      'pre-1.1',
      `1.1 ${entry('pre-1.1').question.ja}`,
      '',
      'はい',
      '',
      '',
      '',
      csvSource(entry('pre-1.1'), 'ja'),
      '',
    ]);
    expect(row('mig-4.3').slice(2, 5)).toEqual([`4.3 ${entry('mig-4.3').question.ja}`, '', 'いいえ']);
    // The tier, then the follow-up in its columns; the comma and the quotes come back as typed.
    expect(row(FILLED.basicGap).slice(3, 8)).toEqual([
      '基本',
      '未実施',
      FILLED.followUp.note,
      FILLED.followUp.owner,
      FILLED.followUp.due,
    ]);
    expect(text).toContain(`"${FILLED.followUp.note.replaceAll('"', '""')}"`);
    // A cell a spreadsheet would evaluate gets a leading apostrophe.
    expect(row(FILLED.recommendedGap).slice(3, 8)).toEqual(['推奨', '一部実施', '', `'${FILLED.recommendedOwner}`, '']);
    expect(row('msr-u-III.1.1.2')[4]).toBe('実施済み');
    // An item written for IaaS/PaaS starts as N/A under SaaS, the reason marked as the tool's.
    expect(row('msr-u-III.3.1.1')[4]).toBe('該当なし');
    expect(row('msr-u-III.3.1.1')[5]).toMatch(/^本ツールの解釈：/);
    // Unanswered items have their row, with an empty answer.
    expect(row(CONTENT.sla.items[0].id)[4]).toBe('');
    expect(row(CONTENT.life.items.at(-1).id).slice(4, 10)).toEqual(['', '', '', '', csvSource(CONTENT.life.items.at(-1), 'ja'), '']);
    // The map's cells (SaaS): the data's setter as typed, its gaps as the map names them.
    const mapRows = records.slice(1 + ALL_ITEMS.length);
    expect(mapRows.length).toBeGreaterThan(0);
    for (const mapRow of mapRows) expect(mapRow[0]).toBe(CONTENT.rsp.title.ja);
    expect(row('user:data').slice(10, 16)).toEqual([
      '利用者側',
      FILLED.setter,
      '',
      '',
      '未確認',
      '設定管理者が未記入、境界が未確認',
    ]);
    expect(row('provider:hardware').slice(10, 16)).toEqual(['事業者側', '', '', '', '未確認', '境界が未確認']);

    // A note with a line break (only an imported file can hold one: the note fields are single
    // line) is quoted with its line break, and comes back intact through a CSV parser.
    const multiline = `${FILLED.followUp.note}\n2行目, "確認済み"`;
    only.answers[FILLED.basicGap].note = multiline;
    await selfCheck.chooseImportFile(file('with-line-break.json', JSON.stringify(exported)));
    await expect(previewChanges(page)).toHaveText([ja.updated(FILLED.name, 1)]);
    await button(page, ja.importConfirm).click();
    await expect(page.getByTestId('import-done')).toHaveText(ja.imported('with-line-break.json', FILLED.name));
    const again = await downloadOf(page, () => button(page, ja.exportCsv(FILLED.name)).click());
    expect(again.text).toContain(`"${multiline.replaceAll('"', '""')}"`);
    const reparsed = parseCsv(again.text.slice(1));
    expect(reparsed).toHaveLength(records.length);
    expect(reparsed.find((candidate) => candidate[1] === FILLED.basicGap)[5]).toBe(multiline);
  });

  test('the CSV follows the reader’s language (English)', async ({ page, selfCheck }) => {
    await selfCheck.goto();
    await selfCheck.seed(filledDocument(), 'en');
    await selfCheck.open('data');
    await expect(page.locator('h1#data-heading')).toHaveText(en.heading);
    const csv = await downloadOf(page, () => button(page, en.exportCsv(FILLED.name)).click());
    const records = parseCsv(csv.text.slice(1));
    expect(records[0]).toEqual(CSV_HEADER.en);
    expect(csv.name).toMatch(/^会計システム（SaaS）_\d{4}-\d{2}-\d{2}\.csv$/);
    const row = (id) => records.find((candidate) => candidate[1] === id);
    const entry = ALL_ITEMS.find((candidate) => candidate.id === FILLED.basicGap);
    expect(row(FILLED.basicGap).slice(0, 10)).toEqual([
      moduleTitle('msr-u', 'en'),
      FILLED.basicGap,
      `${entry.number} ${entry.question.en}`,
      'Basic',
      'Not done',
      FILLED.followUp.note,
      FILLED.followUp.owner,
      FILLED.followUp.due,
      csvSource(entry, 'en'),
      '',
    ]);
    expect(row('pre-1.3')[4]).toBe('No');
    expect(row('user:data').slice(10, 16)).toEqual([
      'User side',
      FILLED.setter,
      '',
      '',
      'Not confirmed',
      'No setting manager; Boundary not confirmed',
    ]);
    // The JSON is the same whatever the language.
    const json = await downloadOf(page, () => exportJson(page, 'en').click());
    expect(JSON.parse(json.text)).toEqual(filledDocument());
  });
});

test('only taking a snapshot moves the focus to the label: switching to an assessment that has some does not', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto();
  await selfCheck.seed(filledDocument());
  await selfCheck.open('data');
  await page.locator('#snapshot-label').fill('2026年度 上期');
  await button(page, ja.takeSnapshot).click();
  await expect(page.locator('li[data-snapshot]')).toHaveCount(1);
  await expect(page.locator('#snapshot-label')).toBeFocused();

  // A new assessment (no snapshots) becomes the active one; then back to the first, which has one.
  await page.locator('#new-assessment').fill('別の評価');
  await button(page, ja.create).click();
  await expect(page.locator('li[data-snapshot]')).toHaveCount(0);
  await button(page, ja.switch(FILLED.name)).click();
  await expect(page.locator('li[data-snapshot]')).toHaveCount(1);
  await expect(page.locator('#snapshot-label')).not.toBeFocused();
});

test('clearing all data asks first with a reminder to export; the exported JSON brings everything back, after a reload too', async ({
  page,
  selfCheck,
}) => {
  test.setTimeout(90_000);
  await selfCheck.goto();
  await fillAssessment(page, selfCheck);
  await selfCheck.open('data');
  const backup = await downloadOf(page, () => exportJson(page).click());
  const before = await selfCheck.storedEntries();

  // The confirmation says it cannot be undone, and offers the export first.
  await button(page, ja.clearButton).click();
  const dialog = page.getByRole('alertdialog', { name: ja.clearHeading });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('data-testid', 'data-clear');
  await expect(dialog).toHaveAccessibleDescription(ja.clearText);
  await expect(dialog.getByRole('heading', { name: ja.clearHeading })).toBeFocused();
  const reminder = await downloadOf(page, () =>
    dialog.getByRole('button', { name: ja.clearExportFirst }).click(),
  );
  expect(reminder.text).toBe(backup.text);
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: ja.cancel }).click();
  await expect(dialog).toHaveCount(0);
  expect(await selfCheck.storedEntries()).toEqual(before);
  await expect(page.locator('#assessment-name')).toHaveValue(FILLED.name);

  // Confirming clears the document; the language preference stays.
  await button(page, ja.clearButton).click();
  await page.locator('#clear-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('clear-status')).toHaveText(ja.cleared);
  const cleared = await selfCheck.storedEntries();
  expect(Object.keys(cleared).sort()).toEqual([STORAGE_KEY, LANGUAGE_KEY].sort());
  expect(cleared[LANGUAGE_KEY]).toBe('ja');
  const fresh = JSON.parse(cleared[STORAGE_KEY]);
  expect(fresh.schema_version).toBe(SCHEMA_VERSION);
  expect(fresh.assessments).toHaveLength(1);
  expect(fresh.assessments[0]).toEqual({
    id: 'a1',
    name: '',
    created_at: expect.any(String),
    answers: {},
  });
  await expect(page.locator('#assessment-name')).toHaveValue('');
  await expect(page.locator('#organization')).toHaveValue('');
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(''));
  await expect(rows(page)).toHaveCount(1);
  await selfCheck.open('results');
  await expect(page.getByTestId('report-facts')).toContainText('（未入力）');
  await expect(page.locator('li.plan__entry')).toHaveCount(0);
  await selfCheck.open('');
  await expect(selfCheck.preScore).toHaveText(TEXT.ja.yesCount(0, 8));
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);

  // Importing the exported file, replacing the empty assessment, brings everything back.
  await selfCheck.open('data');
  await selfCheck.chooseImportFile(file(backup.name, backup.bytes));
  await expect(preview(page)).toBeVisible();
  await expect(preview(page).getByRole('heading')).toHaveText(ja.previewHeading(backup.name));
  await page.getByRole('radio', { name: ja.replace, exact: true }).check();
  await expect(previewChanges(page)).toHaveText([
    ja.added(FILLED.name, Object.keys(FILLED_ANSWERS_ENTERED).length),
    ja.removed(ja.unnamed, 0),
  ]);
  expect(await selfCheck.storedEntries()).toEqual(cleared);
  await page.locator('#import-confirm').click();
  await expect(page.getByTestId('import-done')).toHaveText(ja.imported(backup.name, FILLED.name));
  await expect(preview(page)).toHaveCount(0);
  await expect.poll(() => selfCheck.storedRaw()).toBe(backup.text);

  const expectEverythingBack = async () => {
    await selfCheck.open('data');
    await expect(page.locator('#assessment-name')).toHaveValue(FILLED.name);
    await expect(page.locator('#organization')).toHaveValue(FILLED.organization);
    await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(FILLED.name));
    await selfCheck.open('results');
    await expect(page.getByTestId('report-facts')).toContainText(FILLED.organization);
    await expect(selfCheck.planField(FILLED.basicGap, 'note')).toHaveValue(FILLED.followUp.note);
    await expect(selfCheck.planField(FILLED.basicGap, 'owner')).toHaveValue(FILLED.followUp.owner);
    await expect(selfCheck.planField(FILLED.basicGap, 'due')).toHaveValue(FILLED.followUp.due);
    await expect(selfCheck.planField(FILLED.mapGap, 'owner')).toHaveValue(FILLED.mapFollowUp.owner);
    await selfCheck.open('');
    await selfCheck.expectAnswers(
      Object.fromEntries(Object.entries(FILLED_ANSWERS).filter(([id]) => id.startsWith('pre-'))),
    );
    await expect(selfCheck.preScore).toHaveText(TEXT.ja.yesCount(6, 8));
    await selfCheck.open('mig');
    await selfCheck.expectAnswers(FILLED.mig);
  };
  await expectEverythingBack();
  await selfCheck.reload();
  await expectEverythingBack();
  expect(await selfCheck.storedRaw()).toBe(backup.text);
});

test('restoring a backup into a cleared browser with the default choice puts the backup in use and says which assessment that is', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto();
  await selfCheck.answerAll('pre', { 'pre-1.1': 'no' });
  await selfCheck.open('data');
  await button(page, ja.clearButton).click();
  await page.locator('#clear-confirm').click();
  await expect(page.getByTestId('clear-status')).toHaveText(ja.cleared);
  await expect(rows(page)).toHaveCount(1);

  await selfCheck.chooseImportFile(file('backup.json', JSON.stringify(filledDocument())));
  await expect(page.getByRole('radio', { name: ja.merge, exact: true })).toBeChecked();
  await expect(previewChanges(page)).toHaveText([ja.added(FILLED.name, Object.keys(FILLED_ANSWERS).length)]);
  await page.locator('#import-confirm').click();
  await expect(page.getByTestId('import-done')).toHaveText(ja.imported('backup.json', FILLED.name));
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(FILLED.name));
  // The empty assessment the clearing left is not kept beside the backup.
  await expect(rows(page)).toHaveCount(1);
  await expect.poll(() => selfCheck.storedDocument()).toEqual(filledDocument());

  await selfCheck.open('');
  await expect(page.getByTestId('pre-overview-progress')).not.toHaveText(TEXT.ja.notStarted);
  await expect(page.getByTestId('mig-overview-progress')).not.toHaveText(TEXT.ja.notStarted);
  await expect(selfCheck.preScore).toHaveText(TEXT.ja.yesCount(6, 8));
  await selfCheck.expectAnswers(
    Object.fromEntries(Object.entries(FILLED_ANSWERS).filter(([id]) => id.startsWith('pre-'))),
  );

  // In English too, the message names the assessment in use.
  await selfCheck.switchLanguage('en');
  await selfCheck.open('data');
  await selfCheck.chooseImportFile(file('backup.json', JSON.stringify(filledDocument())));
  await button(page, en.importConfirm).click();
  await expect(page.getByTestId('import-done')).toHaveText(en.imported('backup.json', FILLED.name));
});

test('on a phone the import choices keep their labels on one line, with the hint below', async ({
  page,
  selfCheck,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await selfCheck.goto();
  await selfCheck.open('data');
  await selfCheck.chooseImportFile(file('backup.json', JSON.stringify(filledDocument())));
  await expect(preview(page)).toBeVisible();
  for (const name of [ja.merge, ja.replace]) {
    const label = preview(page).locator('label', { hasText: name });
    const box = await label.boundingBox();
    const lineHeight = await label.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    // One line: the label is about as tall as its line plus its padding, and wide.
    expect(box.width).toBeGreaterThan(150);
    expect(box.height).toBeLessThan(lineHeight * 2 + 24);
  }
  await preview(page).screenshot({ path: testInfo.outputPath('import-preview-390.png') });
});

test('merging a file with another assessment previews it as added, changes nothing until confirmed, then keeps both with the same one active', async ({
  page,
  selfCheck,
}) => {
  // Both browsers called their first assessment "a1": only the creation time tells them apart.
  const A = assessment('a1', '会計システム', '2026-04-01T09:00:00.000Z', {
    'pre-1.1': 'yes',
    'mig-4.1': 'no',
  });
  const B = assessment(
    'a1',
    'ファイル共有サービス',
    '2026-05-01T09:00:00.000Z',
    { 'pre-1.1': 'no', 'mig-4.2': 'yes', 'msr-u-III.1.1.1': 'done' },
    {
      organization: '〇〇市 総務課',
      snapshots: [
        {
          id: 's1',
          label: '初回',
          taken_at: '2026-05-02T09:00:00.000Z',
          answers: { 'pre-1.1': { answer: 'no' } },
        },
      ],
    },
  );
  await selfCheck.goto();
  await selfCheck.seed(documentOf([A]));
  await selfCheck.open('data');
  const before = await selfCheck.storedEntries();

  await selfCheck.chooseImportFile(file('other-browser.json', JSON.stringify(documentOf([B]))));
  await expect(preview(page)).toBeVisible();
  await expect(page.getByRole('radio', { name: ja.merge, exact: true })).toBeChecked();
  await expect(previewChanges(page)).toHaveText([ja.added(B.name, 3)]);
  // Replace would add B and remove A: the preview says so, and still nothing changes.
  await page.getByRole('radio', { name: ja.replace, exact: true }).check();
  await expect(previewChanges(page)).toHaveText([ja.added(B.name, 3), ja.removed(A.name, 2)]);
  await page.getByRole('radio', { name: ja.merge, exact: true }).check();
  await expect(previewChanges(page)).toHaveText([ja.added(B.name, 3)]);
  expect(await selfCheck.storedEntries()).toEqual(before);
  await expect(rows(page)).toHaveCount(1);

  await page.locator('#import-confirm').click();
  await expect(page.getByTestId('import-done')).toHaveText(ja.imported('other-browser.json', A.name));
  await expect(rows(page)).toHaveCount(2);
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments.length)
    .toBe(2);
  const merged = await selfCheck.storedDocument();
  expect(merged.active).toBe('a1');
  expect(merged.assessments[0]).toEqual(A);
  const added = merged.assessments[1];
  expect(added.id).not.toBe('a1');
  expect({ ...added, id: 'a1' }).toEqual(B);
  expect(answersOf(merged)).toEqual({ 'pre-1.1': 'yes', 'mig-4.1': 'no' });

  // A is still the one being edited.
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(A.name));
  await expect(selfCheck.assessmentRow('a1')).toHaveAttribute('aria-current', 'true');
  await expect(selfCheck.assessmentRow(added.id).locator('td').nth(1)).toHaveText('3');
  await selfCheck.open('');
  await selfCheck.expectAnswers({ 'pre-1.1': 'yes' });

  // B is there with its answers.
  await selfCheck.open('data');
  await button(page, ja.switch(B.name)).click();
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(B.name));
  await expect(page.locator('#organization')).toHaveValue('〇〇市 総務課');
  await expect(page.locator('li[data-snapshot]')).toHaveText([/初回/]);
  await selfCheck.open('');
  await selfCheck.expectAnswers({ 'pre-1.1': 'no' });
  await selfCheck.reload();
  await selfCheck.expectAnswers({ 'pre-1.1': 'no' });
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(B.name));
});

test('files that cannot be imported each say why in one message, and leave storage byte for byte as it was', async ({
  page,
  selfCheck,
}) => {
  test.setTimeout(60_000);
  await selfCheck.goto();
  await selfCheck.seed(filledDocument());
  await selfCheck.open('data');
  const json = await downloadOf(page, () => exportJson(page).click());
  const csv = await downloadOf(page, () => button(page, ja.exportCsv(FILLED.name)).click());
  const before = await selfCheck.storedEntries();

  const cases = [
    [
      'plain text',
      file('memo.txt', '会議メモ：来週までに規程を見直す。\n担当は情報政策課。\n', 'text/plain'),
      ja.errors.notJson,
    ],
    ['JSON that is not ours', file('hello.json', '{"hello":1}'), ja.errors.notOurs],
    [
      'a newer schema',
      file('newer.json', JSON.stringify({ ...filledDocument(), schema_version: 99 })),
      ja.errors.newer(99),
    ],
    ['an export cut in half', file('cut.json', json.text.slice(0, json.text.length / 2)), ja.errors.truncated],
    [
      'more than 5 MB',
      file('huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)),
      ja.errors.tooLarge,
    ],
    ["the app's own CSV", file(csv.name, csv.bytes, 'text/csv'), ja.errors.csv],
    ['a PNG image', file('chart.png', PNG, 'image/png'), ja.errors.notText],
    ['an empty file', file('empty.json', Buffer.alloc(0)), ja.errors.empty],
  ];
  for (const [what, chosen, message] of cases) {
    await selfCheck.chooseImportFile(chosen);
    const error = importError(page);
    await expect(error, what).toHaveText(message);
    await expect(error, what).toHaveAttribute('role', 'alert');
    await expect(page.getByRole('alert'), what).toHaveCount(1);
    await expect(preview(page), what).toHaveCount(0);
    expect(await selfCheck.storedEntries(), what).toEqual(before);
  }

  // The message follows the language.
  await selfCheck.switchLanguage('en');
  await expect(importError(page)).toHaveText(en.errors.empty);
  await selfCheck.chooseImportFile(cases[2][1]);
  await expect(importError(page)).toHaveText(en.errors.newer(99));
  await selfCheck.chooseImportFile(cases[5][1]);
  await expect(importError(page)).toHaveText(en.errors.csv);
  const afterEnglish = await selfCheck.storedEntries();
  expect(afterEnglish[STORAGE_KEY]).toBe(before[STORAGE_KEY]);

  // A good file after a bad one is previewed as usual.
  await selfCheck.chooseImportFile(file(json.name, json.bytes));
  await expect(importError(page)).toHaveCount(0);
  await expect(previewChanges(page)).toHaveText([en.unchanged(FILLED.name)]);
});

test('a snapshot freezes the answers; a changed answer shows in the comparison with its score; an unchanged state says so', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto();
  await selfCheck.seed(filledDocument());
  await selfCheck.open('data');
  await expect(page.getByText(ja.noSnapshots)).toBeVisible();
  await expect(page.getByTestId('comparison')).toHaveCount(0);

  await page.getByLabel('スナップショットのラベル').fill('2026年度 上期');
  await button(page, ja.takeSnapshot).click();
  const snapshots = page.locator('li[data-snapshot]');
  await expect(snapshots).toHaveCount(1);
  await expect(snapshots.first()).toContainText('2026年度 上期');
  await expect(page.locator('#snapshot-label')).toHaveValue('');
  // Taking one leaves the emptied label field focused, for the next.
  await expect(page.locator('#snapshot-label')).toBeFocused();
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments[0].snapshots?.length)
    .toBe(1);
  const stored = (await selfCheck.storedDocument()).assessments[0];
  const [first] = stored.snapshots;
  expect(first.label).toBe('2026年度 上期');
  expect(first.answers).toEqual(stored.answers);
  expect(first.responsibility).toEqual(stored.responsibility);

  // The newest snapshot against the current answers: nothing differs yet.
  await expect(page.locator('#compare-before')).toHaveValue(first.id);
  await expect(page.locator('#compare-after')).toHaveValue('');
  await expect(page.getByTestId('compare-unchanged')).toHaveText(COMPARE.ja.unchanged);
  await expect(page.getByTestId('comparison')).toHaveCount(0);

  // 4.3 changes from No to Yes.
  await selfCheck.open('mig');
  await selfCheck.answer('mig-4.3', 'yes');
  await selfCheck.open('data');
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toBeVisible();
  await expect(page.getByTestId('compare-unchanged')).toHaveCount(0);
  const changed = comparison.locator('tr[data-item]');
  await expect(changed).toHaveCount(1);
  const item43 = comparison.locator('tr[data-item="mig-4.3"]');
  await expect(item43.locator('th')).toContainText(
    `${moduleTitle('mig')} 4.3 ${CONTENT.mig.items.find((entry) => entry.id === 'mig-4.3').question.ja}`,
  );
  await expect(item43.locator('td')).toHaveText(['いいえ', 'はい']);
  const migScore = comparison.locator('tr[data-module="mig"]');
  await expect(migScore).toHaveCount(1);
  await expect(migScore.locator('td')).toHaveText([COMPARE.ja.yesMetric, '2/9', '3/9', COMPARE.ja.rose]);
  // Only what moved is listed.
  await expect(comparison.locator('tbody tr[data-module]')).toHaveCount(1);

  // The snapshot against itself: unchanged.
  await page.locator('#compare-after').selectOption(first.id);
  await expect(page.getByTestId('compare-unchanged')).toHaveText(COMPARE.ja.unchanged);
  await expect(page.getByTestId('comparison')).toHaveCount(0);

  // A second snapshot, compared with the first: the same change.
  await page.locator('#snapshot-label').fill('2026年度 下期');
  await page.locator('#snapshot-label').press('Enter');
  await expect(snapshots).toHaveCount(2);
  await page.locator('#compare-before').selectOption(first.id);
  const second = (await selfCheck.storedDocument()).assessments[0].snapshots[1];
  await page.locator('#compare-after').selectOption(second.id);
  await expect(comparison.locator('tr[data-item="mig-4.3"] td')).toHaveText(['いいえ', 'はい']);
  // The second against now: unchanged.
  await page.locator('#compare-before').selectOption(second.id);
  await page.locator('#compare-after').selectOption('');
  await expect(page.getByTestId('compare-unchanged')).toBeVisible();

  // Snapshots survive a reload, and can be deleted.
  await selfCheck.reload();
  await expect(snapshots).toHaveCount(2);
  // Deleting asks first: cancelling keeps it, and gives the focus back to its button.
  await button(page, 'スナップショット「2026年度 上期」を削除する').click();
  const confirm = page.getByRole('alertdialog', { name: 'スナップショット「2026年度 上期」を削除しますか？' });
  await expect(confirm.getByRole('heading')).toBeFocused();
  await confirm.getByRole('button', { name: 'キャンセル' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(button(page, 'スナップショット「2026年度 上期」を削除する')).toBeFocused();
  await expect(snapshots).toHaveCount(2);
  await button(page, 'スナップショット「2026年度 上期」を削除する').click();
  await confirm.getByRole('button', { name: '削除する' }).click();
  await expect(snapshots).toHaveCount(1);
  await expect(snapshots.first()).toContainText('2026年度 下期');
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments[0].snapshots.map((s) => s.label))
    .toEqual(['2026年度 下期']);
});

test('several assessments: create, rename, duplicate, switch, and delete with a confirmation; the last one cannot be deleted', async ({
  page,
  selfCheck,
}) => {
  test.setTimeout(60_000);
  await selfCheck.goto();
  await selfCheck.answer('pre-1.1', 'yes');
  await selfCheck.answer('pre-1.2', 'no');
  await selfCheck.open('data');

  // Rename: the header follows.
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(''));
  await page.getByLabel('評価の名前', { exact: true }).fill('会計システム');
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel('会計システム'));
  const first = selfCheck.assessmentRow('a1');
  await expect(first.locator('th')).toHaveText(`会計システム${ja.editingBadge}`);
  // The only assessment cannot be deleted, and says why.
  const deleteFirst = button(page, ja.delete('会計システム'));
  await expect(deleteFirst).toBeDisabled();
  await expect(deleteFirst).toHaveAccessibleDescription(ja.onlyOne);

  // Duplicate: the copy has the answers, and becomes the one being edited.
  await button(page, ja.duplicate('会計システム')).click();
  await expect(rows(page)).toHaveCount(2);
  const copyName = ja.copyName('会計システム');
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(copyName));
  await expect(page.locator('#assessment-name')).toHaveValue(copyName);
  await expect(deleteFirst).toBeEnabled();
  await expect(page.locator('#data-only-one')).toHaveCount(0);
  let stored = await selfCheck.storedDocument();
  const copy = stored.assessments[1];
  expect(copy.name).toBe(copyName);
  expect(stored.active).toBe(copy.id);
  expect(copy.answers).toEqual(stored.assessments[0].answers);
  await selfCheck.open('');
  await selfCheck.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no' });
  // Answers given now go to the copy only.
  await selfCheck.answer('pre-1.3', 'yes');

  // Create: an empty assessment, now being edited.
  await selfCheck.open('data');
  await page.getByLabel('新しい評価の名前').fill('ファイル共有');
  await button(page, ja.create).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(page.locator('#new-assessment')).toHaveValue('');
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel('ファイル共有'));
  await selfCheck.open('');
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  await selfCheck.answer('pre-1.1', 'no');

  // Switch: the header and the answers follow.
  await selfCheck.open('data');
  await button(page, ja.switch('会計システム')).click();
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel('会計システム'));
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect(button(page, ja.switch('会計システム'))).toHaveCount(0);
  await selfCheck.open('');
  await selfCheck.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no' });
  await expect(selfCheck.radio('pre-1.3', 'yes')).not.toBeChecked();
  await selfCheck.open('data');
  await button(page, ja.switch(copyName)).click();
  await selfCheck.open('');
  await selfCheck.expectAnswers({ 'pre-1.1': 'yes', 'pre-1.2': 'no', 'pre-1.3': 'yes' });
  await selfCheck.open('data');
  await button(page, ja.switch('ファイル共有')).click();
  await selfCheck.open('');
  await selfCheck.expectAnswers({ 'pre-1.1': 'no' });

  // Delete asks first; cancelling keeps the assessment.
  await selfCheck.open('data');
  await button(page, ja.delete(copyName)).click();
  const dialog = page.getByRole('alertdialog', { name: ja.deleteHeading(copyName) });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('data-testid', 'data-delete');
  await expect(dialog.getByRole('heading', { name: ja.deleteHeading(copyName) })).toBeFocused();
  await dialog.getByRole('button', { name: ja.cancel }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows(page)).toHaveCount(3);
  expect((await selfCheck.storedDocument()).assessments).toHaveLength(3);
  // Confirming removes it.
  await button(page, ja.delete(copyName)).click();
  await dialog.getByRole('button', { name: ja.deleteConfirm, exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows(page)).toHaveCount(2);
  await expect(selfCheck.assessmentRow(copy.id)).toHaveCount(0);
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments.map((a) => a.name))
    .toEqual(['会計システム', 'ファイル共有']);
  // Deleting the one being edited makes the first remaining one active.
  await button(page, ja.delete('ファイル共有')).click();
  await page.getByTestId('data-delete').getByRole('button', { name: ja.deleteConfirm, exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel('会計システム'));
  // The last one cannot be deleted.
  await expect(deleteFirst).toBeDisabled();
  await expect(deleteFirst).toHaveAccessibleDescription(ja.onlyOne);
  stored = await selfCheck.storedDocument();
  expect(stored.assessments.map((a) => a.name)).toEqual(['会計システム']);
  expect(stored.active).toBe('a1');

  // The same in English, after a reload.
  await selfCheck.reload();
  await selfCheck.switchLanguage('en');
  await expect(selfCheck.activeAssessment).toHaveText(en.activeLabel('会計システム'));
  await expect(button(page, en.delete('会計システム'))).toBeDisabled();
  await expect(button(page, en.delete('会計システム'))).toHaveAccessibleDescription(en.onlyOne);
  await button(page, en.duplicate('会計システム')).click();
  await expect(selfCheck.activeAssessment).toHaveText(en.activeLabel(en.copyName('会計システム')));
  await button(page, en.delete(en.copyName('会計システム'))).click();
  const englishDialog = page.getByRole('alertdialog', {
    name: en.deleteHeading(en.copyName('会計システム')),
  });
  await expect(englishDialog).toBeVisible();
  await englishDialog.getByRole('button', { name: en.deleteConfirm, exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
});

test('the language is a preference of the browser: importing a file, even one of schema 2 that held a language, keeps English', async ({
  page,
  selfCheck,
}) => {
  await selfCheck.goto();
  await selfCheck.switchLanguage('en');
  await selfCheck.open('data');
  await expect(page).toHaveTitle(`${en.heading} | ${TEXT.en.appTitle}`);

  // A schema-3 file (which holds no language), replacing what is here.
  await selfCheck.chooseImportFile(file('accounting.json', JSON.stringify(filledDocument())));
  await expect(preview(page).getByRole('heading')).toHaveText(en.previewHeading('accounting.json'));
  await page.getByRole('radio', { name: en.replace, exact: true }).check();
  await expect(previewChanges(page)).toHaveText([
    en.added(FILLED.name, Object.keys(FILLED_ANSWERS).length),
    en.removed(en.unnamed, 0),
  ]);
  await button(page, en.importConfirm).click();
  await expect(page.getByTestId('import-done')).toHaveText(en.imported('accounting.json', FILLED.name));
  await expect(selfCheck.html).toHaveAttribute('lang', 'en');
  await expect(selfCheck.activeAssessment).toHaveText(en.activeLabel(FILLED.name));
  expect(await selfCheck.storedRaw(LANGUAGE_KEY)).toBe('en');
  await expect.poll(() => selfCheck.storedDocument()).toEqual(filledDocument());

  // A schema-2 file still holds "language": "ja". It is read, and the language stays.
  const schema2 = {
    schema_version: 2,
    language: 'ja',
    active: 'a1',
    assessments: [
      {
        id: 'a1',
        name: '旧版の評価',
        created_at: '2025-12-01T09:00:00.000Z',
        answers: { 'pre-1.1': { answer: 'no' } },
        responsibility: {},
      },
    ],
  };
  await selfCheck.chooseImportFile(file('old.json', JSON.stringify(schema2)));
  await page.getByRole('radio', { name: en.replace, exact: true }).check();
  await expect(previewChanges(page)).toHaveText([
    en.added('旧版の評価', 1),
    en.removed(FILLED.name, Object.keys(FILLED_ANSWERS).length),
  ]);
  await button(page, en.importConfirm).click();
  await expect(page.getByTestId('import-done')).toHaveText(en.imported('old.json', '旧版の評価'));
  await expect(selfCheck.html).toHaveAttribute('lang', 'en');
  await expect(selfCheck.languageButton('en')).toHaveAttribute('aria-pressed', 'true');
  expect(await selfCheck.storedRaw(LANGUAGE_KEY)).toBe('en');
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments[0].name)
    .toBe('旧版の評価');
  const stored = await selfCheck.storedDocument();
  expect(stored.schema_version).toBe(SCHEMA_VERSION);
  expect(stored).not.toHaveProperty('language');

  await selfCheck.reload();
  await expect(selfCheck.html).toHaveAttribute('lang', 'en');
  await selfCheck.open('');
  await expect(selfCheck.preScore).toHaveText(TEXT.en.yesCount(0, 8));
  await selfCheck.expectAnswers({ 'pre-1.1': 'no' });
});

test.describe('keyboard and accessibility', () => {
  // Counts pointer events in the page, so the keyboard test can prove it never used the mouse.
  test.beforeEach(async ({ page }) => {
    await countPointerEvents(page);
  });

  test('every field and button of #/data is reached by Tab and works from the keyboard', async ({
    page,
    selfCheck,
  }) => {
    test.setTimeout(60_000);
    await selfCheck.goto();
    await selfCheck.seed(filledDocument());
    await selfCheck.open('data');
    await page.locator('main#main').focus();

    await tabTo(page, page.locator('#assessment-name'), 5);
    await page.keyboard.press('End');
    await page.keyboard.type('・本番');
    const name = `${FILLED.name}・本番`;
    await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(name));
    await page.keyboard.press('Tab');
    await expect(page.locator('#organization')).toBeFocused();

    // Duplicate with Enter, switch back with Space.
    await tabTo(page, button(page, ja.duplicate(name)), 5);
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(2);
    await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(ja.copyName(name)));
    await page.locator('#organization').focus();
    await tabTo(page, button(page, ja.switch(name)), 6);
    await page.keyboard.press('Space');
    await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel(name));

    // Delete the copy: Enter opens the confirmation, which takes the focus; its buttons follow.
    await page.locator('#organization').focus();
    await tabTo(page, button(page, ja.delete(ja.copyName(name))), 8);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByRole('heading')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: ja.deleteConfirm, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(1);

    // A new assessment: type a name and press Enter.
    await page.locator('#organization').focus();
    await tabTo(page, page.locator('#new-assessment'), 6);
    await page.keyboard.type('キーボード');
    await page.keyboard.press('Enter');
    await expect(selfCheck.activeAssessment).toHaveText(ja.activeLabel('キーボード'));
    await page.keyboard.press('Tab');
    await expect(button(page, ja.create)).toBeFocused();

    // A snapshot: its label and Enter.
    await tabTo(page, page.locator('#snapshot-label'), 4);
    await page.keyboard.type('キーボードで保存');
    await page.keyboard.press('Enter');
    await expect(page.locator('li[data-snapshot]')).toHaveCount(1);

    // Export with Enter.
    await tabTo(page, page.locator('#export-json'), 10);
    const json = await downloadOf(page, () => page.keyboard.press('Enter'));
    expect(JSON.parse(json.text).assessments).toHaveLength(2);
    await page.keyboard.press('Tab');
    await expect(page.locator('#export-csv')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#import-file')).toBeFocused();

    // Clear all data: the confirmation takes the focus; its buttons by Tab, cancel with Enter.
    await tabTo(page, page.locator('#clear-all'), 4);
    await page.keyboard.press('Enter');
    const clear = page.getByTestId('data-clear');
    await expect(clear.getByRole('heading')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(clear.getByRole('button', { name: ja.clearExportFirst })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#clear-confirm')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(clear.getByRole('button', { name: ja.cancel })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(clear).toHaveCount(0);
    await expect(rows(page)).toHaveCount(2);

    expect(await pointerEvents(page), 'pointer events').toBe(0);
  });

  for (const lang of ['ja', 'en']) {
    test(`#/data with several assessments, a comparison, an import preview and a confirmation has no axe violations (${lang})`, async ({
      page,
      selfCheck,
    }) => {
      await selfCheck.goto();
      await selfCheck.seed(filledDocument(), lang);
      await selfCheck.open('data');
      await page.locator('#snapshot-label').fill('before');
      await page.locator('#snapshot-label').press('Enter');
      await selfCheck.open('mig');
      await selfCheck.answer('mig-4.3', 'yes');
      await selfCheck.open('data');
      await button(page, DATA[lang].duplicate(FILLED.name)).click();
      await button(page, DATA[lang].switch(FILLED.name)).click();
      await expect(page.getByTestId('comparison')).toBeVisible();
      await selfCheck.chooseImportFile(file('accounting.json', JSON.stringify(filledDocument())));
      await expect(preview(page)).toBeVisible();
      await button(page, DATA[lang].clearButton).click();
      await expect(page.getByTestId('data-clear')).toBeVisible();
      await expectNoAxeViolations(page, `#/data, ${lang}`);

      // And with an import error and a delete confirmation.
      await page.getByTestId('data-clear').getByRole('button', { name: DATA[lang].cancel }).click();
      await selfCheck.chooseImportFile(file('hello.json', '{"hello":1}'));
      await expect(importError(page)).toHaveText(DATA[lang].errors.notOurs);
      await button(page, DATA[lang].delete(FILLED.name)).click();
      await expect(page.getByTestId('data-delete')).toBeVisible();
      await expectNoAxeViolations(page, `#/data with an error, ${lang}`);
    });
  }
});
