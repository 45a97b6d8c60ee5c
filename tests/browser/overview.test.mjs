// The Overview at the top of the results, on the sample article: the headline, the summary
// with its lede, key phrases as chips that highlight every mention, and (when the analyzer
// gives them) the 5W1H card, the tone strip and the signals with links to their evidence.
// Also the section buttons and <lede-analyzer panels="…"> naming sections.
// overview-stub.test.mjs renders the same sections from a hand-made analysis.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openApp, openPage, offOrigin, analysisAfter } from './harness.mjs';

const HEADLINE = 'John Kerry admits Syria ceasefire over as violence increases';
const GIST = '#overview [data-section="summary"]';

let session;
let page;
let analysis;

before(async () => {
  session = await openSession();
  page = await openApp(session);
  ({ analysis } = await analysisAfter(page, () => page.click('#sample')));
});

after(async () => {
  await session?.close();
});

test('the Overview comes first, with the headline and the summary sentences', async () => {
  const first = await page.$eval('#overview > [data-section]', (el) => el.dataset.section);
  assert.equal(first, 'summary');
  assert.equal(await page.textContent(`${GIST} > h4`), 'Overview');
  assert.equal(await page.textContent(`${GIST} .gist-headline button`), HEADLINE);

  const summary = await page.$$eval(`${GIST} .summary-list button`, (els) => els.map((b) => ({
    ref: b.dataset.ref, lede: !!b.querySelector('.badge'), text: b.querySelector('.ref-text').textContent,
  })));
  const sentences = new Set(analysis.sentences.map((s) => s.text));
  assert.ok(summary.length >= 3, JSON.stringify(summary));
  // Real sentences of the article, never boilerplate.
  for (const s of summary) assert.ok(sentences.has(s.text), s.text);
  assert.ok(!summary.some((s) => /Advertisement|Share/.test(s.text)));
  // The lede is marked.
  assert.equal(summary.filter((s) => s.lede).length, 1);
  assert.equal(summary.find((s) => s.lede).text, analysis.lede.text);

  // Summary sentences are not highlighted until one is selected; then that one is.
  assert.equal(await page.locator('#article .summary').count(), 0);
  const kerry = summary.find((s) => s.text.startsWith('Kerry declared'));
  assert.ok(kerry, 'Kerry’s declaration is in the summary');
  await page.click(`${GIST} [data-ref="${kerry.ref}"]`);
  await page.waitForSelector(`#article .summary.active[data-refs~="${kerry.ref}"]`);
  const shown = await page.$$eval('#article .summary', (els) => els.map((el) => el.textContent).join(''));
  assert.equal(shown, kerry.text);
});

test('key phrases are chips; one highlights all its mentions', async () => {
  const chips = await page.$$eval(`${GIST} .chips button.chip[data-ref^="keyphrase-"]`, (els) => els.map((b) => ({
    ref: b.dataset.ref, text: b.querySelector('.chip-text').textContent, name: b.textContent,
  })));
  assert.equal(chips.length, analysis.keyphrases.length);
  const ceasefire = chips.find((c) => c.text === 'ceasefire');
  assert.ok(ceasefire, `ceasefire among ${chips.map((c) => c.text)}`);
  // The count is said in words to a screen reader.
  const mentions = analysis.keyphrases.find((k) => k.text === 'ceasefire').mentions;
  assert.match(ceasefire.name, new RegExp(`\\(${mentions.length} mentions\\)$`));

  assert.equal(await page.isChecked('#layer-keyphrases'), false, 'the key phrase layer is off');
  await page.click(`${GIST} [data-ref="${ceasefire.ref}"]`);
  await page.waitForSelector(`#article .keyphrase.active[data-refs~="${ceasefire.ref}"]`);
  const active = await page.$$eval(`#article [data-refs~="${ceasefire.ref}"].active`, (els) => els.map((el) => el.textContent));
  // Every mention, "cease-fire" included.
  assert.deepEqual(active.join('|').toLowerCase(), mentions.map((m) => m.text).join('|').toLowerCase());
  assert.ok(active.some((t) => /cease-fire/i.test(t)), `${active}`);
  // Only that phrase: the others stay unhighlighted while the layer is off.
  const other = chips.find((c) => c !== ceasefire);
  assert.equal(await page.locator(`#article [data-refs~="${other.ref}"]`).count(), 0);

  // Selecting something else takes the phrase's highlights away again.
  await page.click(`${GIST} .gist-headline button`);
  await page.waitForSelector('#article .headline.active');
  assert.equal(await page.locator('#article .keyphrase').count(), 0);
});

test('the 5W1H card shows the main event', async () => {
  assert.ok(analysis.event, 'the analyzer gives the main event');
  const rows = await page.$$eval(`${GIST} .event-card dt`, (dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent]));
  assert.deepEqual(rows.map(([k]) => k), ['Who', 'What', 'When', 'Where', 'Why', 'How']);
  for (const [part, value] of Object.entries(analysis.event)) {
    const row = rows.find(([k]) => k.toLowerCase() === part);
    if (value) assert.ok(row[1].includes(value.text.slice(0, 60)), `${part}: ${row[1]}`);
    else assert.equal(row[1], 'not found');
  }
  // Who: John Kerry, with every span the card rests on highlighted on click.
  assert.match(rows[0][1], /John Kerry/);
  assert.match(rows.find(([k]) => k === 'When')[1], /Fri 23 Sep 2016/);
  for (const part of ['who', 'where']) {
    await page.click(`${GIST} [data-ref="event-${part}"]`);
    await page.waitForSelector(`#article .event.active[data-refs~="event-${part}"]`);
    const shown = await page.$$eval(`#article [data-refs~="event-${part}"]`, (els) => els.map((el) => el.textContent).join(''));
    assert.equal(shown, analysis.event[part].spans.map((s) => s.text).join(''));
  }
});

test('the tone strip has a cell per sentence that finds the sentence', async () => {
  assert.ok(analysis.tone, 'the analyzer gives the tone');
  const cells = await page.$$eval(`${GIST} .tone-strip button`, (els) => els.map((b) => ({ ref: b.dataset.ref, label: b.getAttribute('aria-label'), cls: b.className })));
  assert.equal(cells.length, analysis.tone.sentences.length);
  assert.equal(cells.length, analysis.sentences.length);
  cells.forEach((c, i) => {
    assert.equal(c.ref, `sentence-${i}`);
    assert.match(c.label, new RegExp(`^Sentence ${i + 1}: (negative|neutral|positive) \\(`));
  });
  // The most negative and the most positive sentences are coloured and labelled as such.
  const scores = analysis.tone.sentences.map((x) => x.compound);
  const i = scores.indexOf(Math.min(...scores));
  const j = scores.indexOf(Math.max(...scores));
  assert.ok(scores[i] < -0.05 && scores[j] > 0.05, `${scores}`);
  assert.match(cells[i].cls, /\btone-neg[123]\b/);
  assert.match(cells[i].label, /: negative \(−/);
  assert.match(cells[j].cls, /\btone-pos[123]\b/);
  assert.match(cells[j].label, /: positive \(\+/);
  await page.click(`${GIST} .tone-strip button[data-ref="sentence-${i}"]`);
  await page.waitForSelector(`#article .sentence.active[data-refs~="sentence-${i}"]`);
  assert.equal(await page.$$eval(`#article [data-refs~="sentence-${i}"]`, (els) => els.map((el) => el.textContent).join('')), analysis.sentences[i].text);

  // From the keyboard: one Tab stop, the arrow keys move along, Enter selects.
  const focused = () => page.evaluate(() => document.activeElement.dataset.ref);
  const stops = () => page.$$eval(`${GIST} .tone-strip button`, (els) => els.filter((b) => b.tabIndex === 0).map((b) => b.dataset.ref));
  await page.focus(`${GIST} .tone-strip button[data-ref="sentence-${i}"]`);
  await page.keyboard.press('Home');
  assert.equal(await focused(), 'sentence-0');
  assert.deepEqual(await stops(), ['sentence-0']);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const last = cells.length - 2;
  assert.equal(await focused(), `sentence-${last}`);
  assert.deepEqual(await stops(), [`sentence-${last}`]);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#article .sentence.active[data-refs~="sentence-${last}"]`);
  await page.keyboard.press('Tab');
  assert.notEqual((await focused()) ?? '', `sentence-${last + 1}`, 'Tab leaves the strip');
});

test('signals list their level, message and links to their evidence', async () => {
  assert.ok(Array.isArray(analysis.signals.items), 'the analyzer gives signals');
  const items = await page.$$eval(`${GIST} .signal-item`, (els) => els.map((el) => ({
    code: el.dataset.code,
    level: el.querySelector('.level-badge').textContent,
    message: el.querySelector('.signal-message').textContent,
    evidence: [...el.querySelectorAll('.evidence button')].map((b) => b.dataset.ref),
  })));
  assert.deepEqual(items.map((x) => x.code), analysis.signals.items.map((x) => x.code));
  assert.deepEqual(items.map((x) => x.message), analysis.signals.items.map((x) => x.message));
  // The sample's telltales (issue 8): a dateline mid-text, two spellings, unnamed sources.
  for (const code of ['mid_text_dateline', 'spelling_variants', 'anonymous_sources']) assert.ok(items.some((x) => x.code === code), code);
  assert.ok(items.every((x) => ['Warning', 'Notice', 'Info'].includes(x.level)));
  const spelling = items.findIndex((x) => x.code === 'spelling_variants');
  assert.deepEqual(items[spelling].evidence, analysis.signals.items[spelling].spans.map((_, j) => `signal-${spelling}-${j}`));
  {
    const ref = items[spelling].evidence[0];
    await page.click(`${GIST} [data-ref="${ref}"]`);
    await page.waitForSelector(`#article .signal.active[data-refs~="${ref}"]`);
    assert.equal(await page.$$eval(`#article [data-refs~="${ref}"]`, (els) => els.map((el) => el.textContent).join('')), analysis.signals.items[spelling].spans[0].text);
    // The last piece of evidence, "cease-fire", too.
    const last = items[spelling].evidence.at(-1);
    await page.click(`${GIST} [data-ref="${last}"]`);
    await page.waitForSelector(`#article .signal.active[data-refs~="${last}"]`);
    assert.equal(await page.$$eval(`#article [data-refs~="${last}"]`, (els) => els.map((el) => el.textContent).join('')), 'cease-fire');
  }
});

test('the section buttons open a section and bring it into view', async () => {
  const nav = await page.$$eval('#overview .section-nav button', (els) => els.map((b) => [b.dataset.goto, b.textContent]));
  assert.deepEqual(nav.map(([id]) => id), ['summary', 'names', 'quotes', 'sources', 'timeline', 'figures', 'text']);
  assert.deepEqual(nav.find(([id]) => id === 'quotes'), ['quotes', `Quotes ${analysis.quotes.length}`]);
  assert.equal(await page.$eval('#overview details[data-section="text"]', (d) => d.open), false);
  await page.click('#overview .section-nav [data-goto="text"]');
  assert.equal(await page.$eval('#overview details[data-section="text"]', (d) => d.open), true);
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-section]')?.dataset.section), 'text');
  assert.equal(await page.isVisible('#overview table.readability'), true);
  // What the reader opened stays open when the text is analysed again.
  await analysisAfter(page, () => page.click('#analyze'));
  assert.equal(await page.$eval('#overview details[data-section="text"]', (d) => d.open), true);
});

/** Record, when the page marks lede:rendered, which sections have more than their heading. */
const recordBuiltAtRendered = (p) => p.evaluate(() => {
  window.__built = null;
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    if (name === 'lede:rendered') {
      window.__built = Object.fromEntries([...document.querySelectorAll('#overview > [data-section]')]
        .map((s) => [s.dataset.section, s.children.length > 1]));
    }
    return mark(name, ...rest);
  };
});

test('sections below the view are built after the first paint; those in view at once', async () => {
  const fresh = await openApp(session);
  await recordBuiltAtRendered(fresh);
  await analysisAfter(fresh, () => fresh.click('#sample'));
  const first = await fresh.evaluate(() => window.__built);
  // The Overview fills the column: Names … Figures are below it, built a frame later.
  assert.deepEqual(first, { summary: true, names: false, quotes: false, sources: false, timeline: false, figures: false, text: false });
  // By the time the page says the analysis is shown, every section is complete.
  const complete = await fresh.$$eval('#overview > [data-section]', (els) => els.map((s) => [s.dataset.section, s.children.length > 1]));
  assert.ok(complete.every(([, built]) => built), JSON.stringify(complete));
  assert.equal(await fresh.$$eval('#overview [data-section="figures"] .figure-list li', (els) => els.length), Math.min(analysis.quantities.length, 200));
  assert.match(await fresh.textContent('#overview [data-section="quotes"]'), /Ammar al Selmo/);

  // Scrolled to Figures, a re-analysis builds Figures and everything above it at once, so what
  // is on screen neither empties nor moves.
  await fresh.$eval('#overview [data-section="figures"]', (el) => el.scrollIntoView({ block: 'start' }));
  await fresh.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const before = await fresh.$eval('#overview [data-section="figures"]', (el) => el.getBoundingClientRect().top);
  await recordBuiltAtRendered(fresh);
  // (A click from the page's script: Playwright would scroll the window to the button first.)
  await analysisAfter(fresh, () => fresh.$eval('#analyze', (b) => b.click()));
  const again = await fresh.evaluate(() => window.__built);
  for (const id of ['summary', 'names', 'quotes', 'sources', 'timeline', 'figures']) assert.equal(again[id], true, id);
  const after = await fresh.$eval('#overview [data-section="figures"]', (el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(after - before) < 2, `Figures moved from ${before} to ${after}`);
  await fresh.close();
});

test('<lede-analyzer panels="…"> can show only some sections', async () => {
  const embed = await openPage(session);
  await embed.goto(`${session.origin}/embed.html`);
  await embed.evaluate(() => {
    const el = document.createElement('lede-analyzer');
    el.id = 'some';
    el.setAttribute('panels', 'article quotes sources');
    el.setAttribute('src', '/sample.txt');
    document.querySelector('main').append(el);
  });
  await embed.waitForSelector('#some[data-state="analyzed"]');
  const visible = await embed.$eval('#some', (el) => [...el.shadowRoot.querySelectorAll('#overview > [data-section]')]
    .filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.dataset.section));
  assert.deepEqual(visible, ['quotes', 'sources']);
  const buttons = await embed.$eval('#some', (el) => [...el.shadowRoot.querySelectorAll('.section-nav li')]
    .filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.dataset.sectionNav));
  assert.deepEqual(buttons, ['quotes', 'sources']);
  assert.equal(await embed.isVisible('#some #article'), true);
  assert.equal(await embed.isHidden('#some #text'), true);
  assert.match(await embed.textContent('#some [data-section="quotes"]'), /Ammar al Selmo/);
  await embed.close();
});

test('no errors, CSP violations or requests off the origin', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(offOrigin(session), []);
});
