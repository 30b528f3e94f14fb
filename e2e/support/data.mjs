// The data the end-to-end tests check the app against: the content files, the interface text
// the tests look for (copied from src/i18n*.rs, per language), the storage keys and schema
// version, the lists of routes, checklists and items, the filled-in assessment the results and
// data tests use, and readers of what the app writes (stored documents, CSV). No browser here:
// the page object is in page.mjs, and ../fixtures.mjs gives both to the specs.
import { readFileSync } from 'node:fs';

/** The app's content files, so the tests check the quoted passages against their source. */
const readContent = (name) =>
  JSON.parse(readFileSync(new URL(`../../content/${name}.json`, import.meta.url), 'utf8'));
/** Every check of the tool, in order (content/modules.json): the one list of checks. */
export const CHECKS = readContent('modules').checks;
export const CONTENT = {
  ...Object.fromEntries(
    CHECKS.map((check) => [check.id, readContent(check.content.replace(/\.json$/, ''))]),
  ),
  glossary: readContent('glossary'),
  stages: readContent('stages'),
  sources: readContent('sources'),
};

/**
 * The full text of a citation line as the page shows it: label, the document's short name and
 * the section in the reader's language, e.g. "出典：システム監査学会 研究報告 VI 1.2 冒頭" or
 * "Source: JSSA research report VI 1.2, first paragraph". Seed file names are not on the line
 * (they are on the about page).
 */
export const citationText = (source, lang = 'ja') => {
  const documentEntry = CONTENT.sources.documents.find((entry) => entry.file === source.file);
  if (!documentEntry) throw new Error(`no document in sources.json for ${source.file}`);
  const label = lang === 'ja' ? '出典：' : 'Source: ';
  return `${label}${documentEntry.short[lang]} ${source.section[lang]}`;
};

/** The only origin the app may talk to: the test server of e2e/serve.mjs. */
export const APP_ORIGIN = `http://127.0.0.1:${process.env.PORT ?? 8181}`;

/** The localStorage key of the document, and the prefix of keys holding set-aside data. */
export const STORAGE_KEY = 'cloud-self-check';
/** The schema version this build writes (`SCHEMA_VERSION` in src/domain/document.rs). */
export const SCHEMA_VERSION = 3;
export const BACKUP_KEY_PREFIX = 'cloud-self-check.unreadable.';
/**
 * The localStorage key of the reader's language ("ja" or "en"), a preference of the browser
 * kept apart from the document since schema 3 (`LANGUAGE_KEY` in src/platform/storage.rs).
 */
export const LANGUAGE_KEY = 'cloud-self-check.language';

/** The source the diagnoses and checklists quote. */
export const SOURCE_FILE = '004_2afa2b1b220c6436.txt';

/** English counted nouns, as src/i18n/ui.rs writes them. */
const items = (n) => `${n} ${n === 1 ? 'item' : 'items'}`;
const itemsAre = (n) => `${n} ${n === 1 ? 'item is' : 'items are'}`;

/** Interface text the tests look for, per language (copied from src/i18n/ui.rs). */
export const TEXT = {
  ja: {
    appTitle: 'クラウド利用セルフチェック',
    langButton: '日本語',
    yes: 'はい',
    no: 'いいえ',
    skipToMain: '本文へ移動',
    loading: '読み込み中…',
    saved: 'このブラウザに保存済み',
    nothingSaved: 'まだ何も保存されていません',
    notSaved: '保存されていません（このタブを閉じると回答は失われます）',
    overviewHeading: 'チェックの一覧',
    backToOverview: '一覧に戻る',
    nextModule: (title) => `次へ：${title}`,
    guidance: '補足説明',
    toolsReading: '本ツールの解釈：',
    yesCount: (yes, total) => `「はい」の合計 ${yes}/${total}`,
    progress: (answered, total) => `${total}項目中${answered}項目に回答済み`,
    unanswered: (n) => `未回答 ${n}項目`,
    notStarted: '未着手',
    diagnosisPending: (n) => `あと${n}項目に答えると、結果が表示されます。`,
    stage0: '第0段階',
    stage0Summary:
      '項目1.1が「いいえ」（クラウドを何らかの形で経験したことがない）です。この結果は、ほかの項目の回答によっては変わりません。',
    stage1: '第1段階',
    outside: 'チェックリストが想定する組織像の範囲外',
    outsideItemsHeading: '「いいえ」と答えた項目',
    outsideAdviceHeading: '報告書の助言',
    goToMigration: 'クラウド移行チェックリストへ進む',
    migrationReady: '第2段階へ進む準備ができています',
    migrationReadySummary: '9項目すべてが「はい」です。',
    migrationNotReady: '第2段階へ進む前に取り組む項目があります',
    migrationNotReadySummary: (n) =>
      `「いいえ」の項目が${n}項目あります。報告書は、すべて「はい」になる状態にすることで適切に第2段階へ進めるとしています。`,
    migrationRestUnanswered: (n) => `ほかに未回答の項目が${n}項目あります。`,
    migrationPending: (n) => `あと${n}項目に答えると、第2段階へ進めるかどうかが表示されます。`,
    scopeTitle: 'このチェックリストは第1段階の組織に向けて書かれています',
    scopeSummary: (result) =>
      `前提条件チェックの結果は「${result}」でした。報告書は、このチェックリストを第1段階の組織に向けて書いています。`,
    blockerGuidance: '取り組むときの参考（補足説明）',
    dismiss: '閉じる',
    aboutLink: 'このツールについて',
    aboutHeading: 'このツールについて',
    notFoundHeading: 'ページが見つかりません',
    storageUnavailable:
      'このブラウザでは保存領域（localStorage）が使えないため、回答はこのタブの中だけに保持されます。',
    writeFailed: '回答を保存できませんでした',
    setAside: '元のデータを',
    unsupportedVersion: '対応していない版',
  },
  en: {
    appTitle: 'Cloud self-check',
    langButton: 'English',
    yes: 'Yes',
    no: 'No',
    skipToMain: 'Skip to main content',
    loading: 'Loading…',
    saved: 'Saved in this browser',
    nothingSaved: 'Nothing saved yet',
    notSaved: 'Not saved: answers will be lost when this tab is closed',
    overviewHeading: 'The checks',
    backToOverview: 'Back to the overview',
    nextModule: (title) => `Next: ${title}`,
    guidance: 'Supplementary notes',
    toolsReading: "This tool's reading: ",
    yesCount: (yes, total) => `Yes total ${yes}/${total}`,
    progress: (answered, total) => `${answered} of ${total} items answered`,
    unanswered: (n) => `${items(n)} unanswered`,
    notStarted: 'Not started',
    diagnosisPending: (n) => `Answer ${n} more ${n === 1 ? 'item' : 'items'} to see the result.`,
    stage0: 'Stage 0',
    stage0Summary:
      'Item 1.1 is No (no experience of the cloud in any form). The answers to the other items do not change this result.',
    stage1: 'Stage 1',
    outside: 'Outside the profile the checklists were written for',
    outsideItemsHeading: 'The items you answered No',
    outsideAdviceHeading: "The report's advice",
    goToMigration: 'Go to the cloud migration checklist',
    migrationReady: 'Ready to move to stage 2',
    migrationReadySummary: 'All 9 items are answered Yes.',
    migrationNotReady: 'Some items need work before stage 2',
    migrationNotReadySummary: (n) =>
      `${itemsAre(n)} answered No. The report says that bringing every item to Yes lets an organization move on to stage 2 properly.`,
    migrationRestUnanswered: (n) => `${n} more ${n === 1 ? 'item is' : 'items are'} still unanswered.`,
    migrationPending: (n) =>
      `Answer ${n} more ${n === 1 ? 'item' : 'items'} to see whether you can move on to stage 2.`,
    scopeTitle: 'This checklist is written for stage 1 organizations',
    scopeSummary: (result) =>
      `Your precondition check result was “${result}”. The report writes this checklist for organizations at stage 1.`,
    blockerGuidance: 'Notes to work from (supplementary notes)',
    dismiss: 'Dismiss',
    aboutLink: 'About this tool',
    aboutHeading: 'About this tool',
    notFoundHeading: 'Page not found',
    storageUnavailable: "This browser's storage (localStorage) is unavailable",
    writeFailed: 'Your answers could not be saved',
    setAside: 'set aside under',
    unsupportedVersion: 'unsupported version',
  },
};

/** The title of a module in a language, from its content file. */
export const moduleTitle = (module, lang = 'ja') => CONTENT[module].title[lang];

/**
 * The page title of a view: "{view title} | {app title}" on module, about and not-found views,
 * the app title alone on home.
 */
export const pageTitle = (route, lang = 'ja') => {
  const app = TEXT[lang].appTitle;
  if (route === '' || route === '/') return app;
  if (route === 'pre' || route === 'mig') return `${moduleTitle(route, lang)} | ${app}`;
  if (route === 'about') return `${TEXT[lang].aboutHeading} | ${app}`;
  return `${TEXT[lang].notFoundHeading} | ${app}`;
};

/** Item ids of each checklist, in page order (content/pre.json, content/mig.json). */
export const ITEMS = {
  pre: CONTENT.pre.items.map((item) => item.id),
  mig: CONTENT.mig.items.map((item) => item.id),
};

/** One content item by id. */
export const item = (id) =>
  [...CONTENT.pre.items, ...CONTENT.mig.items].find((candidate) => candidate.id === id);
/** { itemId: answer } of a stored document's active assessment, or null. */
export const answersOf = (document) => {
  const active = document?.assessments?.find((assessment) => assessment.id === document.active);
  if (!active) return null;
  return Object.fromEntries(
    Object.entries(active.answers).map(([id, response]) => [id, response.answer]),
  );
};

/** The route of each module, and the view that shows each route's content. */
export const ROUTES = ['', 'pre', 'mig', 'about'];

/** The checklists, in the order the app lists them (the checklist checks of modules.json). */
export const CHECKLISTS = CHECKS.filter((check) => check.kind === 'checklist').map((check) => check.id);

/** Every item of every checklist, in that order: the rows of the CSV export. */
export const ALL_ITEMS = CHECKLISTS.flatMap((module) =>
  CONTENT[module].items.map((entry) => ({ module, ...entry })),
);

/** Interface text of the results view (src/i18n/results.rs), as far as the tests read it. */
export const RESULTS = {
  ja: {
    heading: '結果と行動計画',
    reportTitle: 'クラウド利用 セルフチェック報告書',
    print: '報告書を印刷する（A4）',
    organization: '組織',
    assessment: '評価',
    notEntered: '（未入力）',
    approvalCaption: '承認欄',
    approval: ['作成', '確認', '承認'],
    summaryHeading: '結果の要約',
    stageLine: (stage) => `いまの段階：${stage}`,
    stageDiagnosed: '前提条件チェックの結果',
    stageUnknown:
      'いまの段階：まだ決まっていません（前提条件チェックに答えるか、「各段階における詳細な手順・評価」で選んでください）',
    notStarted: '未回答',
    nextStepsHeading: '次にすること',
    standingStart: '本ツールによる要約：いまの段階は第1段階（アジャイル型）です（前提条件チェックの結果）。',
    firstActionsHeading: 'まず取り組むこと',
    planTop: (n) => `行動計画の最初の${n}項目`,
    chartsHeading: 'チェックごとのグラフ',
    mapHeading: '責任分界',
    planHeading: '行動計画',
    planEmpty: '回答済みの項目に、不足はありません。',
    groups: {
      NextStage: '1. 第2段階への移行を妨げる項目（クラウド移行チェックリストで「いいえ」）',
      Basic: '2. 基本の対策・要件の不足',
      Responsibility: '3. 責任分界の不足',
      Recommended: '4. 推奨の対策の不足',
    },
    answeredAs: (answer) => `回答：${answer}`,
    note: 'メモ',
    owner: '担当者',
    due: '期限',
    dueInvalid: '期限は日付（年-月-日）で入力してください。この入力は保存されていません。',
    yesFigure: (yes, total) => `「はい」の数 ${yes}/${total}`,
    separator: '、',
    basicFigure: (percent) => `基本の実施率 ${percent}%`,
    recommendedFigure: (percent) => `推奨の実施率 ${percent}%`,
  },
  en: {
    heading: 'Results and action plan',
    reportTitle: 'Cloud use self-check report',
    print: 'Print the report (A4)',
    organization: 'Organization',
    assessment: 'Assessment',
    notEntered: '(not entered)',
    approvalCaption: 'Approval',
    approval: ['Prepared', 'Checked', 'Approved'],
    summaryHeading: 'Summary of results',
    stageLine: (stage) => `Current stage: ${stage}`,
    stageDiagnosed: "the precondition check's result",
    stageUnknown:
      'Current stage: not settled yet (answer the precondition check, or choose one in “Detailed procedures and evaluation for each stage”)',
    notStarted: 'Not answered',
    nextStepsHeading: 'Next steps',
    standingStart: "This tool's summary: Your current stage is Stage 1 (agile type) (the precondition check's result).",
    firstActionsHeading: 'What to do first',
    planTop: (n) => `The first ${n} entries of the action plan`,
    chartsHeading: 'Charts by check',
    mapHeading: 'Responsibility map',
    planHeading: 'Action plan',
    planEmpty: 'None of the answered items has a gap.',
    groups: {
      NextStage: '1. What blocks the move to stage 2 (cloud migration checklist items answered “No”)',
      Basic: '2. Basic measures and requirements not met',
      Responsibility: '3. Responsibility gaps',
      Recommended: '4. Recommended measures not met',
    },
    answeredAs: (answer) => `Answer: ${answer}`,
    note: 'Note',
    owner: 'Owner',
    due: 'Due date',
    dueInvalid: 'Enter the due date as a date (year-month-day). This entry was not saved.',
    yesFigure: (yes, total) => `“Yes” answers ${yes}/${total}`,
    separator: ', ',
    basicFigure: (percent) => `Basic coverage ${percent}%`,
    recommendedFigure: (percent) => `Recommended coverage ${percent}%`,
  },
};

/** The "current stage" line of the summary, for a stage diagnosed by the precondition check. */
export const diagnosedStageLine = (stageId, lang = 'ja') => {
  const stage = CONTENT.stages.stages.find((candidate) => candidate.id === stageId);
  const t = RESULTS[lang];
  return `${t.stageLine(stage.name[lang])}（${t.stageDiagnosed}）`;
};

/** Interface text of the snapshot comparison (src/i18n/results.rs). */
export const COMPARE = {
  ja: {
    unchanged: '二つの状態に違いはありません。',
    unanswered: '未回答',
    yesMetric: '「はい」の数',
    rose: '↑ 上がった',
    fell: '↓ 下がった',
  },
  en: {
    unchanged: 'The two states do not differ.',
    unanswered: 'Not answered',
    yesMetric: '“Yes” answers',
    rose: '↑ rose',
    fell: '↓ fell',
  },
};

/** Interface text of the assessments-and-data view (src/i18n/data.rs), as the tests read it. */
export const DATA = {
  ja: {
    heading: '評価とデータ',
    activeLabel: (name) => (name.trim() === '' ? '評価：（名前なし）' : `評価：${name}`),
    unnamed: '（名前なし）',
    editingBadge: '編集中',
    switch: (name) => `「${name}」に切り替える`,
    duplicate: (name) => `「${name}」を複製する`,
    delete: (name) => `「${name}」を削除する`,
    copyName: (name) => `${name}のコピー`,
    onlyOne:
      '評価が1つだけのときは削除できません。すべてを消すときは、下の「すべてのデータを消去」を使ってください。',
    create: '新しい評価を作成',
    deleteHeading: (name) => `「${name}」を削除しますか？`,
    deleteConfirm: '削除する',
    cancel: 'キャンセル',
    takeSnapshot: 'スナップショットを保存',
    noSnapshots: 'この評価のスナップショットはまだありません。',
    nowOption: 'いまの回答',
    exportJson: 'JSONを書き出す（すべての評価）',
    exportCsv: (name) => `CSVを書き出す（${name}）`,
    previewHeading: (file) => `「${file}」を取り込んだときの変更`,
    merge: '統合する',
    replace: '置き換える',
    added: (name, answered) => `追加：${name}（回答 ${answered}件）`,
    updated: (name, changed) => `更新：${name}（${changed}項目が変わります）`,
    removed: (name, answered) => `削除：${name}（回答 ${answered}件が消えます）`,
    unchanged: (name) => `変更なし：${name}`,
    importConfirm: '取り込む',
    imported: (file, active) => `「${file}」を取り込みました。使用中の評価は「${active}」です。`,
    errors: {
      tooLarge: 'このファイルは上限の5 MBを超えています。このツールが書き出したJSONファイルを選んでください。',
      empty: 'このファイルは空です。このツールが書き出したJSONファイルを選んでください。',
      notText: 'このファイルはテキストファイルではありません。このツールが書き出したJSONファイルを選んでください。',
      csv: 'CSVファイルは表計算ソフト用の書き出しで、取り込むことはできません。このツールが書き出したJSONファイルを選んでください。',
      notJson: 'このファイルはJSON形式ではありません。このツールが書き出したJSONファイルを選んでください。',
      truncated: 'このファイルは途中で切れています。書き出したときのままの、欠けていないファイルを選んでください。',
      notOurs: 'このJSONファイルは、このツールのデータではありません。このツールが書き出したJSONファイルを選んでください。',
      damaged:
        'このファイルはこのツールのデータですが、一部が壊れているか書き換えられていて読み取れません。書き出したときのままのファイルを選んでください。',
      newer: (version) =>
        `このファイルは新しい版のツール（データ形式 ${version}）で書き出されたもので、この版では読めません。書き出したときと同じ版か、それより新しい版のツールで取り込んでください。`,
    },
    clearButton: 'すべてのデータを消去…',
    clearHeading: 'すべてのデータを消去しますか？',
    clearText: '消去すると元に戻せません。残しておきたいときは、先にJSONを書き出してください。',
    clearExportFirst: '先にJSONを書き出す',
    clearConfirm: 'すべて消去する',
    cleared: 'すべてのデータを消去しました。新しい評価で始められます。',
  },
  en: {
    heading: 'Assessments and data',
    activeLabel: (name) => (name.trim() === '' ? 'Assessment: (no name)' : `Assessment: ${name}`),
    unnamed: '(no name)',
    editingBadge: 'Editing',
    switch: (name) => `Switch to “${name}”`,
    duplicate: (name) => `Duplicate “${name}”`,
    delete: (name) => `Delete “${name}”`,
    copyName: (name) => `Copy of ${name}`,
    onlyOne:
      'The only assessment cannot be deleted. To remove everything, use “Clear all data” below.',
    create: 'Create a new assessment',
    deleteHeading: (name) => `Delete “${name}”?`,
    deleteConfirm: 'Delete',
    cancel: 'Cancel',
    takeSnapshot: 'Save a snapshot',
    noSnapshots: 'This assessment has no snapshots yet.',
    nowOption: 'Current answers',
    exportJson: 'Export JSON (all assessments)',
    exportCsv: (name) => `Export CSV (${name})`,
    previewHeading: (file) => `What importing “${file}” changes`,
    merge: 'Merge',
    replace: 'Replace',
    added: (name, answered) => `Add: ${name} (${answered} answered)`,
    updated: (name, changed) =>
      changed === 1 ? `Update: ${name} (1 item changes)` : `Update: ${name} (${changed} items change)`,
    removed: (name, answered) =>
      answered === 1
        ? `Remove: ${name} (1 answer is lost)`
        : `Remove: ${name} (${answered} answers are lost)`,
    unchanged: (name) => `No change: ${name}`,
    importConfirm: 'Import',
    imported: (file, active) => `Imported “${file}”. The assessment in use is “${active}”.`,
    errors: {
      tooLarge: 'This file is larger than the 5 MB limit. Choose a JSON file exported by this tool.',
      empty: 'This file is empty. Choose a JSON file exported by this tool.',
      notText: 'This is not a text file. Choose a JSON file exported by this tool.',
      csv: 'A CSV file is the export for spreadsheets and cannot be imported. Choose a JSON file exported by this tool.',
      notJson: 'This file is not JSON. Choose a JSON file exported by this tool.',
      truncated: 'This file is cut off before its end. Choose the complete file, as it was exported.',
      notOurs: 'This JSON file is not data from this tool. Choose a JSON file exported by this tool.',
      damaged:
        'This file is data from this tool, but part of it is damaged or was edited and cannot be read. Choose the file as it was exported.',
      newer: (version) =>
        `This file was exported by a newer version of the tool (data format ${version}), which this version cannot read. Import it with the version of the tool that exported it, or a newer one.`,
    },
    clearButton: 'Clear all data…',
    clearHeading: 'Clear all data?',
    clearText: 'This cannot be undone. To keep a copy, export a JSON file first.',
    clearExportFirst: 'Export JSON first',
    clearConfirm: 'Clear everything',
    cleared: 'All data was cleared. You can start a new assessment.',
  },
};

/** The CSV export's header row, by language (src/domain/export.rs). */
export const CSV_HEADER = {
  ja: [
    'チェック',
    'ID',
    '質問',
    '区分',
    '回答',
    'メモ',
    '担当者',
    '期限',
    '出典',
    '契約で定めている値',
    '受け持つ側',
    '設定者',
    '設定管理者',
    '設定管理者の所属',
    '境界を契約等で確認',
    '課題',
    '組織',
    '評価',
    '出力日',
  ],
  en: [
    'check',
    'id',
    'question',
    'tier',
    'answer',
    'note',
    'owner',
    'due',
    'source',
    'value',
    'side',
    'setter',
    'setting manager',
    "setting manager's side",
    'boundary confirmed',
    'gaps',
    'organization',
    'assessment',
    'exported',
  ],
};

/**
 * Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF (or LF), a field
 * in double quotes may hold commas, line breaks and doubled quotes. Returns the records as
 * arrays of strings; a final line break does not make an empty record.
 */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      // The LF ends the record.
    } else if (c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * The assessment the results and data tests fill in: answers in several modules (stage 1 on the
 * precondition check, a No on the migration checklist, a 基本 and a 推奨 gap in the user-side
 * measures), a responsibility map with gaps, the names printed on the report, and follow-ups on
 * plan entries. The note holds a comma and double quotes (CSV quoting); the owner of the 推奨
 * gap starts like a spreadsheet formula.
 */
export const FILLED = {
  name: '会計システム（SaaS）',
  organization: '〇〇市 情報政策課',
  pre: ['yes', 'yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes'],
  mig: { 'mig-4.1': 'yes', 'mig-4.2': 'yes', 'mig-4.3': 'no' },
  measures: {
    'msr-u-III.1.1.1': 'not_done',
    'msr-u-III.1.1.2': 'done',
    'msr-u-III.1.1.3': 'partly',
  },
  setter: '情報システム課 山田',
  basicGap: 'msr-u-III.1.1.1',
  recommendedGap: 'msr-u-III.1.1.3',
  mapGap: 'rsp:user:data:manager_missing',
  followUp: {
    note: 'クラウド利用規程を改訂, "第1四半期" に着手',
    owner: '情報政策課 佐藤',
    due: '2027-03-31',
  },
  recommendedOwner: '=1+1',
  mapFollowUp: { note: '契約書で確認する', owner: '総務課' },
};

/** The answers of FILLED, as { itemId: answer }. */
export const FILLED_ANSWERS = {
  ...Object.fromEntries(ITEMS.pre.map((id, index) => [id, FILLED.pre[index]])),
  ...FILLED.mig,
  ...FILLED.measures,
};

/**
 * The items the sources write for models other than SaaS (their `models` in the content):
 * choosing SaaS on the map starts them as N/A, with this tool's reading as the reason
 * (src/domain/applicability.rs).
 */
export const SAAS_SCOPED_NA = CHECKLISTS.flatMap((module) => CONTENT[module].items)
  .filter((entry) => entry.models && !entry.models.includes('saas'))
  .map((entry) => entry.id);

/** FILLED's answers as the app records them when they are entered through the UI, SaaS chosen. */
export const FILLED_ANSWERS_ENTERED = {
  ...FILLED_ANSWERS,
  ...Object.fromEntries(SAAS_SCOPED_NA.map((id) => [id, 'not_applicable'])),
};

/** FILLED as a stored schema-3 document, for tests that start from it rather than type it. */
export const filledDocument = () => {
  const answers = Object.fromEntries(
    Object.entries(FILLED_ANSWERS).map(([id, answer]) => [id, { answer }]),
  );
  answers[FILLED.basicGap] = { ...answers[FILLED.basicGap], ...FILLED.followUp };
  answers[FILLED.recommendedGap] = {
    ...answers[FILLED.recommendedGap],
    owner: FILLED.recommendedOwner,
  };
  return {
    schema_version: SCHEMA_VERSION,
    active: 'a1',
    assessments: [
      {
        id: 'a1',
        name: FILLED.name,
        created_at: '2026-10-01T09:00:00.000Z',
        answers,
        responsibility: {
          model: 'saas',
          pattern: 'direct',
          cells: { 'user:data': { setter: FILLED.setter } },
        },
        organization: FILLED.organization,
        followups: { [FILLED.mapGap]: FILLED.mapFollowUp },
      },
    ],
  };
};
