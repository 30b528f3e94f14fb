// The main journey (e2e/support/journey.mjs) in Firefox (Debian's firefox-esr). geckodriver is
// not packaged by Debian and Playwright's Firefox is a patched build from its CDN, so neither can
// be used here; Firefox's own WebDriver BiDi remote agent can, driven by npm's puppeteer-core
// (which never downloads a browser) with `browser: 'firefox'`.
//
// Writes test-results/firefox.png and firefox-single-file.png. Exits non-zero on any failure.
//
// Usage: node e2e/firefox.mjs   (after `trunk build --release`; apt-get install firefox-esr)
import puppeteer from 'puppeteer-core';
import { freePort, runMainJourney } from './support/journey.mjs';

const SERVER_PORT = Number(process.env.FIREFOX_SERVER_PORT ?? (await freePort()));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Firefox's own calls home, which this closed network refuses.
const quiet = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

await runMainJourney({
  engine: 'firefox',
  port: SERVER_PORT,
  launch: async (step) => {
    const firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: quiet,
    });
    const page = await firefox.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setViewport({ width: 1280, height: 900 });
    step(`user agent: ${await page.evaluate(() => navigator.userAgent)}`);
    return {
      browser: {
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        waitFor: (css, ms) => page.waitForSelector(css, { timeout: ms }),
        run: (fn, arg) => page.evaluate(fn, arg),
        waitUntil: (fn, arg, ms) => page.waitForFunction(fn, { timeout: ms }, arg),
        clickLabel: (input) => page.click(`label[for="${input}"]`),
        click: async (css) => {
          for (const element of await page.$$(css)) if (await element.isVisible()) return element.click();
          throw new Error(`no displayed element matches ${css}`);
        },
        screenshot: (path) => page.screenshot({ path }),
      },
      finish: () => {
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      },
      close: () => firefox.close(),
    };
  },
});
