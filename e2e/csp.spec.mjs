// Content-Security-Policy: the page carries a strict policy (its own files only, wasm allowed,
// no inline script or style, no third-party origin), and a full journey through every view
// breaks none of it. (Every test also fails on a policy violation logged to the console, and on
// a request to another origin: see fixtures.mjs.)
import { test, expect, TEXT } from './fixtures.mjs';

const ja = TEXT.ja;

const POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'";

/** Records every securitypolicyviolation event of every document the page loads. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
}

const violations = (page) => page.evaluate(() => window.__cspViolations);

test.describe('content security policy', () => {
  test('the served index.html has the policy meta and no inline script or style', async ({
    page,
  }) => {
    const raw = await (await page.request.get('./')).text();
    // Parsed with DOMParser (which runs no script) in the app's own page.
    await page.goto('./');
    const found = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const metas = [...doc.querySelectorAll('meta[http-equiv]')].filter(
        (meta) => meta.getAttribute('http-equiv').toLowerCase() === 'content-security-policy',
      );
      const scripts = [...doc.querySelectorAll('script')];
      const handlers = [...doc.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
          .map((attribute) => `${element.tagName}[${attribute.name}]`),
      );
      return {
        policies: metas.map((meta) => meta.getAttribute('content')),
        policyInHead: metas.every((meta) => meta.parentElement === doc.head),
        // The policy must come before anything it governs.
        policyFirst:
          metas.length > 0 &&
          doc.head.querySelector('script, link, style') !== null &&
          !!(
            metas[0].compareDocumentPosition(doc.head.querySelector('script, link, style')) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
        scripts: scripts.map((script) => ({
          src: script.getAttribute('src'),
          type: script.getAttribute('type'),
          inline: script.textContent.trim().length,
        })),
        styleElements: doc.querySelectorAll('style').length,
        styleAttributes: doc.querySelectorAll('[style]').length,
        handlers,
        javascriptUrls: [...doc.querySelectorAll('[href^="javascript:" i]')].length,
        external: [...doc.querySelectorAll('[src], link[href]')]
          .map((element) => element.getAttribute('src') ?? element.getAttribute('href'))
          .filter((url) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)),
      };
    }, raw);

    expect(found.policies).toEqual([POLICY]);
    expect(found.policyInHead).toBe(true);
    expect(found.policyFirst).toBe(true);
    // Three scripts, each from a file of its own: the route guard (hides the pre-rendered home
    // view when the page opens at a module's address), the loader, and the one that registers
    // the offline service worker (scripts/bundle.mjs).
    expect(found.scripts.map((script) => script.src).sort()).toEqual([
      expect.stringMatching(/^\.\/boot-[0-9a-f]+\.js$/),
      expect.stringMatching(/^\.\/register-sw-[0-9a-f]+\.js$/),
      expect.stringMatching(/^\.\/route-guard-[0-9a-f]+\.js$/),
    ]);
    expect(found.scripts.map((script) => script.inline)).toEqual([0, 0, 0]);
    expect(found.styleElements).toBe(0);
    expect(found.styleAttributes).toBe(0);
    expect(found.handlers).toEqual([]);
    expect(found.javascriptUrls).toBe(0);
    // Every file is the page's own, by a relative URL.
    expect(found.external).toEqual([]);

    // The loader it names is served, and is a script.
    const loader = await page.request.get(`./${found.scripts[0].src.replace(/^\.\//, '')}`);
    expect(loader.status()).toBe(200);
    expect(loader.headers()['content-type']).toContain('javascript');
  });

  test('a full journey through every view raises no policy violation', async ({
    page,
    selfCheck,
    cspReports,
  }) => {
    await recordViolations(page);
    await selfCheck.goto();
    await selfCheck.answerAll('pre', ['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no']);
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'outside');
    await selfCheck.guidance('pre-1.1').locator('summary').click();
    await selfCheck.answer('pre-1.1', 'no');
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage0');
    await selfCheck.answerAll('mig', ['yes', 'no', 'yes', 'yes', 'yes', 'no', 'yes', 'yes', 'yes']);
    await expect(selfCheck.blockerItems).toHaveCount(2);
    await expect(selfCheck.migScopeNote).toBeVisible();
    await selfCheck.switchLanguage('en');
    await selfCheck.open('pre');
    await selfCheck.answerAll('pre', 'yes');
    await expect(selfCheck.preDiagnosis).toHaveAttribute('data-diagnosis', 'stage1');
    await selfCheck.open('about');
    await selfCheck.open('nowhere');
    await page.getByRole('link', { name: TEXT.en.backToOverview }).click();
    await selfCheck.expectView('');
    expect(await violations(page)).toEqual([]);

    // A reload on a module view, and the back button.
    await selfCheck.open('mig');
    await selfCheck.reload();
    await selfCheck.switchLanguage('ja');
    await selfCheck.open('about');
    await page.goBack();
    await selfCheck.expectView('mig');
    await expect(selfCheck.migVerdictTitle).toHaveText(ja.migrationNotReady);
    expect(await violations(page)).toEqual([]);
    expect(cspReports).toEqual([]);
  });

});

test.describe('content security policy in force', () => {
  // This test provokes a violation on purpose.
  test.use({ cspViolationsExpected: true });

  test('an inline script added to the page is refused, and the refusal is reported', async ({
    page,
    selfCheck,
    cspReports,
  }) => {
    await recordViolations(page);
    await selfCheck.goto();
    expect(cspReports).toEqual([]);
    await page.evaluate(() => {
      window.__inlineRan = false;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
    });
    await expect
      .poll(() => violations(page))
      .toContainEqual(expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' }));
    expect(await page.evaluate(() => window.__inlineRan)).toBe(false);
    // The console guard every other test relies on sees it too.
    await expect.poll(() => cspReports.length).toBeGreaterThan(0);
  });
});
