// Keyboard-only use: the textarea is reachable with Tab, Ctrl+Enter analyses at once, buttons
// work with Enter/Space and focus is visible. Also the re-analysis after a pause in typing.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openApp, offOrigin, analysisAfter } from './harness.mjs';

const TEXT = 'Storm closes schools\n\nHeavy snow closed every school in the county on Tuesday, officials said. ' +
  'Roads were expected to reopen by the evening.';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await openApp(session);
});

after(async () => {
  await session?.close();
});

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

async function tabTo(id, limit = 15) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedId()) === id) return;
  }
  assert.fail(`#${id} not reached with ${limit} Tab presses (focus is on #${await focusedId()})`);
}

test('Tab reaches the textarea; Ctrl+Enter analyses at once', async () => {
  await tabTo('text');
  await page.keyboard.type(TEXT.slice(0, 20));
  await page.keyboard.insertText(TEXT.slice(20));
  const { trigger, analysis } = await analysisAfter(page, () => page.keyboard.press('Control+Enter'));
  assert.equal(trigger, 'keyboard', 'Ctrl+Enter ran the analysis (not the typing debounce)');
  assert.ok(analysis.sentences.some((s) => s.text.startsWith('Roads were expected')), 'the typed text was analysed');
  assert.equal(await page.inputValue('#text'), TEXT, 'Ctrl+Enter inserted no newline');
  assert.equal(await page.textContent('#article'), TEXT);
});

test('buttons work from the keyboard and focus is visible', async () => {
  await page.focus('#text');
  await tabTo('analyze', 2);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focused button shows an outline');
  let { trigger } = await analysisAfter(page, () => page.keyboard.press('Enter'));
  assert.equal(trigger, 'button');

  await tabTo('sample', 2);
  ({ trigger } = await analysisAfter(page, () => page.keyboard.press('Space')));
  assert.equal(trigger, 'sample');
  assert.ok((await page.inputValue('#text')).includes('John Kerry'));
});

test('editing re-analyses after a pause', async () => {
  const { trigger, analysis } = await analysisAfter(page, async () => {
    await page.focus('#text');
    await page.keyboard.press('Control+End');
    // One input event, so a slow machine cannot fire the debounce half-way through typing.
    await page.keyboard.insertText(' One more sentence.');
  });
  assert.equal(trigger, 'edit');
  assert.ok(JSON.stringify(analysis.sentences).includes('One more sentence.'));
});

test('no errors or requests off the origin', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(offOrigin(session), []);
});
