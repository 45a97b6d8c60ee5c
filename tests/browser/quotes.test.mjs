// The Quotes and Sources panels on the sample article: cards grouped by speaker with each
// quote's kind, a click (or Enter) that finds the quote in the article and back, quotes drawn
// unlike names, and the sourcing summary with its bar chart of quotes per source.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openApp, offOrigin, analysisAfter } from './harness.mjs';

const ANNIHILATION = 'What’s happening now is annihilation';
const NOT_CONTINUE = 'we can not continue on the same path any longer';

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

/** Each card as { name, badges, sub, quotes: [{ kind, text, ref }] }. */
const cards = () => page.$$eval('#overview [data-section="quotes"] .quote-card', (els) => els.map((card) => ({
  name: card.querySelector('.quote-speaker-name').firstChild.textContent,
  entityRef: card.querySelector('.quote-speaker-name button')?.dataset.ref ?? null,
  badges: [...card.querySelectorAll('.quote-speaker-name .badge')].map((b) => b.textContent),
  sub: card.querySelector(':scope > .sub')?.textContent ?? '',
  quotes: [...card.querySelectorAll('.quote-list button')].map((b) => ({
    kind: b.querySelector('.kind-badge').textContent,
    text: b.querySelector('.quote-text').textContent,
    ref: b.dataset.ref,
  })),
})));

test('quotes are grouped by speaker, with each quote and its kind', async () => {
  assert.equal(await page.textContent('#overview [data-section="quotes"] summary'), `Quotes (${analysis.quotes.length})`);
  const all = await cards();
  // Every quote of the analysis is on a card, once.
  assert.equal(all.flatMap((c) => c.quotes).length, analysis.quotes.length);
  for (const c of all) for (const q of c.quotes) assert.ok(['direct', 'partial', 'indirect', 'mixed'].includes(q.kind), q.kind);

  // The most quoted speaker comes first: John Kerry, under every name the article gives him.
  const kerry = all[0];
  assert.equal(kerry.name, 'John Kerry');
  assert.ok(kerry.quotes.length >= 4, `${kerry.quotes.length} Kerry quotes`);
  assert.match(kerry.sub, /“A frustrated John Kerry”/);
  assert.equal(kerry.entityRef, `entity-${analysis.entities.find((e) => e.name === 'John Kerry').id}`);
  assert.ok(kerry.quotes.some((q) => q.kind === 'partial' && q.text === `“${NOT_CONTINUE}”`), JSON.stringify(kerry.quotes));
  assert.ok(kerry.quotes.some((q) => q.kind === 'partial' && q.text === '“immediate”'));

  const selmo = all.find((c) => c.name === 'Ammar al Selmo');
  assert.ok(selmo, 'a card for Ammar al Selmo');
  assert.match(selmo.sub, /The head of the civil defence rescue service in eastern Aleppo/);
  assert.deepEqual(selmo.quotes.map((q) => [q.kind, q.text]), [['direct', `“${ANNIHILATION}”`]]);

  const khatib = all.find((c) => c.name === 'Hamza al-Khatib');
  assert.deepEqual(khatib.quotes.map((q) => [q.kind, q.text]), [['indirect', 'the death toll was 45']]);
  assert.match(khatib.sub, /director of a hospital/);

  // The unnamed source says so.
  const source = all.find((c) => c.name === 'the source');
  assert.deepEqual(source.badges, ['anonymous']);
  assert.equal(source.entityRef, null);
  assert.equal(source.quotes[0].kind, 'direct');
  assert.ok(source.quotes[0].text.startsWith('“With respect to the air or artillery strikes'));
  assert.ok(all.find((c) => c.name === 'Several residents').badges.includes('anonymous'));
});

test('a quote card finds its quote in the article, by click and by Enter', async () => {
  const button = page.locator('#overview .quote-list button', { hasText: ANNIHILATION });
  const ref = await button.getAttribute('data-ref');
  await button.click();
  await page.waitForSelector(`#article .quote[data-refs~="${ref}"].active`);
  const active = await page.$$eval(`#article .quote[data-refs~="${ref}"]`, (els) => els.map((el) => el.textContent).join(''));
  assert.equal(active, ANNIHILATION);
  const selection = await page.textContent('#selection');
  assert.match(selection, /^direct quote by Ammar al Selmo · offsets \d+–\d+/);
  assert.ok(selection.endsWith(ANNIHILATION), selection);
  assert.equal(await button.getAttribute('aria-current'), 'true');

  // From the keyboard.
  const other = page.locator('#overview .quote-list button', { hasText: NOT_CONTINUE });
  const otherRef = await other.getAttribute('data-ref');
  await other.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#article .quote[data-refs~="${otherRef}"].active`);
  assert.equal(await page.locator(`#article .quote.active[data-refs~="${ref}"]`).count(), 0, 'the previous one is unselected');
});

test('a speaker’s name on a card highlights all mentions of the speaker', async () => {
  const name = page.locator('#overview .quote-card .speaker-ref', { hasText: 'Ammar al Selmo' });
  const ref = await name.getAttribute('data-ref');
  await name.click();
  await page.waitForSelector(`#article .entity.active[data-refs~="${ref}"]`);
  assert.deepEqual(await page.$$eval('#article .entity.active', (els) => els.map((el) => el.textContent)), ['Ammar al Selmo']);
  // The name clicked is the one marked, not the same entity's line under Names.
  assert.equal(await name.getAttribute('aria-current'), 'true');
  assert.equal(await page.locator('#overview [aria-current]').count(), 1);
});

test('clicking a quote in the article opens its card, even in a closed section', async () => {
  await page.click('#overview [data-section="quotes"] summary');
  assert.equal(await page.$eval('#overview details[data-section="quotes"]', (d) => d.open), false);
  const quote = page.locator('#article .quote', { hasText: 'the death toll was' }).first();
  const ref = await quote.getAttribute('data-ref');
  await quote.click();
  await page.waitForSelector(`#overview .quote-list [data-ref="${ref}"].selected`);
  assert.equal(await page.$eval('#overview details[data-section="quotes"]', (d) => d.open), true);
  assert.equal(await page.isVisible(`#overview .quote-list [data-ref="${ref}"]`), true);
});

test('quotes are drawn unlike names, and reported speech unlike quoted words', async () => {
  const style = (selector) => page.$eval(selector, (el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, font: s.fontStyle, line: s.textDecorationLine, lineStyle: s.textDecorationStyle };
  });
  const direct = await style('#article .quote.quote-direct:not(.entity)');
  const indirect = await style('#article .quote.quote-indirect:not(.entity)');
  const entity = await style('#article .entity:not(.quote)');
  assert.notEqual(direct.background, entity.background);
  assert.equal(direct.font, 'italic');
  assert.equal(entity.font, 'normal');
  assert.equal(indirect.font, 'normal');
  assert.notEqual(indirect.background, direct.background);
  assert.equal(indirect.line, 'underline');
  assert.equal(indirect.lineStyle, 'dotted');
  // And the cue and speaker are marked.
  const cues = await page.$$eval('#article .quote-cue', (els) => els.map((el) => el.textContent));
  assert.ok(cues.includes('declared') && cues.includes('told'), `${cues}`);
});

test('the Sources panel: named and anonymous sources, agencies, attribution and a bar per source', async () => {
  const sourcing = analysis.signals.sourcing;
  const facts = await page.$$eval('#overview [data-section="sources"] .sourcing-facts dt', (dts) =>
    Object.fromEntries(dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent])));
  assert.equal(facts['Named sources'], String(sourcing.named_sources));
  assert.equal(facts['Anonymous sources'], String(sourcing.anonymous_sources));
  assert.ok(sourcing.named_sources >= 4 && sourcing.anonymous_sources >= 2, JSON.stringify(sourcing));
  assert.equal(facts['News agencies cited'], 'Reuters');
  assert.equal(facts['Sentences with an attribution'], `${Math.round(sourcing.attributed_sentence_share * 100)}%`);
  assert.equal(facts['Most-quoted source’s share'], `${Math.round(sourcing.top_source_share * 100)}%`);

  const chart = '#overview [data-section="sources"] table.source-chart';
  // The caption names the table; its colour key is drawing only (each row says it in words).
  assert.equal(await page.$eval(`${chart} caption`, (el) => el.firstChild.textContent), 'Quotes per source');
  assert.equal(await page.getAttribute(`${chart} caption .chart-legend`, 'aria-hidden'), 'true');
  assert.match(await page.innerText(`${chart} caption`), /in quote marks\s+reported/);
  const rows = await page.$$eval(`${chart} tbody tr`, (trs) => trs.map((tr) => ({
    name: tr.querySelector('th').firstChild.textContent,
    anonymous: !!tr.querySelector('.badge-anonymous'),
    label: tr.querySelector('.bar-label').textContent,
    width: tr.querySelector('.bars').getBoundingClientRect().width,
    direct: tr.querySelector('.bar-direct').getBoundingClientRect().width,
    indirect: tr.querySelector('.bar-indirect').getBoundingClientRect().width,
    hidden: tr.querySelector('.bars').getAttribute('aria-hidden'),
  })));
  assert.equal(rows.length, analysis.sources.length);
  const kerry = analysis.sources[0];
  assert.equal(rows[0].name, 'John Kerry');
  assert.equal(rows[0].label, `${kerry.quotes} (${kerry.direct} quoted, ${kerry.indirect} reported)`);
  // The most quoted source's bar fills the track; a source with one quote gets 1/n of it.
  assert.ok(Math.abs(rows[0].direct + rows[0].indirect - rows[0].width) < 2, JSON.stringify(rows[0]));
  const single = rows.find((r) => r.name === 'Ammar al Selmo');
  assert.ok(Math.abs(single.direct - single.width / kerry.quotes) < 2, JSON.stringify(single));
  assert.equal(single.indirect, 0);
  assert.ok(rows.find((r) => r.name === 'the source').anonymous);
  // The bars are drawing only; the numbers are text.
  assert.ok(rows.every((r) => r.hidden === 'true'));
});

test('a quote in pieces is drawn and listed piece by piece, without the attribution', async () => {
  const text = 'Storm hits town\n\n“We will rebuild,” Mayor Anna Berg said. “It will take years, but we will do it.”\n\n' +
    'The storm destroyed 40 homes on Monday, officials said.';
  const { analysis: a } = await analysisAfter(page, () => page.fill('#text', text).then(() => page.click('#analyze')));
  const quote = a.quotes.find((q) => q.kind === 'direct');
  assert.deepEqual(quote.parts.map((p) => p.text), ['We will rebuild', 'It will take years, but we will do it.']);
  const ref = `quote-${quote.id}`;
  assert.equal(await page.textContent(`#overview .quote-list [data-ref="${ref}"] .quote-text`), '“We will rebuild … It will take years, but we will do it.”');
  const drawn = await page.$$eval(`#article .quote[data-refs~="${ref}"]`, (els) => els.map((el) => el.textContent));
  assert.equal(drawn.join('|'), 'We will rebuild|It will take years, but we will do it.');
  // The attribution between the pieces is the speaker and cue, not quote.
  assert.equal(await page.$$eval(`#article .quote-speaker[data-refs~="${ref}"]`, (els) => els.map((el) => el.textContent).join('')), 'Mayor Anna Berg');
  assert.equal(await page.$$eval('#article .quote', (els) => els.some((el) => el.textContent.includes('said'))), false);
});

test('no errors, CSP violations or requests off the origin', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(offOrigin(session), []);
});
