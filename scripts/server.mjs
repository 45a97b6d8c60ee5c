#!/usr/bin/env node
// Static file server for the Lede page. No dependencies: Node's http, fs and path only.
//
//   node scripts/server.mjs            # http://127.0.0.1:8080/ (PORT env overrides)
//
//   /            -> www/index.html
//   /pkg/...     -> pkg/ (wasm-bindgen output from scripts/build-wasm)
//   /sample.txt  -> ../shared/data/samples/syria-ceasefire-2016.txt (outside the repo on purpose:
//                   the data set is never copied into it)
//   /...         -> www/...
//
// Tests import startServer() and run it in-process on port 0.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

// The page's policy. The same string is in www/index.html as a <meta http-equiv>
// (minus frame-ancestors, which browsers ignore in <meta> and warn about).
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // The analysis runs in a module worker (www/worker.js) from the page's own origin.
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** Content-Type for a file name; unknown extensions are served as opaque bytes. */
export function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Start the server. Resolves with the listening http.Server once it accepts connections.
 * @param {object} [opts]
 * @param {number} [opts.port=8080]  0 picks a free port (read it from server.address().port)
 * @param {string} [opts.host='127.0.0.1']
 * @param {string} [opts.root]       repository root; www/, pkg/ and ../shared are found from it
 * @param {string} [opts.www]        override the page directory
 * @param {string} [opts.pkg]        override the wasm-bindgen output directory
 * @param {string} [opts.sample]     override the sample text file
 */
export function startServer({ port = 8080, host = HOST, root = REPO_ROOT, www, pkg, sample } = {}) {
  const dirs = {
    www: path.resolve(www ?? path.join(root, 'www')),
    pkg: path.resolve(pkg ?? path.join(root, 'pkg')),
    sample: path.resolve(sample ?? path.join(root, '..', 'shared', 'data', 'samples', 'syria-ceasefire-2016.txt')),
  };
  const server = http.createServer((req, res) => {
    handle(req, res, dirs).catch((err) => {
      // Never leave a request hanging; the error goes to the terminal, not the client.
      console.error(err);
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

async function handle(req, res, dirs) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed\n');
  }

  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0];
  let urlPath;
  try {
    urlPath = decodeURIComponent(rawPath);
  } catch {
    return sendText(res, 400, 'Bad request: malformed URL encoding\n');
  }
  // Reject traversal outright rather than normalising it away: no legitimate URL has a
  // ".." segment, a backslash or a NUL byte.
  if (!urlPath.startsWith('/') || urlPath.includes('\0') || urlPath.includes('\\') ||
      urlPath.split('/').includes('..')) {
    return sendText(res, 400, 'Bad request: path not allowed\n');
  }

  if (urlPath === '/sample.txt') {
    return sendFile(req, res, dirs.sample,
      `Sample not found: expected ${dirs.sample}\n` +
      'The sample article lives in ../shared/data/samples/ beside the repository and is not copied into it.\n');
  }

  let base = dirs.www;
  let rel = urlPath;
  if (urlPath === '/pkg' || urlPath.startsWith('/pkg/')) {
    base = dirs.pkg;
    rel = urlPath.slice('/pkg'.length);
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';

  const file = path.resolve(base, '.' + rel);
  // Belt and braces: whatever the checks above missed, never serve outside the base folder.
  if (file !== base && !file.startsWith(base + path.sep)) {
    return sendText(res, 400, 'Bad request: path not allowed\n');
  }
  const missing = base === dirs.pkg
    ? `Not found: ${urlPath}\nThe WebAssembly package is built into pkg/ by scripts/build-wasm.\n`
    : `Not found: ${urlPath}\n`;
  return sendFile(req, res, file, missing);
}

async function sendFile(req, res, file, notFoundText) {
  let stat;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    return sendText(res, 404, notFoundText);
  }
  if (!stat.isFile()) return sendText(res, 404, notFoundText);

  // Cache-Control: no-cache makes the browser ask every time whether a file changed; with an
  // ETag the answer for an unchanged one is a bodiless 304, so a reload does not download the
  // 2 MB engine again (and the browser reuses its compiled code), as on any static host.
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': mimeType(file),
    ETag: etag,
    'Last-Modified': stat.mtime.toUTCString(),
  };
  const wanted = req.headers['if-none-match'];
  if (wanted && wanted.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    res.writeHead(304, headers);
    return res.end();
  }
  res.writeHead(200, { ...headers, 'Content-Length': stat.size });
  if (req.method === 'HEAD') return res.end();
  await new Promise((resolve) => {
    const stream = fs.createReadStream(file);
    stream.on('error', (err) => { console.error(err); res.destroy(); resolve(); });
    stream.on('end', resolve);
    stream.pipe(res);
  });
}

function sendText(res, status, text) {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

// Run directly: serve until interrupted.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const port = Number.parseInt(process.env.PORT ?? '8080', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid PORT: ${process.env.PORT}`);
    process.exit(2);
  }
  const server = await startServer({ port });
  console.log(`Lede is being served at http://${HOST}:${server.address().port}/`);
  if (!fs.existsSync(path.join(REPO_ROOT, 'pkg', 'lede.js'))) {
    console.log('Note: pkg/lede.js is missing; run scripts/build-wasm so the page can load its engine.');
  }
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
