// Journey: a user moves between the views of the app by their addresses (hash routes): home
// (#/ or no hash), each module (#/pre, #/mig), the about page (#/about), and an address the app
// does not know. Reload, the back button, bookmarks and links open the same view.
import { test, expect, TEXT, CONTENT, ITEMS, moduleTitle, pageTitle } from './fixtures.mjs';

const ja = TEXT.ja;
const en = TEXT.en;

test.describe('routes', () => {
  test('home is shown with no hash and with #/, and has the overview and step 1 only', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto();
    await expect(page).toHaveTitle(pageTitle(''));
    await expect(selfCheck.overview.getByRole('heading', { level: 2 })).toHaveText(
      ja.overviewHeading,
    );
    await expect(selfCheck.overviewCard('pre')).toHaveCount(1);
    await expect(selfCheck.overviewCard('mig')).toHaveCount(1);
    // The migration checklist lives on #/mig only.
    await expect(page.locator('#mig fieldset.question')).toHaveCount(0);

    // A fresh load of "#/" (from another page, so it is not just a change of the hash).
    await page.goto('about:blank');
    await page.goto('./#/');
    await selfCheck.waitUntilReady();
    await selfCheck.expectView('');
    await expect(page).toHaveTitle(pageTitle(''));
  });

  test('the footer names each source document apart, in each language', async ({ page, selfCheck }) => {
    await selfCheck.goto();
    const sources = page.locator('.site-footer__sources');
    await expect(sources.locator('cite')).toHaveCount(CONTENT.sources.documents.length);
    const names = await sources.locator('cite').allInnerTexts();
    await expect(sources).toContainText(names.join('、'));
    await selfCheck.switchLanguage('en');
    const english = await sources.locator('cite').allInnerTexts();
    await expect(sources).toContainText(english.join('; '));
  });

  for (const module of ['pre', 'mig']) {
    test(`#/${module} opens the ${module} module on a fresh load and again on reload`, async ({
      page,
      selfCheck,
    }) => {
      await selfCheck.goto(module);
      await expect(page).toHaveURL(new RegExp(`#/${module}$`));
      await expect(page).toHaveTitle(pageTitle(module));
      await expect(selfCheck.section(module).getByRole('heading', { level: 2 })).toHaveText(
        moduleTitle(module),
      );
      await expect(selfCheck.section(module).locator('fieldset.question')).toHaveCount(
        ITEMS[module].length,
      );
      await expect(selfCheck.backLink).toHaveText(ja.backToOverview);
      await expect(selfCheck.backLink).toHaveAttribute('href', '#/');

      await selfCheck.reload();
      await selfCheck.expectView(module);
      await expect(page).toHaveURL(new RegExp(`#/${module}$`));
      await expect(page).toHaveTitle(pageTitle(module));
    });
  }

  test('#/about opens the about page, with the sources, what the tool claims and its version', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto('about');
    await expect(page).toHaveTitle(pageTitle('about'));
    await expect(selfCheck.aboutView.getByRole('heading', { level: 2 })).toHaveText(
      ja.aboutHeading,
    );
    const documents = selfCheck.aboutView.locator('.source-document');
    await expect(documents).toHaveCount(CONTENT.sources.documents.length);
    for (const [index, document] of CONTENT.sources.documents.entries()) {
      await expect(documents.nth(index)).toHaveAttribute('data-file', document.file);
      await expect(documents.nth(index)).toContainText(document.title.ja);
      await expect(documents.nth(index)).toContainText(document.file);
    }
    const { version, date } = CONTENT.sources.edition;
    await expect(selfCheck.aboutView.locator('.edition')).toHaveText(
      `収録内容の版：${version}（${date}）`,
    );

    await selfCheck.reload();
    await selfCheck.expectView('about');

    await selfCheck.switchLanguage('en');
    await expect(page).toHaveTitle(pageTitle('about', 'en'));
    await expect(selfCheck.aboutView.locator('.edition')).toHaveText(
      `Content version ${version} (${date})`,
    );
  });

  test('the footer link and the module links move between views without a reload', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto();
    // A marker on window survives only if the page is not reloaded.
    await page.evaluate(() => {
      window.__samePage = true;
    });

    await selfCheck.overviewCard('mig').getByRole('link').click();
    await selfCheck.expectView('mig');
    await expect(page).toHaveURL(/#\/mig$/);
    await expect(page).toHaveTitle(pageTitle('mig'));

    await selfCheck.backLink.click();
    await selfCheck.expectView('');
    await expect(page).toHaveURL(/#\/$/);
    await expect(page).toHaveTitle(pageTitle(''));

    await selfCheck.overviewCard('pre').getByRole('link').click();
    await selfCheck.expectView('pre');
    // The module view leads on to the next module.
    await expect(selfCheck.nextModuleLink).toHaveText(ja.nextModule(moduleTitle('mig')));
    await expect(selfCheck.nextModuleLink).toHaveAttribute('href', '#/mig');
    await selfCheck.nextModuleLink.click();
    await selfCheck.expectView('mig');

    await page.getByRole('link', { name: ja.aboutLink }).click();
    await selfCheck.expectView('about');
    await expect(page).toHaveURL(/#\/about$/);

    // The title in the header leads home.
    await page.locator('header h1 a').click();
    await selfCheck.expectView('');

    expect(await page.evaluate(() => window.__samePage)).toBe(true);
  });

  test('links to views are real links with their address', async ({ selfCheck }) => {
    await selfCheck.goto();
    await expect(selfCheck.overviewCard('pre').getByRole('link')).toHaveAttribute('href', '#/pre');
    await expect(selfCheck.overviewCard('mig').getByRole('link')).toHaveAttribute('href', '#/mig');
    await expect(selfCheck.page.getByRole('link', { name: ja.aboutLink })).toHaveAttribute(
      'href',
      '#/about',
    );
  });

  // The view starts at its top: nothing of the new view is scrolled past (scrollY is at most
  // the offset of main, which sits under the header).
  const viewStartsAtTop = (page) =>
    page.evaluate(() => window.scrollY <= document.querySelector('main#main').offsetTop);

  test('moving to another view focuses main and scrolls to the top', async ({
    page,
    selfCheck,
  }) => {
    // The default of a desktop browser: smooth scrolling is on (style.css turns it on for
    // prefers-reduced-motion: no-preference).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await selfCheck.goto();
    // Go down to the end of the page, where the precondition result is.
    await selfCheck.preDiagnosis.scrollIntoViewIfNeeded();
    expect(await viewStartsAtTop(page)).toBe(false);

    await selfCheck.open('mig');
    await expect(selfCheck.main).toBeFocused();
    await expect.poll(() => viewStartsAtTop(page), 'the #/mig view starts at its top').toBe(true);

    // The same from a link followed at the foot of the page.
    await page.getByRole('link', { name: ja.aboutLink }).scrollIntoViewIfNeeded();
    expect(await viewStartsAtTop(page)).toBe(false);
    await page.getByRole('link', { name: ja.aboutLink }).click();
    await selfCheck.expectView('about');
    await expect(selfCheck.main).toBeFocused();
    await expect.poll(() => viewStartsAtTop(page), 'the about view starts at its top').toBe(true);
  });

  test('moving to another view with reduced motion focuses main and scrolls to the top', async ({
    page,
    selfCheck,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await selfCheck.goto();
    await selfCheck.preDiagnosis.scrollIntoViewIfNeeded();
    expect(await viewStartsAtTop(page)).toBe(false);
    await selfCheck.open('mig');
    await expect(selfCheck.main).toBeFocused();
    await expect.poll(() => viewStartsAtTop(page), 'the #/mig view starts at its top').toBe(true);
  });

  test('main, focused by a move to another view, draws no focus ring around the whole view', async ({
    page,
    selfCheck,
  }) => {
    // Moving with the keyboard, so the browser treats the focus as keyboard focus.
    await selfCheck.goto();
    await selfCheck.overviewCard('mig').getByRole('link').focus();
    await page.keyboard.press('Enter');
    await selfCheck.expectView('mig');
    await expect(selfCheck.main).toBeFocused();
    const ring = await selfCheck.main.evaluate((main) => {
      const style = getComputedStyle(main);
      return { outline: style.outlineStyle, boxShadow: style.boxShadow };
    });
    // main:focus in style.css says main draws no outline; no other ring may stand in for it.
    expect(ring).toEqual({ outline: 'none', boxShadow: 'none' });
  });

  test('the back button returns to the previous view, and forward goes again', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto();
    await selfCheck.overviewCard('pre').getByRole('link').click();
    await selfCheck.expectView('pre');
    await selfCheck.nextModuleLink.click();
    await selfCheck.expectView('mig');
    await page.getByRole('link', { name: ja.aboutLink }).click();
    await selfCheck.expectView('about');

    await page.goBack();
    await selfCheck.expectView('mig');
    await expect(page).toHaveTitle(pageTitle('mig'));
    await page.goBack();
    await selfCheck.expectView('pre');
    await expect(page).toHaveTitle(pageTitle('pre'));
    await page.goBack();
    await selfCheck.expectView('');
    await expect(page).toHaveTitle(pageTitle(''));

    await page.goForward();
    await selfCheck.expectView('pre');
  });

  test('an unknown route shows not-found, with a working link home', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto('xyz');
    await expect(page).toHaveTitle(pageTitle('xyz'));
    await expect(selfCheck.notFoundView.getByRole('heading', { level: 2 })).toHaveText(
      ja.notFoundHeading,
    );
    const home = selfCheck.notFoundView.getByRole('link', { name: ja.backToOverview });
    await expect(home).toHaveAttribute('href', '#/');
    await home.click();
    await selfCheck.expectView('');
    await expect(page).toHaveURL(/#\/$/);

    // An unknown route reached from inside the app, too.
    await selfCheck.open('pre/extra');
    await expect(selfCheck.notFoundView).toBeVisible();
    await selfCheck.switchLanguage('en');
    await expect(page).toHaveTitle(pageTitle('xyz', 'en'));
    await expect(selfCheck.notFoundView.getByRole('heading', { level: 2 })).toHaveText(
      en.notFoundHeading,
    );
    await selfCheck.notFoundView.getByRole('link', { name: en.backToOverview }).click();
    await selfCheck.expectView('');
  });

  test('the skip link focuses main without changing the route', async ({ page, selfCheck }) => {
    // From a fresh load of home: the skip link is the first Tab stop.
    await selfCheck.goto();
    const homeUrl = page.url();
    await page.keyboard.press('Tab');
    await expect(selfCheck.skipLink).toBeFocused();
    await expect(selfCheck.skipLink).toHaveText(ja.skipToMain);
    await page.keyboard.press('Enter');
    await expect(selfCheck.main).toBeFocused();
    expect(page.url()).toBe(homeUrl);
    await selfCheck.expectView('');

    // On a module view reached from the overview: the route stays #/mig.
    await selfCheck.overviewCard('mig').getByRole('link').click();
    await selfCheck.expectView('mig');
    const migUrl = page.url();
    await selfCheck.skipLink.focus();
    await page.keyboard.press('Enter');
    await expect(selfCheck.main).toBeFocused();
    expect(page.url()).toBe(migUrl);
    await selfCheck.expectView('mig');

    // Clicked, too (it shows while it has the focus).
    await selfCheck.skipLink.focus();
    await selfCheck.skipLink.click();
    await expect(selfCheck.main).toBeFocused();
    expect(page.url()).toBe(migUrl);
    await selfCheck.expectView('mig');
  });

  for (const module of ['mig', 'about']) {
    test(`a fresh load of #/${module} leaves focus at the start of the page: the skip link is the first Tab stop`, async ({
      page,
      selfCheck,
    }) => {
      // Loading an address is not moving to another view: the reader starts at the top of the
      // page, as on home, and the first Tab reaches the skip link.
      await selfCheck.goto(module);
      await page.keyboard.press('Tab');
      await expect(selfCheck.skipLink).toBeFocused();
      await selfCheck.reload();
      await page.keyboard.press('Tab');
      await expect(selfCheck.skipLink).toBeFocused();
    });
  }

  test('an in-page anchor in the address is not a route and leaves the view as it is', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto('mig');
    await page.evaluate(() => {
      window.location.hash = '#main';
    });
    await expect(page).toHaveURL(/#main$/);
    await selfCheck.expectView('mig');
  });

  test('the overview cards show progress and verdict after answering', async ({
    page,
    selfCheck,
  }) => {
    await selfCheck.goto();
    const pre = selfCheck.overviewCard('pre');
    const mig = selfCheck.overviewCard('mig');
    const preProgress = page.getByTestId('pre-overview-progress');
    const migProgress = page.getByTestId('mig-overview-progress');

    // Nothing answered: not started, no score, no verdict.
    await expect(preProgress).toHaveText(ja.notStarted);
    await expect(migProgress).toHaveText(ja.notStarted);
    await expect(pre.locator('.overview__score')).toHaveCount(0);
    await expect(mig.locator('.overview__score')).toHaveCount(0);
    await expect(page.getByTestId('pre-overview-verdict')).toHaveCount(0);
    await expect(page.getByTestId('mig-overview-verdict')).toHaveCount(0);

    // Three precondition answers, on home: progress and score, still no verdict.
    await selfCheck.answerAll('pre', { 'pre-1.1': 'yes', 'pre-1.2': 'yes', 'pre-1.3': 'no' });
    await expect(preProgress).toHaveText(ja.progress(3, 8));
    await expect(pre.locator('.overview__score')).toHaveText(ja.yesCount(2, 8));
    await expect(page.getByTestId('pre-overview-verdict')).toHaveCount(0);

    // All eight: stage 1 on the card.
    await selfCheck.answerAll('pre', { 'pre-1.4': 'yes', 'pre-1.5': 'yes', 'pre-1.6': 'yes',
      'pre-1.7': 'no', 'pre-1.8': 'yes' });
    await expect(preProgress).toHaveText(ja.progress(8, 8));
    await expect(pre.locator('.overview__score')).toHaveText(ja.yesCount(6, 8));
    await expect(page.getByTestId('pre-overview-verdict')).toHaveText(ja.stage1);

    // Two migration answers with a No, on #/mig: back on home, the card says not ready.
    await selfCheck.answerAll('mig', { 'mig-4.1': 'yes', 'mig-4.2': 'no' });
    await selfCheck.backLink.click();
    await selfCheck.expectView('');
    await expect(migProgress).toHaveText(ja.progress(2, 9));
    await expect(mig.locator('.overview__score')).toHaveText(ja.yesCount(1, 9));
    await expect(page.getByTestId('mig-overview-verdict')).toHaveText(ja.migrationNotReady);

    // The cards follow the language, and survive a reload.
    await selfCheck.switchLanguage('en');
    await expect(preProgress).toHaveText(en.progress(8, 8));
    await expect(pre.locator('.overview__score')).toHaveText(en.yesCount(6, 8));
    await expect(page.getByTestId('pre-overview-verdict')).toHaveText(en.stage1);
    await expect(migProgress).toHaveText(en.progress(2, 9));
    await expect(page.getByTestId('mig-overview-verdict')).toHaveText(en.migrationNotReady);
    await selfCheck.reload();
    await expect(preProgress).toHaveText(en.progress(8, 8));
    await expect(page.getByTestId('mig-overview-verdict')).toHaveText(en.migrationNotReady);

    // 1.1 No turns the card to stage 0 at once.
    await selfCheck.answer('pre-1.1', 'no');
    await expect(page.getByTestId('pre-overview-verdict')).toHaveText(en.stage0);
  });
});
