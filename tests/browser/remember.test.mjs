// Privacy: nothing is stored unless the reader opts in; "Forget it" removes what was kept.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openApp, offOrigin, analysisAfter } from './harness.mjs';

const TEXT = 'Council approves library\n\nThe council approved the new library on Tuesday. Residents said they were pleased.';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await openApp(session);
});

after(async () => {
  await session?.close();
});

const stored = () => page.evaluate(() => ({ ...window.localStorage }));

test('by default an analysed text is not stored anywhere', async () => {
  await analysisAfter(page, () => page.fill('#text', TEXT).then(() => page.click('#analyze')));
  assert.equal(await page.isChecked('#remember'), false);
  assert.deepEqual(await stored(), {});
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(await page.inputValue('#text'), '');
});

test('opting in keeps the last text on this device and restores it on load', async () => {
  await page.fill('#text', TEXT);
  await page.check('#remember');
  await page.waitForFunction((text) => window.localStorage.getItem('lede:last-text') === text, TEXT);
  await page.reload();
  // The restored text is analysed without a click, as soon as the engine is ready (so the page
  // may pass through "ready" too quickly to observe: wait for the result instead).
  await page.waitForFunction(() => document.querySelector('#article .headline')?.textContent.includes('Council approves library'));
  assert.equal(await page.inputValue('#text'), TEXT);
  assert.equal(await page.isChecked('#remember'), true);
});

test('"Forget it" removes the text and the opt-in at once', async () => {
  await page.click('#forget');
  assert.deepEqual(await stored(), {});
  assert.equal(await page.isChecked('#remember'), false);
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(await page.inputValue('#text'), '');
  assert.deepEqual(offOrigin(session), []);
});
