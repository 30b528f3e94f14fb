// Files from the corpus of bad imports (tests/bad-imports, all of which tests/data/bad_imports.rs
// runs natively), chosen through the real file field of #/data: one of each kind gets its one
// sentence and leaves storage byte for byte as it was; a file with markup and script in its
// free text is imported, and the text is shown as text.
import { readFileSync } from 'node:fs';
import { test, expect, DATA, filledDocument } from './fixtures.mjs';

const corpus = new URL('../tests/bad-imports/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', corpus), 'utf8'));
/** The corpus file whose name ends with `name`, e.g. "due-words". */
const corpusFile = (name) => {
  const entry = manifest.find(({ file }) => file.replace(/^\d{3}-/, '') === `${name}.json`);
  if (!entry) throw new Error(`no ${name} in the corpus`);
  return { ...entry, buffer: readFileSync(new URL(entry.file, corpus)) };
};
/** The manifest's names of the sentences, as the keys of DATA[lang].errors. */
const MESSAGE = { damaged: 'damaged', not_ours: 'notOurs' };

const CHOSEN = [
  'markup-in-note',
  'wrong-type-due-number',
  'duplicate-item-key',
  'unknown-answer-maybe',
  'due-february-30',
  'snapshot-empty-id',
  'schema-1-language-unknown',
  '1mb-note',
  'nested-10000-arrays',
];

test('bad files from the corpus each get their sentence and leave storage as it was', async ({
  page,
  selfCheck,
}) => {
  test.setTimeout(60_000);
  await selfCheck.goto();
  await selfCheck.seed(filledDocument());
  await selfCheck.open('data');
  const before = await selfCheck.storedEntries();
  for (const name of CHOSEN.slice(1)) {
    const { file, expect: kind, buffer } = corpusFile(name);
    await selfCheck.chooseImportFile({ name: file, mimeType: 'application/json', buffer });
    const error = page.getByTestId('import-error');
    await expect(error, file).toHaveText(DATA.ja.errors[MESSAGE[kind]]);
    await expect(page.getByTestId('import-preview'), file).toHaveCount(0);
    expect(await selfCheck.storedEntries(), file).toEqual(before);
  }
  await selfCheck.switchLanguage('en');
  await expect(page.getByTestId('import-error')).toHaveText(DATA.en.errors.notOurs);
});

test('markup and script in an imported file are shown as text and never run', async ({
  page,
  selfCheck,
}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await selfCheck.goto();
  await selfCheck.seed(filledDocument());
  await selfCheck.open('data');
  const before = await selfCheck.storedEntries();
  for (const name of ['markup-in-name', 'markup-in-organization']) {
    const { file, expect: kind, buffer } = corpusFile(name);
    expect(kind).toBe('accepted');
    await selfCheck.chooseImportFile({ name: file, mimeType: 'application/json', buffer });
    await expect(page.getByTestId('import-preview')).toBeVisible();
    // Nothing changes before the confirmation.
    expect(await selfCheck.storedEntries()).toEqual(before);
  }
  const { buffer } = corpusFile('markup-in-name');
  const markup = JSON.parse(buffer.toString('utf8')).assessments[0].name;
  await selfCheck.chooseImportFile({ name: 'markup.json', mimeType: 'application/json', buffer });
  await page.locator('#import-replace').check();
  await page.locator('#import-confirm').click();
  await expect(selfCheck.activeAssessment).toHaveText(DATA.ja.activeLabel(markup));
  await expect(page.locator('main img, main script')).toHaveCount(0);
  expect((await selfCheck.storedDocument()).assessments[0].name).toBe(markup);
});
