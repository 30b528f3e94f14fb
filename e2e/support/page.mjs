// The page object of the end-to-end tests: `SelfCheck`, what a user can do on the page and what
// they can see, with intention-revealing methods; and the steps several specs share (download a
// file, run axe-core, fill in the FILLED assessment). The data it uses is in data.mjs.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { FILLED, ITEMS, LANGUAGE_KEY, STORAGE_KEY, TEXT, answersOf, item } from './data.mjs';

/** A CSS selector for an element id that contains dots, such as "pre-1.1-yes". */
export const byId = (id) => `[id="${id}"]`;

// ---------------------------------------------------------------------------------------------
// The keyboard, and proof that the mouse was not used.

/**
 * Counts pointer events in the page from its next load on, so a keyboard test can prove it never
 * used the mouse (see pointerEvents).
 */
export async function countPointerEvents(page) {
  await page.addInitScript(() => {
    window.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown']) {
      window.addEventListener(type, () => (window.__pointerEvents += 1), true);
    }
  });
}

/** The pointer events the page has seen since it loaded (after countPointerEvents). */
export const pointerEvents = (page) => page.evaluate(() => window.__pointerEvents);

/** Whether a locator's element has the keyboard focus. */
const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab until the locator's element has focus, failing after `max` presses. Returns the
 * presses it took.
 */
export async function tabTo(page, locator, max) {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(locator)) return presses;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
  return max;
}

/** Presses Shift+Tab until the locator's element has focus, failing after `max` presses. */
export async function shiftTabTo(page, locator, max) {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(locator)) return presses;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(locator).toBeFocused();
  return max;
}

// ---------------------------------------------------------------------------------------------
// Files and accessibility.

/**
 * Clicks something that makes the page download a file, and returns the file: its suggested
 * name, its bytes and its text (UTF-8).
 */
export async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

const axeSource = readFileSync(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the whole page and fails with every
 * violation's id, targets and reason. Evaluated from the local file through the devtools
 * protocol: no request leaves the test server, and no inline <script> is added that the page's
 * Content-Security-Policy would (rightly) refuse.
 */
export async function expectNoAxeViolations(page, state) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
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
  });
  const report = violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target}\n      ${node.summary}`).join('\n'),
    )
    .join('\n');
  expect(violations, `axe violations (${state}):\n${report}`).toEqual([]);
}

/** The page object: what a user can do on the page, and what they can see. */
export class SelfCheck {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.html = page.locator('html');
    this.main = page.locator('main#main');
    this.ready = page.locator('main#main[data-ready="true"]');
    this.skipLink = page.locator('a.skip-link');
    this.languageGroup = page.getByRole('group', { name: /表示言語|Language/ });
    this.saveStatus = page.getByTestId('save-status');
    this.notices = page.getByTestId('notice');
    this.questions = page.locator('fieldset.question');

    // Views.
    this.overview = page.locator('nav.overview');
    this.backLink = page.locator('main p.breadcrumb a');
    this.nextModuleLink = page.locator('main p.next-module a.next-step');
    this.aboutView = page.locator('section.about');
    this.notFoundView = page.locator('section.not-found');
    this.resultsView = page.locator('article.report');
    this.dataView = page.locator('article.data');
    this.activeAssessment = page.getByTestId('active-assessment');

    this.preScore = page.getByTestId('pre-score');
    this.preUnanswered = page.getByTestId('pre-unanswered');
    this.preVerdictTitle = page.getByTestId('pre-verdict-title');
    this.preDiagnosis = page.getByTestId('pre-diagnosis');
    // This tool's readings in the checklist sections (the role question has its own, folded).
    this.reading = page.locator('section.checklist').getByTestId('reading');
    this.screenedOut = page.getByTestId('pre-screened-out');
    this.screenedOutItems = this.screenedOut.locator(':scope > li');
    this.stagePractice = page.getByTestId('stage-practice');

    this.migScore = page.getByTestId('mig-score');
    this.migUnanswered = page.getByTestId('mig-unanswered');
    this.migVerdictTitle = page.getByTestId('mig-verdict-title');
    this.migVerdict = page.getByTestId('mig-verdict');
    this.migBlockers = page.getByTestId('mig-blockers');
    this.migScopeNote = page.getByTestId('mig-scope-note');
    this.blockerItems = this.migBlockers.locator(':scope > li');
  }

  /** The overview card of a module, e.g. "pre". */
  overviewCard(module) {
    return this.page.locator(`li.overview__card[data-module="${module}"]`);
  }

  /** The section of a checklist module (#pre, #mig). */
  section(module) {
    return this.page.locator(`section#${module}`);
  }

  /** Waits until the app is alive (hydrated) and has read storage. */
  async waitUntilReady() {
    await this.ready.waitFor();
  }

  /**
   * Opens the app afresh (a full page load) at a route, e.g. "" (home), "pre", "mig", "about",
   * and waits until the app is alive. The pre-rendered questions exist before that, so waiting
   * for a question would not do.
   */
  async goto(route = '') {
    await this.page.goto(route === '' ? './' : `./#/${route}`);
    await this.waitUntilReady();
    await this.expectView(route);
  }

  /** Reloads the page and waits until the app is alive again. */
  async reload() {
    await this.page.reload();
    await this.waitUntilReady();
  }

  /**
   * Moves the loaded app to a route by its address (#/…), as a link or the address bar does
   * within the page, and waits for the view. The page is not reloaded.
   */
  async open(route) {
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/${route}`);
    await this.expectView(route);
  }

  /** The route the URL holds: "" for home, "pre", "mig", "about", or any other path. */
  async route() {
    const hash = new URL(this.page.url()).hash;
    return hash.replace(/^#\/?/, '');
  }

  /** Expects the view of a route to be shown, and only that one. */
  async expectView(route) {
    const preQuestions = this.page.locator('#pre fieldset.question');
    const migQuestions = this.page.locator('#mig fieldset.question');
    switch (route) {
      case '':
      case '/':
        await expect(this.overview).toBeVisible();
        await expect(preQuestions).toHaveCount(8);
        await expect(this.section('mig')).toHaveCount(0);
        await expect(this.backLink).toHaveCount(0);
        break;
      case 'pre':
        await expect(preQuestions).toHaveCount(8);
        await expect(this.backLink).toBeVisible();
        await expect(this.overview).toHaveCount(0);
        await expect(this.section('mig')).toHaveCount(0);
        break;
      case 'mig':
        await expect(migQuestions).toHaveCount(9);
        await expect(this.backLink).toBeVisible();
        await expect(this.overview).toHaveCount(0);
        await expect(this.section('pre')).toHaveCount(0);
        break;
      case 'stage':
      case 'msr-u':
      case 'msr-p':
      case 'life':
      case 'sla':
      case 'rsp':
        await expect(this.section(route)).toBeVisible();
        await expect(this.backLink).toBeVisible();
        await expect(this.overview).toHaveCount(0);
        await expect(preQuestions).toHaveCount(0);
        break;
      case 'glossary':
        await expect(this.page.locator('section.glossary')).toBeVisible();
        await expect(this.overview).toHaveCount(0);
        break;
      case 'results':
        await expect(this.resultsView).toBeVisible();
        await expect(this.questions).toHaveCount(0);
        await expect(this.overview).toHaveCount(0);
        break;
      case 'data':
        await expect(this.dataView).toBeVisible();
        await expect(this.questions).toHaveCount(0);
        await expect(this.overview).toHaveCount(0);
        break;
      case 'about':
        await expect(this.aboutView).toBeVisible();
        await expect(this.questions).toHaveCount(0);
        await expect(this.overview).toHaveCount(0);
        break;
      default:
        await expect(this.notFoundView).toBeVisible();
        await expect(this.questions).toHaveCount(0);
        await expect(this.overview).toHaveCount(0);
    }
  }

  /**
   * Makes the questions of a module reachable: the precondition check is on home and on #/pre,
   * the migration checklist on #/mig only. Stays put when the module is already shown.
   */
  async showModule(module) {
    if ((await this.section(module).count()) === 0) await this.open(module);
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

  /** The 補足説明 disclosure of one item. */
  guidance(itemId) {
    return this.question(itemId).locator('details.guidance');
  }

  /**
   * Answers one item by clicking its labelled radio in the current language. The item's module
   * must be on screen (see showModule; answerAll does it).
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
   * Answers a whole checklist in page order, opening its view first if it is not on screen
   * (the migration checklist is on #/mig only).
   * @param {'pre'|'mig'} module
   * @param {'yes'|'no'|Array<'yes'|'no'|null>|Record<string,'yes'|'no'>} pattern
   *   one answer for every item; or one entry per item (null leaves it unanswered); or a map
   *   from item id to answer (items not in the map are left unanswered).
   */
  async answerAll(module, pattern) {
    await this.showModule(module);
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

  /**
   * Replaces what this browser holds with a document (an object, written as JSON) and, if
   * given, a language preference, then reloads so the app reads them.
   */
  async seed(document, language = null) {
    await this.page.evaluate(
      ([key, value, languageKey, preference]) => {
        window.localStorage.clear();
        window.localStorage.setItem(key, value);
        if (preference !== null) window.localStorage.setItem(languageKey, preference);
      },
      [STORAGE_KEY, JSON.stringify(document), LANGUAGE_KEY, language],
    );
    await this.reload();
  }

  /** One entry of the action plan (#/results), by its key: an item id or a map gap's key. */
  planEntry(key) {
    return this.page.locator(`li.plan__entry[data-key="${key}"]`);
  }

  /** The note, owner or due field of a plan entry. */
  planField(key, field) {
    return this.planEntry(key).locator(`[id^="plan-"][id$="-${field}"]:is(input, textarea)`);
  }

  /** The row of an assessment in the list of #/data, by its id. */
  assessmentRow(id) {
    return this.page.locator(`tr[data-assessment="${id}"]`);
  }

  /**
   * Chooses a file in the import field of #/data: `file` is { name, mimeType, buffer } or a
   * string of JSON text.
   */
  async chooseImportFile(file) {
    const payload =
      typeof file === 'string'
        ? { name: 'import.json', mimeType: 'application/json', buffer: Buffer.from(file) }
        : file;
    await this.page.locator('#import-file').setInputFiles(payload);
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

/**
 * Fills in FILLED through the interface, as a user does: the checklists, the map, the names on
 * #/data and the follow-ups on #/results. Ends on #/results once storage holds it all.
 */
export async function fillAssessment(page, selfCheck) {
  await selfCheck.answerAll('pre', FILLED.pre);
  await selfCheck.answerAll('mig', FILLED.mig);
  await selfCheck.open('msr-u');
  for (const [id, answer] of Object.entries(FILLED.measures)) {
    await page.locator(byId(`${id}-${answer}`)).check();
  }
  await selfCheck.open('rsp');
  await page.getByRole('radio', { name: 'SaaS', exact: true }).check();
  await page.locator('[id="user:data-setter"]').fill(FILLED.setter);
  await selfCheck.open('data');
  await page.locator('#assessment-name').fill(FILLED.name);
  await page.locator('#organization').fill(FILLED.organization);
  await selfCheck.open('results');
  await selfCheck.planField(FILLED.basicGap, 'note').fill(FILLED.followUp.note);
  await selfCheck.planField(FILLED.basicGap, 'owner').fill(FILLED.followUp.owner);
  await selfCheck.planField(FILLED.basicGap, 'due').fill(FILLED.followUp.due);
  await selfCheck.planField(FILLED.recommendedGap, 'owner').fill(FILLED.recommendedOwner);
  await selfCheck.planField(FILLED.mapGap, 'note').fill(FILLED.mapFollowUp.note);
  await selfCheck.planField(FILLED.mapGap, 'owner').fill(FILLED.mapFollowUp.owner);
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments[0].followups)
    .toEqual({ [FILLED.mapGap]: FILLED.mapFollowUp });
  await expect
    .poll(async () => (await selfCheck.storedDocument())?.assessments[0].answers[FILLED.basicGap])
    .toEqual({ answer: 'not_done', ...FILLED.followUp });
}

// ---------------------------------------------------------------------------------------------
// Content chunks: the text of a check in one language, loaded when the check is opened.

/**
 * A content chunk's file name, content-<chunk>-<lang>-<hash16>.json (written by
 * src/bin/prerender.rs, carried by scripts/bundle.mjs): its groups are the chunk and the language.
 */
export const CHUNK_FILE = /content-([a-z0-9]+(?:-[a-z0-9]+)*)-(ja|en)-([0-9a-f]{16})\.json(?:$|[?#])/;

/** The chunk ("mig-ja") a request's URL asks for, or null when it asks for no chunk. */
export const chunkOf = (url) => {
  const parts = new URL(url).pathname.split('/').pop().match(CHUNK_FILE);
  return parts ? `${parts[1]}-${parts[2]}` : null;
};

/** Records the chunks ("mig-ja") the page requests from now on, in order. */
export function recordChunkRequests(page) {
  const chunks = [];
  page.on('request', (request) => {
    const chunk = chunkOf(request.url());
    if (chunk) chunks.push(chunk);
  });
  return chunks;
}

/** A view's message while what it waits for (its words, its code) loads: role=status. */
export const loadingStatus = (page) => page.locator('[data-chunk-status="loading"]');
/** A view's message when what it waits for could not be loaded: role=alert, with its button. */
export const failedStatus = (page) => page.locator('[data-chunk-status="failed"]');

/**
 * Holds every response for URLs matching `pattern` until `release()`; `requested()` waits for
 * the first request.
 */
export async function holdResponses(page, pattern) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let count = 0;
  await page.route(pattern, async (route) => {
    count += 1;
    await released;
    await route.continue();
  });
  const requested = () =>
    expect.poll(() => count, { message: `a request for ${pattern}` }).toBeGreaterThan(0);
  return { requested, release };
}

/**
 * Leaves every request for URLs matching `pattern` unanswered (the connection stalls) until
 * the returned function is called; requests after that are answered.
 */
export async function stallResponses(page, pattern) {
  let answer = false;
  await page.route(pattern, async (route) => {
    if (answer) return route.continue();
    // Never answered.
  });
  return () => {
    answer = true;
  };
}

/**
 * Expects a view's loading message to stay for 19 s of the page's clock (installed by the
 * test) and to turn into the failure after 21 s: a response that never comes fails after 20 s.
 */
export async function expectFailureAfter20Seconds(page) {
  await expect(loadingStatus(page)).toBeVisible();
  await page.clock.runFor(19_000);
  await expect(loadingStatus(page)).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(failedStatus(page)).toBeVisible();
}

/**
 * Expects a checklist's questions on screen in a language, with their text (not only their
 * radios): every question, the first one's wording, and its answers' labels.
 */
export async function expectChecklistText(page, module, lang) {
  const questions = page.locator(`section#${module} fieldset.question`);
  await expect(questions).toHaveCount(ITEMS[module].length);
  const first = page.locator(`fieldset[data-item="${ITEMS[module][0]}"]`);
  await expect(first).toContainText(item(ITEMS[module][0]).question[lang]);
  await expect(first.getByLabel(TEXT[lang].yes, { exact: true })).toHaveCount(1);
}
