// When the engine cannot load, the page says so plainly instead of failing silently. The engine
// loads inside the analysis worker, so these also prove its failures reach the page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openPage } from './harness.mjs';

const MESSAGE = /Lede could not load its analysis engine \(WebAssembly\)/;

let session;

before(async () => {
  session = await openSession();
});

after(async () => {
  await session?.close();
});

for (const [what, pattern] of [['.wasm file', '**/pkg/lede_bg.wasm'], ['engine module (lede.js)', '**/pkg/lede.js'], ['analysis worker (worker.js)', '**/worker.js']]) {
  test(`a missing ${what} shows a clear error`, async () => {
    const page = await openPage(session);
    await page.route(pattern, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
    await page.goto(`${session.origin}/`);
    await page.waitForSelector('body[data-state="error"]');
    assert.match(await page.textContent('#status'), MESSAGE);
    assert.equal(await page.isDisabled('#analyze'), true);
    assert.equal(await page.isDisabled('#sample'), true);
    await page.close();
  });
}

test('a corrupt .wasm file shows a clear error', async () => {
  const page = await openPage(session);
  await page.route('**/pkg/lede_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }));
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-state="error"]');
  assert.match(await page.textContent('#status'), MESSAGE);
  await page.close();
});
