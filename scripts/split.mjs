// Build step, run by Trunk's post-build hook first (see Trunk.toml): cuts the release wasm at
// its split points (src/app/split.rs), so the views after the checks (results, data, about,
// glossary) and the two checks that are not a checklist (the responsibility map, the stage
// guide) are wasm modules of their own that the app fetches when one is first opened.
//
// Trunk runs wasm-bindgen itself, on the whole linked wasm, whose split points it cannot
// resolve (its glue imports "__wasm_split_placeholder__"). This step takes the same linked wasm
// from cargo's target directory and:
//   1. wasm-split-cli cuts it into the main module, one module per split point and the modules
//      their code shares, and writes the JS that loads them (__wasm_split.js);
//   2. wasm-bindgen --keep-lld-exports writes the glue of the main module (the split modules
//      link against its table, memory and functions);
//   3. wasm-opt -Oz shrinks each module, as Trunk does the whole wasm in release;
//   4. the loader fetches a module as the app fetches a content chunk (src/platform/chunks.rs):
//      a response that does not come within 20 s, or an error status, is a failure the view
//      shows with its retry; and it compiles the bytes whatever type the server gives them;
//   5. every file is named by its content, and Trunk's glue and wasm in the staging directory
//      (and their names, preloads and integrity in index.html) are replaced by these.
// A build without split points (debug: the crash-test build, `trunk serve` without --release)
// is left as Trunk wrote it.
//
// Usage: node scripts/split.mjs [<dist dir>] (default: $TRUNK_STAGING_DIR). Tools: wasm-split-cli
// and wasm-bindgen from cargo's bin directory, wasm-opt from node_modules (scripts/setup.sh).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GLUE, WASM, one } from './page.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('usage: split.mjs <dist dir> (or set TRUNK_STAGING_DIR)');
const profile = process.env.TRUNK_PROFILE ?? 'release';

function fail(reason) {
  console.error(`split: ${reason}`);
  process.exit(1);
}

const PLACEHOLDER = '__wasm_split_placeholder__';
let index = readFileSync(join(dir, 'index.html'), 'utf8');

const glue = one(index, GLUE, 'glue scripts', fail);
const wasm = one(index, WASM, 'wasm modules', fail);
if (!readFileSync(join(dir, glue.name), 'utf8').includes(PLACEHOLDER)) {
  console.log(`split: no split points in this ${profile} build, nothing to cut`);
  process.exit(0);
}

// The tools where scripts/setup.sh puts them (then PATH), at the versions it installs.
const cargoBin = join(process.env.CARGO_HOME ?? join(process.env.HOME ?? '', '.cargo'), 'bin');
function tool(name, ...places) {
  for (const place of [...places, ...(process.env.PATH ?? '').split(':')]) {
    if (place && existsSync(join(place, name))) return join(place, name);
  }
  fail(`${name} not found: run scripts/setup.sh`);
}
function version(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    fail(`${path} --version failed: ${error.message}`);
  }
}
const run = (name, args) => {
  try {
    execFileSync(name, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    fail(`${name} ${args.join(' ')} failed:\n${error.stderr?.toString() ?? error.message}`);
  }
};
const wasmSplit = tool('wasm-split-cli', cargoBin);
const wasmBindgen = tool('wasm-bindgen', cargoBin);
const wasmOpt = tool('wasm-opt', join(process.cwd(), 'node_modules', '.bin'));
// wasm-bindgen must be the version of the crate in Cargo.lock (as Trunk requires); wasm-opt the
// binaryen of package-lock.json (Debian's is too old for what rustc emits).
const lock = readFileSync('Cargo.lock', 'utf8').match(/name = "wasm-bindgen"\nversion = "([^"]+)"/);
if (!lock) fail('Cargo.lock has no wasm-bindgen');
if (version(wasmBindgen) !== `wasm-bindgen ${lock[1]}`) {
  fail(`${wasmBindgen} is not wasm-bindgen ${lock[1]}: run scripts/setup.sh`);
}
if (!/version 132\b/.test(version(wasmOpt))) fail(`${wasmOpt} is not binaryen 132: run scripts/setup.sh`);

// The wasm cargo linked for Trunk (Trunk asks cargo for the same target directory).
const metadata = JSON.parse(
  execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }),
);
const linked = join(metadata.target_directory, 'wasm32-unknown-unknown', profile, 'cloud-self-check.wasm');
if (!existsSync(linked)) fail(`${linked} not found: was this built by Trunk (${profile})?`);

const work = mkdtempSync(join(tmpdir(), 'cloud-self-check-split-'));
try {
  const cut = join(work, 'cut');
  const bound = join(work, 'bound');
  run(wasmSplit, [linked, cut, '--out-name', 'cloud-self-check', '--target', 'web']);
  run(wasmBindgen, [
    join(cut, 'cloud-self-check.wasm'),
    '--out-dir', bound,
    '--out-name', 'cloud-self-check',
    '--target', 'web',
    '--keep-lld-exports',
    '--no-typescript',
  ]);
  const optimized = (from) => {
    const to = join(work, `opt-${from.replaceAll('/', '_')}`);
    run(wasmOpt, [
      from, '-Oz', '-o', to,
      '--enable-reference-types', '--enable-bulk-memory', '--enable-sign-ext',
      '--enable-nontrapping-float-to-int',
    ]);
    return readFileSync(to);
  };

  const hash16 = (contents) => createHash('sha256').update(contents).digest('hex').slice(0, 16);
  const integrity = (contents) => `sha384-${createHash('sha384').update(contents).digest('base64')}`;
  const written = [];
  const write = (name, contents) => {
    writeFileSync(join(dir, name), contents);
    written.push([name, contents]);
  };

  // How the loader fetches and compiles a module. Each is replaced where the CLI writes it; a
  // loader of another shape fails the build.
  let loader = readFileSync(join(cut, '__wasm_split.js'), 'utf8');
  const compile = 'WebAssembly.instantiateStreaming(src, imports)';
  const modulesCompiled = loader.split(compile).length - 1;
  loader = loader.replaceAll(compile, 'WebAssembly.instantiate(await (await src).arrayBuffer(), imports)');
  loader = `// Written by wasm-split-cli, adapted by scripts/split.mjs: fetchModule fails a response
// that does not come within 20 s or has an error status, as the app's content chunks do.
const fetchModule = async (url) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(\`\${url}: \${response.status}\`);
    return response;
  } finally {
    clearTimeout(timer);
  }
};
${loader}`;

  // The split modules: split_<point>.wasm and the shared chunk_<n>.wasm.
  const modules = readdirSync(cut).filter((name) => /^(split_[a-z0-9_]+|chunk_[0-9]+)\.wasm$/.test(name));
  if (!modules.some((name) => name.startsWith('split_'))) fail('wasm-split-cli wrote no split module');
  for (const module of modules.sort()) {
    const bytes = optimized(join(cut, module));
    const stem = module.startsWith('split_')
      ? `split-${module.slice('split_'.length, -'.wasm'.length).replaceAll('_', '-')}`
      : `split-shared-${module.slice('chunk_'.length, -'.wasm'.length)}`;
    const name = `${stem}-${hash16(bytes)}.wasm`;
    const reference = `fetch(new URL("./${module}", import.meta.url))`;
    if (!loader.includes(reference)) fail(`__wasm_split.js does not load ${module} as expected`);
    loader = loader.replace(reference, `fetchModule(new URL("./${name}", import.meta.url))`);
    write(name, bytes);
  }

  // The main module, named by its content as Trunk names it.
  if (modulesCompiled !== modules.length) fail(`__wasm_split.js compiles ${modulesCompiled} of ${modules.length} modules as expected`);
  if (/[^.]fetch\(/.test(loader.replaceAll('await fetch(url', ''))) fail('__wasm_split.js fetches something else');

  const main = optimized(join(bound, 'cloud-self-check_bg.wasm'));
  const wasmName = `cloud-self-check-${hash16(main)}_bg.wasm`;
  write(wasmName, main);

  // The loader imports the glue, and the glue imports the loader: the loader is named by its
  // content and the glue's before either name is in them, the glue by all of its content.
  const glueImport = 'import { initSync } from "./cloud-self-check.js";';
  if (!loader.includes(glueImport)) fail('__wasm_split.js does not import the glue as expected');
  let glueSource = readFileSync(join(bound, 'cloud-self-check.js'), 'utf8');
  const loaderName = `wasm-split-${hash16(loader + glueSource)}.js`;
  if (!glueSource.includes('from "./__wasm_split.js"')) fail('the glue does not import __wasm_split.js');
  glueSource = glueSource.replaceAll('from "./__wasm_split.js"', `from "./${loaderName}"`);
  const glueName = `cloud-self-check-${hash16(glueSource)}.js`;
  write(glueName, glueSource);
  const loaderSource = loader.replace(glueImport, `import { initSync } from "./${glueName}";`);
  write(loaderName, loaderSource);

  // The page: Trunk's names (in the preloads and the loader script) become these, with the
  // integrity of the new contents; the split loader is preloaded with the glue that imports it.
  const preload = (tag, name, contents) =>
    tag.replace(/href="[^"]*"/, `href="./${name}"`).replace(/integrity="[^"]*"/, `integrity="${integrity(contents)}"`);
  index = index
    .replace(glue.tag, () =>
      `${preload(glue.tag, glueName, glueSource)}\n${preload(glue.tag, loaderName, loaderSource)}`)
    .replace(wasm.tag, () => preload(wasm.tag, wasmName, main))
    .replaceAll(glue.name, glueName)
    .replaceAll(wasm.name, wasmName);
  writeFileSync(join(dir, 'index.html'), index);
  for (const stale of [glue.name, wasm.name]) unlinkSync(join(dir, stale));

  const gzip = (contents) => execFileSync('gzip', ['-9c'], { input: contents }).length;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `split: ${written
      .filter(([name]) => name.endsWith('.wasm'))
      .map(([name, contents]) => `${name} ${kb(contents.length)} (${kb(gzip(contents))} gzip)`)
      .join(', ')}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
