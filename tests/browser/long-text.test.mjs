// Very long texts: a 10 MB paste is analysed and rendered without freezing or crashing the tab
// (the article is rendered in blocks, a frame's worth at a time), and a text over the engine's
// limit gets a plain explanation instead of a result.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openSession, openApp, SAMPLE_PATH } from './harness.mjs';

// The engine's default max_bytes (src/options.rs: DEFAULT_MAX_BYTES).
const MAX_BYTES = 10 * 1024 * 1024;

let session;
let page;
let sample;

before(async () => {
  session = await openSession();
  page = await openApp(session);
  sample = fs.readFileSync(SAMPLE_PATH, 'utf8');
});

after(async () => {
  await session?.close();
});

function textOf(length) {
  let text = '';
  while (text.length < length) text += `${sample}\n\n`;
  return text.slice(0, length);
}

/** Paste: set the textarea and fire the input event a paste fires (the page's debounce runs). */
const paste = (text) => page.evaluate((t) => {
  const field = document.querySelector('#text');
  field.value = t;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}, text);

/** Record the longest gap between frames from now on. */
const startFrameProbe = () => page.evaluate(() => {
  const probe = (window.__frames = { worst: 0, count: 0, stop: false });
  let last = performance.now();
  const frame = (now) => {
    probe.worst = Math.max(probe.worst, now - last);
    probe.count++;
    last = now;
    if (!probe.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});

test('a 10 MB paste is analysed and rendered in full, in blocks', { timeout: 120_000 }, async () => {
  const text = textOf(10_000_000);
  assert.ok(Buffer.byteLength(text) <= MAX_BYTES);
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await page.evaluate(() => performance.clearMarks());
  const started = Date.now();
  // (Setting 10 MB into a textarea takes the browser a few seconds of its own: the probe starts
  // after it, as the analysis starts.)
  await paste(text);
  await startFrameProbe();
  // Progress is reported while it works.
  await page.waitForFunction(() => /Analysing|Showing the article/.test(document.querySelector('#status').textContent));
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs, { timeout: 100_000, polling: 250 });
  const took = Date.now() - started;

  const shown = await page.evaluate(() => {
    window.__frames.stop = true;
    const article = document.querySelector('#article');
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      length: article.textContent.length,
      blocks: article.querySelectorAll(':scope > .chunk').length,
      highlighted: [...article.querySelectorAll(':scope > .chunk')].filter((b) => b.querySelector('.hl')).length,
      status: document.querySelector('#status').textContent,
      trigger: document.body.dataset.trigger,
      worstFrame: window.__frames.worst,
      analyse: at('lede:result') - at('lede:analyze'),
      render: at('lede:rendered') - at('lede:result'),
    };
  });
  console.log(`# 10 MB paste: ${took} ms in all (analysis ${Math.round(shown.analyse)} ms, rendering ` +
    `${Math.round(shown.render)} ms: ${shown.blocks} blocks, ${shown.highlighted} highlighted so far); worst frame gap ${Math.round(shown.worstFrame)} ms`);
  assert.equal(shown.trigger, 'edit');
  assert.equal(shown.length, text.length, 'the whole text is in the article');
  assert.ok(shown.blocks > 100, `rendered in blocks (${shown.blocks})`);
  // Not frozen: the worst is receiving the result (a structured clone of a large object).
  assert.ok(shown.worstFrame < 2000, `worst frame gap ${Math.round(shown.worstFrame)} ms`);
  assert.match(shown.status, /^Analysed 10\.\d MB in [\d.]+ ms\.$/);
  // Only the blocks near the top got their highlights; the rest get them when scrolled to.
  assert.ok(shown.highlighted < shown.blocks / 2, `${shown.highlighted} of ${shown.blocks} blocks highlighted before scrolling`);
  await page.$eval('#article', (el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction(() => [...document.querySelectorAll('#article > .chunk')].slice(-5).some((b) => b.querySelector('.hl')));
  // Selecting something further down from the overview highlights its block on demand.
  await page.$eval('#article', (el) => { el.scrollTop = 0; });
  const far = await page.$$eval('#overview .quote-list [data-ref^="quote-"]', (els) => els.at(-1)?.dataset.ref);
  assert.ok(far, 'the Quotes panel lists quotes');
  {
    await page.click(`#overview [data-ref="${far}"]`);
    await page.waitForSelector(`#article [data-refs~="${far}"].active`);
  }
  // A huge JSON is put in the page only on demand, and only its beginning; Download has it all.
  assert.equal(await page.textContent('#json'), '');
  await page.click('#json-details summary');
  // (Read from the Blob the worker sent: it appears a moment after opening.)
  await page.waitForFunction(() => document.querySelector('#json').textContent !== '');
  const shownJson = await page.evaluate(() => document.querySelector('#json').textContent);
  assert.ok(shownJson.startsWith('{\n  "schema_version": 1'), shownJson.slice(0, 40));
  assert.match(shownJson.slice(-200), /the first 1\.0 MB of [\d.]+ MB are shown here; Copy JSON and Download JSON give all of it\.$/);
  await page.click('#json-details summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  assert.ok(fs.statSync(await download.path()).size > text.length, 'the download has the whole JSON');
});

test('a text over the limit gets a plain explanation', { timeout: 60_000 }, async () => {
  const text = textOf(MAX_BYTES + 1000);
  await paste(text);
  await page.waitForFunction(() => document.querySelector('#status').classList.contains('status-error'), null, { timeout: 30_000 });
  assert.match(await page.textContent('#status'), /^This text is 10\.\d MB, more than the 10\.5 MB Lede analyses at once\. Split it/);
  assert.equal(await page.isHidden('#results'), true);
  assert.equal(await page.evaluate(() => document.body.hasAttribute('data-busy')), false);

  // And the page recovers with the next text.
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await page.click('#clear');
  await page.fill('#text', 'Short again. It works.');
  await page.click('#analyze');
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs);
  assert.equal(await page.textContent('#article'), 'Short again. It works.');
});

test('no errors or CSP violations', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});
