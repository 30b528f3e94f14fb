// The main journey in WebKit, the engine of Safari on iPhones: Debian's WebKitWebDriver
// (package webkit2gtk-driver) drives its MiniBrowser under Xvfb, through npm's
// selenium-webdriver. Playwright's own WebKit build would be downloaded from its CDN, which
// these machines cannot reach.
//
// Serves dist/ under a sub-path, then: opens the precondition check, answers it, reloads and
// sees the answers kept, opens the results; then opens the single file from disk and answers
// there too. Writes a screenshot to test-results/webkit.png. Exits non-zero on any failure.
//
// Usage: node e2e/webkit.mjs   (after `trunk build --release`; needs webkit2gtk-driver, xvfb)
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Builder, By, until } from 'selenium-webdriver';
import { sendFile } from './static-files.mjs';

const ITEMS = JSON.parse(readFileSync(new URL('../content/pre.json', import.meta.url), 'utf8')).items.map(
  (item) => item.id,
);
const ANSWERS = ['yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes', 'no'];
const DISPLAY = process.env.WEBKIT_DISPLAY ?? `:${90 + Math.floor(Math.random() * 9)}`;
const DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? 4400 + Math.floor(Math.random() * 90));
const SERVER_PORT = Number(process.env.WEBKIT_SERVER_PORT ?? 8190 + Math.floor(Math.random() * 9));
const BASE = '/portal/self-check/';

function miniBrowser() {
  const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
  const path = files.split('\n').find((line) => line.endsWith('/MiniBrowser'));
  if (!path) throw new Error('MiniBrowser not found: apt-get install webkit2gtk-driver');
  return path;
}

const children = [];
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  return child;
}

async function waitForDriver() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${DRIVER_PORT}/status`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

// The page scrolls smoothly where the reader allows motion, so every scroll here says
// "instant": a click computed mid-scroll would miss.
const steps = [];
const step = (text) => {
  steps.push(text);
  console.log(`webkit: ${text}`);
};

let server;
let driver;
try {
  const root = resolve('dist');
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(BASE)) return response.writeHead(404).end();
    return sendFile(response, root, url.pathname.slice(BASE.length));
  });
  await new Promise((done) => server.listen(SERVER_PORT, '127.0.0.1', done));

  start('Xvfb', [DISPLAY, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  await new Promise((done) => setTimeout(done, 500));
  start('WebKitWebDriver', [`--port=${DRIVER_PORT}`], { DISPLAY });
  await waitForDriver();

  driver = await new Builder()
    .usingServer(`http://127.0.0.1:${DRIVER_PORT}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
    })
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 1000 });
  const agent = await driver.executeScript('return navigator.userAgent');
  step(`user agent: ${agent}`);

  const ready = () => driver.wait(until.elementLocated(By.css('main#main[data-ready="true"]')), 30_000);
  const checked = () =>
    driver.executeScript(
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
    for (const [index, id] of ITEMS.entries()) {
      const input = `${id}-${ANSWERS[index]}`;
      const isChecked = async () =>
        (await driver.executeScript((target) => document.getElementById(target).checked, input)) === true;
      // Each answer is seen checked before the next click.
      for (let attempt = 1; !(await isChecked()); attempt++) {
        if (attempt > 3) throw new Error(`${input} was not checked by three clicks on its label`);
        const label = await driver.findElement(By.css(`label[for="${input}"]`));
        await driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', label);
        await label.click();
        await driver.wait(isChecked, 2_000).catch(() => {});
      }
    }
    await driver.wait(
      async () =>
        (await driver.executeScript(
          (first) => (localStorage.getItem('cloud-self-check') ?? '').includes(first),
          ITEMS[0],
        )) === true,
      10_000,
    );
  };

  // The served build, under a sub-path.
  await driver.get(`http://127.0.0.1:${SERVER_PORT}${BASE}#/pre`);
  await ready();
  await driver.wait(until.elementLocated(By.css('section#pre')), 10_000);
  await answerAll();
  await expectAnswers('after answering');
  step('precondition check answered; stored in localStorage');

  await driver.navigate().refresh();
  await ready();
  await driver.wait(until.elementLocated(By.css('section#pre')), 10_000);
  await expectAnswers('after a reload');
  step('reloaded: answers kept');

  const links = await driver.findElements(By.css('a[href="#/results"]'));
  let results;
  for (const link of links) if (!results && (await link.isDisplayed())) results = link;
  if (!results) throw new Error(`results: none of ${links.length} links to #/results is displayed`);
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', results);
  await results.click();
  await driver.wait(until.elementLocated(By.css('article.report')), 10_000);
  const hash = await driver.executeScript('return location.hash');
  if (hash !== '#/results') throw new Error(`results: address ${hash}`);
  const stage = await driver.findElement(By.css('article.report')).getText();
  if (!stage.trim()) throw new Error('results: the report is empty');
  step('results opened');
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/webkit.png', await driver.takeScreenshot(), 'base64');

  // The single file, from disk.
  await driver.get(pathToFileURL(resolve('dist/cloud-self-check.html')).href);
  await ready();
  await driver.executeScript('localStorage.clear()');
  await driver.navigate().refresh();
  await ready();
  await answerAll();
  await driver.navigate().refresh();
  await ready();
  await expectAnswers('single file, after a reload');
  step('single file from disk: answered, reloaded, answers kept');
  writeFileSync('test-results/webkit-single-file.png', await driver.takeScreenshot(), 'base64');

  console.log(`webkit: main journey passed (${steps.length} steps)`);
} catch (error) {
  console.error(`webkit: FAILED after: ${steps.join('; ') || 'nothing'}`);
  console.error(error);
  process.exitCode = 1;
} finally {
  if (driver) await driver.quit().catch(() => {});
  if (server) server.close();
  for (const child of children.reverse()) child.kill();
}
