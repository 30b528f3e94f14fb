// The benchmark: loads the release app and a plain-HTML baseline in headless Chromium, cold,
// alternating app and baseline, and reports median figures as ratios to the baseline.
// Run by scripts/bench.sh, which builds everything and starts bench/serve.mjs first.
//
// Environment:
//   BENCH_RUNS              measured runs per page and case (default 9, at least 7 for a report)
//   BENCH_WARMUP            discarded warm-up pairs per case before the measured runs (default 1)
//   BENCH_PORT              port of bench/serve.mjs on 127.0.0.1 (default 8282)
//   BENCH_TIMEOUT_MS        per-page limit for the checklists case (default 30000)
//   BENCH_SCALE_TIMEOUT_MS  limit for the scale app to show and answer scale-1 (default 60000)
//   BENCH_APP_ROUTE         fragment the checklists case opens the app at (default none)
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
/** Where the checklists case opens the app: "" is the page as it opens; e.g. "#/pre". */
const APP_ROUTE = env.BENCH_APP_ROUTE ?? '';
const RESULTS_DIR = resolve(repo, env.BENCH_RESULTS_DIR ?? 'bench/results');
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** How often the in-page probe clicks while waiting for the app to answer. */
const PROBE_INTERVAL_MS = 3;

if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a positive integer, not ${env.BENCH_RUNS}`);
if (!Number.isInteger(WARMUP) || WARMUP < 0) throw new Error(`BENCH_WARMUP must be 0 or more, not ${env.BENCH_WARMUP}`);

// Precise heap figures; and no host name resolves except the loopback address, so nothing on
// the page (or in Chromium) can reach another machine even if it tried.
const ARGS = [
  ...chromiumArgs,
  '--enable-precise-memory-info',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const pre = readChecklist('pre');
const CASES = [
  {
    name: 'checklists',
    title: `First view: the app as it opens${APP_ROUTE ? ` at ${APP_ROUTE}` : ''}, and the baseline page of both checklists (前提条件チェック 8 + クラウド移行チェックリスト 9 items)`,
    app: { url: `${ORIGIN}/portal/self-check/${APP_ROUTE}`, base: '/portal/self-check/' },
    baseline: { url: `${ORIGIN}/bench/baseline/`, base: '/bench/baseline/' },
    target: pre.items[0].id, // pre-1.1
    score: 'pre-score',
    total: pre.items.length, // 8
    clickItems: pre.items.slice(1, 5).map((item) => item.id),
    timeout: TIMEOUT,
    optional: false,
    headline: 'first', // the first radio of the page
    clickRounds: 2, // 4 items × yes/no × 2 = 16 clicks
    warmup: WARMUP,
  },
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

// --- Around the page ----------------------------------------------------------------------

const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round2 = (value) => (value === null ? null : Math.round(value * 100) / 100);

class NotAvailable extends Error {}

/** One cold load of one page: a fresh browser context (empty cache and storage). */
async function measure(browser, testCase, kind) {
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
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.addInitScript(probe, {
    target: testCase.target,
    score: testCase.score,
    total: testCase.total,
    interval: PROBE_INTERVAL_MS,
  });
  const cdp = await context.newCDPSession(page);
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
    // Every response body the page loaded, gzipped at level 9.
    const files = {};
    for (const response of responses) {
      const url = new URL(response.url());
      if (!/^https?:$/.test(url.protocol)) continue;
      let name = url.pathname.startsWith(page_.base) ? url.pathname.slice(page_.base.length) : url.pathname;
      if (name === '' || name.endsWith('/')) name += 'index.html';
      let body;
      try {
        body = await response.body();
      } catch (error) {
        throw new Error(`${kind}: could not read the body of ${response.url()}: ${error.message}`);
      }
      const entry = (files[name] ??= { status: response.status(), raw: 0, gzip: 0, responses: 0 });
      entry.raw += body.length;
      entry.gzip += gzipSync(body, { level: 9 }).length;
      entry.responses += 1;
    }
    phase('bodies');
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
      gzipTotal: Object.values(files).reduce((sum, file) => sum + file.gzip, 0),
      rawTotal: Object.values(files).reduce((sum, file) => sum + file.raw, 0),
      files,
      errors,
      phases,
    };
  } finally {
    await context.close();
  }
}

/** The figures of the report: key, label, unit, and how a run yields it. */
const FIGURES = [
  { key: 'gzipTotal', label: 'gzip -9 of everything loaded', unit: 'bytes' },
  { key: 'firstRadio', label: 'navigation start → first radio on screen', unit: 'ms', scaleKey: 'firstTarget', scaleLabel: 'navigation start → scale-1-yes on screen' },
  { key: 'answered', label: 'navigation start → first click answered with the score', unit: 'ms' },
  { key: 'click', label: 'click → updated score (live page)', unit: 'ms' },
  { key: 'jsHeap', label: 'JS heap after load (after GC)', unit: 'bytes' },
  { key: 'wasmMemory', label: 'wasm memory after load', unit: 'bytes' },
];

function summarize(testCase, runs) {
  const figureKey = (figure) => (testCase.name === 'scale' && figure.scaleKey) || figure.key;
  const medians = {};
  for (const kind of ['app', 'baseline']) {
    medians[kind] = {};
    const keys = new Set([...FIGURES.map(figureKey), 'firstTarget', 'firstRadioLaidOut', 'firstTargetLaidOut', 'firstContentfulPaint', 'domContentLoaded', 'loadEvent', 'clickFrame', 'jsHeapBeforeGc', 'rawTotal', 'wasmMemoryAfterClicks', 'probes']);
    for (const key of keys) medians[kind][key] = round2(median(runs[kind].map((run) => run[key])));
    const names = new Set(runs[kind].flatMap((run) => Object.keys(run.files)));
    medians[kind].files = Object.fromEntries(
      [...names].sort().map((name) => [
        name,
        {
          raw: median(runs[kind].map((run) => run.files[name]?.raw ?? 0)),
          gzip: median(runs[kind].map((run) => run.files[name]?.gzip ?? 0)),
        },
      ]),
    );
  }
  const figures = FIGURES.map((figure) => {
    const key = figureKey(figure);
    const app = medians.app[key];
    const baseline = medians.baseline[key];
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
      range: { app: range('app'), baseline: range('baseline') },
    };
  });
  return { medians, figures };
}

// --- Report -------------------------------------------------------------------------------

const formatBytes = (bytes) => {
  if (bytes === null) return '—';
  if (bytes === 0) return '0';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
};
const formatMs = (ms) => (ms === null ? '—' : `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms`);
const formatValue = (value, unit) => (unit === 'ms' ? formatMs(value) : formatBytes(value));
const formatRatio = (figure) => {
  if (figure.ratio !== null) return `**${figure.ratio >= 10 ? figure.ratio.toFixed(0) : figure.ratio.toFixed(2)}×**`;
  if (figure.baseline === 0) return 'n/a (baseline has none)';
  return '—';
};

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
  lines.push(
    `- runs: median of ${report.config.runs} cold runs per page (fresh browser context, no cache), ` +
      `app and baseline alternating${report.config.warmup ? `, after ${report.config.warmup} discarded warm-up pair(s) at the start` : ''}`,
  );
  for (const testCase of Object.values(report.cases)) {
    lines.push('');
    lines.push(`### ${testCase.title}`);
    lines.push('');
    if (testCase.status !== 'measured') {
      lines.push(`**Not available:** ${testCase.reason}`);
      continue;
    }
    lines.push('| figure (median) | app ÷ baseline | app | baseline | app min–max | baseline min–max |');
    lines.push('|---|---:|---:|---:|---:|---:|');
    const spread = (figure, kind) => {
      const range = figure.range[kind];
      if (figure.unit !== 'ms' || !range) return '';
      return `${formatMs(range[0]).replace(' ms', '')}–${formatMs(range[1])}`;
    };
    for (const figure of testCase.figures) {
      lines.push(
        `| ${figure.label} | ${formatRatio(figure)} | ${formatValue(figure.app, figure.unit)} | ${formatValue(figure.baseline, figure.unit)} ` +
          `| ${spread(figure, 'app')} | ${spread(figure, 'baseline')} |`,
      );
    }
    lines.push('');
    lines.push('Files loaded (gzip -9 / raw, median):');
    lines.push('');
    lines.push('| page | file | gzip -9 | raw |');
    lines.push('|---|---|---:|---:|');
    for (const kind of ['app', 'baseline']) {
      const files = testCase.medians[kind].files;
      for (const [name, file] of Object.entries(files)) {
        lines.push(`| ${kind} | \`${name}\` | ${file.gzip.toLocaleString('en-US')} B | ${file.raw.toLocaleString('en-US')} B |`);
      }
      lines.push(
        `| ${kind} | **total** | **${testCase.medians[kind].gzipTotal.toLocaleString('en-US')} B** | ${testCase.medians[kind].rawTotal.toLocaleString('en-US')} B |`,
      );
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
      order: 'per case: warm-up pair(s), then app, baseline, app, baseline, … (each a fresh context)',
      probeIntervalMs: PROBE_INTERVAL_MS,
      clickRounds: Object.fromEntries(CASES.map((testCase) => [testCase.name, testCase.clickRounds])),
      origin: ORIGIN,
    },
    cases: {},
  };
  if (RUNS < 7) console.warn(`warning: BENCH_RUNS=${RUNS}; the report calls for at least 7 runs`);
  try {
    for (const testCase of CASES) {
      const entry = {
        title: testCase.title,
        app: testCase.app.url,
        baseline: testCase.baseline.url,
        status: 'measured',
      };
      report.cases[testCase.name] = entry;
      const problem = testCase.optional ? scaleBuildProblem() : null;
      if (problem) {
        entry.status = 'not available';
        entry.reason = `the scale build is missing (${problem}); build with the cargo feature \`bench-scale\` to measure it.`;
        console.log(`\n${testCase.name}: NOT AVAILABLE: ${entry.reason}`);
        continue;
      }
      console.log(`\n${testCase.name}: ${testCase.warmup} warm-up pair(s), then ${RUNS} × (app, baseline)`);
      const runs = { app: [], baseline: [] };
      try {
        for (let index = -testCase.warmup; index < RUNS; index += 1) {
          for (const kind of ['app', 'baseline']) {
            const result = await measure(browser, testCase, kind);
            const label = index < 0 ? 'warm-up' : `run ${index + 1}/${RUNS}`;
            console.log(
              `  ${label.padEnd(9)} ${kind.padEnd(8)} radio on screen ${formatMs(testCase.name === 'scale' ? result.firstTarget : result.firstRadio).padStart(7)}` +
                `  answered ${formatMs(result.answered).padStart(7)}  click ${formatMs(result.click).padStart(8)}` +
                `  gzip ${formatBytes(result.gzipTotal).padStart(10)}  heap ${formatBytes(result.jsHeap).padStart(9)}` +
                `  wasm ${formatBytes(result.wasmMemory)}` +
                (result.errors.length ? `  page errors: ${result.errors.join(' | ')}` : ''),
            );
            if (index >= 0) runs[kind].push(result);
            await new Promise((done) => setTimeout(done, 150)); // let the closed context's processes go
          }
        }
      } catch (error) {
        if (!(error instanceof NotAvailable)) throw error;
        entry.status = 'not available';
        entry.reason = `${error.message}. The scale build was made, but its \`#/scale\` view did not show and answer \`scale-1\`.`;
        console.log(`  NOT AVAILABLE: ${error.message}`);
        continue;
      }
      Object.assign(entry, summarize(testCase, runs), { runs });
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
