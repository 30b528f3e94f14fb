// The main journey in Firefox (Debian's firefox-esr). geckodriver is not packaged by Debian and
// Playwright's Firefox is a patched build from its CDN, so neither can be used here; Firefox's
// own WebDriver BiDi remote agent can, driven by npm's puppeteer-core (which never downloads a
// browser) with `browser: 'firefox'`.
//
// Serves dist/ under a sub-path, opens the precondition check, answers it, reloads and sees the
// answers kept, opens the results; then the single file from disk. Writes
// test-results/firefox.png. Exits non-zero on any failure.
//
// Usage: node e2e/firefox.mjs   (after `trunk build --release`; apt-get install firefox-esr)
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { sendFile } from './static-files.mjs';

const ITEMS = JSON.parse(readFileSync(new URL('../content/pre.json', import.meta.url), 'utf8')).items.map(
  (item) => item.id,
);
const ANSWERS = ['yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes', 'no'];
const SERVER_PORT = Number(process.env.FIREFOX_SERVER_PORT ?? 8280 + Math.floor(Math.random() * 9));
const BASE = '/portal/self-check/';
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

let server;
let browser;
const steps = [];
const step = (text) => {
  steps.push(text);
  console.log(`firefox: ${text}`);
};
try {
  const root = resolve('dist');
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(BASE)) return response.writeHead(404).end();
    return sendFile(response, root, url.pathname.slice(BASE.length));
  });
  await new Promise((done) => server.listen(SERVER_PORT, '127.0.0.1', done));

  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: quiet,
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewport({ width: 1280, height: 900 });
  step(`user agent: ${await page.evaluate(() => navigator.userAgent)}`);

  const ready = () => page.waitForSelector('main#main[data-ready="true"]', { timeout: 30_000 });
  const checked = () =>
    page.evaluate(
      (ids) => ids.map((id) => ['yes', 'no'].find((answer) => document.getElementById(`${id}-${answer}`)?.checked) ?? null),
      ITEMS,
    );
  const expectAnswers = async (where) => {
    const got = await checked();
    if (JSON.stringify(got) !== JSON.stringify(ANSWERS)) {
      throw new Error(`${where}: answers ${JSON.stringify(got)}, expected ${JSON.stringify(ANSWERS)}`);
    }
  };
  const answerAll = async () => {
    for (const [index, id] of ITEMS.entries()) await page.click(`label[for="${id}-${ANSWERS[index]}"]`);
    await page.waitForFunction(
      (first) => (localStorage.getItem('cloud-self-check') ?? '').includes(first),
      { timeout: 10_000 },
      ITEMS[0],
    );
  };

  await page.goto(`http://127.0.0.1:${SERVER_PORT}${BASE}#/pre`);
  await ready();
  await page.waitForSelector('section#pre');
  await answerAll();
  await expectAnswers('after answering');
  step('precondition check answered; stored in localStorage');

  await page.reload();
  await ready();
  await page.waitForSelector('section#pre');
  await expectAnswers('after a reload');
  step('reloaded: answers kept');

  await page.click('nav.site-nav a[href="#/results"]');
  await page.waitForSelector('article.report');
  if ((await page.evaluate(() => location.hash)) !== '#/results') throw new Error('results: wrong address');
  step('results opened');
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/firefox.png' });

  await page.goto(pathToFileURL(resolve('dist/cloud-self-check.html')).href);
  await ready();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready();
  await answerAll();
  await page.reload();
  await ready();
  await expectAnswers('single file, after a reload');
  step('single file from disk: answered, reloaded, answers kept');

  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(`firefox: main journey passed (${steps.length} steps)`);
} catch (error) {
  console.error(`firefox: FAILED after: ${steps.join('; ') || 'nothing'}`);
  console.error(error);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) server.close();
}
