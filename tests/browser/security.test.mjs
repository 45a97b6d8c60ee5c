// Article text is data, never markup: hostile input must render literally and run nothing.
// Also checks the policy the server sends and that the page stays on its own origin.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openApp, offOrigin, analysisAfter } from './harness.mjs';
import { CSP } from '../../scripts/server.mjs';

const HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> javascript:alert(1) </style><b>bold</b>';
const TEXT = `${HOSTILE}\n\nThe council met on Monday to discuss the budget. Members said the plan was "not <i>final</i>". ` +
  'A vote is expected next week.\n\n<a href="javascript:alert(3)">Read more</a> & more &amp; entities &lt;b&gt;.';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await openApp(session);
});

after(async () => {
  await session?.close();
});

test('the server sends the CSP and hardening headers with the page', async () => {
  const response = await page.goto(`${session.origin}/`);
  const headers = response.headers();
  assert.equal(headers['content-security-policy'], CSP);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['referrer-policy'], 'no-referrer');
  await page.waitForSelector('body[data-state="ready"]');
});

test('hostile text renders literally and creates no elements', async () => {
  const { analysis } = await analysisAfter(page, () => page.fill('#text', TEXT).then(() => page.click('#analyze')));
  assert.equal(analysis.schema_version, 1);

  assert.equal(await page.evaluate(() => window.__xss), undefined);
  const created = await page.evaluate(() => document.querySelectorAll('#article img, #article script, #article b, #article i, #article a, #article style').length);
  assert.equal(created, 0);
  // Nowhere on the page, not just in the article.
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, b, i, a[href^="javascript"], script:not([src])').length), 0);

  const article = await page.textContent('#article');
  assert.equal(article, TEXT);
  assert.ok(article.includes(HOSTILE));
  assert.ok((await page.textContent('#overview')).length > 0);
  // The JSON view is text too (the analyzer may strip the tags from what it reports).
  assert.deepEqual(JSON.parse(await page.textContent('#json')), analysis);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#json *').length), 0);

  // Clicking through the article and the overview keeps it inert.
  await page.click('#article');
  await page.click('#analyze');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
});

test('no errors, CSP violations or requests off the origin', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(offOrigin(session), []);
});
