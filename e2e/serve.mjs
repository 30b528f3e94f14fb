// Serves dist/ on 127.0.0.1 under a sub-path (default /portal/self-check/), so the tests prove
// the build works from any path, as it will inside a portal site. Node's standard library only.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { sendFile } from './static-files.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 8181);
const base = process.env.BASE_PATH ?? '/portal/self-check/';
const hosts = resolve(new URL('./hosts', import.meta.url).pathname);
// The crash test's build (scripts/test.sh makes it in dist-crash/, with a trigger the shipped
// build lacks), on the same origin so that it reads the same localStorage.
const crashRoot = resolve(process.env.CRASH_DIST_DIR ?? 'dist-crash');
const crashBase = '/portal/crash-test/';
const server = createServer(async (request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  // Host pages that embed the tool, as a portal does (e2e/hosts/, tests of embedding).
  if (url.pathname.startsWith('/hosts/')) {
    await sendFile(response, hosts, url.pathname.slice('/hosts/'.length));
    return;
  }
  if (url.pathname.startsWith(crashBase)) {
    await sendFile(response, crashRoot, url.pathname.slice(crashBase.length));
    return;
  }
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404).end('not found');
    return;
  }
  await sendFile(response, root, url.pathname.slice(base.length));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
