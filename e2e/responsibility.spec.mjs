// The responsibility map (#/rsp): choosing a model and pattern draws the layer table; naming
// the setter and setting manager of each user-side cell and confirming the boundaries closes
// the gaps and raises the score; everything survives a reload; a model change that would drop
// entries asks first; names are shown as text and capped; the setting types under the map are
// filtered to the layers the user owns.
import { test, expect, CONTENT, TEXT } from './fixtures.mjs';

const ja = TEXT.ja;
const model = (id) => CONTENT.rsp.models.find((m) => m.id === id);
const pattern = (id) => CONTENT.rsp.patterns.find((p) => p.id === id);

/** The map's interface text (src/i18n/map.rs), as far as the tests read it. */
const MAP = {
  ja: {
    coverage: (covered, total) => `貴組織が受け持つ${total}欄のうち${covered}欄が充足`,
    gaps: (n) => `課題 ${n}件`,
    overview: (m, covered, total) => `${m}：${total}欄中${covered}欄が充足`,
    tooLong: '名前は100文字までです。それを超えた分は保存されていません。',
    dropHeading: 'この変更で消える記入があります',
    dropConfirm: '変更して記入を消す',
    dropCancel: '変更しない',
    setShown: (shown, total, m) =>
      `${m}で貴組織が受け持つレイヤに関わる${shown}類型を表示しています（このチェックで問う${total}類型のうち）。`,
    setCoverage: (p) => `実施率 ${p}%`,
  },
  en: {
    coverage: (covered, total) => `${covered} of the ${total} cells your organization owns are covered`,
    gaps: (n) => (n === 1 ? '1 gap' : `${n} gaps`),
  },
};

/** The fields of one cell of the layer table, by cell id (e.g. "user:os"). */
function cell(page, id) {
  const escaped = id.replace(':', '\\:');
  return {
    row: page.locator(`tr[data-cell="${id}"]`),
    setter: page.locator(`#${escaped}-setter`),
    manager: page.locator(`#${escaped}-manager`),
    side: page.locator(`#${escaped}-manager-side`),
    confirmed: page.locator(`#${escaped}-confirmed`),
    gaps: page.locator(`tr[data-cell="${id}"] td.map__gaps li`),
  };
}

/** Opens #/rsp and chooses a model and a pattern by their labels. */
async function choose(page, selfCheck, modelId, patternId, lang = 'ja') {
  await selfCheck.goto('rsp');
  if (lang === 'en') await selfCheck.switchLanguage('en');
  await page.getByRole('radio', { name: model(modelId).name[lang], exact: true }).check();
  await page.getByRole('radio', { name: pattern(patternId).name[lang], exact: true }).check();
}

const score = (page) => page.getByTestId('rsp-score');
const gapList = (page) => page.locator('[data-testid="rsp-gaps"] li');

test('IaaS with an SIer: the gaps appear, naming the roles raises the score, and a reload keeps it all', async ({
  page,
  selfCheck,
}) => {
  await choose(page, selfCheck, 'iaas', 'sier');

  // The table: the user holds data down to the OS and the use of the virtual environment; the
  // provider the running of the virtual environment and everything below.
  const rows = page.locator('[data-testid="rsp-table"] tbody tr');
  await expect(rows).toHaveCount(9);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.cell))).toEqual([
    'user:data',
    'user:application',
    'user:middleware',
    'user:os',
    'user:virtual',
    'provider:virtual',
    'provider:hardware',
    'provider:network',
    'provider:facility',
  ]);
  // With an SIer, the SIer is the expected setter and the user the setting manager, as the
  // chain of responsibility quotes.
  await expect(cell(page, 'user:os').row).toContainText('想定：SIer');
  await expect(page.getByTestId('rsp-chain')).toContainText(pattern('sier').chain[0].text[0].ja);
  await expect(page.getByTestId('rsp-chain')).toContainText(model('iaas').text.text[0].ja);
  await expect(cell(page, 'provider:hardware').row).toContainText('IaaS事業者');
  // Nothing named yet: 5 user cells × (setter, manager, boundary) + 4 provider boundaries.
  await expect(score(page)).toHaveText(`${MAP.ja.coverage(0, 5)}・${MAP.ja.gaps(19)}`);
  // Most important first: every missing setter before any missing manager.
  await expect(gapList(page).first()).toHaveAttribute('data-gap', 'setter_missing');
  await expect(gapList(page).last()).toHaveAttribute('data-gap', 'provider_unconfirmed');

  // Part of the map: the data layer fully, the OS with the same person in both roles and a
  // manager from outside the organization.
  const data = cell(page, 'user:data');
  await data.setter.fill('株式会社サンプルSI');
  await data.manager.fill('情報システム課 山田');
  // 001 II.1.3 1. outsources 「動作環境設定等」: the data stays the user's to set, so its row
  // expects the organization as setter and asks no side for its manager.
  await expect(data.row).toContainText('想定：貴組織');
  await expect(data.side).toHaveCount(0);
  await data.confirmed.check();
  await expect(data.gaps).toHaveCount(0);
  const os = cell(page, 'user:os');
  await os.setter.fill('佐藤 一郎');
  await os.manager.fill('佐藤　一郎');
  // The manager's side not chosen yet is unanswered, not a gap.
  await expect(os.row.locator('[data-pending="manager_side"]')).toBeVisible();
  await expect(os.row.locator('[data-gap="manager_outside"]')).toHaveCount(0);
  await os.side.selectOption('outside');
  await expect(os.row.locator('[data-pending="manager_side"]')).toHaveCount(0);
  // Named twice, so no name is missing; but the manager is the setter, from outside, and the
  // boundary is open: the data layer's 3 gaps are gone and the OS has 2 new ones.
  await expect(os.gaps).toHaveCount(3);
  await expect(os.row.locator('[data-gap="manager_outside"]')).toBeVisible();
  await expect(os.row.locator('[data-gap="same_person"]')).toBeVisible();
  await expect(os.row.locator('[data-gap="unconfirmed"]')).toBeVisible();
  await expect(score(page)).toHaveText(`${MAP.ja.coverage(1, 5)}・${MAP.ja.gaps(16)}`);

  // Naming the missing role: someone of the organization manages the OS, and the boundary is
  // confirmed. The score rises.
  await os.manager.fill('情報システム課 山田');
  await os.side.selectOption('own');
  await os.confirmed.check();
  await expect(os.gaps).toHaveCount(0);
  await expect(score(page)).toHaveText(`${MAP.ja.coverage(2, 5)}・${MAP.ja.gaps(13)}`);
  await cell(page, 'provider:hardware').confirmed.check();
  await expect(score(page)).toHaveText(`${MAP.ja.coverage(2, 5)}・${MAP.ja.gaps(12)}`);

  // A reload keeps everything: the choices, the names, the sides and the confirmations.
  await expect(selfCheck.saveStatus).toHaveText(ja.saved);
  await selfCheck.reload();
  await selfCheck.expectView('rsp');
  await expect(page.getByRole('radio', { name: 'IaaS', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: pattern('sier').name.ja, exact: true })).toBeChecked();
  await expect(data.setter).toHaveValue('株式会社サンプルSI');
  await expect(os.manager).toHaveValue('情報システム課 山田');
  await expect(os.side).toHaveValue('own');
  await expect(os.confirmed).toBeChecked();
  await expect(cell(page, 'provider:hardware').confirmed).toBeChecked();
  await expect(score(page)).toHaveText(`${MAP.ja.coverage(2, 5)}・${MAP.ja.gaps(12)}`);
  const stored = await selfCheck.storedDocument();
  expect(stored.assessments[0].responsibility.cells['user:os']).toEqual({
    setter: '佐藤 一郎',
    manager: '情報システム課 山田',
    manager_side: 'own',
    confirmed: true,
  });

  // The overview card says the same.
  await selfCheck.open('');
  await expect(page.getByTestId('rsp-overview-progress')).toHaveText(MAP.ja.overview('IaaS', 2, 5));
  await expect(page.getByTestId('rsp-overview-verdict')).toHaveText(MAP.ja.gaps(12));
});

test('a model change that would drop entries asks first, and keeps what still applies', async ({
  page,
  selfCheck,
}) => {
  await choose(page, selfCheck, 'iaas', 'direct');
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await cell(page, 'user:data').setter.fill('山田');
  await cell(page, 'user:os').setter.fill(hostile);

  // SaaS has no user-side OS: the change waits for a confirmation that lists what would go.
  await page.getByRole('radio', { name: 'SaaS', exact: true }).check();
  const dialog = page.getByRole('alertdialog', { name: MAP.ja.dropHeading });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: MAP.ja.dropHeading })).toBeFocused();
  await expect(dialog).toContainText(`OS：設定者 ${hostile}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // Keeping the current choice changes nothing.
  await dialog.getByRole('button', { name: MAP.ja.dropCancel }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'IaaS', exact: true })).toBeChecked();
  await expect(cell(page, 'user:os').setter).toHaveValue(hostile);

  // Confirming drops only the entries SaaS has no cell for; the data layer's setter stays.
  await page.getByRole('radio', { name: 'SaaS', exact: true }).check();
  await page.getByRole('button', { name: MAP.ja.dropConfirm }).click();
  await expect(page.getByRole('radio', { name: 'SaaS', exact: true })).toBeChecked();
  await expect(cell(page, 'user:data').setter).toHaveValue('山田');
  await expect(cell(page, 'user:os').row).toHaveCount(0);
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments[0].responsibility)
    .toEqual({ model: 'saas', pattern: 'direct', cells: { 'user:data': { setter: '山田' } } });

  // A change that drops nothing needs no confirmation: PaaS has every SaaS user cell.
  await page.getByRole('radio', { name: 'PaaS', exact: true }).check();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(cell(page, 'user:data').setter).toHaveValue('山田');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('names are capped at 100 characters with a clear message', async ({ page, selfCheck }) => {
  await choose(page, selfCheck, 'saas', 'direct');
  const setter = cell(page, 'user:data').setter;
  const long = '情'.repeat(120);
  await setter.fill(long);
  await expect(setter).toHaveValue('情'.repeat(100));
  await expect(setter).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: MAP.ja.tooLong })).toBeVisible();
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments[0].responsibility?.cells?.['user:data']?.setter)
    .toBe('情'.repeat(100));
  // Back under the cap, the message goes.
  await setter.fill('山田');
  await expect(page.getByRole('alert').filter({ hasText: MAP.ja.tooLong })).toHaveCount(0);
  await expect(setter).not.toHaveAttribute('aria-invalid', 'true');
});

test('the setting types under the map follow the layers the user owns, and are scored', async ({
  page,
  selfCheck,
}) => {
  const types = page.locator('#set fieldset.question');
  const total = CONTENT.set.items.length;
  await selfCheck.goto('rsp');
  // No model yet: every type is shown.
  await expect(types).toHaveCount(total);

  await page.getByRole('radio', { name: 'SaaS', exact: true }).check();
  // SaaS: the user owns data and the application's user settings.
  await expect(types).toHaveCount(6);
  await expect(page.locator('#set fieldset[data-item="set-4.1"]')).toHaveCount(0);
  await expect(page.getByTestId('set-result')).toContainText(MAP.ja.setShown(6, total, 'SaaS'));
  await page.getByRole('radio', { name: 'IaaS', exact: true }).check();
  await expect(types).toHaveCount(9);
  await expect(page.locator('#set fieldset[data-item="set-4.2"]')).toHaveCount(0);
  // A virtual network on the user's side brings in the network type.
  await page.getByLabel(CONTENT.rsp.virtual_network.label.ja).check();
  await expect(types).toHaveCount(10);

  // Each type shows its risk, quoted.
  await expect(page.locator('#set fieldset[data-item="set-1"] .question__risk')).toContainText(
    CONTENT.set.items[0].risk.ja,
  );
  // Done + Partly + N/A: 1.5 of 2 applicable = 75 %.
  const set1 = page.locator('#set fieldset[data-item="set-1"]');
  await set1.getByLabel('実施済み', { exact: true }).check();
  await page.locator('#set fieldset[data-item="set-2"]').getByLabel('一部実施', { exact: true }).check();
  await page.locator('#set fieldset[data-item="set-3"]').getByLabel('該当なし', { exact: true }).check();
  await expect(page.getByTestId('set-score')).toHaveText(MAP.ja.setCoverage(75));
  // N/A needs a reason: until it has one, the item is neither answered nor N/A.
  const reason = page.getByLabel('該当なしの理由（必須）');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#set fieldset[data-item="set-3"] .field-error')).toContainText(
    '「該当なし」を選んだときは、理由を短く書いてください。',
  );
  await expect(page.getByTestId('set-counts')).toContainText('該当なし 0・該当なし（理由が未記入）1');
  await reason.fill('オブジェクトストレージは使っていない');
  await expect(page.getByTestId('set-counts')).toContainText('該当なし 1・未回答 7');
  await expect(page.locator('#set fieldset[data-item="set-3"] .field-error')).toHaveCount(0);
  await selfCheck.reload();
  await expect(page.getByLabel('該当なしの理由（必須）')).toHaveValue('オブジェクトストレージは使っていない');
  await expect(set1.getByLabel('実施済み', { exact: true })).toBeChecked();
  await expect(page.getByTestId('set-score')).toHaveText(MAP.ja.setCoverage(75));
});

test('the map works in English and by keyboard alone', async ({ page, selfCheck }) => {
  await selfCheck.goto('rsp');
  await selfCheck.switchLanguage('en');
  await page.getByRole('radio', { name: 'SaaS', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'PaaS', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: pattern('direct').name.en, exact: true })).toBeChecked();
  // PaaS: the user holds data, the application and the use of the middleware (3 cells); the
  // provider the running of the middleware and the 5 layers below (6 boundaries).
  await expect(score(page)).toHaveText(`${MAP.en.coverage(0, 3)}, ${MAP.en.gaps(15)}`);

  const data = cell(page, 'user:data');
  await data.setter.focus();
  await page.keyboard.type('Yamada (IT section)');
  await page.keyboard.press('Tab');
  await expect(data.manager).toBeFocused();
  await page.keyboard.type('Suzuki (General affairs)');
  await page.keyboard.press('Tab');
  await expect(data.confirmed).toBeFocused();
  await page.keyboard.press('Space');
  await expect(data.confirmed).toBeChecked();
  await expect(data.gaps).toHaveCount(0);
  await expect(score(page)).toHaveText(`${MAP.en.coverage(1, 3)}, ${MAP.en.gaps(12)}`);
  // Every field has an accessible name that says which cell it is.
  await expect(page.getByRole('textbox', { name: 'Setter of Data', exact: true })).toHaveValue(
    'Yamada (IT section)',
  );
});

test('SaaS on another company\'s platform, API-linked SaaS and a no-code contract show who answers for what, with the tool\'s readings labelled', async ({
  page,
  selfCheck,
}) => {
  const rowCells = () => page.locator('[data-testid="rsp-table"] tbody tr');

  // 001 II.1.3 3.: provider A answers for the whole service, B's layers included.
  await choose(page, selfCheck, 'saas', 'platform');
  const os = cell(page, 'provider:os').row;
  await expect(os.locator('td').nth(1)).toContainText('SaaS事業者A');
  await expect(os.locator('td').nth(1)).toContainText('IaaS/PaaS事業者B');
  await expect(os.locator('td').nth(2)).toHaveText('SaaS事業者A');
  const chain = page.getByTestId('rsp-chain');
  await expect(chain.getByTestId('reading')).toContainText(pattern('platform').reading.ja);

  // 001 II.1.3 4.: the API link's parameters are a provider-side row, and provider B is named.
  await page.getByRole('radio', { name: pattern('api').name.ja, exact: true }).check();
  expect(await rowCells().evaluateAll((trs) => trs.map((tr) => tr.dataset.cell))).toContain(
    'provider:api_link',
  );
  const link = cell(page, 'provider:api_link').row;
  await expect(link).toContainText('API 連携パラメータ');
  await expect(link.locator('td').nth(1)).toContainText('SaaS事業者B');
  await expect(link.locator('td').nth(2)).toHaveText('SaaS事業者A');
  await expect(chain).toContainText('API 連携を通じて受ける SaaS サービス利用者としての管理責任を負う。');
  await expect(chain.getByTestId('reading')).toContainText(pattern('api').reading.ja);

  // 002 ch. 3: the contractor builds the app; the data is the user's, so its row asks no side
  // and never says the settings are outsourced.
  await page.getByRole('radio', { name: pattern('nocode').name.ja, exact: true }).check();
  const data = cell(page, 'user:data');
  await data.setter.fill('情報政策課 佐藤');
  await data.manager.fill('情報政策課 山田');
  await expect(data.side).toHaveCount(0);
  await expect(data.row.locator('[data-gap="manager_outside"]')).toHaveCount(0);
  await expect(data.row.locator('[data-pending]')).toHaveCount(0);
  const app = cell(page, 'user:application');
  await app.setter.fill('開発会社 鈴木');
  await app.manager.fill('情報政策課 山田');
  // Before a side is chosen the app's manager is unanswered, not "outside".
  await expect(app.row.locator('[data-pending="manager_side"]')).toBeVisible();
  await expect(page.locator('[data-testid="rsp-gaps"] [data-gap="manager_outside"]')).toHaveCount(0);
  await app.side.selectOption('outside');
  await expect(
    page.locator('[data-testid="rsp-gaps"] [data-gap="manager_outside"]'),
  ).toHaveAttribute('data-cell', 'user:application');
});
