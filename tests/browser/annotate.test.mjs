// The pure parts of www/annotate.js in Node (no browser): how the text is cut into blocks and
// how a block is cut into pieces. The rendering itself is tested in Chromium (page, long-text).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkCuts, segmentBetween } from '../../www/annotate.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x % n;
  };
}

test('chunkCuts: blocks end after a newline, cover the text and never split a surrogate pair', () => {
  const para = 'A sentence of the article. '.repeat(40);
  const text = Array.from({ length: 60 }, () => para).join('\n\n');
  const cuts = chunkCuts(text);
  assert.ok(cuts.length > 10);
  let previous = 0;
  for (const cut of cuts) {
    assert.ok(cut > previous && cut < text.length);
    assert.equal(text[cut - 1], '\n', `cut at ${cut} follows a newline`);
    assert.ok(cut - previous >= 4000 || previous === 0);
    previous = cut;
  }
  assert.deepEqual(chunkCuts('short'), []);
  assert.deepEqual(chunkCuts(''), []);

  // No line breaks at all: cut after a space, and never inside a surrogate pair.
  const spaced = 'word '.repeat(20_000);
  for (const cut of chunkCuts(spaced)) assert.equal(spaced[cut - 1], ' ');
  const astral = '😀'.repeat(50_000);
  const astralCuts = chunkCuts(astral);
  assert.ok(astralCuts.length > 1);
  for (const cut of astralCuts) assert.equal(cut % 2, 0, `cut ${cut} splits a pair`);
});

test('segmentBetween: pieces tile [from, to) and each carries exactly the ranges covering it', () => {
  const next = random(7);
  for (let round = 0; round < 200; round++) {
    const length = 1 + next(200);
    const ranges = Array.from({ length: next(12) }, (_, order) => {
      const start = next(length);
      return { start, end: start + 1 + next(length - start), order };
    });
    const from = next(length);
    const to = from + 1 + next(length - from);
    const pieces = segmentBetween(from, to, ranges);
    assert.equal(pieces[0].start, from);
    assert.equal(pieces.at(-1).end, to);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      assert.ok(piece.start < piece.end);
      if (i > 0) assert.equal(piece.start, pieces[i - 1].end);
      const covering = ranges.filter((r) => r.start <= piece.start && r.end >= piece.end).map((r) => r.order);
      assert.deepEqual(piece.ranges.map((r) => r.order), covering, `round ${round}, piece ${piece.start}-${piece.end}`);
    }
  }
});
