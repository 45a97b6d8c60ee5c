// The built site (scripts/assemble-site.mjs, run by scripts/build-site) is one folder that a
// plain static file server serves as it is, even from a subfolder: no special routes, no headers.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openSession, openPage, SAMPLE_PATH } from './harness.mjs';
import { assembleSite } from '../../scripts/assemble-site.mjs';

const PREFIX = '/some/folder/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

let tmp;
let files;
let server;
let base;
let session;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-site-'));
  files = assembleSite(path.join(tmp, 'dist'), process.env.LEDE_PKG_DIR ? { pkg: path.resolve(process.env.LEDE_PKG_DIR) } : {});
  // The dumbest static server: files under PREFIX, nothing else.
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : null;
    if (rel === '') rel = 'index.html';
    const file = rel && path.join(tmp, 'dist', rel);
    if (!file || rel.includes('..') || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}${PREFIX}`;
  session = await openSession();
});

after(async () => {
  await session?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the folder holds the page, the element, the engine and the sample', () => {
  for (const file of ['index.html', 'app.js', 'worker.js', 'style.css', 'lede-analyzer.js', 'embed.html', 'pkg/lede.js', 'pkg/lede_bg.wasm', 'sample.txt']) {
    assert.ok(files.includes(file), `${file} in ${files}`);
  }
  assert.equal(fs.readFileSync(path.join(tmp, 'dist', 'sample.txt'), 'utf8'), fs.readFileSync(SAMPLE_PATH, 'utf8'));
});

test('served from a subfolder, the page loads, analyses the sample and the element works', async () => {
  const page = await openPage(session);
  await page.goto(base);
  await page.waitForSelector('body[data-state="ready"]');
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await page.click('#sample');
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs);
  const headline = await page.$$eval('#article .headline', (els) => els.map((el) => el.textContent).join(''));
  assert.equal(headline, 'John Kerry admits Syria ceasefire over as violence increases');

  await page.goto(`${base}embed.html`);
  await page.waitForSelector('#inline[data-state="analyzed"]');
  const inline = await page.$$eval('#inline #article .headline', (els) => els.map((el) => el.textContent).join(''));
  assert.equal(inline, 'Council approves new budget after long debate');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await page.close();
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
});
