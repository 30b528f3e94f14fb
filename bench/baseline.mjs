// Generates the benchmark's baseline: plain static HTML pages with the same questions as the
// app, as real radio buttons, and a few lines of inline JavaScript that count the Yes answers.
//
//   node bench/baseline.mjs [out-dir]      (default target/bench)
//
// writes <out-dir>/baseline/index.html        (content/pre.json + content/mig.json: 8 + 9 items)
//    and <out-dir>/baseline-scale/index.html  (a synthetic checklist of 5,000 items)
//
// Only these fields of the content files are read, so added fields do not matter:
//   title.ja, items[].id, items[].number, items[].question.ja, items[].guidance[].ja
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const SCALE_ITEMS = 5000;

const escapeHtml = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** The fields the baseline needs from one content file, checked so a schema change fails loudly. */
export function readChecklist(name) {
  const raw = JSON.parse(readFileSync(join(repo, 'content', `${name}.json`), 'utf8'));
  const fail = (what) => {
    throw new Error(`content/${name}.json: ${what}`);
  };
  if (typeof raw?.title?.ja !== 'string') fail('title.ja is missing');
  if (!Array.isArray(raw.items) || raw.items.length === 0) fail('items is missing or empty');
  return {
    id: name,
    title: raw.title.ja,
    items: raw.items.map((item, index) => {
      if (typeof item?.id !== 'string') fail(`items[${index}].id is missing`);
      if (typeof item?.question?.ja !== 'string') fail(`items[${index}].question.ja is missing`);
      return {
        id: item.id,
        number: String(item.number ?? index + 1),
        question: item.question.ja,
        guidance: (Array.isArray(item.guidance) ? item.guidance : [])
          .map((entry) => entry?.ja)
          .filter((text) => typeof text === 'string'),
      };
    }),
  };
}

/**
 * The synthetic checklist of the scale case, with the text the app's `bench-scale` build gives
 * it (build.rs, `scale_checklist`): item n (1..count) has id `scale-<n>`, question "合成項目 n"
 * and one guidance line "補足 n". Keep the two in step.
 */
export function scaleChecklist(count = SCALE_ITEMS) {
  return {
    id: 'scale',
    title: `規模試験（${count.toLocaleString('en-US')}項目）`,
    items: Array.from({ length: count }, (_, index) => ({
      id: `scale-${index + 1}`,
      number: String(index + 1),
      question: `合成項目 ${index + 1}`,
      guidance: [`補足 ${index + 1}`],
    })),
  };
}

// The whole of the baseline's JavaScript: one delegated change listener, live from the first
// byte of <body>, that keeps a Yes count per checklist and writes it into the score element.
const SCRIPT = `
var answers = {}, counts = {};
document.addEventListener('change', function (event) {
  var input = event.target;
  var section = input.type === 'radio' && input.closest('section[data-module]');
  if (!section) return;
  var module = section.getAttribute('data-module');
  counts[module] = (counts[module] || 0) - (answers[input.name] === 'yes' ? 1 : 0) + (input.value === 'yes' ? 1 : 0);
  answers[input.name] = input.value;
  var score = document.getElementById(module + '-score');
  score.textContent = 'はい ' + counts[module] + '/' + score.getAttribute('data-total');
});`;

function renderItem(item) {
  const id = escapeHtml(item.id);
  const guidance =
    item.guidance.length === 1
      ? `<p>${escapeHtml(item.guidance[0])}</p>`
      : `<ul>${item.guidance.map((text) => `<li>${escapeHtml(text)}</li>`).join('')}</ul>`;
  return (
    `<fieldset data-item="${id}"><legend>${escapeHtml(item.number)} ${escapeHtml(item.question)}</legend>` +
    `<input type="radio" id="${id}-yes" name="${id}" value="yes"><label for="${id}-yes">はい</label> ` +
    `<input type="radio" id="${id}-no" name="${id}" value="no"><label for="${id}-no">いいえ</label>` +
    (item.guidance.length > 0 ? `<details><summary>補足説明</summary>${guidance}</details>` : '') +
    `</fieldset>\n`
  );
}

function renderSection(checklist) {
  const id = escapeHtml(checklist.id);
  const total = checklist.items.length;
  return (
    `<section id="${id}" data-module="${id}">\n<h2>${escapeHtml(checklist.title)}</h2>\n` +
    `<p>結果：<strong id="${id}-score" data-testid="${id}-score" data-total="${total}">はい 0/${total}</strong></p>\n` +
    checklist.items.map(renderItem).join('') +
    `</section>\n`
  );
}

export function baselineHtml(checklists) {
  return (
    `<!doctype html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    // No favicon request: the baseline transfers its one HTML file and nothing else.
    `<link rel="icon" href="data:,">\n` +
    `<title>クラウド利用セルフチェック（ベースライン）</title>\n` +
    `<script>${SCRIPT}\n</script>\n</head>\n<body>\n<main>\n<h1>クラウド利用セルフチェック</h1>\n` +
    checklists.map(renderSection).join('') +
    `</main>\n</body>\n</html>\n`
  );
}

/** Writes both baseline pages under `outDir`; returns their paths and item counts. */
export function writeBaselines(outDir) {
  const sources = [readChecklist('pre'), readChecklist('mig')];
  const pages = {
    baseline: sources,
    'baseline-scale': [scaleChecklist()],
  };
  const written = {};
  for (const [name, checklists] of Object.entries(pages)) {
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    const html = baselineHtml(checklists);
    writeFileSync(join(dir, 'index.html'), html);
    written[name] = {
      path: join(dir, 'index.html'),
      bytes: Buffer.byteLength(html),
      items: Object.fromEntries(checklists.map((checklist) => [checklist.id, checklist.items.length])),
    };
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(repo, 'target', 'bench'));
  for (const [name, page] of Object.entries(writeBaselines(outDir))) {
    const items = Object.entries(page.items)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ');
    console.log(`baseline ${name}: ${page.path} (${page.bytes} bytes; items: ${items})`);
  }
}
