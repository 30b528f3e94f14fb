// The content type of each file the build produces, shared by the test and benchmark servers.
import { extname } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The Content-Type header for a file path. */
export const contentType = (path) => types[extname(path)] ?? 'application/octet-stream';
