// The benchmark: loads the release app and a plain-HTML baseline in headless Chromium, cold,
// alternating app and baseline, on two profiles (a desktop as it is, and a phone on slow 4G
// emulated through the DevTools protocol), and reports median figures as ratios to the baseline.
// Run by scripts/bench.sh, which builds everything and starts bench/serve.mjs (gzip) first.
//
// Environment:
//   BENCH_RUNS              measured runs per page, case and profile (default 9, at least 7 for a report)
//   BENCH_PROFILES          the profiles to measure, comma-separated (default "desktop,phone")
//   BENCH_CASES             the cases to measure, comma-separated (default "home,pre,scale")
//   BENCH_WARMUP            discarded warm-up rounds before the first case's runs (default 1)
//   BENCH_PORT              port of bench/serve.mjs on 127.0.0.1 (default 8282)
//   BENCH_TIMEOUT_MS        per-page limit of the #/ and #/pre cases, and for #/mig to open (default 30000)
//   BENCH_SCALE_TIMEOUT_MS  limit for the scale app to show and answer scale-1 (default 60000)
//   BENCH_SCALE_BUILD       set by scripts/bench.sh: "ok", or why the scale build is missing
//   BENCH_RESULTS_DIR       where latest.json and latest.md go (default bench/results)
//
// See bench/README.md for exactly what each figure measures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.mjs';
import { readChecklist, SCALE_ITEMS } from './baseline.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const RUNS = Number(env.BENCH_RUNS ?? 9);
const WARMUP = Number(env.BENCH_WARMUP ?? 1);
const PORT = Number(env.BENCH_PORT ?? 8282);
const TIMEOUT = Number(env.BENCH_TIMEOUT_MS ?? 30_000);
const SCALE_TIMEOUT = Number(env.BENCH_SCALE_TIMEOUT_MS ?? 60_000);
const RESULTS_DIR = resolve(repo, env.BENCH_RESULTS_DIR ?? 'bench/results');
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** How often the in-page probe clicks while waiting for the app to answer. */
const PROBE_INTERVAL_MS = 3;

if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a positive integer, not ${env.BENCH_RUNS}`);
if (!Number.isInteger(WARMUP) || WARMUP < 0) throw new Error(`BENCH_WARMUP must be 0 or more, not ${env.BENCH_WARMUP}`);

/**
 * The profiles every case is measured on, in the same run. The phone is issue 26's: a phone on
 * slow 4G (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, the figures of Lighthouse's
 * mobile preset) with a CPU 4× slower, set on the page's DevTools session before it navigates.
 * Chromium applies the throughput to the bytes as they come over the wire (gzipped by
 * bench/serve.mjs). Both keep the default 1280×720 viewport, so the same radios are on screen.
 */
const ALL_PROFILES = [
  { name: 'desktop', title: 'desktop, no throttling', network: null, cpuRate: 1 },
  {
    name: 'phone',
    title: 'phone on slow 4G: 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT, CPU 4× slower',
    network: { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750, connectionType: 'cellular4g' },
    cpuRate: 4,
  },
];
const PROFILES = (env.BENCH_PROFILES ?? 'desktop,phone').split(',').map((name) => {
  const profile = ALL_PROFILES.find((candidate) => candidate.name === name.trim());
  if (!profile) throw new Error(`BENCH_PROFILES: unknown profile "${name}" (known: ${ALL_PROFILES.map((p) => p.name).join(', ')})`);
  return profile;
});

// Precise heap figures; and no host name resolves except the loopback address, so nothing on
// the page (or in Chromium) can reach another machine even if it tried.
const ARGS = [
  ...chromiumArgs,
  '--enable-precise-memory-info',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const pre = readChecklist('pre');
const mig = readChecklist('mig');
/** The two first views of issue 26's goal, each against the baseline page of both checklists. */
const firstView = (name, route, title, extra = {}) => ({
  name,
  title: `${title}, and the baseline page of both checklists (前提条件チェック 8 + クラウド移行チェックリスト 9 items)`,
  app: { url: `${ORIGIN}/portal/self-check/${route}`, base: '/portal/self-check/' },
  baseline: { url: `${ORIGIN}/bench/baseline/`, base: '/bench/baseline/' },
  target: pre.items[0].id, // pre-1.1
  score: 'pre-score',
  total: pre.items.length, // 8
  clickItems: pre.items.slice(1, 5).map((item) => item.id),
  timeout: TIMEOUT,
  optional: false,
  headline: 'first', // the first radio of the page
  clickRounds: 2, // 4 items × yes/no × 2 = 16 clicks
  warmup: 0,
  open: null,
  ...extra,
});
const ALL_CASES = [
  firstView('home', '#/', 'Home: the app at `#/` (overview, then step 1 前提条件チェック)', {
    warmup: WARMUP,
    // Opening another check: from the live home view, the migration check's overview card.
    open: { module: mig.id, route: `#/${mig.id}`, target: mig.items[0].id, timeout: TIMEOUT },
  }),
  firstView('pre', '#/pre', 'Precondition check: the app at `#/pre`'),
  {
    name: 'scale',
    title: `Scale: a synthetic checklist of ${SCALE_ITEMS.toLocaleString('en-US')} items (#/scale, cargo feature bench-scale)`,
    app: { url: `${ORIGIN}/bench/app-scale/#/scale`, base: '/bench/app-scale/' },
    baseline: { url: `${ORIGIN}/bench/baseline-scale/`, base: '/bench/baseline-scale/' },
    target: 'scale-1',
    score: 'scale-score',
    total: SCALE_ITEMS,
    clickItems: ['scale-2', 'scale-3', `scale-${SCALE_ITEMS / 2}`, `scale-${SCALE_ITEMS}`],
    timeout: SCALE_TIMEOUT,
    optional: true,
    headline: 'target', // scale-1-yes
    clickRounds: 1, // 8 clicks: each frame of a 5,000-item page is slow
    warmup: 0, // the browser is warm from the first case
  },
];

const CASES = (env.BENCH_CASES ?? ALL_CASES.map((testCase) => testCase.name).join(',')).split(',').map((name) => {
  const testCase = ALL_CASES.find((candidate) => candidate.name === name.trim());
  if (!testCase) throw new Error(`BENCH_CASES: unknown case "${name}" (known: ${ALL_CASES.map((c) => c.name).join(', ')})`);
  return testCase;
});

// --- In the page --------------------------------------------------------------------------

/**
 * Injected before any of the page's own scripts (page.addInitScript). Records, in
 * performance.now() milliseconds (0 = navigation start), for two radios: `first` (the first
 * radio input to enter the document) and `target` (the first item's Yes radio, cfg.target-yes):
 *  - painted[key]: when the radio was first presented on screen. As soon as the radio is in the
 *    document (a MutationObserver callback, which runs before the browser renders), its parent
 *    element and its labels get an `elementtiming` attribute; the Element Timing API then
 *    reports the presentation time (renderTime) of the frame that first paints their text. The
 *    label follows the radio in both pages, so that frame shows the radio too. Parser-inserted
 *    (pre-rendered) radios count from the moment they are painted, before any script runs;
 *  - laidOut[key]: the first animation frame in which the radio is in the document and laid
 *    out (non-empty box, not visibility:hidden), taken after a forced layout: a lower bound
 *    of painted[key], and the fallback if no Element Timing entry arrives;
 *  - answered: the moment the score first shows the probe's answer. From laidOut.target on,
 *    every ~3-4 ms the probe clicks the target's No radio then its Yes radio (element.click(),
 *    so the radio changes every time) and watches the score with a MutationObserver. A native
 *    radio checks itself before the app is live; only the score text shows that it answered.
 *    (measure() then moves an answer to a click made before the radio was painted to the paint:
 *    a user cannot click what is not on screen);
 *  - the wasm memories the page instantiates (WebAssembly.instantiate/instantiateStreaming are
 *    wrapped to keep each instance's exported memories).
 */
function probe(cfg) {
  const bench = {
    radioIds: { first: null, target: `${cfg.target}-yes` },
    laidOut: { first: null, target: null },
    painted: { first: null, target: null },
    answered: null,
    answeredClick: null,
    firstProbe: null,
    probes: 0,
    memories: [],
  };
  window.__bench = bench;
  const now = () => performance.now();

  const wasm = window.WebAssembly;
  if (wasm) {
    const keep = (result) => {
      try {
        const instance = result && result.instance ? result.instance : result;
        for (const value of Object.values((instance && instance.exports) || {})) {
          if (value instanceof wasm.Memory) bench.memories.push(value);
        }
      } catch {
        // Not an instance: nothing to keep.
      }
      return result;
    };
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = wasm[name];
      if (typeof original !== 'function') continue;
      wasm[name] = function (...args) {
        return original.apply(this, args).then(keep);
      };
    }
  }

  // Element Timing: the presentation time of the first paint of each marked element.
  const PREFIX = 'bench-radio:';
  const elementTiming =
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes || []).includes('element');
  if (elementTiming) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.identifier || !entry.identifier.startsWith(PREFIX)) continue;
        const time = entry.renderTime || entry.startTime;
        for (const key of entry.identifier.slice(PREFIX.length).split(',')) {
          if (key in bench.painted && (bench.painted[key] === null || time < bench.painted[key])) {
            bench.painted[key] = time;
          }
        }
      }
    }).observe({ type: 'element', buffered: true });
  }
  const marks = new WeakMap();
  const mark = (element, key) => {
    if (!element || element === document.body || element === document.documentElement) return;
    const keys = marks.get(element) || new Set();
    if (keys.has(key)) return;
    keys.add(key);
    marks.set(element, keys);
    element.setAttribute('elementtiming', PREFIX + [...keys].join(','));
  };
  let firstRadio = null; // kept as a reference: the benchmark changes no id of the page
  const radio = (key) => (key === 'first' ? firstRadio : document.getElementById(`${cfg.target}-yes`));
  const markRadios = () => {
    if (firstRadio !== null && !firstRadio.isConnected && bench.laidOut.first === null) {
      firstRadio = null; // replaced before it was laid out: take the radio that replaced it
    }
    if (firstRadio === null) {
      firstRadio = document.querySelector('input[type="radio"]');
      if (firstRadio) bench.radioIds.first = firstRadio.id || '(no id)';
    }
    for (const key of ['first', 'target']) {
      const element = radio(key);
      if (!element || bench.painted[key] !== null) continue;
      mark(element.parentElement, key);
      for (const label of element.labels || []) mark(label, key);
    }
  };

  const yesId = `${cfg.target}-yes`;
  const noId = `${cfg.target}-no`;
  const answeredText = new RegExp(`(^|[^0-9])1/${cfg.total}(?![0-9])`);
  const laidOut = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };

  let lastClick = null;
  const checkScore = () => {
    if (bench.answered !== null) return true;
    const score = document.querySelector(`[data-testid="${cfg.score}"]`);
    if (score && answeredText.test(score.textContent)) {
      bench.answered = now();
      bench.answeredClick = lastClick;
      return true;
    }
    return false;
  };
  const startProbe = () => {
    const watcher = new MutationObserver(() => {
      if (checkScore()) watcher.disconnect();
    });
    watcher.observe(document, { childList: true, subtree: true, characterData: true });
    const tick = () => {
      if (checkScore()) {
        watcher.disconnect();
        return;
      }
      const no = document.getElementById(noId);
      const yes = document.getElementById(yesId);
      if (no && yes) {
        lastClick = now();
        if (bench.firstProbe === null) bench.firstProbe = lastClick;
        bench.probes += 1;
        no.click();
        yes.click();
        if (checkScore()) {
          watcher.disconnect();
          return;
        }
      }
      setTimeout(tick, cfg.interval);
    };
    tick();
  };

  let framePending = false;
  const allLaidOut = () => bench.laidOut.first !== null && bench.laidOut.target !== null;
  const onFrame = () => {
    framePending = false;
    markRadios();
    for (const key of ['first', 'target']) {
      if (bench.laidOut[key] !== null) continue;
      const element = radio(key);
      if (element && element.isConnected && laidOut(element)) {
        bench.laidOut[key] = now();
        if (key === 'target') startProbe();
      }
    }
    if (allLaidOut()) observer.disconnect();
    else if (firstRadio !== null) requestFrame(); // in the document, not laid out yet (CSS?)
  };
  const requestFrame = () => {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(onFrame);
  };
  const observer = new MutationObserver(() => {
    markRadios();
    if (firstRadio !== null) requestFrame();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Run in the live page: clicks Yes then No on each item, `rounds` times, and for each click
 * measures performance.now() just before element.click() to the moment the score text shows the
 * new count (checked right after click() returns, then by a MutationObserver), and to the next
 * animation frame after that (when the browser renders the change).
 */
async function clickLatency({ items, score, total, rounds }) {
  const scoreElement = () => document.querySelector(`[data-testid="${score}"]`);
  const countPattern = new RegExp(`(\\d+)/${total}(?![0-9])`);
  const shows = (n) => new RegExp(`(^|[^0-9])${n}/${total}(?![0-9])`);
  const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));
  const pause = (ms) => new Promise((done) => setTimeout(done, ms));
  let count = Number((scoreElement()?.textContent.match(countPattern) ?? [])[1]);
  if (!Number.isFinite(count)) throw new Error(`no ${score} score to read`);

  const clickOnce = (element, expected) =>
    new Promise((done, fail) => {
      const pattern = shows(expected);
      let settled = false;
      let watcher = null;
      let timer = null;
      const check = () => {
        if (settled) return;
        const node = scoreElement();
        if (!node || !pattern.test(node.textContent)) return;
        settled = true;
        const updated = performance.now();
        watcher.disconnect();
        clearTimeout(timer);
        frame().then((painted) => done({ updated: updated - start, frame: painted - start }));
      };
      watcher = new MutationObserver(check);
      watcher.observe(document, { childList: true, subtree: true, characterData: true });
      timer = setTimeout(() => {
        watcher.disconnect();
        fail(new Error(`score never showed ${expected}/${total} after clicking ${element.id}`));
      }, 5000);
      const start = performance.now();
      element.click();
      check();
    });

  const samples = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const item of items) {
      for (const answer of ['yes', 'no']) {
        const element = document.getElementById(`${item}-${answer}`);
        if (!element) throw new Error(`no radio #${item}-${answer}`);
        count += answer === 'yes' ? 1 : -1;
        samples.push({ item, answer, ...(await clickOnce(element, count)) });
        await frame();
        await pause(20);
      }
    }
  }
  return samples;
}

/**
 * Run in the live home view: opens another check the way a reader does and measures, in
 * performance.now() milliseconds from just before the click, when that check's first Yes radio
 * (`#<target>-yes`) is on screen. It clicks the link of the check's overview card
 * (`[data-module=<module>] a`), or, if the page has no such card, any link to `route`, or, if
 * none, sets location.hash to `route` (`method` says which). The radio is found by a
 * MutationObserver (children and id attributes, so a reused element counts too) that, before
 * the browser renders, gives its parent element and its labels an `elementtiming` attribute;
 * `painted` is the Element Timing renderTime of the frame that first paints them, `laidOut` the
 * first animation frame in which the radio has a layout box (the fallback when no paint entry
 * arrives within 2 s of it, e.g. for an element that was painted before under another id).
 */
function openCheck({ module, route, target, timeout }) {
  const IDENTIFIER = 'bench-open';
  const radioId = `${target}-yes`;
  return new Promise((done, fail) => {
    const result = { method: null, clicked: null, inDocument: null, laidOut: null, painted: null };
    const now = () => performance.now();
    let finished = false;
    let fallback = null;
    const finish = () => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      timing?.disconnect();
      clearTimeout(limit);
      clearTimeout(fallback);
      const since = (time) => (time === null ? null : time - result.clicked);
      done({
        method: result.method,
        onScreen: since(result.painted ?? result.laidOut),
        onScreenMethod: result.painted !== null ? 'element-timing' : 'laid-out-frame',
        inDocument: since(result.inDocument),
        laidOut: since(result.laidOut),
        painted: since(result.painted),
      });
    };
    const timing =
      typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).includes('element')
        ? new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry.identifier !== IDENTIFIER || result.clicked === null) continue;
              const time = entry.renderTime || entry.startTime;
              if (time >= result.clicked && (result.painted === null || time < result.painted)) result.painted = time;
            }
            if (result.painted !== null && result.laidOut !== null) finish();
          })
        : null;
    timing?.observe({ type: 'element', buffered: false });
    const mark = (element) => {
      if (element && element !== document.body && element !== document.documentElement) {
        element.setAttribute('elementtiming', IDENTIFIER);
      }
    };
    let radio = null;
    let framePending = false;
    const onFrame = () => {
      framePending = false;
      if (finished || !radio) return;
      const box = radio.getBoundingClientRect();
      if (radio.isConnected && box.width > 0 && box.height > 0 && getComputedStyle(radio).visibility !== 'hidden') {
        if (result.laidOut === null) result.laidOut = now();
        if (result.painted !== null) finish();
        else fallback ??= setTimeout(finish, 2000);
      } else {
        requestFrame();
      }
    };
    const requestFrame = () => {
      if (framePending) return;
      framePending = true;
      requestAnimationFrame(onFrame);
    };
    const look = () => {
      const element = document.getElementById(radioId);
      if (!element || element === radio) return;
      radio = element;
      if (result.inDocument === null) result.inDocument = now();
      mark(element.parentElement);
      for (const label of element.labels || []) mark(label);
      requestFrame();
    };
    const observer = new MutationObserver(look);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    const limit = setTimeout(() => {
      observer.disconnect();
      timing?.disconnect();
      fail(new Error(`#${radioId} was not on screen ${timeout} ms after opening ${route} (${result.method})`));
    }, timeout);

    const card = document.querySelector(`[data-module="${module}"] a[href]`);
    const link = card || [...document.querySelectorAll('a[href]')].find((a) => a.getAttribute('href').endsWith(route));
    result.method = card ? 'overview card link' : link ? `link to ${route}` : `location.hash = ${route}`;
    result.clicked = now();
    if (link) link.click();
    else location.hash = route;
    look();
  });
}

// --- Around the page ----------------------------------------------------------------------

const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round2 = (value) => (value === null ? null : Math.round(value * 100) / 100);

class NotAvailable extends Error {}

/** A fixed amount of JavaScript work, timed in the page: shows the CPU throttling took effect. */
function calibrate() {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 2_000_000; i += 1) x = (x * 31 + i) % 1_000_003;
  return { ms: performance.now() - start, x };
}

/** One cold load of one page on one profile: a fresh browser context (empty cache and storage). */
async function measure(browser, testCase, kind, profile) {
  const page_ = testCase[kind];
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const foreign = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(request.url());
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Each response with the stage of the run it arrived in: 'load' until the page answered and
  // settled (the first load), 'idle' during the heap and click measurements, 'open' while
  // another check opens.
  const responses = [];
  let stage = 'load';
  page.on('response', (response) => responses.push({ response, stage }));
  await page.addInitScript(probe, {
    target: testCase.target,
    score: testCase.score,
    total: testCase.total,
    interval: PROBE_INTERVAL_MS,
  });
  const cdp = await context.newCDPSession(page);
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  if (profile.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  try {
    // Wall-clock time of each phase of the run, to see where a slow run spends it.
    const phases = {};
    let phaseStart = Date.now();
    const phase = (name) => {
      const time = Date.now();
      phases[name] = time - phaseStart;
      phaseStart = time;
    };
    await page.goto(page_.url, { waitUntil: 'load', timeout: testCase.timeout + 30_000 });
    phase('load');
    // Wait until the page answered; a Rust panic (an uncaught "unreachable") ends the wait early.
    const answered = page.waitForFunction(() => window.__bench && window.__bench.answered !== null, null, {
      timeout: testCase.timeout,
      polling: 50,
    });
    answered.catch(() => {}); // when the panic wins the race below
    const panicked = new Promise((done) => {
      page.on('pageerror', (error) => {
        if (/panicked at|RuntimeError: unreachable/.test(String(error))) setTimeout(() => done('panicked'), 500);
      });
    });
    let outcome;
    try {
      outcome = await Promise.race([answered.then(() => 'answered'), panicked]);
    } catch (error) {
      outcome = error;
    }
    if (outcome !== 'answered') {
      const state = await page.evaluate(() => window.__bench).catch(() => null);
      const answeredNow = state?.answered != null;
      if (!answeredNow) {
        const what =
          state?.laidOut?.target == null
            ? `#${testCase.target}-yes never appeared on screen`
            : `the score [data-testid="${testCase.score}"] never showed 1/${testCase.total} after ${state.probes} probe clicks`;
        const when = outcome === 'panicked' ? 'the page panicked' : `within ${testCase.timeout} ms`;
        const shortErrors = errors.map((text) => text.split('\n').slice(0, 2).join(' ').slice(0, 240));
        const message = `${kind} ${page_.url}: ${what} (${when})${shortErrors.length ? `; page errors: ${shortErrors.join(' | ')}` : ''}`;
        throw kind === 'app' && testCase.optional ? new NotAvailable(message) : new Error(message);
      }
    }
    phase('answer');
    // The paint times arrive a frame or so after the radio is laid out.
    await page
      .waitForFunction((key) => window.__bench.painted[key] !== null && window.__bench.painted.target !== null, testCase.headline, {
        timeout: 3000,
        polling: 50,
      })
      .catch(() => {}); // no Element Timing entry: laidOut is the fallback
    // Let the load settle (the page may still be rendering the rest), then measure memory.
    // A long checklist is drawn a group at a time: heap and clicks are measured once every
    // radio the clicks use is on the page.
    await page.waitForFunction(
      (items) => items.every((item) => document.getElementById(`${item}-yes`)),
      testCase.clickItems,
      { timeout: 120_000, polling: 50 },
    );
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    stage = 'idle';
    phase('paint+settle');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const state = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime]));
      return {
        ...window.__bench,
        memories: undefined,
        wasmBytes: window.__bench.memories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0),
        wasmMemories: window.__bench.memories.length,
        usedJSHeapSize: performance.memory ? performance.memory.usedJSHeapSize : null,
        domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
        loadEvent: navigation ? navigation.loadEventEnd : null,
        firstContentfulPaint: paint['first-contentful-paint'] ?? null,
      };
    });
    phase('heap');
    const clicks = await page.evaluate(clickLatency, {
      items: testCase.clickItems,
      score: testCase.score,
      total: testCase.total,
      rounds: testCase.clickRounds,
    });
    const wasmBytesAfterClicks = await page.evaluate(() =>
      window.__bench.memories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0),
    );
    phase('clicks');

    // Opening another check from the live view (the app only: the baseline shows both
    // checklists on its one page).
    let open = null;
    if (testCase.open && kind === 'app') {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
      stage = 'open';
      open = await page.evaluate(openCheck, testCase.open);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
      phase('open');
    }
    const calibration = (await page.evaluate(calibrate)).ms;
    // Every response the page received: its body (decoded) gzipped at level 9, and what came
    // over the wire (the body as sent, gzip where the server compressed it, and the headers).
    const files = {};
    for (const { response, stage: arrived } of responses) {
      const url = new URL(response.url());
      if (!/^https?:$/.test(url.protocol)) continue;
      let name = url.pathname.startsWith(page_.base) ? url.pathname.slice(page_.base.length) : url.pathname;
      if (name === '' || name.endsWith('/')) name += 'index.html';
      let body;
      let sizes;
      try {
        body = await response.body();
        sizes = await response.request().sizes();
      } catch (error) {
        throw new Error(`${kind}: could not read the body of ${response.url()}: ${error.message}`);
      }
      const entry = (files[name] ??= {
        stage: arrived,
        status: response.status(),
        encoding: (await response.allHeaders())['content-encoding'] ?? null,
        raw: 0,
        gzip: 0,
        wire: 0,
        wireHeaders: 0,
        responses: 0,
      });
      entry.raw += body.length;
      entry.gzip += gzipSync(body, { level: 9 }).length;
      entry.wire += sizes.responseBodySize;
      entry.wireHeaders += sizes.responseHeadersSize;
      entry.responses += 1;
    }
    phase('bodies');
    const sum = (key, stages) =>
      Object.values(files)
        .filter((file) => stages.includes(file.stage))
        .reduce((total, file) => total + file[key], 0);
    if (foreign.length > 0) throw new Error(`${kind} asked for a non-loopback address: ${foreign.join(', ')}`);
    return {
      firstRadio: state.painted.first ?? state.laidOut.first,
      firstTarget: state.painted.target ?? state.laidOut.target,
      onScreenMethod: {
        first: state.painted.first !== null ? 'element-timing' : 'laid-out-frame',
        target: state.painted.target !== null ? 'element-timing' : 'laid-out-frame',
      },
      firstRadioLaidOut: state.laidOut.first,
      firstTargetLaidOut: state.laidOut.target,
      radioIds: state.radioIds,
      // A click before the radio was on screen does not count: if the answered probe came
      // before the paint, a click at the paint would have been answered as fast.
      answered:
        state.answered + Math.max(0, (state.painted.target ?? state.laidOut.target) - state.answeredClick),
      answeredClick: state.answeredClick,
      firstProbe: state.firstProbe,
      answeredRaw: state.answered,
      answeredBeforePaint: state.painted.target !== null && state.answeredClick < state.painted.target,
      probes: state.probes,
      firstContentfulPaint: state.firstContentfulPaint,
      domContentLoaded: state.domContentLoaded,
      loadEvent: state.loadEvent,
      click: median(clicks.map((sample) => sample.updated)),
      clickFrame: median(clicks.map((sample) => sample.frame)),
      clickSamples: clicks.map((sample) => round2(sample.updated)),
      jsHeap: heap.usedSize,
      jsHeapBeforeGc: state.usedJSHeapSize,
      wasmMemory: state.wasmBytes,
      wasmMemoryAfterClicks: wasmBytesAfterClicks,
      wasmMemories: state.wasmMemories,
      open: open?.onScreen ?? null,
      openDetail: open,
      openGzip: open ? sum('gzip', ['open']) : null,
      gzipTotal: sum('gzip', ['load']),
      rawTotal: sum('raw', ['load']),
      wireTotal: sum('wire', ['load']) + sum('wireHeaders', ['load']),
      gzipAfterLoad: sum('gzip', ['idle', 'open']),
      calibration,
      files,
      errors,
      phases,
    };
  } finally {
    await context.close();
  }
}

/**
 * The figures of the report: key, label, unit. `when` limits a figure to the cases it applies
 * to; `noBaseline` says why a figure has no baseline to compare with.
 */
const FIGURES = [
  { key: 'gzipTotal', label: 'gzip -9 of everything loaded (first load)', unit: 'bytes' },
  { key: 'wireTotal', label: 'bytes on the wire, first load (gzip where accepted; bodies + headers)', unit: 'bytes' },
  { key: 'firstRadio', label: 'navigation start → first radio on screen', unit: 'ms', scaleKey: 'firstTarget', scaleLabel: 'navigation start → scale-1-yes on screen' },
  { key: 'answered', label: 'navigation start → first click answered with the score', unit: 'ms' },
  { key: 'click', label: 'click → updated score (live page)', unit: 'ms' },
  {
    key: 'open',
    label: 'opening another check: click on the #/mig card → its first radio on screen',
    unit: 'ms',
    when: (testCase) => Boolean(testCase.open),
    noBaseline: 'n/a (the baseline has both on one page)',
  },
  {
    key: 'openGzip',
    label: 'gzip -9 loaded by opening #/mig',
    unit: 'bytes',
    when: (testCase) => Boolean(testCase.open),
    noBaseline: 'n/a (the baseline has both on one page)',
  },
  { key: 'jsHeap', label: 'JS heap after load (after GC)', unit: 'bytes' },
  { key: 'wasmMemory', label: 'wasm memory after load', unit: 'bytes' },
];

const EXTRA_KEYS = ['firstTarget', 'firstRadioLaidOut', 'firstTargetLaidOut', 'firstContentfulPaint', 'domContentLoaded', 'loadEvent', 'clickFrame', 'jsHeapBeforeGc', 'rawTotal', 'gzipAfterLoad', 'wasmMemoryAfterClicks', 'probes', 'calibration'];

function summarize(testCase, runs) {
  const figureKey = (figure) => (testCase.name === 'scale' && figure.scaleKey) || figure.key;
  const caseFigures = FIGURES.filter((figure) => !figure.when || figure.when(testCase));
  const medians = {};
  for (const kind of ['app', 'baseline']) {
    medians[kind] = {};
    const keys = new Set([...caseFigures.map(figureKey), ...EXTRA_KEYS]);
    for (const key of keys) medians[kind][key] = round2(median(runs[kind].map((run) => run[key])));
    const names = new Set(runs[kind].flatMap((run) => Object.keys(run.files)));
    medians[kind].files = Object.fromEntries(
      [...names].sort().map((name) => {
        const seen = runs[kind].map((run) => run.files[name]).filter(Boolean);
        const stages = [...new Set(seen.map((file) => file.stage))];
        return [
          name,
          {
            stage: stages.join('/'),
            encoding: [...new Set(seen.map((file) => file.encoding ?? 'identity'))].join('/'),
            inRuns: seen.length,
            raw: median(runs[kind].map((run) => run.files[name]?.raw ?? 0)),
            gzip: median(runs[kind].map((run) => run.files[name]?.gzip ?? 0)),
            wire: median(runs[kind].map((run) => run.files[name]?.wire ?? 0)),
          },
        ];
      }),
    );
  }
  const figures = caseFigures.map((figure) => {
    const key = figureKey(figure);
    const app = medians.app[key];
    const baseline = figure.noBaseline ? null : medians.baseline[key];
    const range = (kind) => {
      const values = runs[kind].map((run) => run[key]).filter((value) => typeof value === 'number');
      return values.length ? [round2(Math.min(...values)), round2(Math.max(...values))] : null;
    };
    return {
      key,
      label: (testCase.name === 'scale' && figure.scaleLabel) || figure.label,
      unit: figure.unit,
      app,
      baseline,
      ratio: app !== null && baseline ? round2(app / baseline) : null,
      noBaseline: figure.noBaseline ?? null,
      range: { app: range('app'), baseline: figure.noBaseline ? null : range('baseline') },
    };
  });
  return { medians, figures };
}

// --- Report -------------------------------------------------------------------------------

const formatBytes = (bytes) => {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes === 0) return '0';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
};
const formatMs = (ms) => (ms === null || ms === undefined ? '—' : `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms`);
const formatValue = (value, unit) => (unit === 'ms' ? formatMs(value) : formatBytes(value));
const formatRatio = (figure) => {
  if (figure.ratio !== null) return `**${figure.ratio >= 10 ? figure.ratio.toFixed(0) : figure.ratio.toFixed(2)}×**`;
  if (figure.noBaseline) return figure.noBaseline;
  if (figure.baseline === 0) return 'n/a (baseline has none)';
  return '—';
};
const formatKB = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1000).toFixed(1)} KB`);

/** Issue 26's goal, one row per first view and profile, read from the measured figures. */
function goalTable(report, lines) {
  const rows = [];
  for (const [name, testCase] of Object.entries(report.cases)) {
    if (name === 'scale') continue;
    for (const [profileName, result] of Object.entries(testCase.profiles ?? {})) {
      if (result.status !== 'measured') {
        rows.push(`| \`${testCase.route}\` | ${profileName} | not available: ${result.reason} | | | | |`);
        continue;
      }
      const figure = (key) => result.figures.find((candidate) => candidate.key === key);
      const timeCell = (key) => {
        const f = figure(key);
        return f ? `${formatRatio(f)} (${formatMs(f.app)} ÷ ${formatMs(f.baseline)})` : '—';
      };
      const open = figure('open');
      rows.push(
        `| \`${testCase.route}\` | ${profileName} | ${formatKB(figure('gzipTotal').app)} | ${formatKB(figure('wireTotal').app)} ` +
          `| ${timeCell('firstRadio')} | ${timeCell('answered')} | ${open ? formatMs(open.app) : '—'} |`,
      );
    }
  }
  if (rows.length === 0) return;
  lines.push('');
  lines.push('### Issue 26\'s goal, app medians');
  lines.push('');
  lines.push(
    '| view | profile | gzip -9 of the first load (goal ≤ 150 KB) | on the wire | first radio on screen, app ÷ baseline (goal ≤ 1.3×) ' +
      '| first click answered, app ÷ baseline (goal ≤ 2×) | opening #/mig: click → first radio (goal ≤ 1 s on the phone) |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|');
  lines.push(...rows);
  lines.push('');
  lines.push('KB here is 1,000 bytes; the tables below use KiB (1,024 bytes).');
}

function markdown(report) {
  const lines = [];
  const m = report.machine;
  lines.push('## Benchmark: app ÷ plain-HTML baseline');
  lines.push('');
  lines.push(`- date: ${report.date}`);
  const build = report.build;
  const tree = !build.dirty
    ? 'clean tree'
    : build.buildInputsDirty
      ? 'with uncommitted changes to the build inputs'
      : 'uncommitted changes outside the build inputs only';
  lines.push(`- build: ${build.commit} (${tree}), \`trunk build --release\``);
  lines.push(
    `- machine: ${m.nproc} cores, ${m.cpu}; Chromium ${m.chromium} (headless); Node ${m.node}; ` +
      `load average ${m.loadavgAtStart[0]} at start, ${m.loadavgAtEnd?.[0] ?? '?'} at end`,
  );
  lines.push(`- served by \`bench/serve.mjs\`: gzip -9 on the wire for html, js, css, wasm, svg and json, \`cache-control: no-store\``);
  lines.push(`- profiles, measured in the same run: ${report.config.profiles.map((profile) => `**${profile.name}** (${profile.title})`).join('; ')}`);
  lines.push(
    `- runs: median of ${report.config.runs} cold runs per page and profile (fresh browser context, no cache), ` +
      `app and baseline alternating, the profiles in turn within each run` +
      `${report.config.warmup ? `, after ${report.config.warmup} discarded warm-up round(s) at the start` : ''}`,
  );
  goalTable(report, lines);
  for (const testCase of Object.values(report.cases)) {
    for (const [profileName, result] of Object.entries(testCase.profiles ?? {})) {
      lines.push('');
      lines.push(`### ${testCase.title} — ${profileName}`);
      lines.push('');
      if (result.status !== 'measured') {
        lines.push(`**Not available:** ${result.reason}`);
        continue;
      }
      lines.push('| figure (median) | app ÷ baseline | app | baseline | app min–max | baseline min–max |');
      lines.push('|---|---:|---:|---:|---:|---:|');
      const spread = (figure, kind) => {
        const range = figure.range[kind];
        if (figure.unit !== 'ms' || !range) return '';
        return `${formatMs(range[0]).replace(' ms', '')}–${formatMs(range[1])}`;
      };
      for (const figure of result.figures) {
        lines.push(
          `| ${figure.label} | ${formatRatio(figure)} | ${formatValue(figure.app, figure.unit)} ` +
            `| ${figure.noBaseline ? '—' : formatValue(figure.baseline, figure.unit)} ` +
            `| ${spread(figure, 'app')} | ${spread(figure, 'baseline')} |`,
        );
      }
      const headlineKey = testCase.name === 'scale' ? 'target' : 'first';
      const byPaint = (kind) => result.runs[kind].filter((run) => run.onScreenMethod[headlineKey] === 'element-timing').length;
      const openByPaint = result.runs.app.filter((run) => run.openDetail?.onScreenMethod === 'element-timing').length;
      lines.push('');
      lines.push(
        `The radio on screen by its Element Timing paint in ${byPaint('app')} of ${result.runs.app.length} app runs and ` +
          `${byPaint('baseline')} of ${result.runs.baseline.length} baseline runs (the others: its first laid-out frame, a lower bound)` +
          (testCase.open ? `; the #/mig radio by its paint in ${openByPaint} of ${result.runs.app.length} app runs.` : '.'),
      );
      lines.push('');
      lines.push(
        `Files (median over the runs; the stage is when the response arrived: load = the first load, idle = after it, open = opening #/mig; ` +
          `CPU calibration: a fixed JS loop took ${formatMs(result.medians.app.calibration)} in the app, ${formatMs(result.medians.baseline.calibration)} in the baseline):`,
      );
      lines.push('');
      lines.push('| page | file | stage | on the wire (body) | gzip -9 | raw |');
      lines.push('|---|---|---|---:|---:|---:|');
      const bytes = (value) => `${value.toLocaleString('en-US')} B`;
      for (const kind of ['app', 'baseline']) {
        const files = result.medians[kind].files;
        for (const [name, file] of Object.entries(files)) {
          const encoding = file.encoding === 'identity' ? ' (not compressed)' : '';
          lines.push(`| ${kind} | \`${name}\` | ${file.stage} | ${bytes(file.wire)}${encoding} | ${bytes(file.gzip)} | ${bytes(file.raw)} |`);
        }
        const medians = result.medians[kind];
        lines.push(`| ${kind} | **first load** | load | ${bytes(medians.wireTotal)} with headers | **${bytes(medians.gzipTotal)}** | ${bytes(medians.rawTotal)} |`);
      }
    }
  }
  lines.push('');
  return lines.join('\n');
}

// --- Main ---------------------------------------------------------------------------------

const run = (command, args) => {
  try {
    // trimEnd: `git status --porcelain` lines start with a meaningful space.
    return execFileSync(command, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
  } catch {
    return null;
  }
};

/** What the build is made of: a change here changes what is measured. */
const BUILD_INPUTS = /^(src\/|content\/|static\/|build\.rs$|Cargo\.(toml|lock)$|Trunk\.toml$|index\.html$)/;

function buildInfo() {
  const commit = run('git', ['rev-parse', '--short', 'HEAD']) ?? 'unknown (not a git checkout)';
  // The benchmark's own files do not count.
  const status = run('git', ['status', '--porcelain', '--untracked-files=all', '--', '.', ':(exclude)bench', ':(exclude)scripts/bench.sh']);
  const changed = status ? status.split('\n').filter(Boolean).map((line) => line.slice(3)) : [];
  return {
    commit,
    dirty: status === null ? null : changed.length > 0,
    buildInputsDirty: status === null ? null : changed.some((path) => BUILD_INPUTS.test(path)),
    changed,
  };
}

function machineInfo(browser) {
  let cpu = 'unknown';
  try {
    cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1].trim() ?? cpu;
  } catch {
    // Not Linux: keep "unknown".
  }
  return {
    nproc: Number(run('nproc', [])) || availableParallelism(),
    cpu,
    chromium: browser.version(),
    chromiumPath,
    chromiumArgs: ARGS,
    node: process.versions.node,
    loadavgAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

function scaleBuildProblem() {
  const status = env.BENCH_SCALE_BUILD;
  if (status && status !== 'ok') return status;
  const dir = resolve(repo, env.BENCH_DIR ?? 'target/bench', 'dist-scale');
  if (!existsSync(join(dir, 'index.html'))) return `no scale build in ${dir}`;
  return null;
}

async function main() {
  const started = Date.now();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS, headless: true });
  const report = {
    date: run('date', ['-u']) ?? new Date().toUTCString(),
    dateIso: new Date().toISOString(),
    build: buildInfo(),
    machine: machineInfo(browser),
    config: {
      runs: RUNS,
      warmup: WARMUP,
      order:
        'per case: warm-up round(s), then run 1: app, baseline on each profile in turn, run 2: the same, … (each load a fresh context)',
      profiles: PROFILES,
      probeIntervalMs: PROBE_INTERVAL_MS,
      clickRounds: Object.fromEntries(CASES.map((testCase) => [testCase.name, testCase.clickRounds])),
      origin: ORIGIN,
      server: 'bench/serve.mjs: gzip -9 (content-encoding: gzip when accepted) for html, js, css, wasm, svg, json; cache-control: no-store',
    },
    cases: {},
  };
  if (RUNS < 7) console.warn(`warning: BENCH_RUNS=${RUNS}; the report calls for at least 7 runs`);
  console.log(`load average at start: ${report.machine.loadavgAtStart.join(' ')}`);
  try {
    for (const testCase of CASES) {
      const entry = {
        name: testCase.name,
        title: testCase.title,
        route: testCase.app.url.slice(testCase.app.url.indexOf('#')),
        open: testCase.open,
        app: testCase.app.url,
        baseline: testCase.baseline.url,
        profiles: {},
      };
      report.cases[testCase.name] = entry;
      const problem = testCase.optional ? scaleBuildProblem() : null;
      if (problem) {
        const reason = `the scale build is missing (${problem}); build with the cargo feature \`bench-scale\` to measure it.`;
        for (const profile of PROFILES) entry.profiles[profile.name] = { status: 'not available', reason };
        console.log(`\n${testCase.name}: NOT AVAILABLE: ${reason}`);
        continue;
      }
      console.log(
        `\n${testCase.name}: ${testCase.warmup} warm-up round(s), then ${RUNS} × (app, baseline) on ${PROFILES.map((p) => p.name).join(', ')}`,
      );
      const runs = Object.fromEntries(PROFILES.map((profile) => [profile.name, { app: [], baseline: [] }]));
      const unavailable = {};
      for (let index = -testCase.warmup; index < RUNS; index += 1) {
        for (const profile of PROFILES) {
          if (unavailable[profile.name]) continue;
          try {
            for (const kind of ['app', 'baseline']) {
              const result = await measure(browser, testCase, kind, profile);
              const label = index < 0 ? 'warm-up' : `run ${index + 1}/${RUNS}`;
              console.log(
                `  ${label.padEnd(9)} ${profile.name.padEnd(7)} ${kind.padEnd(8)} radio on screen ${formatMs(testCase.name === 'scale' ? result.firstTarget : result.firstRadio).padStart(7)}` +
                  `  answered ${formatMs(result.answered).padStart(7)}  click ${formatMs(result.click).padStart(8)}` +
                  (result.open !== null ? `  open #/mig ${formatMs(result.open).padStart(7)}` : '') +
                  `  gzip ${formatBytes(result.gzipTotal).padStart(10)}  wire ${formatBytes(result.wireTotal).padStart(10)}` +
                  `  heap ${formatBytes(result.jsHeap).padStart(9)}  wasm ${formatBytes(result.wasmMemory)}` +
                  (result.errors.length ? `  page errors: ${result.errors.join(' | ')}` : ''),
              );
              if (index >= 0) runs[profile.name][kind].push(result);
              await new Promise((done) => setTimeout(done, 150)); // let the closed context's processes go
            }
          } catch (error) {
            if (!(error instanceof NotAvailable)) throw error;
            unavailable[profile.name] =
              `${error.message}. The scale build was made, but its \`#/scale\` view did not show and answer \`scale-1\`.`;
            console.log(`  NOT AVAILABLE on ${profile.name}: ${error.message}`);
          }
        }
      }
      for (const profile of PROFILES) {
        entry.profiles[profile.name] = unavailable[profile.name]
          ? { status: 'not available', reason: unavailable[profile.name] }
          : { status: 'measured', ...summarize(testCase, runs[profile.name]), runs: runs[profile.name] };
      }
    }
  } finally {
    await browser.close();
  }
  report.seconds = Math.round((Date.now() - started) / 1000);
  report.machine.loadavgAtEnd = loadavg().map((value) => Math.round(value * 100) / 100);

  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = markdown(report);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), table);
  console.log(`\nmeasured in ${report.seconds} s; wrote ${join(RESULTS_DIR, 'latest.json')} and latest.md`);
}

main().catch((error) => {
  console.error(`bench/run.mjs: ${error.stack ?? error}`);
  process.exit(1);
});
