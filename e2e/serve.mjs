// Serves dist/ on 127.0.0.1 under a sub-path (default /portal/self-check/), so the tests prove
// the build works from any path, as it will inside a portal site. Node's standard library only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { contentType } from './content-types.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 8181);
const base = process.env.BASE_PATH ?? '/portal/self-check/';
const server = createServer(async (request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404).end('not found');
    return;
  }
  const relative = normalize(decodeURIComponent(url.pathname.slice(base.length)) || 'index.html');
  const file = join(root, relative);
  if (!file.startsWith(root)) {
    response.writeHead(403).end('forbidden');
    return;
  }
  try {
    const info = await stat(file);
    const path = info.isDirectory() ? join(file, 'index.html') : file;
    const body = await readFile(path);
    response.writeHead(200, {
      'content-type': contentType(path),
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
