// Takes screenshots of the served app in Japanese and English, at desktop (1280 px) and phone
// (390 px) widths, into e2e/screenshots/:
//   home (top); the three precondition results (stage 0, stage 1, outside the profile),
//   scrolled to the result; #/mig with two blockers; #/mig with the stage-1 scope note;
//   #/rsp for SaaS, PaaS and IaaS (table, result, setting types); home with a role; #/msr-u,
//   #/msr-p, #/life and #/sla answered in part; #/glossary; #/about; at desktop width, the
//   recovery notice and the keyboard focus ring; and #/results (summary, charts, plan) and
//   #/data (assessments, snapshot comparison) with a filled assessment.
// Usage: node scripts/screenshots.mjs [url]   (serve dist/ first: node e2e/serve.mjs)
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { launchOptions } from '../e2e/chromium.mjs';

const port = process.env.PORT ?? 8181;
const url = process.argv[2] ?? `http://127.0.0.1:${port}/portal/self-check/`;
const out = 'e2e/screenshots';
await mkdir(out, { recursive: true });
const browser = await chromium.launch(launchOptions);
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const rsp = JSON.parse(readFileSync(new URL('../content/rsp.json', import.meta.url), 'utf8'));
const labels = { ja: { yes: 'はい', no: 'いいえ' }, en: { yes: 'Yes', no: 'No' } };

/** A fresh context (empty storage), the app open at a route and in a language. */
async function open(viewport, lang, route = '') {
  // Reduced motion: the page jumps instead of scrolling smoothly, so shots are not mid-scroll.
  // The browser's language decides a first visit's language: ask for the one wanted.
  const locale = lang === 'en' ? 'en-US' : 'ja-JP';
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', locale });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error}`));
  await page.goto(route ? `${url}#/${route}` : url);
  await page.locator('main#main[data-ready="true"]').waitFor();
  await page.locator(`html[lang="${lang}"]`).waitFor();
  return { context, page };
}

/** Answers the items of a module that are on screen: "y"/"n" per item, "-" leaves it open. */
async function answer(page, lang, module, pattern) {
  const questions = page.locator(`#${module} fieldset.question`);
  for (const [index, letter] of [...pattern].entries()) {
    if (letter === '-') continue;
    const label = letter === 'y' ? labels[lang].yes : labels[lang].no;
    await questions.nth(index).getByLabel(label, { exact: true }).check();
  }
}

/** Moves to a route inside the loaded app. */
async function go(page, route) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
  const view = { '': 'nav.overview', glossary: 'section.glossary' }[route] ?? `section#${route}`;
  await page.locator(view).waitFor();
}

/** Scrolls an element to the top of the viewport and takes a shot. */
async function shotAt(page, locator, path) {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path });
}

const preResults = {
  // 1.1 No, the rest unanswered: stage 0 at once.
  stage0: 'n-------',
  // All Yes: stage 1.
  stage1: 'yyyyyyyy',
  // 1.1 Yes and three more Yes, four No: outside the profile.
  outside: 'ynynynyn',
};

for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const lang of ['ja', 'en']) {
    const name = (view) => `${out}/${sizeName}-${lang}-${view}.png`;

    // Home, top.
    {
      const { context, page } = await open(viewport, lang);
      await page.screenshot({ path: name('home') });
      await page.screenshot({ path: name('home-full'), fullPage: true });
      await context.close();
    }

    // The three precondition results, on home, scrolled to the result.
    for (const [result, pattern] of Object.entries(preResults)) {
      const { context, page } = await open(viewport, lang);
      await answer(page, lang, 'pre', pattern);
      const diagnosis = page.locator(`[data-testid="pre-diagnosis"][data-diagnosis="${result}"]`);
      await diagnosis.waitFor();
      await shotAt(page, page.locator('#pre .result'), name(`pre-${result}`));
      await page.screenshot({ path: name(`pre-${result}-full`), fullPage: true });
      await context.close();
    }

    // #/mig with two blockers (4.3 and 4.7 No), after a stage 1 precondition result.
    {
      const { context, page } = await open(viewport, lang);
      await answer(page, lang, 'pre', 'yyyyyyyy');
      await go(page, 'mig');
      await answer(page, lang, 'mig', 'yynyyynyy');
      await page.locator('[data-testid="mig-blockers"] > li').nth(1).waitFor();
      await shotAt(page, page.locator('#mig .result'), name('mig-blockers'));
      await page.screenshot({ path: name('mig-blockers-full'), fullPage: true });
      await context.close();
    }

    // #/mig with the scope note: a stage 0 precondition result and every migration item Yes.
    {
      const { context, page } = await open(viewport, lang);
      await answer(page, lang, 'pre', 'n-------');
      await go(page, 'mig');
      await answer(page, lang, 'mig', 'yyyyyyyyy');
      await page.locator('[data-testid="mig-scope-note"]').waitFor();
      await shotAt(page, page.locator('#mig .result'), name('mig-scope-note'));
      await context.close();
    }

    // #/rsp for each service model: SaaS used directly, PaaS with a managed service, IaaS with
    // an SIer; a few names filled in, so the table shows covered cells and gaps; then the
    // result and the setting types under the map.
    for (const [model, pattern] of [['saas', 'direct'], ['paas', 'managed'], ['iaas', 'sier']]) {
      const { context, page } = await open(viewport, lang, 'rsp');
      const names = rsp.models.find((m) => m.id === model).name[lang];
      const patternName = rsp.patterns.find((p) => p.id === pattern).name[lang];
      await page.getByRole('radio', { name: names, exact: true }).check();
      await page.getByRole('radio', { name: patternName, exact: true }).check();
      await page.locator('#user\\:data-setter').fill(lang === 'ja' ? '情報システム課 鈴木' : 'Suzuki, IT section');
      await page.locator('#user\\:data-manager').fill(lang === 'ja' ? '総務課 山田' : 'Yamada, General affairs');
      // The side of the setting manager is asked only of a cell an outside party is expected to set.
      const side = page.locator('#user\\:data-manager-side');
      if (await side.count()) await side.selectOption('own');
      await page.locator('#user\\:data-confirmed').check();
      await page.locator('#user\\:application-setter').fill(lang === 'ja' ? '鈴木' : 'Suzuki');
      await page.locator('#user\\:application-manager').fill(lang === 'ja' ? '鈴木' : 'Suzuki');
      await shotAt(page, page.locator('[data-testid="rsp-table"]'), name(`rsp-${model}-table`));
      await shotAt(page, page.locator('[data-testid="rsp-result"]'), name(`rsp-${model}-result`));
      await shotAt(page, page.locator('section#set'), name(`rsp-${model}-set`));
      await page.screenshot({ path: name(`rsp-${model}-full`), fullPage: true });
      await context.close();
    }

    // Home with a role chosen; then each measure-style module with a few answers (one N/A
    // without its reason), scrolled to its first question and to its result; and the glossary.
    {
      const { context, page } = await open(viewport, lang);
      await page.locator('#role').selectOption('saas_vendor');
      await shotAt(page, page.locator('nav.overview'), name('home-role'));
      for (const module of ['msr-u', 'msr-p', 'life', 'sla']) {
        await go(page, module);
        const questions = page.locator(`section#${module} fieldset.question`);
        await questions.nth(0).getByRole('radio').nth(0).check();
        await questions.nth(1).getByRole('radio').nth(1).check();
        await questions.nth(2).getByRole('radio').last().check();
        await shotAt(page, questions.nth(0), name(`${module}-items`));
        await shotAt(page, page.locator(`section#${module} .result`), name(`${module}-result`));
      }
      await go(page, 'glossary');
      await page.screenshot({ path: name('glossary') });
      await context.close();
    }

    // #/about.
    {
      const { context, page } = await open(viewport, lang, 'about');
      await page.locator('section.about').waitFor();
      await page.screenshot({ path: name('about') });
      await page.screenshot({ path: name('about-full'), fullPage: true });
      await context.close();
    }
  }
}

// The recovery notice (unreadable stored data) and the keyboard focus ring, at desktop width.
for (const lang of ['ja', 'en']) {
  const context = await browser.newContext({ viewport: sizes.desktop, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('cloud-self-check', '{"schema_version": 1, "truncated');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(url);
  await page.locator('main#main[data-ready="true"]').waitFor();
  if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.screenshot({ path: `${out}/desktop-${lang}-notice.png` });
  // The focus ring on a choice (moved there with the keyboard), and on a 補足説明 summary.
  await page.locator('#pre-1\\.1-yes').focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('#pre fieldset.question').first().evaluate((element) =>
    element.scrollIntoView({ block: 'center' }),
  );
  await page.screenshot({ path: `${out}/desktop-${lang}-focus.png` });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.screenshot({ path: `${out}/desktop-${lang}-focus-guidance.png` });
  await context.close();
}
// #/results (summary, charts, plan) and #/data (assessments, snapshot comparison) with a filled
// assessment and a snapshot, in both languages and at both widths.
const content = (name) => JSON.parse(readFileSync(new URL(`../content/${name}.json`, import.meta.url), 'utf8'));
const filled = {};
for (const [index, item] of content('pre').items.entries()) filled[item.id] = { answer: index < 6 ? 'yes' : 'no' };
for (const [index, item] of content('mig').items.entries()) filled[item.id] = { answer: index % 3 === 2 ? 'no' : 'yes' };
for (const [index, item] of content('msr-u').items.entries()) filled[item.id] = { answer: ['done', 'partly', 'not_done', 'done'][index % 4] };
for (const [index, item] of content('sla').items.entries()) filled[item.id] = index % 2 ? { answer: 'defined', value: '99.9%' } : { answer: 'not_defined' };
filled['mig-4.3'] = { answer: 'no', note: 'バックアップは手作業', owner: '情報システム課', due: '2027-03-31' };
const seeded = JSON.stringify({
  schema_version: 3,
  active: 'a1',
  assessments: [{
    id: 'a1', name: '会計システム（SaaS）', organization: '〇〇市 情報政策課', created_at: '2026-11-01T00:00:00.000Z',
    answers: filled,
    responsibility: { model: 'saas', pattern: 'direct', cells: { 'user:data': { setter: '経理課', manager: '経理課', confirmed: true } } },
    snapshots: [{ id: 's1', label: '2026年度 上期', taken_at: '2026-10-01T00:00:00.000Z', answers: { ...filled, 'mig-4.3': { answer: 'yes' } } }],
  }],
});
for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const lang of ['ja', 'en']) {
    // The browser's language decides a first visit's language: ask for the one wanted.
  const locale = lang === 'en' ? 'en-US' : 'ja-JP';
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', locale });
    await context.addInitScript(([documentJson, language]) => {
      if (!localStorage.getItem('cloud-self-check')) {
        localStorage.setItem('cloud-self-check', documentJson);
        localStorage.setItem('cloud-self-check.language', language);
      }
    }, [seeded, lang]);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error}`));
    const prefix = `${out}/${sizeName}-${lang}`;
    await page.goto(`${url}#/results`);
    await page.locator('main#main[data-ready="true"]').waitFor();
    await page.screenshot({ path: `${prefix}-results.png` });
    await shotAt(page, page.locator('section.report__charts'), `${prefix}-results-charts.png`);
    await shotAt(page, page.locator('section.plan'), `${prefix}-results-plan.png`);
    await page.goto(`${url}#/data`);
    await page.locator('article.data').waitFor();
    await page.screenshot({ path: `${prefix}-data.png` });
    await shotAt(page, page.locator('[data-testid="comparison"]'), `${prefix}-data-compare.png`);
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
