// The WebAssembly build (pkg/, from scripts/build-wasm) against JSON contract v1, in Node.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = process.env.LEDE_PKG_DIR ? path.resolve(process.env.LEDE_PKG_DIR) : path.join(REPO, 'pkg');
const SAMPLE_PATH = path.join(REPO, '..', 'shared', 'data', 'samples', 'syria-ceasefire-2016.txt');

const ASTRAL = '😀 Dr. Smith said “hi”. 𝒜lpha beta.';
const LONE_SURROGATES = '\ud800 abc \udc00';

let lede;
let sample;

before(async () => {
  if (!fs.existsSync(path.join(PKG, 'lede.js'))) throw new Error(`${PKG}/lede.js not found: run scripts/build-wasm first`);
  lede = await import(pathToFileURL(path.join(PKG, 'lede.js')).href);
  lede.initSync({ module: fs.readFileSync(path.join(PKG, 'lede_bg.wasm')) });
  sample = fs.readFileSync(SAMPLE_PATH, 'utf8');
});

/** Every {start, end, text} object anywhere in `value`, with its JSON path. */
function spans(value, at = '$', out = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => spans(item, `${at}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    if (typeof value.start === 'number' && typeof value.end === 'number' && typeof value.text === 'string') out.push([at, value]);
    for (const [key, item] of Object.entries(value)) spans(item, `${at}.${key}`, out);
  }
  return out;
}

const SLICERS = {
  utf16: (input, s, e) => input.slice(s, e),
  char: (input, s, e) => Array.from(input).slice(s, e).join(''),
  byte: (input, s, e) => Buffer.from(input, 'utf8').subarray(s, e).toString('utf8'),
};

/** Assert that every span of `analysis` slices `input` to its text in `unit`; returns the count. */
function assertSpansSlice(analysis, input, unit) {
  const found = spans(analysis);
  for (const [at, span] of found) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start <= span.end, `${at}: bad offsets ${span.start}..${span.end}`);
    assert.equal(SLICERS[unit](input, span.start, span.end), span.text, `${at} (${unit} ${span.start}..${span.end})`);
  }
  return found.length;
}

test('version() is a semver string matching lede_version', () => {
  const version = lede.version();
  assert.match(version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/);
  assert.equal(lede.analyze('Hello world.').lede_version, version);
});

test('sample: schema and document structure', () => {
  const a = lede.analyze(sample);
  assert.equal(a.schema_version, 1);
  assert.equal(a.offsets, 'utf16');
  assert.ok(Array.isArray(a.warnings));
  assert.equal(a.language?.code, 'eng');

  assert.equal(a.document.headline.text, 'John Kerry admits Syria ceasefire over as violence increases');

  const kinds = a.document.boilerplate.map((b) => b.kind);
  assert.ok(kinds.includes('share'), `share in ${kinds}`);
  assert.equal(kinds.filter((k) => k === 'advertisement').length, 2, `two advertisements in ${kinds}`);
  const related = a.document.boilerplate.filter((b) => b.kind === 'related_headline');
  assert.ok(related.some((b) => b.text.trim() === 'Russia Says Coalition Drone Was in Area When Syria Aid Convoy'), JSON.stringify(related));

  assert.ok(a.document.dateline.text.startsWith('Sep 23, 2016'), a.document.dateline.text);
  assert.equal(a.document.dateline.date, '2016-09-23');
  assert.deepEqual(a.document.reference_date, { value: '2016-09-23', source: 'dateline' });
});

test('sample: paragraphs, sentences and stats are consistent', () => {
  const a = lede.analyze(sample);
  assert.ok(a.paragraphs.length > 5);
  assert.ok(a.sentences.length > 10);
  for (const [i, s] of a.sentences.entries()) {
    const p = a.paragraphs[s.paragraph];
    assert.ok(p, `sentence ${i} points at paragraph ${s.paragraph}`);
    assert.ok(p.start <= s.start && s.end <= p.end, `sentence ${i} lies inside its paragraph`);
  }
  const { stats } = a;
  for (const key of ['characters', 'words', 'sentences', 'paragraphs', 'syllables', 'reading_time_seconds', 'average_sentence_length', 'average_word_length']) {
    assert.ok(Number.isFinite(stats[key]) && stats[key] > 0, `stats.${key} = ${stats[key]}`);
  }
  for (const key of ['flesch_reading_ease', 'flesch_kincaid_grade', 'gunning_fog', 'smog', 'coleman_liau', 'automated_readability_index']) {
    assert.ok(Number.isFinite(stats.readability[key]), `readability.${key} = ${stats.readability[key]}`);
  }
  for (const key of ['entities', 'quotes', 'times', 'quantities', 'keyphrases', 'summary']) assert.ok(Array.isArray(a[key]), key);
  assert.equal(typeof a.signals, 'object');
  assert.equal(a.tokens ?? undefined, undefined, 'no tokens unless asked for');
});

test('contract: absent values are null, not missing', () => {
  // JSON contract v1 spells absent values as null. (serde-wasm-bindgen turns None into
  // undefined unless its serializer has serialize_missing_as_null(true).)
  const isNull = (value, what) => assert.ok(value === null, `${what} should be null, got ${value}`);
  const a = lede.analyze(sample);
  if (!a.document.byline) isNull(a.document.byline, 'sample document.byline');
  const empty = lede.analyze('');
  isNull(empty.language, 'language of empty input');
  isNull(empty.document.headline, 'document.headline of empty input');
  isNull(empty.document.byline, 'document.byline of empty input');
  isNull(empty.document.dateline, 'document.dateline of empty input');
  assert.deepEqual(empty.document.reference_date, { value: null, source: 'none' });
});

test('sample: every span slices the input in utf16, char and byte units', () => {
  for (const unit of ['utf16', 'char', 'byte']) {
    const a = lede.analyze(sample, { offsets: unit, tokens: true });
    assert.equal(a.offsets, unit);
    assert.ok(a.tokens.length > 400, 'tokens when asked for');
    assert.ok(assertSpansSlice(a, sample, unit) > 500, `${unit}: spans found`);
  }
  // The default is utf16 and slices the JS string directly.
  assertSpansSlice(lede.analyze(sample), sample, 'utf16');
});

test('emoji and astral characters slice correctly in every unit', () => {
  for (const unit of ['utf16', 'char', 'byte']) {
    const a = lede.analyze(ASTRAL, { offsets: unit, tokens: true });
    assert.ok(assertSpansSlice(a, ASTRAL, unit) >= 4, unit);
    assert.ok(a.tokens.some((t) => t.text === 'Smith'), `${unit}: a Smith token`);
    assert.ok(a.tokens.some((t) => t.text.includes('𝒜')), `${unit}: a token with 𝒜`);
  }
});

test('lone surrogates do not throw and spans still line up', () => {
  // The boundary turns each lone surrogate into U+FFFD, one UTF-16 unit each, so utf16
  // offsets match the original string; the texts hold U+FFFD.
  const wellFormed = LONE_SURROGATES.replace(/[\ud800-\udfff]/g, '\ufffd');
  assert.equal(wellFormed.length, LONE_SURROGATES.length);
  for (const unit of ['utf16', 'char', 'byte']) {
    const a = lede.analyze(LONE_SURROGATES, { offsets: unit, tokens: true });
    assertSpansSlice(a, wellFormed, unit);
    assert.ok(a.tokens.some((t) => t.text === 'abc'), unit);
  }
  const a = lede.analyze(LONE_SURROGATES);
  for (const [at, span] of spans(a)) assert.ok(span.end <= LONE_SURROGATES.length, at);
});

test('bad options throw an Error naming the option', () => {
  const cases = [
    [{ reference_date: '2016-13-45' }, /reference_date/],
    [{ reference_date: 'yesterday' }, /reference_date/],
    [{ offsets: 'bogus' }, /offsets/],
    [{ bogus_option: true }, /bogus_option/],
    [{ tokens: 'yes' }, /tokens/],
    [{ max_bytes: 10 }, /max_bytes/],
  ];
  for (const [options, mentions] of cases) {
    assert.throws(() => lede.analyze(sample, options), (err) => {
      assert.ok(err instanceof Error, `${JSON.stringify(options)} threw ${typeof err}: ${err}`);
      assert.match(err.message, mentions, `${JSON.stringify(options)}: ${err.message}`);
      return true;
    }, JSON.stringify(options));
  }
});

test('empty input gives the empty_input warning', () => {
  for (const input of ['', '   \n\n  ']) {
    const a = lede.analyze(input);
    assert.ok(a.warnings.some((w) => w.code === 'empty_input'), JSON.stringify(a.warnings));
    assert.deepEqual(a.sentences, []);
  }
});

test('the reference_date option wins over the dateline', () => {
  const a = lede.analyze(sample, { reference_date: '2020-01-02' });
  assert.deepEqual(a.document.reference_date, { value: '2020-01-02', source: 'option' });
  assert.equal(a.document.dateline.date, '2016-09-23');
});

test('options may be omitted, undefined or empty', () => {
  for (const options of [undefined, {}]) {
    const a = lede.analyze('A short sentence. Another one.', options);
    assert.equal(a.offsets, 'utf16');
    assert.equal(a.sentences.length, 2);
  }
  assert.equal(lede.analyze('Text.').tokens ?? undefined, undefined);
});
