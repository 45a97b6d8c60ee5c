// The analysis runs in a Web Worker: the page stays responsive while a long text is analysed,
// a newer request supersedes an older one, and long work says so in the status.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openSession, openApp, SAMPLE_PATH } from './harness.mjs';

// How late frames and key presses may be while the worker is busy. The page idles then, so
// frames come every ~16 ms and keys are handled within a few ms. The limits leave room for a
// 2-core machine that is also compiling (the worker takes one core, and the scheduler now and
// then another), and are far below the 1–2 s a page analysing 2 MB on its main thread would
// freeze for: nine frames in ten within 100 ms, none later than 500 ms, keys within 200 ms.
const FRAME_P90_MS = 100;
const FRAME_MAX_MS = 500;
const KEY_MAX_MS = 200;

let session;
let page;
let big;    // 2 MB: the responsiveness test
let medium; // 500 KB: a long text whose result crosses in parts

before(async () => {
  session = await openSession();
  page = await openApp(session);
  const sample = fs.readFileSync(SAMPLE_PATH, 'utf8');
  big = '';
  while (big.length < 2_000_000) big += `${sample}\n\n`;
  medium = big.slice(0, 500_000);
});

after(async () => {
  await session?.close();
});

/** Put `text` in the textarea as a paste would, without starting the typing debounce. */
const setText = (text) => page.evaluate((t) => { document.querySelector('#text').value = t; }, text);
const marks = (name) => page.evaluate((n) => performance.getEntriesByName(n).length, name);

test('the engine runs in a worker: frames and key presses are handled during a 2 MB analysis', async () => {
  await setText(big);
  await page.evaluate(() => {
    performance.clearMarks();
    // A probe: frame gaps and input-event delays, recorded with the time they happened.
    const probe = (window.__probe = { frames: [], keys: [], stop: false });
    let last = performance.now();
    const frame = (now) => {
      probe.frames.push([now, now - last]);
      last = now;
      if (!probe.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const field = document.createElement('input');
    field.id = 'probe-field';
    field.addEventListener('input', (e) => probe.keys.push([e.timeStamp, performance.now() - e.timeStamp]));
    document.body.append(field);
  });
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await page.click('#analyze');
  await page.focus('#probe-field');
  // Type while the worker is busy (the result has not arrived yet).
  let typed = 0;
  while (typed < 40 && (await marks('lede:worker-done')) === 0) {
    await page.keyboard.type('x');
    typed++;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs, { timeout: 30_000 });

  const measured = await page.evaluate(() => {
    const probe = window.__probe;
    probe.stop = true;
    const start = performance.getEntriesByName('lede:analyze')[0].startTime;
    const result = performance.getEntriesByName('lede:worker-done')[0].startTime;
    // Gaps that ended while only the worker was working (receiving and rendering come after).
    const inWindow = ([at]) => at > start + 20 && at <= result;
    return {
      analysing: result - start,
      frames: probe.frames.filter(inWindow).map(([, gap]) => gap),
      keys: probe.keys.filter(inWindow).map(([, delay]) => delay),
      status: document.querySelector('#status').textContent,
    };
  });
  const worst = (list) => Math.round(Math.max(0, ...list));
  const p90 = (list) => Math.round([...list].sort((a, b) => a - b)[Math.floor(list.length * 0.9)] ?? 0);
  console.log(`# 2 MB in the worker: ${Math.round(measured.analysing)} ms; frame gaps p90 ${p90(measured.frames)} ms, worst ${worst(measured.frames)} ms ` +
    `(${measured.frames.length} frames); worst key delay ${worst(measured.keys)} ms (${measured.keys.length} keys)`);
  assert.ok(measured.frames.length >= 3, `frames kept coming during the analysis (${measured.frames.length})`);
  assert.ok(p90(measured.frames) < FRAME_P90_MS, `90th percentile frame gap ${p90(measured.frames)} ms during the analysis`);
  assert.ok(worst(measured.frames) < FRAME_MAX_MS, `frame gap ${worst(measured.frames)} ms during the analysis`);
  if (measured.keys.length) assert.ok(worst(measured.keys) < KEY_MAX_MS, `key delay ${worst(measured.keys)} ms`);
  assert.equal(await page.inputValue('#probe-field'), 'x'.repeat(typed), 'every key press reached the field');
  assert.match(measured.status, /^Analysed [\d.]+ MB in [\d.]+ ms\.$/);
  await page.evaluate(() => document.querySelector('#probe-field').remove());
});

test('a long analysis says "Analysing…" until the result is shown', async () => {
  // 2 MB: on a fast host 500 KB was done before the status could be read.
  await setText(big);
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await page.click('#analyze');
  await page.waitForFunction(() => /Analysing .*text…/.test(document.querySelector('#status').textContent));
  assert.equal(await page.evaluate(() => document.body.hasAttribute('data-busy')), true);
  assert.equal(await page.getAttribute('#results', 'aria-busy'), 'true');
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.body.hasAttribute('data-busy')), false);
  assert.equal(await page.getAttribute('#results', 'aria-busy'), 'false');
});

test('a newer request wins: the stale result of an older one is dropped', async () => {
  const small = 'Rain returns\n\nLight rain is expected in the city on Friday, forecasters said.';
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await page.evaluate(() => performance.clearMarks());
  // While the long request runs in the worker, replace the text and analyse again (in one go,
  // so a slow test machine cannot let the first result in before the second request).
  await page.evaluate(([first, second]) => {
    const field = document.querySelector('#text');
    field.value = first;
    document.querySelector('#analyze').click();
    field.value = second;
    document.querySelector('#analyze').click();
  }, [medium, small]);
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs, { timeout: 30_000 });
  await page.waitForFunction(() => !document.body.hasAttribute('data-busy'));
  // Give a late stale result the chance to (wrongly) show up.
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(await page.textContent('#article'), small);
  assert.equal(await page.evaluate(() => Number(document.body.dataset.runs)), runs + 1, 'one result rendered');
  assert.equal(await marks('lede:analyze'), 2);
  assert.equal(await marks('lede:result'), 1, 'the long text\'s result never reached the page');
  const json = JSON.parse(await page.textContent('#json'));
  assert.ok(json.sentences.some((s) => s.text.startsWith('Light rain')), 'the JSON is the small text\'s');
});

test('a long analysis superseded after a while is abandoned: the worker is replaced', async () => {
  const small = 'Sun again\n\nThe sun is back in the city on Saturday, forecasters said.';
  await page.evaluate(() => performance.clearMarks());
  // 6 MB: on a fast host 2 MB was analysed between the check below and the next click, leaving
  // nothing to abandon.
  await setText(big.repeat(3));
  await page.click('#analyze');
  // Well past the point where waiting costs more than starting a new worker.
  await page.waitForFunction(() => /Analysing/.test(document.querySelector('#status').textContent));
  await new Promise((resolve) => setTimeout(resolve, 400));
  if ((await marks('lede:result')) > 0) {
    console.log('# (6 MB was analysed within 0.4 s here: nothing to abandon)');
    return;
  }
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await setText(small);
  await page.click('#analyze');
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs, { timeout: 30_000 });
  assert.equal(await marks('lede:worker-restart'), 1, 'the busy worker was replaced');
  assert.equal(await marks('lede:result'), 1, 'only the small text\'s result arrived');
  assert.equal(await page.textContent('#article'), small);
  // The new worker goes on working.
  const again = await page.evaluate(() => Number(document.body.dataset.runs));
  await setText('Once more. It still works.');
  await page.click('#analyze');
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, again);
  assert.equal(await page.textContent('#article'), 'Once more. It still works.');
});

test('Clear while analysing drops the pending result', async () => {
  await setText(medium);
  await page.evaluate(() => {
    document.querySelector('#analyze').click();
    document.querySelector('#clear').click();
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await page.waitForFunction(() => !document.body.hasAttribute('data-busy'));
  // Wait until the worker is idle again: a tiny request goes through after the big one.
  await setText('Done.');
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await page.click('#analyze');
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs, { timeout: 30_000 });
  assert.equal(await page.textContent('#article'), 'Done.');
});

test('a long result crosses in parts, down to the evidence of a signal, and is put back whole', async () => {
  const got = await page.evaluate(async (text) => {
    const { Engine } = await import('./engine.js');
    const engine = Engine.shared();
    await engine.ready;
    const paths = [];
    const listen = (event) => { if (event.data?.type === 'part') paths.push(event.data.path.join('.')); };
    engine.worker.addEventListener('message', listen);
    const { analysis, json } = await engine.run(text);
    engine.worker.removeEventListener('message', listen);
    const whole = typeof json === 'string' ? json : await (await json()).text();
    return { paths: [...new Set(paths)], same: whole === JSON.stringify(analysis, null, 2) };
  }, medium);
  // The worker's JSON is made before the split: the rebuilt analysis must give the same.
  assert.equal(got.same, true);
  assert.ok(got.paths.includes('sentences'), got.paths.join(' '));
  // The duplicated passages of a repeated text: thousands of spans inside one signal.
  assert.ok(got.paths.some((p) => /^signals\.items\.\d+\.spans$/.test(p)), got.paths.join(' '));
});

test('the JSON of a long result stays in the worker until asked for, that of a short one comes with it', async () => {
  const kinds = await page.evaluate(async (texts) => {
    const { Engine } = await import('./engine.js');
    const out = [];
    for (const text of texts) {
      const { analysis, json } = await Engine.shared().run(text);
      const later = typeof json === 'function';
      const value = later ? await json() : json;
      const whole = typeof value === 'string' ? value : await value.text();
      out.push({ later, blob: value instanceof Blob, chars: whole.length, same: whole === JSON.stringify(analysis, null, 2) });
    }
    return out;
  }, [medium.slice(0, 5000), medium]);
  assert.deepEqual(kinds.map(({ later, blob, same }) => ({ later, blob, same })),
    [{ later: false, blob: false, same: true }, { later: true, blob: true, same: true }]);
  assert.ok(kinds[0].chars <= 1_000_000 && kinds[1].chars > 1_000_000, JSON.stringify(kinds));

  // The worker keeps the two latest long JSONs: the one before is gone, and says so.
  const kept = await page.evaluate(async (text) => {
    const { Engine } = await import('./engine.js');
    const results = [];
    for (const end of [text.length - 2, text.length - 1, text.length]) results.push(await Engine.shared().run(text.slice(0, end)));
    return Promise.all(results.map((r) => r.json().then((blob) => blob.size > 1_000_000, (err) => err.message)));
  }, medium.slice(0, 150_000));
  assert.deepEqual(kept, ['the JSON of this result is no longer kept', true, true]);
});

test('no errors or CSP violations', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});
