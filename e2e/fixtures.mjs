// Shared fixtures for the end-to-end tests.
//
// Every test gets:
//  - a guard that records each request the browser context makes and, after the test, fails
//    it if any request went to an origin other than the test server (the app promises that
//    answers never leave the browser, so it must not contact anything else);
//  - a guard that fails the test on any uncaught error in the page (a Rust panic shows up as
//    one);
//  - `selfCheck`, a small page object with intention-revealing methods.
//
// Each test runs in a fresh browser context (Playwright's default), so localStorage starts
// empty unless the test seeds it.
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';

/** The app's content files, so the tests check the quoted passages against their source. */
const readContent = (name) =>
  JSON.parse(readFileSync(new URL(`../content/${name}.json`, import.meta.url), 'utf8'));
export const CONTENT = {
  pre: readContent('pre'),
  mig: readContent('mig'),
  stages: readContent('stages'),
  sources: readContent('sources'),
};

/**
 * The full text of a citation line as the page shows it: label, the document's short name,
 * the section, and the seed file, e.g. "出典：システム監査学会 研究報告 VI 1.2 (004_….txt)".
 */
export const citationText = (source, lang = 'ja') => {
  const documentEntry = CONTENT.sources.documents.find((entry) => entry.file === source.file);
  const label = lang === 'ja' ? '出典：' : 'Source: ';
  return `${label}${documentEntry.short[lang]} ${source.section} (${source.file})`;
};

/** The only origin the app may talk to: the test server of e2e/serve.mjs. */
export const APP_ORIGIN = 'http://127.0.0.1:8181';

/** The localStorage key of the document, and the prefix of keys holding set-aside data. */
export const STORAGE_KEY = 'cloud-self-check';
export const BACKUP_KEY_PREFIX = 'cloud-self-check.unreadable.';

/** The source the diagnoses and checklists quote. */
export const SOURCE_FILE = '004_2afa2b1b220c6436.txt';

/** Interface text the tests look for, per language (copied from src/i18n.rs). */
export const TEXT = {
  ja: {
    langButton: '日本語',
    yes: 'はい',
    no: 'いいえ',
    skipToMain: '本文へ移動',
    saved: 'このブラウザに保存済み',
    notSaved: '保存されていません（このタブを閉じると回答は失われます）',
    yesCount: (yes, total) => `はい ${yes}/${total}`,
    unanswered: (n) => `未回答 ${n}問`,
    diagnosisPending: (n) => `あと${n}問に答えると、段階の診断が表示されます。`,
    stage0: '第0段階',
    stage1: '第1段階',
    stage3: '典型的な状況の範囲外（第3段階と推定）',
    migrationReady: '第2段階へ進む準備ができています',
    migrationNotReady: '第2段階へ進む前に取り組む項目があります',
    migrationPending: (n) => `あと${n}問に答えると、第2段階へ進めるかどうかが表示されます。`,
    blockerGuidance: '取り組むときの参考（補足説明）',
    storageUnavailable:
      'このブラウザでは保存領域（localStorage）が使えないため、回答はこのタブの中だけに保持されます。',
    writeFailed: '回答を保存できませんでした',
    setAside: '元のデータを',
    unsupportedVersion: '対応していない版',
  },
  en: {
    langButton: 'English',
    yes: 'Yes',
    no: 'No',
    skipToMain: 'Skip to main content',
    saved: 'Saved in this browser',
    notSaved: 'Not saved: answers will be lost when this tab is closed',
    yesCount: (yes, total) => `Yes ${yes}/${total}`,
    unanswered: (n) => `${n} unanswered`,
    diagnosisPending: (n) =>
      `Answer ${n} more ${n === 1 ? 'question' : 'questions'} to see the stage diagnosis.`,
    stage0: 'Stage 0',
    stage1: 'Stage 1',
    stage3: 'Beyond the typical profile (presumed stage 3)',
    migrationReady: 'Ready to move to stage 2',
    migrationNotReady: 'Some items need work before stage 2',
    migrationPending: (n) =>
      `Answer ${n} more ${n === 1 ? 'question' : 'questions'} to see whether you can move on to stage 2.`,
    blockerGuidance: 'Notes to work from',
    storageUnavailable: "This browser's storage (localStorage) is unavailable",
    writeFailed: 'Your answers could not be saved',
    setAside: 'set aside under',
    unsupportedVersion: 'unsupported version',
  },
};

/** Item ids of each checklist, in page order (content/pre.json, content/mig.json). */
export const ITEMS = {
  pre: CONTENT.pre.items.map((item) => item.id),
  mig: CONTENT.mig.items.map((item) => item.id),
};

/** One content item by id. */
export const item = (id) =>
  [...CONTENT.pre.items, ...CONTENT.mig.items].find((candidate) => candidate.id === id);

/** A CSS selector for an element id that contains dots, such as "pre-1.1-yes". */
export const byId = (id) => `[id="${id}"]`;

/** { itemId: answer } of a stored document's active assessment, or null. */
export const answersOf = (document) => {
  const active = document?.assessments?.find((assessment) => assessment.id === document.active);
  if (!active) return null;
  return Object.fromEntries(
    Object.entries(active.answers).map(([id, response]) => [id, response.answer]),
  );
};

/** The page object: what a user can do on the page, and what they can see. */
export class SelfCheck {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.html = page.locator('html');
    this.main = page.locator('main#main');
    this.skipLink = page.locator('a.skip-link');
    this.languageGroup = page.getByRole('group', { name: /表示言語|Language/ });
    this.saveStatus = page.getByTestId('save-status');
    this.notices = page.getByTestId('notice');
    this.questions = page.locator('fieldset.question');

    this.preScore = page.getByTestId('pre-score');
    this.preUnanswered = page.getByTestId('pre-unanswered');
    this.preDiagnosis = page.getByTestId('pre-diagnosis');
    this.stagePractice = page.getByTestId('stage-practice');

    this.migScore = page.getByTestId('mig-score');
    this.migUnanswered = page.getByTestId('mig-unanswered');
    this.migVerdict = page.getByTestId('mig-verdict');
    this.migBlockers = page.getByTestId('mig-blockers');
    this.blockerItems = this.migBlockers.locator(':scope > li');
  }

  /** Opens the app and waits until the wasm has rendered the first question. */
  async goto() {
    await this.page.goto('./');
    await this.questions.first().waitFor();
  }

  /** Reloads the page and waits until the app has rendered again. */
  async reload() {
    await this.page.reload();
    await this.questions.first().waitFor();
  }

  /** The language the app is showing, read from the pressed language button. */
  async language() {
    const pressed = this.languageGroup.locator('button[aria-pressed="true"]');
    await expect(pressed).toHaveCount(1);
    return /** @type {'ja'|'en'} */ (await pressed.getAttribute('lang'));
  }

  /** The language switch button of a language. */
  languageButton(lang) {
    return this.page.getByRole('button', { name: TEXT[lang].langButton, exact: true });
  }

  /** Switches the display language with the header buttons and waits for the switch. */
  async switchLanguage(lang) {
    await this.languageButton(lang).click();
    await expect(this.languageButton(lang)).toHaveAttribute('aria-pressed', 'true');
    await expect(this.html).toHaveAttribute('lang', lang);
  }

  /** The fieldset of one item, e.g. "pre-1.1". */
  question(itemId) {
    return this.page.locator(`fieldset[data-item="${itemId}"]`);
  }

  /** The radio input of one answer of one item, found by its id. */
  radio(itemId, answer) {
    return this.page.locator(byId(`${itemId}-${answer}`));
  }

  /**
   * Answers one item by clicking its labelled radio in the current language.
   * @param {string} itemId e.g. "pre-1.1"
   * @param {'yes'|'no'} answer
   */
  async answer(itemId, answer) {
    const lang = await this.language();
    const label = TEXT[lang][answer];
    const input = this.question(itemId).getByLabel(label, { exact: true });
    // Click the visible label (as a user does); the input it labels must become checked.
    await this.question(itemId).locator(`label[for="${itemId}-${answer}"]`).click();
    await expect(input).toBeChecked();
  }

  /**
   * Answers a whole checklist in page order.
   * @param {'pre'|'mig'} module
   * @param {'yes'|'no'|Array<'yes'|'no'|null>|Record<string,'yes'|'no'>} pattern
   *   one answer for every item; or one entry per item (null leaves it unanswered); or a map
   *   from item id to answer (items not in the map are left unanswered).
   */
  async answerAll(module, pattern) {
    const ids = ITEMS[module];
    for (const [index, id] of ids.entries()) {
      let answer;
      if (typeof pattern === 'string') answer = pattern;
      else if (Array.isArray(pattern)) answer = pattern[index];
      else answer = pattern[id];
      if (answer) await this.answer(id, answer);
    }
  }

  /** Expects exactly these answers to be checked (and the other radios not). */
  async expectAnswers(answers) {
    for (const [id, answer] of Object.entries(answers)) {
      const other = answer === 'yes' ? 'no' : 'yes';
      await expect(this.radio(id, answer)).toBeChecked();
      await expect(this.radio(id, other)).not.toBeChecked();
    }
  }

  /** Notices (role=alert) containing a text. */
  notice(text) {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** The raw value stored under a localStorage key, or null. */
  async storedRaw(key = STORAGE_KEY) {
    return this.page.evaluate((k) => window.localStorage.getItem(k), key);
  }

  /** The stored document, parsed. */
  async storedDocument() {
    const raw = await this.storedRaw();
    return raw === null ? null : JSON.parse(raw);
  }

  /**
   * The answers of the stored document's active assessment, as { itemId: answer }: what a
   * reload would show. Other fields of a response (notes, owners) are left out.
   */
  async storedAnswers() {
    const document = await this.storedDocument();
    return answersOf(document);
  }

  /** Every localStorage key and value. */
  async storedEntries() {
    return this.page.evaluate(() => {
      const entries = {};
      for (let i = 0; i < window.localStorage.length; i++) {
        const key = window.localStorage.key(i);
        entries[key] = window.localStorage.getItem(key);
      }
      return entries;
    });
  }
}

export const test = base.extend({
  // Records every request of the context; after the test, none may have left the app origin.
  foreignRequests: [
    async ({ context }, use) => {
      const foreign = [];
      const seen = [];
      context.on('request', (request) => {
        const url = request.url();
        seen.push(url);
        let parsed;
        try {
          parsed = new URL(url);
        } catch {
          foreign.push(url);
          return;
        }
        if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return;
        if (parsed.origin !== APP_ORIGIN) foreign.push(url);
      });
      await use(foreign);
      expect(seen.length, 'the page made no request at all: was it loaded?').toBeGreaterThan(0);
      expect(foreign, `requests to origins other than ${APP_ORIGIN}`).toEqual([]);
    },
    { auto: true },
  ],

  // Collects uncaught page errors; after the test, there must be none.
  pageErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error?.stack ?? error)));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],

  selfCheck: async ({ page }, use) => {
    await use(new SelfCheck(page));
  },
});

export { expect };
