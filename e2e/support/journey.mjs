// The main journey, for the engines Playwright cannot drive here (e2e/webkit.mjs, e2e/firefox.mjs):
// serves dist/ under a sub-path, opens the precondition check, answers it, reloads and sees the
// answers kept, opens the results; then opens the single file from disk and answers there too.
// Each engine's script only starts its browser and hands over a small driver (see
// runMainJourney), so both walk exactly the same steps.
import { createServer as createTcpServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sendFile } from '../static-files.mjs';
import { ITEMS, STORAGE_KEY } from './data.mjs';

/** The sub-path dist/ is served under, as a portal would. */
export const BASE = '/portal/self-check/';

/** The answers the journey gives the precondition check, in page order. */
export const ANSWERS = ['yes', 'no', 'yes', 'yes', 'no', 'yes', 'yes', 'no'];

const READY = 'main#main[data-ready="true"]';

/** Serves dist/ under BASE on 127.0.0.1:`port`; anything else is 404. */
async function serveDist(port) {
  const root = resolve('dist');
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(BASE)) return response.writeHead(404).end();
    return sendFile(response, root, url.pathname.slice(BASE.length));
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

/**
 * The steps, through `browser`, a driver with:
 * - `goto(url)`, `reload()`;
 * - `waitFor(css, ms)`: until an element matches;
 * - `run(fn, arg)`: the result of a function run in the page;
 * - `waitUntil(fn, arg, ms)`: until a function run in the page returns true;
 * - `clickLabel(inputId)`: clicks the label of a radio, which must become checked;
 * - `click(css)`: clicks the first displayed element that matches;
 * - `screenshot(path)`.
 */
async function walk(browser, { engine, origin, step }) {
  const ids = ITEMS.pre;
  const ready = () => browser.waitFor(READY, 30_000);
  const checked = () =>
    browser.run(
      (ids) =>
        ids.map(
          (id) => ['yes', 'no'].find((answer) => document.getElementById(`${id}-${answer}`)?.checked) ?? null,
        ),
      ids,
    );
  const expectAnswers = async (where) => {
    const got = await checked();
    if (JSON.stringify(got) !== JSON.stringify(ANSWERS)) {
      throw new Error(`${where}: answers ${JSON.stringify(got)}, expected ${JSON.stringify(ANSWERS)}`);
    }
  };
  const answerAll = async () => {
    for (const [index, id] of ids.entries()) await browser.clickLabel(`${id}-${ANSWERS[index]}`);
    await browser.waitUntil(
      ([key, first]) => (localStorage.getItem(key) ?? '').includes(first),
      [STORAGE_KEY, ids[0]],
      10_000,
    );
  };

  // The served build, under a sub-path.
  await browser.goto(`${origin}${BASE}#/pre`);
  await ready();
  await browser.waitFor('section#pre', 10_000);
  await answerAll();
  await expectAnswers('after answering');
  step('precondition check answered; stored in localStorage');

  await browser.reload();
  await ready();
  await browser.waitFor('section#pre', 10_000);
  await expectAnswers('after a reload');
  step('reloaded: answers kept');

  await browser.click('a[href="#/results"]');
  await browser.waitFor('article.report', 10_000);
  const hash = await browser.run(() => location.hash);
  if (hash !== '#/results') throw new Error(`results: address ${hash}`);
  const report = await browser.run(() => document.querySelector('article.report').innerText);
  if (!report.trim()) throw new Error('results: the report is empty');
  step('results opened');
  mkdirSync('test-results', { recursive: true });
  await browser.screenshot(`test-results/${engine}.png`);

  // The single file, from disk.
  await browser.goto(pathToFileURL(resolve('dist/cloud-self-check.html')).href);
  await ready();
  await browser.run(() => localStorage.clear());
  await browser.reload();
  await ready();
  await answerAll();
  await browser.reload();
  await ready();
  await expectAnswers('single file, after a reload');
  step('single file from disk: answered, reloaded, answers kept');
  await browser.screenshot(`test-results/${engine}-single-file.png`);
}

/**
 * Runs the main journey in one engine. Serves dist/ on `port`, then `launch(step)` starts the
 * browser and returns `{ browser, finish, close }`: the driver `walk` uses, checks to make after
 * the last step (optional), and how to stop the browser. Prints each step as `<engine>: …`, and
 * `<engine>: main journey passed (N steps)` at the end (scripts/test.sh counts that line); on a
 * failure, prints the steps that passed and sets a non-zero exit code.
 */
export async function runMainJourney({ engine, port, launch }) {
  const steps = [];
  const step = (text) => {
    steps.push(text);
    console.log(`${engine}: ${text}`);
  };
  let server;
  let session;
  try {
    server = await serveDist(port);
    session = await launch(step);
    await walk(session.browser, { engine, origin: `http://127.0.0.1:${port}`, step });
    if (session.finish) await session.finish();
    console.log(`${engine}: main journey passed (${steps.length} steps)`);
  } catch (error) {
    console.error(`${engine}: FAILED after: ${steps.join('; ') || 'nothing'}`);
    console.error(error);
    process.exitCode = 1;
  } finally {
    if (session) await session.close().catch(() => {});
    if (server) server.close();
  }
}

/**
 * A TCP port nobody listens on now, from the system (port 0), so that a run never collides
 * with a server another run or a developer left open (CI failed once on a random port in use).
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createTcpServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
