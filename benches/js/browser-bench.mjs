#!/usr/bin/env node
// The page in headless Chromium (launched as the browser tests launch it, tests/browser/harness.mjs):
//
//   ready     navigation start → the engine loaded in its worker (the page's lede:ready mark): on a
//             first visit (fresh browsers, nothing cached) and on later visits
//   analyse   Analyze clicked (lede:analyze) → the worker's result received (lede:result) → the
//             article in the DOM (lede:rendered: all its text, highlighted near the viewport, and
//             the overview sections in view) → painted (lede:painted; the sections below the
//             view and the JSON view are filled right after it)
//
// for a 1,000-word article and a 100,000-word text (PolNeAR dev articles, concatenated).
// Prints medians; never fails on a timing.
//
//   node benches/js/browser-bench.mjs [--runs N] [--first-visits N]

import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openSession, openPage, REPO } from '../../tests/browser/harness.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.LEDE_BENCH_RUNS ?? '7' },
    'first-visits': { type: 'string', default: '5' },
    corpus: { type: 'string', default: path.join(REPO, '..', 'shared', 'data', 'polnear', 'dev', 'text') },
  },
});
const RUNS = Math.max(1, Number.parseInt(args.runs, 10) || 7);
const FIRST_VISITS = Math.max(1, Number.parseInt(args['first-visits'], 10) || 5);

const texts = fs.readdirSync(args.corpus).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(args.corpus, f), 'utf8'));

/** The first `count` words of the concatenated articles, cut at the end of a line if near. */
function words(count) {
  let text = texts.join('\n\n');
  while (text.split(/\s+/).length < count + 1) text += `\n\n${text}`;
  const re = /\S+/g;
  let end = 0;
  for (let n = 0; n < count && re.exec(text); n++) end = re.lastIndex;
  const line = text.indexOf('\n', end);
  return text.slice(0, line !== -1 && line - end < 200 ? line : end);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

const session = await openSession();
try {
  let version = 'Chromium';
  try {
    version = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // only for the heading
  }
  console.log(`# Lede in headless ${version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores\n`);

  // Navigation → ready. The first load compiles the wasm from nothing; later ones may use the
  // browser's code cache, as a returning reader's would.
  const ready = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await openPage(session);
    await page.goto(`${session.origin}/`);
    await page.waitForSelector('body[data-state="ready"]');
    ready.push(await page.evaluate(() => performance.getEntriesByName('lede:ready')[0].startTime));
    await page.close();
  }
  // The page's weight: every file the first load fetched (the sample is fetched on demand only).
  const pkgDir = process.env.LEDE_PKG_DIR ? path.resolve(process.env.LEDE_PKG_DIR) : path.join(REPO, 'pkg');
  const fetched = [...new Set(session.requests.map((url) => new URL(url).pathname))];
  let raw = 0;
  let gzipped = 0;
  for (const pathname of fetched) {
    const file = pathname.startsWith('/pkg/') ? path.join(pkgDir, pathname.slice(5))
      : path.join(REPO, 'www', pathname === '/' ? 'index.html' : pathname.slice(1));
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzipped += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`page weight: ${fetched.length} files, ${(raw / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped (each file gzip -9)\n`);

  // A reader's first visit: a browser already running, nothing of this site cached. Each run is a
  // fresh browser with a fresh profile that has first opened a blank page, so the browser's own
  // start-up is not counted (the navigation above is also its first page: both are shown).
  const firstVisits = [];
  for (let i = 0; i < FIRST_VISITS; i++) {
    const fresh = await openSession();
    try {
      const blank = await openPage(fresh);
      await blank.goto('about:blank');
      const visit = await openPage(fresh);
      await visit.goto(`${fresh.origin}/`);
      await visit.waitForSelector('body[data-state="ready"]');
      firstVisits.push(await visit.evaluate(() => performance.getEntriesByName('lede:ready')[0].startTime));
    } finally {
      await fresh.close();
    }
  }
  const range = (xs) => (xs.length > 1 ? `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}` : '—');

  console.log('| navigation → ready (engine loaded in its worker) | runs | median | range |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| first visit (a running browser, nothing cached; a fresh browser each) | ${firstVisits.length} | ${ms(median(firstVisits))} | ${range(firstVisits)} |`);
  console.log(`| the browser's first page, as it launches (nothing cached) | 1 | ${ms(ready[0])} | — |`);
  if (ready.length > 1) console.log(`| later visits (HTTP and code caches warm) | ${ready.length - 1} | ${ms(median(ready.slice(1)))} | ${range(ready.slice(1))} |`);
  console.log('');

  const page = await openPage(session);
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-state="ready"]');

  console.log('| input | runs | Analyze → result | → in the DOM | → painted |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [label, count, runs] of [['1,000-word article', 1_000, RUNS], ['100,000-word text', 100_000, Math.min(RUNS, 3)]]) {
    const text = words(count);
    await page.evaluate((t) => { document.querySelector('#text').value = t; }, text);
    const rows = [];
    for (let i = 0; i < runs + 1; i++) {
      await page.evaluate(() => performance.clearMarks());
      await page.click('#analyze');
      await page.waitForFunction(() => performance.getEntriesByName('lede:painted').length > 0, null, { timeout: 120_000, polling: 'raf' });
      const row = await page.evaluate(() => {
        const at = (name) => performance.getEntriesByName(name)[0].startTime;
        const start = at('lede:analyze');
        return [at('lede:result') - start, at('lede:rendered') - start, at('lede:painted') - start];
      });
      if (i > 0) rows.push(row); // the first run warms up the worker and the page's code
    }
    const col = (j) => ms(median(rows.map((r) => r[j])));
    const kb = (Buffer.byteLength(text) / 1000).toFixed(0);
    console.log(`| ${label} (${kb} KB) | ${runs} | ${col(0)} | ${col(1)} | ${col(2)} |`);
  }
  await page.close();
} finally {
  await session.close();
}
