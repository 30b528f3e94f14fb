// The first view is rendered at build time into dist/index.html (Japanese, home, no answers),
// so the questions are on screen before the wasm has loaded; the wasm then hydrates that markup
// and marks itself alive with main[data-ready="true"]. A radio clicked before that is kept.
import { readFileSync } from 'node:fs';
import { test, expect, TEXT, CHECKS, ITEMS, CONTENT, STORAGE_KEY, item, citationText } from './fixtures.mjs';

const ja = TEXT.ja;

/** The built page, as it is on disk. */
const distIndex = () =>
  readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');

/**
 * What a question's markup says, in a form that can be compared between the pre-rendered HTML
 * and the live DOM: ids, classes, texts, radios and labels, the disclosure and its citation.
 * Runs in the browser on a root element or a parsed document.
 */
function describeQuestions(root) {
  return [...root.querySelectorAll('fieldset.question')].map((fieldset) => ({
    item: fieldset.getAttribute('data-item'),
    className: fieldset.className,
    legend: fieldset.querySelector(':scope > legend')?.textContent,
    radios: [...fieldset.querySelectorAll('input[type="radio"]')].map((radio) => ({
      id: radio.id,
      name: radio.getAttribute('name'),
      value: radio.getAttribute('value'),
      checkedAttribute: radio.hasAttribute('checked'),
      label: root.querySelector(`label[for="${CSS.escape(radio.id)}"]`)?.textContent,
    })),
    summary: fieldset.querySelector('details.guidance > summary')?.textContent,
    open: fieldset.querySelector('details.guidance')?.hasAttribute('open'),
    guidance: fieldset.querySelector('.guidance__body')?.textContent,
  }));
}

test.describe('pre-rendered first view', () => {
  test('the served index.html holds the Japanese home view with its questions and no checked radio', async ({
    page,
    selfCheck,
  }) => {
    const response = await page.request.get('./');
    expect(response.status()).toBe(200);
    const raw = await response.text();
    // What is served is what the build wrote.
    expect(raw).toBe(distIndex());

    expect(raw).toMatch(/<html lang="ja">/);
    expect(raw).toContain('<div id="app" data-prerendered="">');
    expect(raw).not.toMatch(/<input[^>]*\schecked/);

    // Parse it in a blank page: DOMParser runs no script.
    await page.goto('about:blank');
    const parsed = await page.evaluate(
      ([html, describe]) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const describeQuestions = new Function(`return (${describe})`)();
        const main = doc.querySelector('#app[data-prerendered] main#main');
        return {
          title: doc.title,
          ready: main?.getAttribute('data-ready'),
          overviewCards: [...doc.querySelectorAll('nav.overview li.overview__card')].map(
            (card) => card.getAttribute('data-module'),
          ),
          preSection: !!doc.querySelector('main section#pre'),
          migSection: !!doc.querySelector('section#mig'),
          checked: doc.querySelectorAll('input[type="radio"]:checked').length,
          radios: doc.querySelectorAll('input[type="radio"]').length,
          score: doc.querySelector('[data-testid="pre-score"]')?.textContent,
          unanswered: doc.querySelector('[data-testid="pre-unanswered"]')?.textContent,
          pending: doc.querySelector('[data-testid="pre-diagnosis"]')?.textContent,
          saveStatus: doc.querySelector('[data-testid="save-status"]')?.textContent,
          langPressed: doc
            .querySelector('.lang-switch button[aria-pressed="true"]')
            ?.getAttribute('lang'),
          progress: doc.querySelector('[data-testid="pre-overview-progress"]')?.textContent,
          questions: describeQuestions(doc),
        };
      },
      [raw, describeQuestions.toString()],
    );
    expect(parsed.title).toBe(ja.appTitle);
    expect(parsed.ready).toBe('false');
    // Every check with a view of its own: first the path proposed before any role is chosen
    // (the using side's: the precondition and migration checks, and the checks of the parts
    // table I.5-1 marks ◎ for it, II and III), then the others, each group in the order of
    // content/modules.json.
    const views = CHECKS.filter((check) => !check.shown_in);
    const onPath = (check) =>
      ['pre', 'mig'].includes(check.id) || ['II', 'III'].includes(check.guide_part);
    expect(parsed.overviewCards).toEqual([
      ...views.filter(onPath).map((check) => check.id),
      ...views.filter((check) => !onPath(check)).map((check) => check.id),
    ]);
    expect(parsed.overviewCards.slice(0, 4)).toEqual(['pre', 'mig', 'rsp', 'msr-u']);
    expect(parsed.preSection).toBe(true);
    expect(parsed.migSection).toBe(false);
    // The precondition check's 8 questions, and the first screen's 3 service models.
    expect(parsed.radios).toBe(16 + 3);
    expect(parsed.checked).toBe(0);
    expect(parsed.score).toBe(ja.yesCount(0, 8));
    expect(parsed.unanswered).toBe(ja.unanswered(8));
    expect(parsed.pending).toBe(ja.diagnosisPending(8));
    expect(parsed.saveStatus).toBe(ja.loading);
    expect(parsed.langPressed).toBe('ja');
    expect(parsed.progress).toBe(ja.notStarted);

    // The eight precondition questions, in Japanese, each with its disclosure, closed.
    expect(parsed.questions.map((question) => question.item)).toEqual(ITEMS.pre);
    for (const question of parsed.questions) {
      const content = item(question.item);
      expect(question.legend).toBe(`${content.number}${content.question.ja}`);
      expect(question.radios.map((radio) => radio.label)).toEqual([ja.yes, ja.no]);
      expect(question.radios.some((radio) => radio.checkedAttribute)).toBe(false);
      expect(question.summary).toBe(ja.guidance);
      expect(question.open).toBe(false);
      expect(question.guidance).toContain(content.guidance[0].ja);
      expect(question.guidance).toContain(citationText(content.source));
    }

    // After hydration, the same elements carry the same markup.
    await selfCheck.goto();
    const hydrated = await page.evaluate(
      (describe) => new Function(`return (${describe})`)()(document.querySelector('#app')),
      describeQuestions.toString(),
    );
    expect(hydrated).toEqual(parsed.questions);
  });

  test('hydration keeps the pre-rendered elements instead of drawing new ones', async ({
    page,
    selfCheck,
  }) => {
    // Hold the wasm, mark the pre-rendered nodes, then let the app come alive.
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./', { waitUntil: 'commit' });
    await selfCheck.questions.first().waitFor();
    await expect(selfCheck.main).toHaveAttribute('data-ready', 'false');
    await page.evaluate(() => {
      window.__prerendered = {
        main: document.querySelector('main#main'),
        first: document.querySelector('fieldset.question'),
        radio: document.getElementById('pre-1.1-yes'),
      };
    });
    release();
    await selfCheck.waitUntilReady();
    expect(
      await page.evaluate(() => ({
        main: window.__prerendered.main === document.querySelector('main#main'),
        first: window.__prerendered.first === document.querySelector('fieldset.question'),
        radio: window.__prerendered.radio === document.getElementById('pre-1.1-yes'),
      })),
    ).toEqual({ main: true, first: true, radio: true });
    // And the kept elements are live: answering through them works.
    await selfCheck.answer('pre-1.1', 'yes');
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(1, 8));
  });

  test('a click before hydration is kept: checked, scored, and stored', async ({
    page,
    selfCheck,
  }) => {
    // Hold the wasm back for 1.5 s so the pre-rendered page is there without the app.
    let wasmRequests = 0;
    await page.route('**/*.wasm', async (route) => {
      wasmRequests += 1;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('./', { waitUntil: 'commit' });
    await selfCheck.question('pre-1.1').waitFor();
    await expect(selfCheck.main).toHaveAttribute('data-ready', 'false');

    // Click the label of 1.1 No on the pre-rendered page.
    await page.locator('label[for="pre-1.1-no"]').click();
    await expect(selfCheck.radio('pre-1.1', 'no')).toBeChecked();
    // The app was not alive yet when the click happened.
    await expect(selfCheck.main).toHaveAttribute('data-ready', 'false');
    expect(await selfCheck.storedRaw()).toBeNull();

    await selfCheck.waitUntilReady();
    expect(wasmRequests).toBeGreaterThan(0);

    // Still checked after hydration, and the app counts it: stage 0 at once.
    await selfCheck.expectAnswers({ 'pre-1.1': 'no' });
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(0, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(7));
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
    await expect(page.getByTestId('pre-overview-progress')).toHaveText(ja.progress(1, 8));
    // And saved, as any answer is.
    await expect.poll(() => selfCheck.storedAnswers()).toEqual({ 'pre-1.1': 'no' });
    await expect(selfCheck.saveStatus).toHaveText(ja.saved);

    await page.unroute('**/*.wasm');
    await selfCheck.reload();
    await selfCheck.expectAnswers({ 'pre-1.1': 'no' });
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
  });

  test('clicks before hydration are added to the answers already stored', async ({
    page,
    selfCheck,
  }) => {
    // A stored document with 1.3 Yes and 1.2 Yes.
    await page.addInitScript(
      ([key, value]) => {
        if (window.sessionStorage.getItem('e2e-seeded') === null) {
          window.sessionStorage.setItem('e2e-seeded', '1');
          window.localStorage.setItem(key, value);
        }
      },
      [
        STORAGE_KEY,
        JSON.stringify({
          schema_version: 1,
          language: 'ja',
          active: 'a1',
          assessments: [
            {
              id: 'a1',
              name: '',
              created_at: '2026-01-01T00:00:00.000Z',
              answers: { 'pre-1.2': { answer: 'yes' }, 'pre-1.3': { answer: 'yes' } },
            },
          ],
        }),
      ],
    );
    await page.route('**/*.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('./', { waitUntil: 'commit' });
    await selfCheck.question('pre-1.1').waitFor();
    await expect(selfCheck.main).toHaveAttribute('data-ready', 'false');
    // 1.1 Yes then No (the last click counts), and 1.2 No over the stored Yes.
    await page.locator('label[for="pre-1.1-yes"]').click();
    await page.locator('label[for="pre-1.1-no"]').click();
    await page.locator('label[for="pre-1.2-no"]').click();
    await expect(selfCheck.main).toHaveAttribute('data-ready', 'false');

    await selfCheck.waitUntilReady();
    await selfCheck.expectAnswers({ 'pre-1.1': 'no', 'pre-1.2': 'no', 'pre-1.3': 'yes' });
    await expect(selfCheck.preScore).toHaveText(ja.yesCount(1, 8));
    await expect(selfCheck.preUnanswered).toHaveText(ja.unanswered(5));
    await expect
      .poll(() => selfCheck.storedAnswers())
      .toEqual({ 'pre-1.1': 'no', 'pre-1.2': 'no', 'pre-1.3': 'yes' });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered questions are on screen, styled, in Japanese', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('fieldset.question')).toHaveCount(8);
    await expect(page.locator('fieldset.question').first()).toBeVisible();
    await expect(page.locator('fieldset[data-item="pre-1.1"] legend')).toContainText(
      CONTENT.pre.items[0].question.ja,
    );
    await expect(page.locator('noscript')).toHaveCount(1);
    // The style sheet applies: the skip link is out of sight until it has the focus.
    await expect(page.locator('a.skip-link')).not.toBeInViewport();
    await expect(page.locator('main#main')).toHaveAttribute('data-ready', 'false');
  });
});
