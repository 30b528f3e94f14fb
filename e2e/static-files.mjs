// Sends the built files, uncompressed, for the test server (e2e/serve.mjs). The benchmark's
// server (bench/serve.mjs) has its own, which gzips as a real host does. Node's standard library only.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Answers with the file at `relative` (URL-encoded, '' for the folder's index.html) under
 * `root`, uncached; 400 for a malformed path, 403 for one that leaves `root`, 404 for one that
 * is not there.
 */
export async function sendFile(response, root, relative) {
  let file;
  try {
    file = join(root, normalize(decodeURIComponent(relative) || 'index.html'));
  } catch {
    response.writeHead(400, { 'cache-control': 'no-store' }).end('bad request');
    return;
  }
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403, { 'cache-control': 'no-store' }).end('forbidden');
    return;
  }
  try {
    const info = await stat(file);
    const path = info.isDirectory() ? join(file, 'index.html') : file;
    const body = await readFile(path);
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'cache-control': 'no-store' }).end('not found');
  }
}
