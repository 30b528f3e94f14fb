// Build step, run by Trunk's post-build hook after src/bin/prerender.rs (see Trunk.toml):
// writes the ways to use the tool other than serving dist/, from the files Trunk built.
//
//  - cloud-self-check.html: the whole tool in one file (the pre-rendered page, the stylesheet,
//    the JS glue, the wasm and its split modules in base64, every content chunk as a JSON data
//    block, which the app reads instead of fetching the chunk), which works opened from disk
//    (file://) with no network. Its Content-Security-Policy allows exactly the inline script and style it
//    carries, by their sha256 hashes, and wasm compilation; nothing else.
//  - embed.js and an embed copy of the stylesheet: one script tag and one
//    <cloud-self-check> element put the tool into a portal page, in a shadow root. Its mount
//    point's data-assets holds the tool's folder, which the app fetches content chunks from.
//  - sw.js, a service worker versioned by the build, and the script in index.html that
//    registers it: the served tool works offline after one visit (the worker caches every
//    content chunk, in both languages, and every split module). It is never registered from file://, in a frame or by
//    embed.js; deleting sw.js from dist/ turns it off.
//
// Usage: node scripts/bundle.mjs <dist dir> (default: $TRUNK_STAGING_DIR). Node's standard
// library only.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLUE, WASM, one as oneIn } from './page.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('usage: bundle.mjs <dist dir> (or set TRUNK_STAGING_DIR)');

function fail(reason) {
  console.error(`bundle: ${reason}`);
  process.exit(1);
}

const read = (name) => readFileSync(join(dir, name));
const text = (name) => read(name).toString('utf8');
let index = text('index.html');
if (index.includes('register-sw-')) fail('index.html was bundled already (run on a fresh build)');

/** The one match of `pattern` in the page (its first group), or a clear failure. */
const one = (pattern, what) => oneIn(index, pattern, what, fail);

const guard = one('<script src="\\./(route-guard-[0-9a-f]+\\.js)"></script>', 'route guards');
const boot = one('<script type="module" src="\\./(boot-[0-9a-f]+\\.js)"></script>', 'loaders');
const style = one('<link rel="stylesheet" href="\\./(style-[0-9a-f]+\\.css)"[^>]*>', 'stylesheets');
const icon = one('<link rel="icon" href="\\./(icon-[0-9a-f]+\\.svg)"[^>]*>', 'icons');
const glue = one(GLUE, 'glue scripts');
const wasm = one(WASM, 'wasm modules');
const policy = one('<meta http-equiv="Content-Security-Policy" content="([^"]*)">', 'policies');
// A release build's split loader and the wasm modules it fetches when a view first opens
// (scripts/split.mjs); a debug build has neither.
const splitTags = [...index.matchAll(/<link rel="modulepreload" href="\.\/(wasm-split-[0-9a-f]{16}\.js)"[^>]*>/g)];
if (splitTags.length > 1) fail(`index.html has ${splitTags.length} split loaders, expected one at most`);
const splitLoader = splitTags.length ? { tag: splitTags[0][0], name: splitTags[0][1] } : null;
const splitModules = readdirSync(dir)
  .filter((name) => /^split-[a-z0-9-]+-[0-9a-f]{16}\.wasm$/.test(name))
  .sort();
if (splitLoader && splitModules.length === 0) fail(`${splitLoader.name} has no split-*.wasm next to it`);
if (!splitLoader && splitModules.length) fail('split-*.wasm without a split loader in index.html');

// The content chunks src/bin/prerender.rs wrote next to index.html: the text of one check in one
// language each, which the app loads when the check is opened (src/platform/chunks.rs: from a
// data block of the page if there is one, else from the file).
const chunkFile = /^content-([a-z0-9]+(?:-[a-z0-9]+)*)-(ja|en)-([0-9a-f]{16})\.json$/;
const chunks = readdirSync(dir)
  .filter((name) => name.startsWith('content-') && name.endsWith('.json'))
  .sort()
  .map((name) => {
    const parts = name.match(chunkFile);
    if (!parts) fail(`${name} is not named content-<chunk>-<lang>-<hash16>.json`);
    let chunk;
    try {
      chunk = JSON.parse(text(name));
    } catch (error) {
      fail(`${name} is not JSON: ${error.message}`);
    }
    if (chunk.chunk !== parts[1] || chunk.lang !== parts[2] || chunk.hash !== parts[3]) {
      fail(`${name} says it is ${chunk.chunk}/${chunk.lang}/${chunk.hash}`);
    }
    return name;
  });
// Without them the single file and the offline cache would open no check but the first views.
if (chunks.length === 0) fail('no content-*.json next to index.html (src/bin/prerender.rs writes them)');
const held = new Set(chunks.map((name) => name.match(chunkFile).slice(1, 3).join(' ')));
for (const id of new Set(chunks.map((name) => name.match(chunkFile)[1]))) {
  for (const lang of ['ja', 'en']) {
    if (!held.has(`${id} ${lang}`)) fail(`chunk ${id} has no ${lang} file`);
  }
}

const sha256 = (contents) => `'sha256-${createHash('sha256').update(contents, 'utf8').digest('base64')}'`;
const contentName = (stem, contents, ext) =>
  `${stem}-${createHash('sha256').update(contents).digest('hex').slice(0, 16)}.${ext}`;

// Text put inside <script> or <style> must not close it early.
function inlineable(contents, element, what) {
  if (new RegExp(`</${element}`, 'i').test(contents)) fail(`${what} contains </${element}`);
  return contents;
}

// ---- the single file -------------------------------------------------------------------------

const guardScript = inlineable(text(guard.name), 'script', guard.name);
const css = inlineable(text(style.name), 'style', style.name);
// The glue is an ES module whose only export is its init functions; inlined, they are called
// right after it, with the wasm's bytes instead of its URL.
let glueSource = text(glue.name);
const exportLine = /^export \{ initSync, __wbg_init as default \};\s*$/m;
if (!exportLine.test(glueSource)) fail(`${glue.name} does not end with the export line this step knows`);
// The split loader and the glue import each other: inlined, the loader comes first in the same
// script (its functions run only once the glue is there), its exports become the object the
// glue's imports of it were, and it reads each module's bytes from a data block of the page.
let splitScript = '';
if (splitLoader) {
  let loader = text(splitLoader.name);
  const glueImport = `import { initSync } from "./${glue.name}";`;
  if (!loader.includes(glueImport)) fail(`${splitLoader.name} does not import the glue as expected`);
  loader = loader.replace(glueImport, '');
  const exported = [...loader.matchAll(/^export const (\w+) = /gm)].map((match) => match[1]);
  if (exported.length === 0) fail(`${splitLoader.name} exports no loader`);
  loader = loader.replace(/^export const /gm, 'const ');
  for (const name of splitModules) {
    const reference = `fetchModule(new URL("./${name}", import.meta.url))`;
    if (!loader.includes(reference)) fail(`${splitLoader.name} does not fetch ${name} as expected`);
    loader = loader.replace(reference, `__wasmSplitBlock(${JSON.stringify(name)})`);
  }
  if (/import\.meta|fetchModule\(new URL/.test(loader)) fail(`${splitLoader.name} still fetches a module`);
  const glueImports = new RegExp(`^import \\* as (\\w+) from "\\./${splitLoader.name.replaceAll('.', '\\.')}"$`, 'gm');
  if (!glueImports.test(glueSource)) fail(`${glue.name} does not import ${splitLoader.name}`);
  glueSource = glueSource.replace(glueImports, 'const $1 = __wasmSplitExports;');
  if (/^import /m.test(glueSource)) fail(`${glue.name} imports something this step does not inline`);
  splitScript = `const __wasmSplitBlock = async (name) => {
  const block = document.querySelector(\`script[data-wasm-split="\${name}"]\`);
  if (!block) throw new Error(\`\${name} is not in this file\`);
  const encoded = block.textContent.trim();
  const bytes = typeof Uint8Array.fromBase64 === 'function'
    ? Uint8Array.fromBase64(encoded)
    : Uint8Array.from(atob(encoded), (character) => character.charCodeAt(0));
  return new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } });
};
// The split loader, in a scope of its own so that its names cannot meet the glue's.
const __wasmSplitExports = (() => {
${loader}
return { ${exported.join(', ')} };
})();
`;
}
const moduleScript = inlineable(
  `${splitScript}${glueSource.replace(exportLine, '')}
{
  const encoded = document.getElementById('cloud-self-check-wasm').textContent.trim();
  const bytes = typeof Uint8Array.fromBase64 === 'function'
    ? Uint8Array.fromBase64(encoded)
    : Uint8Array.from(atob(encoded), (character) => character.charCodeAt(0));
  await __wbg_init({ module_or_path: bytes });
}
`,
  'script',
  glue.name,
);
const singlePolicy = [
  "default-src 'none'",
  `script-src ${sha256(guardScript)} ${sha256(moduleScript)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(css)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let single = index;
const swap = (from, to) => {
  if (!single.includes(from)) fail(`cannot find ${from.slice(0, 60)} in index.html`);
  single = single.replace(from, () => to);
};
swap(policy.tag, `<meta http-equiv="Content-Security-Policy" content="${singlePolicy}">`);
swap(guard.tag, `<script>${guardScript}</script>`);
swap(boot.tag, '');
swap(style.tag, `<style>${css}</style>`);
swap(icon.tag, `<link rel="icon" href="data:image/svg+xml;base64,${read(icon.name).toString('base64')}">`);
swap(glue.tag, '');
swap(wasm.tag, '');
if (splitLoader) swap(splitLoader.tag, '');
// Data blocks (scripts of a type that is not run) hold the content chunks and the wasm; the
// policy does not apply to them. The app reads a chunk's block instead of fetching its file;
// the module script reads the wasm's. In a chunk's JSON, `<` is written \u003c (the same
// string to a JSON parser), so no `</script` or `<!--` can end or upset the block.
const chunkBlocks = chunks
  .map(
    (name) =>
      `<script type="application/json" data-content-chunk="${name}">${inlineable(
        text(name).replaceAll('<', '\\u003c'),
        'script',
        name,
      )}</script>\n`,
  )
  .join('');
swap(
  '</body>',
  chunkBlocks +
    splitModules
      .map(
        (name) =>
          `<script type="application/octet-stream" data-wasm-split="${name}">${read(name).toString('base64')}</script>\n`,
      )
      .join('') +
    `<script type="application/octet-stream" id="cloud-self-check-wasm">${read(wasm.name).toString('base64')}</script>\n` +
    `<script type="module">${moduleScript}</script>\n</body>`,
);
writeFileSync(join(dir, 'cloud-self-check.html'), single);

// ---- embedding -------------------------------------------------------------------------------

// In the shadow root, rem would still mean the host page's root font size (a portal may set
// 62.5 % or 20 px); the embed copy reads lengths in rem as multiples of --csc-rem, which
// embed.js sets to the reader's default font size. Media queries keep rem (they cannot use
// custom properties, and there rem already means the default font size).
const embedCss = css
  .split('\n')
  .map((line) =>
    /^\s*@media/.test(line)
      ? line
      : line.replace(/(?<![\w.-])(\d*\.?\d+)rem\b/g, 'calc($1 * var(--csc-rem, 1rem))'),
  )
  .join('\n');
const embedCssName = contentName('style-embed', embedCss, 'css');
writeFileSync(join(dir, embedCssName), embedCss);

const embedScript = `// cloud self-check, embedded: <script type="module" src=".../embed.js"></script> and
// <cloud-self-check lang="ja" start="pre"></cloud-self-check> in a portal page. Written by
// scripts/bundle.mjs at build time; see README.md, "Embedding".
const base = new URL('./', import.meta.url);
const files = ${JSON.stringify({ glue: glue.name, wasm: wasm.name, style: embedCssName })};
let started = false;

class CloudSelfCheck extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    // Open, so the app's wasm can find its mount point; the host's styles stop at it.
    const shadow = this.attachShadow({ mode: 'open' });
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = new URL(files.style, base).href;
    const mount = document.createElement('div');
    mount.id = 'app';
    mount.className = 'csc-root';
    mount.setAttribute('data-embedded', '');
    // Where the app fetches its content chunks: the tool's folder, not the portal page's.
    mount.setAttribute('data-assets', base.href);
    for (const [attribute, data] of [['lang', 'data-lang'], ['start', 'data-start']]) {
      const value = this.getAttribute(attribute);
      if (value) mount.setAttribute(data, value);
    }
    // The reader's default font size, for the lengths the stylesheet gives in rem.
    const probe = document.createElement('span');
    probe.style.fontSize = 'medium';
    shadow.append(sheet, probe, mount);
    mount.style.setProperty('--csc-rem', getComputedStyle(probe).fontSize);
    probe.remove();
    // One tool per page: the app mounts once, in the first element.
    if (started) return;
    started = true;
    const styled = new Promise((resolve) => {
      sheet.addEventListener('load', resolve, { once: true });
      sheet.addEventListener('error', resolve, { once: true });
    });
    styled
      .then(() => import(new URL(files.glue, base).href))
      .then((glue) => glue.default({ module_or_path: new URL(files.wasm, base) }))
      .catch((error) => console.error('cloud self-check could not start', error));
  }
}

if (!customElements.get('cloud-self-check')) customElements.define('cloud-self-check', CloudSelfCheck);
`;
writeFileSync(join(dir, 'embed.js'), embedScript);

console.log(
  `bundle: ${join(dir, 'cloud-self-check.html')} (${Math.round(single.length / 1024)} KB, ${chunks.length} content chunks), embed.js, ${embedCssName}`,
);

// ---- offline: the service worker -------------------------------------------------------------
// Registered by the served page only: not from file:// (the single file has no such script),
// not in a frame (the iframe embedding), not by embed.js.
const registerScript = `// Registers the service worker (sw.js) that keeps the tool working offline. Written by
// scripts/bundle.mjs.
// It registers once the app is up and the browser idle, so that caching every file for
// offline use does not compete with the first view's own download on a slow line.
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && window.top === window) {
  const register = () =>
    navigator.serviceWorker
      .register('./sw.js')
      .then((registration) => registration.update())
      .catch(() => {});
  const idle = window.requestIdleCallback ?? ((run) => setTimeout(run, 200));
  const whenReady = (tries) => {
    if (tries <= 0 || document.querySelector('main[data-ready="true"]')) idle(register);
    else setTimeout(() => whenReady(tries - 1), 250);
  };
  addEventListener('load', () => whenReady(240), { once: true });
}
`;
const registerName = contentName('register-sw', registerScript, 'js');
writeFileSync(join(dir, registerName), registerScript);
const served = index.replace(
  boot.tag,
  () => `${boot.tag}\n<script src="./${registerName}" defer></script>`,
);
writeFileSync(join(dir, 'index.html'), served);

// The files the served page needs, cached on install, with every content chunk in both
// languages (a reader offline may open any check, or switch language); the build's version is
// their hash, so any change of any of them makes a new worker, which the browser picks up on
// the next visit.
const cached = [
  registerName,
  guard.name,
  boot.name,
  style.name,
  icon.name,
  glue.name,
  wasm.name,
  ...(splitLoader ? [splitLoader.name] : []),
  ...splitModules,
  ...chunks,
];
const version = createHash('sha256');
version.update(served);
for (const name of cached) version.update(read(name));
const worker = `// The service worker of cloud self-check, written by scripts/bundle.mjs for one build.
// Pages: the network first (a new build shows on the next visit), the cache when offline.
// The build's files (named by their content): the cache first.
const CACHE = 'cloud-self-check-${version.digest('hex').slice(0, 16)}';
const FILES = ${JSON.stringify(['./', ...cached.map((name) => `./${name}`)])};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('cloud-self-check-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match('./', { cacheName: CACHE }).then((page) => page ?? Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)),
  );
});
`;
writeFileSync(join(dir, 'sw.js'), worker);
console.log(`bundle: sw.js and ${registerName}`);
