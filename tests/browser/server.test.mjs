// scripts/server.mjs: routes, MIME types, security headers and path-traversal rejection.
// Runs against a throw-away root so it does not depend on pkg/ being built.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, CSP } from '../../scripts/server.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let tmp;
let server;
let port;

function write(file, content) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** A raw GET (or other method): node's client sends the path exactly as given, unnormalised. */
function request(pathname, { method = 'GET', to = port, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: to, path: pathname, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-server-'));
  const root = path.join(tmp, 'repo');
  write(path.join(root, 'www', 'index.html'), '<!doctype html><title>t</title>');
  write(path.join(root, 'www', 'app.js'), 'export {};');
  write(path.join(root, 'www', 'mod.mjs'), 'export {};');
  write(path.join(root, 'www', 'style.css'), 'body{}');
  write(path.join(root, 'www', 'data.json'), '{}');
  write(path.join(root, 'www', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write(path.join(root, 'www', 'pic.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  write(path.join(root, 'www', 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
  write(path.join(root, 'www', 'notes.txt'), 'héllo');
  fs.mkdirSync(path.join(root, 'www', 'empty-dir'));
  write(path.join(root, 'pkg', 'lede.js'), 'export default async function init() {}');
  write(path.join(root, 'pkg', 'lede_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  write(path.join(root, 'secret.txt'), 'TOP SECRET');
  write(path.join(tmp, 'secret.txt'), 'TOP SECRET');
  // No ../shared beside this root: /sample.txt must 404 with an explanation.
  server = await startServer({ port: 0, root });
  port = server.address().port;
});

after(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('serves index.html at / with the security headers', async () => {
  const res = await request('/');
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(res.body.toString(), '<!doctype html><title>t</title>');
  assert.equal(res.headers['content-security-policy'], CSP);
  assert.match(CSP, /default-src 'self'/);
  assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(CSP, /frame-ancestors 'none'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['referrer-policy'], 'no-referrer');
  assert.equal(res.headers['cache-control'], 'no-cache');
});

test('uses the right MIME types', async () => {
  const expected = {
    '/index.html': 'text/html; charset=utf-8',
    '/app.js': 'text/javascript; charset=utf-8',
    '/mod.mjs': 'text/javascript; charset=utf-8',
    '/style.css': 'text/css; charset=utf-8',
    '/data.json': 'application/json; charset=utf-8',
    '/icon.svg': 'image/svg+xml',
    '/pic.png': 'image/png',
    '/favicon.ico': 'image/x-icon',
    '/notes.txt': 'text/plain; charset=utf-8',
    '/pkg/lede.js': 'text/javascript; charset=utf-8',
    '/pkg/lede_bg.wasm': 'application/wasm',
  };
  for (const [url, type] of Object.entries(expected)) {
    const res = await request(url);
    assert.equal(res.status, 200, url);
    assert.equal(res.headers['content-type'], type, url);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
  }
  assert.equal((await request('/notes.txt')).body.toString('utf8'), 'héllo');
});

test('HEAD has headers but no body; other methods are refused', async () => {
  const head = await request('/pkg/lede_bg.wasm', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-length'], '8');
  assert.equal(head.body.length, 0);
  const post = await request('/', { method: 'POST' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
});

test('an unchanged file is a bodiless 304 when the browser asks with its ETag', async () => {
  const first = await request('/pkg/lede_bg.wasm');
  assert.equal(first.status, 200);
  assert.match(first.headers.etag, /^W\/"[0-9a-f]+-[0-9a-f]+"$/);
  const again = await request('/pkg/lede_bg.wasm', { headers: { 'If-None-Match': first.headers.etag } });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers.etag, first.headers.etag);
  assert.equal(again.headers['content-security-policy'], CSP);
  assert.equal(again.headers['cache-control'], 'no-cache');
  // Another file's tag, or a changed file, gets the whole file.
  const other = await request('/pkg/lede_bg.wasm', { headers: { 'If-None-Match': 'W/"8-0"' } });
  assert.equal(other.status, 200);
  assert.equal(other.body.length, 8);
  const file = path.join(tmp, 'repo', 'www', 'style.css');
  const css = await request('/style.css');
  fs.writeFileSync(file, 'body{color:red}');
  const changed = await request('/style.css', { headers: { 'If-None-Match': css.headers.etag } });
  assert.equal(changed.status, 200);
  assert.equal(changed.body.toString(), 'body{color:red}');
  assert.notEqual(changed.headers.etag, css.headers.etag);
  fs.writeFileSync(file, 'body{}');
});

test('missing files are a clear 404', async () => {
  const res = await request('/nope.html');
  assert.equal(res.status, 404);
  assert.match(res.body.toString(), /Not found/);
  assert.equal((await request('/empty-dir/')).status, 404);
  const pkg = await request('/pkg/missing.js');
  assert.equal(pkg.status, 404);
  assert.match(pkg.body.toString(), /scripts\/build-wasm/);
});

test('/sample.txt is a clear 404 when ../shared is missing', async () => {
  const res = await request('/sample.txt');
  assert.equal(res.status, 404);
  assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
  assert.match(res.body.toString(), /syria-ceasefire-2016\.txt/);
  assert.match(res.body.toString(), /shared\/data\/samples/);
});

test('rejects path traversal', async () => {
  const attempts = [
    '/../secret.txt',
    '/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/secret.txt',
    '/pkg/../../secret.txt',
    '/pkg/..%2f..%2fsecret.txt',
    '/pkg/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%00',
    '/index.html%00.txt',
    '/%E0%A4%A',
  ];
  for (const attempt of attempts) {
    const res = await request(attempt);
    assert.ok(res.status === 400 || res.status === 404, `${attempt} → ${res.status}`);
    assert.doesNotMatch(res.body.toString(), /TOP SECRET/, attempt);
  }
  assert.equal((await request('/../secret.txt')).status, 400);
  assert.equal((await request('/%E0%A4%A')).status, 400);
});

test('serves the real sample from ../shared with the repository root', async (t) => {
  const sample = path.join(REPO, '..', 'shared', 'data', 'samples', 'syria-ceasefire-2016.txt');
  if (!fs.existsSync(sample)) return t.skip('../shared/data/samples is not present');
  const real = await startServer({ port: 0 });
  try {
    const res = await request('/sample.txt', { to: real.address().port });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
    assert.equal(res.body.toString('utf8'), fs.readFileSync(sample, 'utf8'));
    const page = await request('/', { to: real.address().port });
    assert.equal(page.status, 200);
    assert.match(page.body.toString(), /<title>Lede/);
  } finally {
    await new Promise((resolve) => real.close(resolve));
  }
});

test('`node scripts/server.mjs` prints its address and serves', async () => {
  const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'server.mjs')], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no address printed; got: ${out}`)), 10_000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /Lede is being served at (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });
    const res = await request('/', { to: Number(line[2]) });
    assert.equal(res.status, 200);
  } finally {
    child.kill('SIGTERM');
  }
});
