// Embedding in a portal page (README.md, "Embedding"): one script tag and one
// <cloud-self-check> element, in a host page with hostile global styles (e2e/hosts/hostile.*:
// `* { all: unset }`, a 20 px base font, `h1 { display: none }`) and a strict policy of its
// own. The tool renders in a shadow root and works; the host's own elements keep every computed
// style they had before the tool loaded; the host's title, address, history, scroll and
// language stay as they were; the host sets the language, the first view and the colours; the
// text of a check is fetched from the tool's folder, not the host page's. And the iframe snippet.
import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  ITEMS,
  TEXT,
  SelfCheck,
  APP_ORIGIN,
  chunkOf,
  expectChecklistText,
} from './fixtures.mjs';

const HOST = '/hosts/hostile.html';
const EMBED = '/portal/self-check/embed.js';

const axeSource = readFileSync(
  new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);

/** Every computed style of every element of the host's own page (not the tool's). */
const hostStyles = (page) =>
  page.evaluate(() => {
    const styles = {};
    const tool = document.querySelector('cloud-self-check');
    // An element holding the tool grows with it: its used sizes, and what is derived from them,
    // are the tool's doing, not a change of the host's styles.
    const sized = ['height', 'block-size', 'width', 'inline-size', 'perspective-origin', 'transform-origin'];
    for (const [index, element] of [...document.querySelectorAll('body, body *')].entries()) {
      if (element === tool) continue;
      const holdsTool = element.contains(tool);
      const computed = getComputedStyle(element);
      const values = {};
      for (const property of computed) {
        if (holdsTool && sized.includes(property)) continue;
        values[property] = computed.getPropertyValue(property);
      }
      styles[`${index}:${element.tagName}#${element.id}`] = values;
    }
    return styles;
  });

/** What the host owns besides its styles. */
const hostState = (page) =>
  page.evaluate(() => ({
    title: document.title,
    href: location.href,
    history: history.length,
    lang: document.documentElement.lang,
    scrollY: window.scrollY,
  }));

/**
 * Opens the host page scrolled a little, at an in-page address, without the tool yet; `lang`
 * and `start` replace the element's attributes.
 */
async function openHost(page, { lang, start } = {}) {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${HOST}#welcome`);
  for (const [attribute, value] of [['lang', lang], ['start', start]]) {
    if (!value) continue;
    await page
      .locator('cloud-self-check')
      .evaluate((host, [name, to]) => host.setAttribute(name, to), [attribute, value]);
  }
  await page.evaluate(() => window.scrollTo(0, 120));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(120);
}

/** Adds the snippet's script tag and waits until the tool is alive in its shadow root. */
async function embed(page) {
  await page.addScriptTag({ type: 'module', url: EMBED });
  const selfCheck = new SelfCheck(page);
  await selfCheck.waitUntilReady();
  return selfCheck;
}

test.describe('embedded in a hostile portal page', () => {
  test('the host keeps its styles, title, address, history, scroll and language', async ({
    page,
  }) => {
    await openHost(page);
    const stylesBefore = await hostStyles(page);
    const before = await hostState(page);
    expect(Object.keys(stylesBefore).length).toBeGreaterThan(8);

    const selfCheck = await embed(page);
    // The tool is in a shadow root of the element, at the view the host asked for.
    expect(await page.evaluate(() => !!document.querySelector('cloud-self-check').shadowRoot)).toBe(true);
    expect(await page.evaluate(() => document.getElementById('main'))).toBeNull();
    await expect(selfCheck.section('pre')).toBeVisible();
    await expect(page.locator('#host-title')).toBeHidden();

    expect(await hostStyles(page)).toEqual(stylesBefore);
    expect(await hostState(page)).toEqual(before);

    // Moving within the tool (its top in view) leaves the host's address and scroll alone.
    // (Dispatched, not clicked: Playwright would scroll the link into view first.)
    await page.locator('cloud-self-check nav.site-nav a[href="#/results"]').dispatchEvent('click');
    await expect(selfCheck.resultsView).toBeVisible();
    expect(await hostState(page)).toEqual(before);
    expect(await hostStyles(page)).toEqual(stylesBefore);
  });

  test('the tool renders and works under hostile styles, and keeps answers', async ({ page }) => {
    await openHost(page);
    const selfCheck = await embed(page);
    const tool = page.locator('cloud-self-check');
    // The tool's own heading is shown (the host's `h1 { display: none }` does not reach it),
    // at the tool's own size: the host's 20 px root font does not scale it.
    const heading = tool.locator('h1').first();
    await expect(heading).toBeVisible();
    const looks = await tool.evaluate((host) => {
      const root = host.shadowRoot.getElementById('app');
      const question = host.shadowRoot.querySelector('fieldset.question');
      const link = host.shadowRoot.querySelector('main a[href]');
      const style = (element) => getComputedStyle(element);
      return {
        rootFont: style(root).fontSize,
        rootFamily: style(root).fontFamily,
        rootDisplay: style(root).display,
        questionDisplay: style(question).display,
        // Inherited from the host's body through the element, unless the tool resets them.
        letterSpacing: style(question).letterSpacing,
        wordSpacing: style(question).wordSpacing,
        textAlign: style(question).textAlign,
        linkColour: style(link).color,
        lang: root.getAttribute('lang'),
      };
    });
    expect(looks.rootFont).toBe('16px');
    expect(looks.rootFamily).toContain('Noto Sans');
    expect(looks.rootDisplay).toBe('block');
    expect(looks.questionDisplay).toBe('block');
    expect([looks.letterSpacing, looks.wordSpacing, looks.textAlign]).toEqual(['normal', '0px', 'start']);
    // The host's colour, set through the tool's custom property.
    expect(looks.linkColour).toBe('rgb(107, 45, 143)');
    expect(looks.lang).toBe('ja');
    await page.screenshot({ path: 'test-results/embedded-hostile.png', fullPage: true });

    const answers = ['yes', 'yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes'];
    await selfCheck.answerAll('pre', answers);
    const expected = Object.fromEntries(ITEMS.pre.map((id, index) => [id, answers[index]]));
    await expect.poll(() => selfCheck.storedAnswers()).toEqual(expected);

    await page.reload();
    await embed(page);
    await selfCheck.expectAnswers(expected);
    await expect(selfCheck.preScore).toHaveText(TEXT.ja.yesCount(6, 8));
  });

  test('the host sets the language; the host page keeps its own', async ({ page }) => {
    await openHost(page, { lang: 'en' });
    const selfCheck = await embed(page);
    expect(await selfCheck.language()).toBe('en');
    await expect(selfCheck.preScore).toHaveText(TEXT.en.yesCount(0, 8));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(
      await page.locator('cloud-self-check').evaluate((host) => host.shadowRoot.getElementById('app').lang),
    ).toBe('en');
  });

  for (const lang of ['ja', 'en']) {
    test(`a check whose text is not in the wasm comes from the tool's folder (${lang})`, async ({
      page,
    }) => {
      const chunks = [];
      page.on('request', (request) => {
        if (chunkOf(request.url())) chunks.push(request.url());
      });
      await openHost(page, { lang, start: 'mig' });
      await embed(page);
      await expectChecklistText(page, 'mig', lang);
      const folder = `${APP_ORIGIN}/portal/self-check/`;
      expect(
        await page
          .locator('cloud-self-check')
          .evaluate((host) => host.shadowRoot.getElementById('app').getAttribute('data-assets')),
      ).toBe(folder);
      expect(chunks.map(chunkOf)).toContain(`mig-${lang}`);
      expect(chunks.filter((url) => !url.startsWith(folder)), 'chunks asked of another folder').toEqual([]);
    });
  }

  test('a view whose code is a module of its own comes from the tool\'s folder', async ({ page }) => {
    const modules = [];
    page.on('request', (request) => {
      if (/\/split-[a-z0-9-]+-[0-9a-f]{16}\.wasm$/.test(request.url())) modules.push(request.url());
    });
    await openHost(page);
    const selfCheck = await embed(page);
    expect(modules, 'modules fetched by the first view').toEqual([]);
    await page.locator('cloud-self-check a[href="#/results"]').first().click();
    await selfCheck.expectView('results');
    const folder = `${APP_ORIGIN}/portal/self-check/`;
    expect(modules.some((url) => /\/split-results-/.test(url))).toBe(true);
    expect(modules.filter((url) => !url.startsWith(folder)), 'modules asked of another folder').toEqual([]);
  });

  test.describe(() => {
    // axe itself applies an inline style, which the host page's policy refuses (and reports);
    // the tool has reported nothing by then, which the test checks first.
    test.use({ cspViolationsExpected: true });
    test('axe finds no violation inside the embedded tool', async ({ page, cspReports }) => {
      await openHost(page);
      const selfCheck = await embed(page);
      await selfCheck.answerAll('pre', ['yes', 'no', null, null, null, null, null, null]);
      expect(cspReports, 'policy violations before axe ran').toEqual([]);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(
          { include: [['cloud-self-check']] },
          {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          },
        );
        return {
          checked: results.passes.length + results.incomplete.length + results.violations.length,
          violations: results.violations.map((violation) => ({
            id: violation.id,
            nodes: violation.nodes.map((node) => node.target.join(' ')),
          })),
        };
      });
      expect(violations.violations).toEqual([]);
      expect(violations.checked).toBeGreaterThan(5);
    });
  });
});

test('the iframe snippet shows the tool at the precondition check', async ({ page }) => {
  await page.goto('/hosts/iframe.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('main#main[data-ready="true"]')).toBeVisible();
  await expect(frame.locator('section#pre')).toBeVisible();
  await frame.locator('label[for="pre-1.1-yes"]').click();
  await expect(frame.locator('[id="pre-1.1-yes"]')).toBeChecked();
  expect(await page.title()).toBe('Portal: iframe host');
});
