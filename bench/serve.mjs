// Serves the benchmark's pages on 127.0.0.1, each folder under its own path of one port, the
// app under the sub-path the end-to-end tests use, with cache-control: no-store. Unlike
// e2e/serve.mjs it compresses as a real host does: html, js, css, wasm, svg and json go out with
// `content-encoding: gzip` when the request's accept-encoding allows gzip (gzip -9, compressed
// once per file version and kept in memory, so compressing costs the measured loads nothing).
// Node's standard library only. Prints "listening <url>" once it accepts connections.
//
//   BENCH_PORT (default 8282), BENCH_DIR (default target/bench), DIST_DIR (default dist)
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT ?? 8282);
const benchDir = resolve(repo, process.env.BENCH_DIR ?? 'target/bench');

/** URL path prefix -> folder. The app keeps the sub-path the end-to-end tests use. */
export const MOUNTS = {
  '/portal/self-check/': resolve(repo, process.env.DIST_DIR ?? 'dist'),
  '/bench/baseline/': join(benchDir, 'baseline'),
  '/bench/app-scale/': join(benchDir, 'dist-scale'),
  '/bench/baseline-scale/': join(benchDir, 'baseline-scale'),
};

/** Content types; the ones marked true are sent gzipped to a client that accepts gzip. */
const TYPES = {
  '.html': ['text/html; charset=utf-8', true],
  '.js': ['text/javascript; charset=utf-8', true],
  '.css': ['text/css; charset=utf-8', true],
  '.wasm': ['application/wasm', true],
  '.svg': ['image/svg+xml', true],
  '.json': ['application/json', true],
};

/** Whether an accept-encoding header allows gzip (by name or `*`, with a q above 0). */
function acceptsGzip(header) {
  if (!header) return false;
  let gzip = null;
  let star = null;
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (name.trim() === 'gzip') gzip = q;
    else if (name.trim() === '*') star = q;
  }
  const q = gzip ?? star ?? 0;
  return Number.isFinite(q) && q > 0;
}

/** path -> { key (size and mtime), body } of the gzipped file. */
const gzipped = new Map();
function gzipOf(path, info, body) {
  const key = `${info.size}:${info.mtimeMs}`;
  const cached = gzipped.get(path);
  if (cached && cached.key === key) return cached.body;
  const compressed = gzipSync(body, { level: 9 });
  gzipped.set(path, { key, body: compressed });
  return compressed;
}

const plain = (response, status, text) =>
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(text);

/**
 * Answers with the file at `relative` (URL-encoded, '' for the folder's index.html) under
 * `root`, uncached; 400 for a malformed path, 403 for one that leaves `root`, 404 for one that
 * is not there.
 */
async function sendFile(request, response, root, relative) {
  let file;
  try {
    file = join(root, normalize(decodeURIComponent(relative) || 'index.html'));
  } catch {
    plain(response, 400, 'bad request');
    return;
  }
  if (file !== root && !file.startsWith(root + sep)) {
    plain(response, 403, 'forbidden');
    return;
  }
  let path;
  let info;
  let body;
  try {
    info = await stat(file);
    path = file;
    if (info.isDirectory()) {
      path = join(file, 'index.html');
      info = await stat(path);
    }
    body = await readFile(path);
  } catch {
    plain(response, 404, 'not found');
    return;
  }
  const [type, compressible] = TYPES[extname(path)] ?? ['application/octet-stream', false];
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (compressible) {
    headers.vary = 'accept-encoding';
    if (acceptsGzip(request.headers['accept-encoding'])) {
      body = gzipOf(path, info, body);
      headers['content-encoding'] = 'gzip';
    }
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const base = Object.keys(MOUNTS).find((prefix) => url.pathname.startsWith(prefix));
  if (!base) {
    plain(response, 404, 'not found');
    return;
  }
  await sendFile(request, response, MOUNTS[base], url.pathname.slice(base.length));
});

server.on('error', (error) => {
  console.error(`bench/serve.mjs: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  for (const [prefix, root] of Object.entries(MOUNTS)) {
    console.log(`  http://127.0.0.1:${port}${prefix} -> ${root}`);
  }
  console.log(`listening http://127.0.0.1:${port}/ (gzip for html, js, css, wasm, svg, json when accepted)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
