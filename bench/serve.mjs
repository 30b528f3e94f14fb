// Serves the benchmark's pages on 127.0.0.1, each folder under its own path of one port, the
// way e2e/serve.mjs serves dist/ (a sub-path, no compression, cache-control: no-store).
// Node's standard library only. Prints "listening <url>" once it accepts connections.
//
//   BENCH_PORT (default 8282), BENCH_DIR (default target/bench), DIST_DIR (default dist)
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendFile } from '../e2e/static-files.mjs';

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

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const base = Object.keys(MOUNTS).find((prefix) => url.pathname.startsWith(prefix));
  if (!base) {
    response.writeHead(404, { 'cache-control': 'no-store' }).end('not found');
    return;
  }
  await sendFile(response, MOUNTS[base], url.pathname.slice(base.length));
});

server.on('error', (error) => {
  console.error(`bench/serve.mjs: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  for (const [prefix, root] of Object.entries(MOUNTS)) {
    console.log(`  http://127.0.0.1:${port}${prefix} -> ${root}`);
  }
  console.log(`listening http://127.0.0.1:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
