// The Timeline and Figures panels on the sample article (dated 2016-09-23 by its dateline):
// resolved dates in calendar order with the expressions and sentences under them, the
// undated expressions apart, each figure with its value and what it counts, clicks that find
// them in the article, and the resolved values on hover.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, openApp, offOrigin, analysisAfter } from './harness.mjs';

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

const TIMELINE = '#overview [data-section="timeline"]';
const FIGURES = '#overview [data-section="figures"]';

test('the timeline lists the resolved dates in order, each with its expressions and sentences', async () => {
  const steps = await page.$$eval(`${TIMELINE} .timeline-step`, (els) => els.map((el) => ({
    date: el.querySelector('time').getAttribute('datetime'),
    label: el.querySelector('time').textContent,
    events: [...el.querySelectorAll('button')].map((b) => ({
      expression: b.querySelector('.time-expression').textContent,
      sentence: b.querySelector('.ref-text').textContent,
    })),
  })));
  const dates = steps.map((s) => s.date);
  assert.deepEqual(dates, [...dates].sort(), 'in calendar order');
  const find = (label) => steps.find((s) => s.label === label);

  assert.deepEqual(find('2012').events.map((e) => e.expression), ['2012']);
  assert.match(find('2012').events[0].sentence, /divided roughly in two since 2012/);
  // "this month" and "earlier this month" both resolve to September 2016.
  assert.deepEqual(find('September 2016').events.map((e) => e.expression), ['this month', 'earlier this month']);
  // "was bombed on Monday" in an article of Friday 23 September: the Monday before.
  assert.equal(find('Mon 19 Sep 2016').date, '2016-09-19');
  assert.deepEqual(find('Mon 19 Sep 2016').events.map((e) => e.expression), ['Monday']);
  assert.match(find('Mon 19 Sep 2016').events[0].sentence, /aid convoy was bombed on Monday/);
  assert.deepEqual(find('Thu 22 Sep 2016, night').events.map((e) => e.expression), ['Thursday night']);
  const friday = find('Fri 23 Sep 2016').events;
  assert.ok(friday.some((e) => e.expression === 'Sep 23, 2016' && e.sentence === 'In the headline or dateline'), JSON.stringify(friday));

  // Every dated expression is on the timeline once.
  assert.equal(steps.flatMap((s) => s.events).length, analysis.timeline.length);
});

test('expressions with no calendar date are listed apart, with their meaning', async () => {
  const undated = await page.$$eval(`${TIMELINE} .undated button`, (els) => els.map((b) => ({
    expression: b.querySelector('.time-expression').textContent,
    kind: b.querySelector('.ref-detail').textContent,
    meaning: b.querySelector('.time-meaning')?.textContent ?? '',
  })));
  const placed = new Set(analysis.timeline.map((e) => e.time));
  assert.equal(undated.length, analysis.times.filter((_, i) => !placed.has(i)).length);
  assert.deepEqual(undated.find((u) => u.expression === 'one week'), { expression: 'one week', kind: 'duration', meaning: '1 week' });
  assert.deepEqual(undated.find((u) => u.expression === 'the past'), { expression: 'the past', kind: 'vague', meaning: '' });
  assert.ok(!undated.some((u) => u.expression === 'Monday'));
});

test('a timeline entry finds its expression in the article', async () => {
  const button = page.locator(`${TIMELINE} .timeline button`, { hasText: 'Thursday night' });
  const ref = await button.getAttribute('data-ref');
  await button.click();
  await page.waitForSelector(`#article .time[data-refs~="${ref}"].active`);
  assert.equal(await page.textContent(`#article .time.active`), 'Thursday night');
  assert.match(await page.textContent('#selection'), /2016-09-22TNI/);

  // And back: a time in the article selects its timeline entry.
  await page.click('#article .time:text-is("Monday")');
  const monday = await page.getAttribute('#article .time:text-is("Monday")', 'data-ref');
  await page.waitForSelector(`${TIMELINE} [data-ref="${monday}"].selected`);
});

test('times and figures in the article show their resolved value on hover', async () => {
  assert.equal(await page.getAttribute('#article .time:text-is("Thursday night")', 'title'), 'DATE: 2016-09-22TNI (Thu 22 Sep 2016, night)');
  assert.equal(await page.getAttribute('#article .time:text-is("Monday")', 'title'), 'DATE: 2016-09-19 (Mon 19 Sep 2016)');
  assert.equal(await page.getAttribute('#article .time:text-is("earlier this month")', 'title'), 'DATE: 2016-09 (September 2016)');
  assert.equal(await page.getAttribute('#article .quantity:text-is("a quarter of a million")', 'title'), 'Quantity: 250,000 (people)');
  // (45 is inside a reported quote: the piece's title has a line for each.)
  const toll = (await page.getAttribute('#article .quantity:text-is("45")', 'title')).split('\n');
  assert.ok(toll.includes('Quantity: 45 (death toll)'), toll);
});

test('the Figures panel gives each figure, its value, what it counts and its sentence', async () => {
  assert.equal(await page.textContent(`${FIGURES} summary`), `Figures (${analysis.quantities.length})`);
  const figures = await page.$$eval(`${FIGURES} .figure-list button`, (els) => els.map((b) => ({
    value: b.querySelector('.figure-value').textContent,
    counted: b.querySelector('.figure-counted')?.textContent ?? null,
    detail: b.querySelector('.sub').textContent,
    sentence: b.querySelector('.figure-sentence').textContent,
    ref: b.dataset.ref,
  })));
  assert.equal(figures.length, analysis.quantities.length);
  const quarter = figures.find((f) => f.value === '250,000');
  assert.ok(quarter, JSON.stringify(figures));
  assert.equal(quarter.counted, 'people');
  assert.equal(quarter.detail, '“a quarter of a million” · number');
  assert.match(quarter.sentence, /where a quarter of a million people are living under siege\.$/);
  const toll = figures.find((f) => f.value === '45');
  assert.equal(toll.counted, 'death toll');
  assert.match(toll.sentence, /told Reuters the death toll was 45\./);

  const button = page.locator(`${FIGURES} button[data-ref="${quarter.ref}"]`);
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#article .quantity[data-refs~="${quarter.ref}"].active`);
  assert.equal(await page.textContent('#article .quantity.active'), 'a quarter of a million');
});

test('no errors, CSP violations or requests off the origin', async () => {
  assert.deepEqual(session.pageErrors, []);
  assert.deepEqual(session.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(offOrigin(session), []);
});
