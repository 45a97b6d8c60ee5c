// The Overview's 5W1H card, tone strip and signals list, rendered (www/overview.js) from the
// sample's real analysis with `event`, `tone` and `signals.items` filled in by hand in the
// agreed shapes (docs/json.md), so the page is tested whatever the engine build gives; also
// what it does when those fields are missing or odd, and that every ref the Overview offers has
// ranges in www/layers.js to show (so a click always finds something).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openApp, analysisAfter, screenshotPath } from './harness.mjs';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await openApp(session);
  await analysisAfter(page, () => page.click('#sample'));
  // The stub, built in the page from the real analysis and text.
  await page.evaluate(() => {
    const text = document.querySelector('#text').value;
    const real = JSON.parse(document.querySelector('#json').textContent);
    const span = (needle, from = 0) => {
      const start = text.indexOf(needle, from);
      if (start < 0) throw new Error(`not in the sample: ${needle}`);
      return { start, end: start + needle.length, text: needle };
    };
    const stub = structuredClone(real);
    stub.event = {
      who: { text: 'John Kerry', spans: [span('John Kerry'), span('John Kerry', 1300)], confidence: 0.82 },
      what: { text: 'Syria ceasefire over as violence increases', spans: [span('Syria ceasefire over as violence increases')], confidence: 0.7 },
      when: { text: 'Sep 23, 2016', spans: [span('Sep 23, 2016')], confidence: 0.9, value: '2016-09-23' },
      where: { text: 'Aleppo', spans: [span('Aleppo')], confidence: 0.6 },
      why: null,
      how: null,
    };
    const compounds = stub.sentences.map((s) => (s.text.includes('annihilation') ? -0.8 : s.text.includes('compromise') ? 0.4 : 0));
    stub.tone = {
      overall: { compound: -0.42, positive: 0.05, negative: 0.18, neutral: 0.77, label: 'negative' },
      sentences: compounds.map((compound, sentence) => ({ sentence, compound })),
      loaded: [span('annihilation')],
      hedges: [span('suggested'), span('may', 1436)],
      intensifiers: [span('far greater')],
      superlatives: [],
    };
    stub.signals = {
      ...real.signals,
      items: [
        { code: 'mid_text_dateline', level: 'warning', message: 'A dateline appears in the middle of the text: two stories may have been pasted together.', spans: [span('Sep 23, 2016')] },
        { code: 'anonymous_sources', level: 'notice', message: '3 of 8 sources are not named.', spans: [span('the source said'), span('Several residents said')] },
        { code: 'spelling_variants', level: 'info', message: 'The article spells one term in two ways: “ceasefire” and “cease-fire”.', spans: [span('ceasefire'), span('cease-fire')] },
      ],
    };
    window.__stub = stub;
  });
});

after(async () => {
  await session?.close();
});

/** Render `window.__stub`, changed as `variant` says, into a new box. (No eval: the page's CSP forbids it.) */
const render = (variant = 'full') => page.evaluate(async (which) => {
  const { renderOverview } = await import('./overview.js');
  const a = structuredClone(window.__stub);
  if (which === 'long') {
    a.sentences = Array.from({ length: 1000 }, () => ({ start: 0, end: 1, text: 'x', paragraph: 0 }));
    a.tone.sentences = a.sentences.map((_, i) => ({ sentence: i, compound: i < 500 ? -0.9 : 0.9 }));
  } else if (which === 'missing') {
    delete a.event;
    delete a.tone;
    delete a.signals.items;
  } else if (which === 'junk') {
    // Wrong types everywhere the panels read: each part must cope or stay out.
    a.quotes = [null, 5, { content: null }, { id: 'q9', kind: 'weird', content: { start: 0, end: 1, text: 'S' }, speaker: 'x' }];
    a.sources = [{}, null, { name: 'N', quotes: 'many', direct: -1 }];
    a.times = [null, { text: 'soon', value: 42 }];
    a.timeline = [{}, { text: 'then', date: 5, value: null, time: 'x', sentence: 7 }];
    a.quantities = [{ text: 'x', value: 'NaN', range: [1], approx: 'sort of' }, null];
    a.keyphrases = [null, { text: 5 }, { text: 'ok', mentions: 'no' }];
    a.summary = [null, { text: 3 }];
    a.lede = 'no';
    a.event = 'x';
    a.tone = { sentences: 'x', overall: 5, hedges: [null, { text: 'h' }] };
    a.signals = { sourcing: 'x', items: [null, { spans: 'x', level: 'panic' }, { code: 'c', message: 5, spans: [null, { text: 'e' }] }] };
  } else if (which === 'odd') {
    a.event = { who: null, what: null, when: null, where: null, why: null, how: null };
    a.tone = { overall: null, sentences: [{ sentence: 0, compound: null }, 'junk'], loaded: 'no' };
    a.signals.items = [];
  }
  const analysis = a;
  document.querySelector('#stub-box')?.remove();
  const box = document.createElement('div');
  box.id = 'stub-box';
  box.className = 'overview';
  document.querySelector('#results').append(box);
  renderOverview(box, analysis);
  return box.querySelectorAll('[data-section="summary"] > *').length;
}, variant);

const GIST = '#stub-box [data-section="summary"]';

test('the 5W1H card: each part, its confidence, the resolved date, and "not found"', async () => {
  await render();
  assert.equal(await page.getAttribute(`${GIST} .event-card`, 'aria-label'), 'The main event (5W1H)');
  const rows = await page.$$eval(`${GIST} .event-card dt`, (dts) => dts.map((dt) => ({
    part: dt.textContent,
    text: dt.nextElementSibling.querySelector('.ref-text, .none')?.textContent,
    sub: dt.nextElementSibling.querySelector('.sub')?.textContent ?? null,
    ref: dt.nextElementSibling.querySelector('button')?.dataset.ref ?? null,
  })));
  assert.deepEqual(rows, [
    { part: 'Who', text: 'John Kerry', sub: '82% confident', ref: 'event-who' },
    { part: 'What', text: 'Syria ceasefire over as violence increases', sub: '70% confident', ref: 'event-what' },
    { part: 'When', text: 'Sep 23, 2016', sub: 'Fri 23 Sep 2016 · 90% confident', ref: 'event-when' },
    { part: 'Where', text: 'Aleppo', sub: '60% confident', ref: 'event-where' },
    { part: 'Why', text: 'not found', sub: null, ref: null },
    { part: 'How', text: 'not found', sub: null, ref: null },
  ]);
  await page.locator(GIST).screenshot({ path: screenshotPath('overview-stub.png') });
});

test('the tone strip: one labelled cell per sentence, coloured by its score', async () => {
  await render();
  assert.match(await page.textContent(`${GIST} .tone-overall`), /^negative overall \(−0\.42\)Words: 5% positive, 18% negative, 77% neutral$/);
  const cells = await page.$$eval(`${GIST} .tone-strip button`, (els) => els.map((b) => ({
    ref: b.dataset.ref, label: b.getAttribute('aria-label'), cls: b.className, title: b.title, width: b.getBoundingClientRect().width,
  })));
  const sentences = await page.evaluate(() => window.__stub.sentences);
  assert.equal(cells.length, sentences.length);
  const selmo = sentences.findIndex((s) => s.text.includes('annihilation'));
  assert.equal(cells[selmo].ref, `sentence-${selmo}`);
  assert.equal(cells[selmo].label, `Sentence ${selmo + 1}: negative (−0.80)`);
  assert.match(cells[selmo].cls, /\btone-neg3\b/);
  assert.ok(cells[selmo].title.includes('The head of the civil defence rescue service'), cells[selmo].title);
  const lavrov = sentences.findIndex((s) => s.text.includes('compromise'));
  assert.match(cells[lavrov].cls, /\btone-pos2\b/);
  assert.equal(cells[lavrov].label, `Sentence ${lavrov + 1}: positive (+0.40)`);
  assert.match(cells[0].cls, /\btone-0\b/);
  assert.equal(cells[0].label, 'Sentence 1: neutral (0.00)');
  assert.ok(cells.every((c) => c.width >= 10), 'cells are big enough to click');
  // The colours differ (they come from classes: the CSP allows no inline styles).
  const colour = (i) => page.$eval(`${GIST} .tone-strip li:nth-child(${i + 1}) button`, (b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(await colour(selmo), await colour(0));
  assert.notEqual(await colour(selmo), await colour(lavrov));

  const words = await page.$$eval(`${GIST} .tone-words button`, (els) => els.map((b) => [b.dataset.ref, b.textContent]));
  assert.deepEqual(words, [
    ['tone-loaded', 'Loaded or emotive words: annihilation1 (1 occurrence)'],
    ['tone-hedges', 'Hedges: suggested, may2 (2 occurrences)'],
    ['tone-intensifiers', 'Intensifiers: far greater1 (1 occurrence)'],
  ]);
});

test('a long text gets one tone cell per run of sentences', async () => {
  await render('long');
  const cells = await page.$$eval(`${GIST} .tone-strip button`, (els) => els.map((b) => b.getAttribute('aria-label')));
  assert.ok(cells.length <= 240 && cells.length >= 100, `${cells.length} cells`);
  assert.equal(cells[0], 'Sentences 1–5: negative (−0.90)');
  assert.match(cells.at(-1), /^Sentences \d+–1000: positive \(\+0\.90\)$/);
});

test('signals: level, message, and a link to each piece of evidence', async () => {
  await render();
  const items = await page.$$eval(`${GIST} .signal-item`, (els) => els.map((el) => ({
    code: el.dataset.code,
    level: el.querySelector('.level-badge').textContent,
    message: el.querySelector('.signal-message').textContent,
    evidence: [...el.querySelectorAll('.evidence button')].map((b) => [b.dataset.ref, b.textContent]),
  })));
  assert.deepEqual(items, [
    { code: 'mid_text_dateline', level: 'Warning', message: 'A dateline appears in the middle of the text: two stories may have been pasted together.', evidence: [['signal-0-0', '“Sep 23, 2016”']] },
    { code: 'anonymous_sources', level: 'Notice', message: '3 of 8 sources are not named.', evidence: [['signal-1-0', '“the source said”'], ['signal-1-1', '“Several residents said”']] },
    { code: 'spelling_variants', level: 'Info', message: 'The article spells one term in two ways: “ceasefire” and “cease-fire”.', evidence: [['signal-2-0', '“ceasefire”'], ['signal-2-1', '“cease-fire”']] },
  ]);
  assert.equal(await page.textContent(`${GIST} .signal-list`).then(() => page.$eval(`${GIST} .signal-item .visually-hidden`, (el) => el.textContent)), 'Evidence: ');
});

test('every ref the Overview offers has ranges in the article layers, with the right text', async () => {
  await render();
  const check = await page.evaluate(async () => {
    const { LAYERS } = await import('./layers.js');
    const text = document.querySelector('#text').value;
    const ranges = LAYERS.flatMap((layer) => layer.ranges(window.__stub).map((r) => ({ ...r, layer: layer.id })));
    const refs = [...document.querySelectorAll('#stub-box [data-ref]')].map((el) => el.dataset.ref);
    const missing = refs.filter((ref) => !ranges.some((r) => r.ref === ref));
    const wrong = ranges.filter((r) => text.slice(r.start, r.end) !== r.text).map((r) => r.ref);
    const of = (ref) => ranges.filter((r) => r.ref === ref).map((r) => [r.layer, r.text]);
    return { count: refs.length, missing, wrong, who: of('event-who'), hedges: of('tone-hedges'), dateline: of('signal-0-0') };
  });
  assert.ok(check.count > 60, `${check.count} refs`);
  assert.deepEqual(check.missing, []);
  assert.deepEqual(check.wrong, []);
  assert.deepEqual(check.who, [['event', 'John Kerry'], ['event', 'John Kerry']]);
  assert.deepEqual(check.hedges, [['tone', 'suggested'], ['tone', 'may']]);
  assert.deepEqual(check.dateline, [['signals', 'Sep 23, 2016']]);
});

test('missing or odd fields leave their part out, never an error', async () => {
  // An analyzer without the new fields: the rest of the Overview is there.
  const parts = await render('missing');
  assert.ok(parts >= 3, `${parts} parts`);
  for (const part of ['.event-card', '.tone', '.signal-list']) assert.equal(await page.locator(`${GIST} ${part}`).count(), 0, part);
  assert.ok(await page.locator(`${GIST} .summary-list li`).count() >= 3);
  assert.ok(await page.locator(`${GIST} .chips button`).count() >= 5);

  // Empty and odd values.
  await render('odd');
  assert.deepEqual(await page.$$eval(`${GIST} .event-card dd`, (els) => els.map((el) => el.textContent)), Array(6).fill('not found'));
  assert.equal(await page.getAttribute(`${GIST} .tone-strip button`, 'aria-label'), 'Sentence 1: no score (—)');
  assert.equal(await page.textContent(`${GIST} .gist-block:last-child`), 'SignalsNothing to point out.');
  await page.$eval('#stub-box', (el) => el.remove());
});

test('junk in every field the panels read renders without an error', async () => {
  await render('junk');
  const text = await page.textContent('#stub-box');
  assert.ok(text.includes('No speaker found'), 'the quote with an odd speaker is listed');
  assert.ok(await page.locator('#stub-box .signal-item').count() === 2);
  assert.equal(await page.textContent('#stub-box .signal-item.level-info .level-badge'), 'Info');
  assert.equal(await page.locator('#stub-box .event-card').count(), 0);
  await page.$eval('#stub-box', (el) => el.remove());
});

test('a lazy render builds the first shown section, the others on fill(), to the same DOM', async () => {
  const result = await page.evaluate(async () => {
    const { renderOverview } = await import('./overview.js');
    const box = (only) => {
      const el = document.createElement('div');
      el.className = 'overview';
      if (only) el.dataset.only = only;
      document.querySelector('#results').append(el);
      return el;
    };
    const eager = box();
    renderOverview(eager, window.__stub);
    const lazyBox = box();
    const lazy = renderOverview(lazyBox, window.__stub, { lazy: true });
    const pendingAtFirst = lazy.pending;
    const quotesBefore = lazyBox.querySelector('[data-section="quotes"]').children.length;
    lazy.fill('quotes');
    const quotesAfter = lazyBox.querySelector('[data-section="quotes"]').children.length;
    const pendingAfterOne = lazy.pending;
    lazy.fillAll();
    // <lede-analyzer panels="quotes sources">: the first section shown is built, hidden ones wait.
    const someBox = box('quotes sources');
    const some = renderOverview(someBox, window.__stub, { lazy: true });
    const out = {
      pendingAtFirst, quotesBefore, quotesAfter, pendingAfterOne, pendingAtEnd: lazy.pending,
      same: lazyBox.innerHTML === eager.innerHTML,
      somePending: some.pending,
    };
    for (const el of [eager, lazyBox, someBox]) el.remove();
    return out;
  });
  assert.deepEqual(result.pendingAtFirst, ['names', 'quotes', 'sources', 'timeline', 'figures', 'text']);
  assert.equal(result.quotesBefore, 1, 'only the heading');
  assert.ok(result.quotesAfter > 1);
  assert.deepEqual(result.pendingAfterOne, ['names', 'sources', 'timeline', 'figures', 'text']);
  assert.deepEqual(result.pendingAtEnd, []);
  assert.equal(result.same, true, 'filled lazily, the column is the same as built at once');
  assert.deepEqual(result.somePending, ['summary', 'names', 'sources', 'timeline', 'figures', 'text']);
});

test('no errors or CSP violations', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});
