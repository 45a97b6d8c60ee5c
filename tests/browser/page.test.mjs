// The page end to end in Chromium: engine load, the sample, the annotated view, the overview,
// the date field, layer toggles, JSON export, screenshots (desktop, phone, dark) and the
// guarantee that nothing is requested outside the page's own origin.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openSession, openApp, offOrigin, analysisAfter, screenshotPath, SAMPLE_PATH } from './harness.mjs';

const HEADLINE = 'John Kerry admits Syria ceasefire over as violence increases';
const RELATED = 'Russia Says Coalition Drone Was in Area When Syria Aid Convoy';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await openApp(session);
});

after(async () => {
  await session?.close();
});

test('loads with the engine ready and an accessible form', async () => {
  assert.match(await page.textContent('#status'), /ready/i);
  assert.equal(await page.getAttribute('#status', 'aria-live'), 'polite');
  assert.match(await page.textContent('#version'), /^v\d+\.\d+\.\d+/);
  assert.equal((await page.textContent('label[for="text"]')).trim(), 'Article text');
  assert.equal((await page.textContent('label[for="published"]')).trim(), 'Published');
  assert.equal(await page.getAttribute('#published', 'type'), 'date');
  assert.match(await page.textContent('.privacy-note'), /never leaves your browser/);
  for (const id of ['#analyze', '#sample', '#clear', '#copy-json', '#download-json']) {
    assert.equal(await page.$eval(id, (el) => el.tagName), 'BUTTON', id);
  }
  assert.equal(await page.isEnabled('#analyze'), true);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(await page.isHidden('#results'), true);
});

test('index.html preloads exactly the modules app.js imports, so none waits for its importer', async () => {
  // The import graph of app.js, static and dynamic imports, read from the sources.
  const www = new URL('../../www/', import.meta.url);
  const graph = new Set();
  const visit = (file) => {
    for (const [, spec] of fs.readFileSync(new URL(file, www), 'utf8').matchAll(/\bimport\s*(?:\(\s*|[^'"()]*?from\s*)'\.\/([\w-]+\.js)'/g)) {
      if (!graph.has(spec)) {
        graph.add(spec);
        visit(spec);
      }
    }
  };
  visit('app.js');
  assert.ok(graph.has('controller.js') && graph.has('panels.js'), [...graph].join(' '));
  const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => l.getAttribute('href')));
  assert.deepEqual([...preloaded].sort(), [...graph].sort());
  // And in the browser: every module was requested before app.js had even arrived (by the
  // preloads), not once the module importing it had been fetched and parsed.
  const late = await page.evaluate(() => {
    const scripts = performance.getEntriesByType('resource').filter((r) => /\/[\w-]+\.js$/.test(r.name) && !r.name.endsWith('/worker.js'));
    const app = scripts.find((r) => r.name.endsWith('/app.js'));
    return scripts.filter((r) => r.startTime > app.responseEnd).map((r) => r.name);
  });
  assert.deepEqual(late, []);
});

test('"Try a sample" analyses the sample and renders it', async () => {
  const { trigger, analysis } = await analysisAfter(page, () => page.click('#sample'));
  assert.equal(trigger, 'sample');
  assert.equal(analysis.schema_version, 1);
  assert.equal(analysis.offsets, 'utf16');

  // The textarea holds the sample and the annotated view is exactly that text.
  const sample = fs.readFileSync(SAMPLE_PATH, 'utf8');
  assert.equal(await page.inputValue('#text'), sample);
  assert.equal(await page.textContent('#article'), sample);

  const headline = await page.$$eval('#article .headline', (els) => els.map((el) => el.textContent).join(''));
  assert.equal(headline, HEADLINE);

  const kinds = await page.$$eval('#article .boilerplate[data-kind]', (els) => els.map((el) => el.dataset.kind));
  for (const kind of ['share', 'advertisement', 'related_headline']) assert.ok(kinds.includes(kind), `boilerplate ${kind} in ${kinds}`);
  const related = await page.$$eval('#article .boilerplate[data-kind="related_headline"]', (els) => els.map((el) => el.textContent).join(''));
  assert.equal(related.trim(), RELATED);
  assert.match(await page.getAttribute('#article .boilerplate[data-kind="share"]', 'title'), /share/);

  assert.equal(await page.inputValue('#published'), '2016-09-23');
  assert.match(await page.textContent('#status'), /Analysed [\d.]+ (bytes|KB|MB) in [\d.]+ ms/);

  const overview = await page.textContent('#overview');
  assert.ok(overview.includes(HEADLINE), 'headline in overview');
  assert.ok(overview.includes('2016-09-23'), 'reference date in overview');
  assert.match(overview, /from the dateline/);
  assert.match(overview, /English/);
  assert.equal(await page.locator('#overview table.readability tbody tr').count(), 6);
});

test('clicking a highlighted range selects it in the overview', async () => {
  await page.click('#article .boilerplate[data-kind="related_headline"]');
  const ref = await page.getAttribute('#article .boilerplate[data-kind="related_headline"]', 'data-ref');
  assert.match(ref, /^boilerplate-\d+$/);
  await page.waitForSelector(`#overview [data-ref="${ref}"].selected`);
  assert.equal(await page.isVisible('#selection'), true);
  assert.match(await page.textContent('#selection'), /related_headline/);

  // And back: an overview item marks its range in the article.
  await page.click('#overview [data-ref="headline"]');
  await page.waitForSelector('#article .headline.active');
  assert.equal(await page.locator('#overview .selected').count(), 1);
});

test('layer toggles show and hide highlights', async () => {
  await page.uncheck('#layer-boilerplate');
  assert.equal(await page.locator('#article .boilerplate').count(), 0);
  await page.check('#layer-boilerplate');
  assert.ok(await page.locator('#article .boilerplate').count() >= 4);

  assert.equal(await page.locator('#article .sentence').count(), 0);
  await page.check('#layer-sentences');
  assert.ok(await page.locator('#article .sentence').count() > 10);
  // Splitting at every boundary must never lose or duplicate text.
  assert.equal(await page.textContent('#article'), await page.inputValue('#text'));
  await page.uncheck('#layer-sentences');
});

test('the Published date re-runs the analysis with reference_date', async () => {
  let { trigger, analysis } = await analysisAfter(page, () => page.fill('#published', '2020-01-02'));
  assert.equal(trigger, 'published');
  assert.deepEqual(analysis.document.reference_date, { value: '2020-01-02', source: 'option' });
  assert.equal(await page.inputValue('#published'), '2020-01-02');

  // Editing the text keeps the user's date.
  ({ analysis } = await analysisAfter(page, () => page.click('#analyze')));
  assert.equal(analysis.document.reference_date.source, 'option');

  // Clearing it goes back to the article's own date.
  ({ analysis } = await analysisAfter(page, () => page.fill('#published', '')));
  assert.deepEqual(analysis.document.reference_date, { value: '2016-09-23', source: 'dateline' });
  assert.equal(await page.inputValue('#published'), '2016-09-23');
});

test('JSON can be downloaded and copied', async () => {
  const shown = JSON.parse(await page.textContent('#json'));
  assert.equal(shown.schema_version, 1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  assert.equal(download.suggestedFilename(), 'lede-analysis.json');
  const file = await download.path();
  assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), shown);

  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
  await page.click('#copy-json');
  await page.waitForFunction(() => /copied/i.test(document.querySelector('#status').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
  if (copied !== null) assert.deepEqual(JSON.parse(copied), shown);
});

test('screenshots: desktop, phone width and dark mode', async () => {
  await page.screenshot({ path: screenshotPath('page.png'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  // Single column and no horizontal scrolling at phone width.
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    columns: getComputedStyle(document.querySelector('.results-grid')).gridTemplateColumns.split(' ').length,
  }));
  assert.ok(layout.scrollWidth <= 390, `page is ${layout.scrollWidth}px wide at 390px`);
  assert.equal(layout.columns, 1);
  await page.screenshot({ path: screenshotPath('page-mobile.png'), fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background expected, got ${background}`);
  await page.screenshot({ path: screenshotPath('page-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  for (const name of ['page.png', 'page-mobile.png', 'page-dark.png']) {
    assert.ok(fs.statSync(screenshotPath(name)).size > 10_000, name);
  }
});

test('Clear empties the form and the results', async () => {
  await page.click('#clear');
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.inputValue('#published'), '');
  assert.equal(await page.isHidden('#results'), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
});

test('no console errors, CSP violations or requests off the origin', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.ok(session.requests.some((url) => url.endsWith('/pkg/lede_bg.wasm')), 'the wasm was fetched');
  assert.ok(session.requests.some((url) => url.endsWith('/sample.txt')), 'the sample was fetched');
  assert.deepEqual(offOrigin(session), []);
});
