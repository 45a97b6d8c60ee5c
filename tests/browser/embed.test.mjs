// <lede-analyzer> (www/lede-analyzer.js) on the example page www/embed.html: an article on the
// page annotated in place with only some panels, the whole UI, the text property, the src
// attribute and the lede-analyzed event. Playwright's CSS selectors pierce the open shadow roots.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openSession, openPage, offOrigin, SAMPLE_PATH } from './harness.mjs';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await openPage(session);
  await page.goto(`${session.origin}/embed.html`);
});

after(async () => {
  await session?.close();
});

test('the example page loads the element with one module script', async () => {
  const scripts = await page.$$eval('script', (els) => els.map((el) => [el.type, el.getAttribute('src')]));
  assert.deepEqual(scripts, [['module', 'lede-analyzer.js']]);
  assert.equal(await page.evaluate(() => customElements.get('lede-analyzer')?.name), 'LedeAnalyzer');
});

test('an article on the page is annotated in place, with only the panels asked for', async () => {
  await page.waitForSelector('#inline[data-state="analyzed"]');
  const article = await page.textContent('#inline #article');
  assert.ok(article.startsWith('Council approves new budget after long debate\n\nBy Jane Smith\n\nSPRINGFIELD'), article);
  assert.ok(!article.includes('\n      '), 'the markup\'s indentation is removed');
  const headline = await page.$$eval('#inline #article .headline', (els) => els.map((el) => el.textContent).join(''));
  assert.equal(headline, 'Council approves new budget after long debate');
  // panels="article overview": no input, no JSON.
  assert.equal(await page.isVisible('#inline #article'), true);
  assert.equal(await page.isVisible('#inline #overview'), true);
  assert.equal(await page.isHidden('#inline #text'), true);
  assert.equal(await page.isHidden('#inline #json-details'), true);
  // reference-date="2024-03-05" is sent as the option.
  const reference = await page.evaluate(() => document.querySelector('#inline').analysis.document.reference_date);
  assert.deepEqual(reference, { value: '2024-03-05', source: 'option' });
  // Clicking a highlight selects it in the overview, inside the shadow root.
  await page.click('#inline #article .headline:not(.entity)');
  await page.waitForSelector('#inline #overview [data-ref="headline"].selected');
  // The element's styles stay inside it: the host page's paragraphs are untouched.
  assert.notEqual(await page.$eval('main > p', (el) => getComputedStyle(el).fontFamily), await page.$eval('#inline', (el) => getComputedStyle(el.shadowRoot.querySelector('.article')).fontFamily));
});

test('the whole UI: paste, Analyze, results', async () => {
  await page.waitForSelector('#full[data-state="ready"]');
  assert.equal(await page.isVisible('#full #text'), true);
  assert.equal(await page.isHidden('#full #sample'), true, 'no sample button in the element');
  const text = 'Storm closes schools\n\nHeavy snow closed every school in the county on Tuesday, officials said.';
  await page.fill('#full #text', text);
  const event = page.evaluate(() => new Promise((resolve) => document.querySelector('#full')
    .addEventListener('lede-analyzed', (e) => resolve({ trigger: e.detail.trigger, snow: e.detail.analysis.sentences.some((x) => x.text.startsWith('Heavy snow')) }), { once: true })));
  await page.click('#full #analyze');
  assert.deepEqual(await event, { trigger: 'button', snow: true });
  assert.equal(await page.textContent('#full #article'), text);
  assert.equal(JSON.parse(await page.textContent('#full #json')).schema_version, 1);
  assert.match(await page.textContent('#full #version'), /^v\d+\.\d+\.\d+/);
});

test('a narrow element stacks its panels, whatever the window width', async () => {
  const columns = () => page.$eval('#inline', (el) => getComputedStyle(el.shadowRoot.querySelector('.results-grid')).gridTemplateColumns.split(' ').length);
  assert.equal(await columns(), 2);
  await page.$eval('#inline', (el) => { el.style.width = '500px'; });
  assert.equal(await columns(), 1);
  await page.$eval('#inline', (el) => { el.style.width = ''; });
});

test('the text property and the src attribute analyse new text', async () => {
  const runs = await page.$eval('#full', (el) => Number(el.dataset.runs));
  await page.$eval('#full', (el) => { el.text = 'Short one. Two sentences.'; });
  await page.waitForFunction((n) => Number(document.querySelector('#full').dataset.runs) > n, runs);
  assert.equal(await page.$eval('#full', (el) => el.analysis.sentences.length), 2);
  assert.equal(await page.textContent('#full #article'), 'Short one. Two sentences.');

  await page.evaluate(() => {
    const el = document.createElement('lede-analyzer');
    el.id = 'fetched';
    el.setAttribute('panels', 'overview');
    el.setAttribute('src', '/sample.txt');
    document.querySelector('main').append(el);
  });
  await page.waitForSelector('#fetched[data-state="analyzed"]');
  const sample = fs.readFileSync(SAMPLE_PATH, 'utf8');
  assert.equal(await page.$eval('#fetched', (el) => el.text), sample);
  assert.match(await page.textContent('#fetched #overview'), /John Kerry admits Syria ceasefire over/);
  assert.equal(await page.isHidden('#fetched #article'), true);
});

test('no errors, CSP violations or requests off the origin', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(offOrigin(session), []);
});
