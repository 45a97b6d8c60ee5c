// The pure parts of the panels in Node (no browser): TIMEX3 values and figures in words
// (www/format.js), the tone colour steps and the grouping of quotes by speaker (www/panels.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeTimex, describeFigure, formatValue, formatNumber, isUndated } from '../../www/format.js';
import { toneClass, groupQuotes } from '../../www/panels.js';

test('TIMEX3 values in words', () => {
  const cases = {
    '2016-09-23': 'Fri 23 Sep 2016',
    '2016-09-19': 'Mon 19 Sep 2016',
    '2016-09-22TNI': 'Thu 22 Sep 2016, night',
    '2016-09-23T14:30': 'Fri 23 Sep 2016, 14:30',
    '2016-02-29': 'Mon 29 Feb 2016',
    '2016-09': 'September 2016',
    '2016': '2016',
    '201': 'the 2010s',
    '2016-W38': 'week 38 of 2016',
    '2016-Q3': 'Q3 2016',
    '2016-SU': 'summer 2016',
    P1W: '1 week',
    P3D: '3 days',
    PT2H: '2 hours',
    PT30M: '30 minutes',
    P2M: '2 months',
    PXY: 'some years',
    PRESENT_REF: 'the present',
    PAST_REF: 'the past',
    FUTURE_REF: 'the future',
    // Unresolved or impossible values come back as they are.
    'XXXX-XX-XX': 'XXXX-XX-XX',
    'XXXX-W': 'XXXX-W',
    // A weekday or season of no known year: every such day (a set), or no reference date.
    'XXXX-WXX-1': 'Monday',
    'XXXX-WXX-7TNI': 'Sunday, night',
    'XXXX-WI': 'winter',
    '2015-02-29': '2015-02-29',
    '2016-13': '2016-13',
    '': '',
  };
  for (const [value, words] of Object.entries(cases)) assert.equal(describeTimex(value), words, value);
  assert.equal(describeTimex('2016-09', 'START'), 'early September 2016');
  assert.equal(describeTimex('P1W', 'MORE_THAN'), 'more than 1 week');
  assert.equal(describeTimex(undefined), '');

  assert.equal(isUndated('2016-09-23'), false);
  assert.equal(isUndated('201'), false);
  for (const value of ['P1W', 'PAST_REF', 'XXXX-XX-XX', null]) assert.equal(isUndated(value), true, value);
});

test('figures in words', () => {
  assert.equal(formatNumber(250000), '250,000');
  assert.equal(formatNumber(1_500_000), '1.5 million');
  assert.equal(formatNumber(32736), '32,736');
  assert.equal(describeFigure({ text: 'a quarter of a million', value: 250000, kind: 'number', counted: { text: 'people' } }), '250,000 (people)');
  assert.equal(describeFigure({ text: '45', value: 45, kind: 'number', counted: { text: 'death toll' } }), '45 (death toll)');
  assert.equal(formatValue({ value: 5e9, unit: 'USD', kind: 'money' }), '$5 billion');
  assert.equal(formatValue({ value: 2.3e6, unit: 'GBP', kind: 'money' }), '£2.3 million');
  assert.equal(formatValue({ value: 500, unit: 'EUR', kind: 'money' }), '€500');
  assert.equal(formatValue({ value: 12.5, unit: 'percent', kind: 'percent' }), '12.5%');
  assert.equal(formatValue({ value: 30, unit: 'year', kind: 'age' }), '30 years old');
  assert.equal(formatValue({ value: 3, kind: 'ordinal' }), '3rd');
  assert.equal(formatValue({ value: 22, kind: 'ordinal' }), '22nd');
  assert.equal(formatValue({ value: 5, unit: 'km', kind: 'measure' }), '5 km');
  assert.equal(describeFigure({ value: 40, range: [40, 50], kind: 'number', approx: 'approx' }), 'about 40–50');
  assert.equal(describeFigure({ value: 300, kind: 'number', approx: 'more_than', counted: { text: 'people' } }), 'more than 300 (people)');
  // A made-up currency code, a missing value: never a throw.
  assert.match(formatValue({ value: 7, unit: 'XQZ', kind: 'money' }), /^XQZ\s7$/);
  assert.equal(formatValue({ text: 'hundreds', value: null, kind: 'number' }), 'hundreds');
});

test('tone colour steps', () => {
  const steps = [[-1, 'tone-neg3'], [-0.6, 'tone-neg3'], [-0.4, 'tone-neg2'], [-0.1, 'tone-neg1'], [0, 'tone-0'],
    [0.05, 'tone-0'], [0.2, 'tone-pos1'], [0.4, 'tone-pos2'], [0.9, 'tone-pos3'], [null, 'tone-none'], [Number.NaN, 'tone-none']];
  for (const [compound, cls] of steps) assert.equal(toneClass(compound), cls, String(compound));
});

test('quotes grouped by speaker: by entity, else by the words, most quoted first, none last', () => {
  const q = (id, speaker) => ({ id, kind: 'direct', content: { start: 0, end: 1, text: id }, speaker });
  const kerry = (text) => ({ text, entity: 'e1', name: 'John Kerry', anonymous: false, description: null });
  const source = { text: 'the source', entity: null, name: null, anonymous: true, description: 'the source' };
  const groups = groupQuotes([
    q('q1', source),
    q('q2', kerry('Kerry')),
    q('q3', null),
    q('q4', kerry('A frustrated John Kerry')),
    q('q5', { ...source, text: 'The source' }),
    q('q6', kerry('he')),
    'junk',
    { id: 'q7' },
  ]);
  assert.deepEqual(groups.map((g) => [g.key, g.quotes.map(([x]) => x.id)]), [
    ['entity:e1', ['q2', 'q4', 'q6']],
    ['text:the source', ['q1', 'q5']],
    ['none', ['q3']],
  ]);
  assert.deepEqual([...groups[0].written], ['Kerry', 'A frustrated John Kerry', 'he']);
  assert.deepEqual(groupQuotes(undefined), []);
});
