#!/usr/bin/env node
// Lede's WebAssembly build (pkg/) in Node, side by side with two JavaScript NLP libraries on the
// same real news articles, in one process:
//
//   lede                analyze(): every stage (structure, entities, times, quotes, …)
//   compromise + dates  people, places, organizations, quotations and dates
//   wink-nlp            entities and sentences (wink-eng-lite-web-model)
//
// Each round runs every tool over the whole corpus, in an order that rotates from round to
// round (so no tool always runs on a warmer or cooler machine); the median round is reported.
// Then Lede alone: how its time grows with input size (10 KB … 10 MB of concatenated articles)
// and its peak wasm memory for a 1 MB input. Prints figures; never fails on a timing.
//
//   node benches/js/node-bench.mjs [--rounds N] [--corpus DIR] [--skip-others]
//
// Defaults: 3 rounds (LEDE_BENCH_ROUNDS), the 84 PolNeAR dev articles in
// ../shared/data/polnear/dev/text, pkg/ from scripts/build-wasm (LEDE_PKG_DIR overrides).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = process.env.LEDE_PKG_DIR ? path.resolve(process.env.LEDE_PKG_DIR) : path.join(REPO, 'pkg');

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: process.env.LEDE_BENCH_ROUNDS ?? '3' },
    corpus: { type: 'string', default: path.join(REPO, '..', 'shared', 'data', 'polnear', 'dev', 'text') },
    'skip-others': { type: 'boolean', default: false },
  },
});
const ROUNDS = Math.max(1, Number.parseInt(args.rounds, 10) || 3);

// ---------------------------------------------------------------------------------------------
// The corpus

const files = fs.readdirSync(args.corpus).filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) throw new Error(`no .txt files in ${args.corpus}`);
const texts = files.map((f) => fs.readFileSync(path.join(args.corpus, f), 'utf8'));
const corpusBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);

// ---------------------------------------------------------------------------------------------
// The tools. Each returns counts of what it found, so the table shows the work done too.

async function loadLede(tag = '') {
  // A query string gives a separate module instance, hence a fresh wasm memory (for measuring
  // peak memory: a wasm memory only ever grows, so its size afterwards is its peak).
  const module = await import(pathToFileURL(path.join(PKG, 'lede.js')).href + tag);
  const exports = module.initSync({ module: fs.readFileSync(path.join(PKG, 'lede_bg.wasm')) });
  return { analyze: module.analyze, version: module.version(), memory: exports.memory };
}

const lede = await loadLede();

const tools = [
  {
    name: `lede ${lede.version} (wasm)`,
    does: 'all stages',
    run(text) {
      const a = lede.analyze(text);
      const counts = { sentences: a.sentences?.length ?? 0, quotes: a.quotes?.length ?? 0, dates: a.times?.length ?? 0 };
      for (const e of a.entities ?? []) {
        const type = String(e.type ?? 'entity').toLowerCase();
        const key = /person|per\b/.test(type) ? 'people' : /org/.test(type) ? 'organizations' : /loc|place|gpe/.test(type) ? 'places' : 'other entities';
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
  },
];

if (!args['skip-others']) {
  const { default: nlp } = await import('compromise');
  const { default: datesPlugin } = await import('compromise-dates');
  nlp.plugin(datesPlugin);
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  const its = wink.its;
  const version = (name) => JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version;

  tools.push(
    {
      name: `compromise ${version('compromise')} + dates ${version('compromise-dates')}`,
      does: 'people, places, organizations, quotations, dates',
      run(text) {
        const doc = nlp(text);
        return {
          people: doc.people().out('array').length,
          places: doc.places().out('array').length,
          organizations: doc.organizations().out('array').length,
          quotes: doc.quotations().out('array').length,
          dates: doc.dates().json().length,
        };
      },
    },
    {
      name: `wink-nlp ${version('wink-nlp')} (${'wink-eng-lite-web-model'} ${version('wink-eng-lite-web-model')})`,
      does: 'entities, sentences',
      run(text) {
        const doc = wink.readDoc(text);
        const entities = doc.entities().out(its.detail);
        return { 'other entities': entities.length, sentences: doc.sentences().out().length };
      },
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Side by side

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const fmt = (x, digits = 2) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(digits));

function pass(tool) {
  const counts = {};
  const started = performance.now();
  for (const text of texts) {
    for (const [k, v] of Object.entries(tool.run(text))) counts[k] = (counts[k] ?? 0) + v;
  }
  return { ms: performance.now() - started, counts };
}

console.log(`# Lede in Node: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
console.log(`corpus: ${texts.length} articles, ${(corpusBytes / 1000).toFixed(0)} KB (${args.corpus})`);
console.log(`${ROUNDS} rounds, tools alternating; warm-up pass first\n`);

for (const tool of tools) {
  tool.times = [];
  tool.counts = pass(tool).counts; // warm-up (JIT, the wasm's first allocations)
}
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < tools.length; i++) {
    const tool = tools[(round + i) % tools.length];
    tool.times.push(pass(tool).ms);
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
}

const base = tools[0];
const baseMs = median(base.times);
console.log('| tool | does | median ms / corpus | MB/s | articles/s | Lede is × faster |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const tool of tools) {
  const ms = median(tool.times);
  const ratio = tool === base ? '—' : `${fmt(ms / baseMs, 1)}×`;
  console.log(`| ${tool.name} | ${tool.does} | ${ms.toFixed(0)} | ${fmt(mbps(corpusBytes, ms), 3)} | ${fmt(texts.length / (ms / 1000), 1)} | ${ratio} |`);
}

const kinds = ['people', 'places', 'organizations', 'other entities', 'quotes', 'dates', 'sentences'];
console.log('\nWhat each found in the corpus (for context, not accuracy):\n');
console.log(`| tool | ${kinds.join(' | ')} |`);
console.log(`| --- | ${kinds.map(() => '---:').join(' | ')} |`);
for (const tool of tools) console.log(`| ${tool.name} | ${kinds.map((k) => tool.counts[k] ?? '—').join(' | ')} |`);

// ---------------------------------------------------------------------------------------------
// Lede alone: linear scaling and memory

const joined = texts.join('\n\n');
function inputOf(bytes) {
  let text = joined;
  while (Buffer.byteLength(text) < bytes) text += `\n\n${joined}`;
  // Cut at a paragraph break near the size, so the input is still made of whole articles' lines.
  const cut = text.lastIndexOf('\n', bytes);
  return text.slice(0, cut > bytes * 0.9 ? cut : bytes);
}

console.log('\nLede: time against input size (concatenated articles; median of runs)\n');
console.log('| input | runs | median ms | MB/s | ns/byte |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const [label, bytes, runs] of [['10 KB', 10_000, 50], ['100 KB', 100_000, 15], ['1 MB', 1_000_000, 5], ['10 MB', 10_000_000, 3]]) {
  const text = inputOf(bytes);
  const size = Buffer.byteLength(text);
  lede.analyze(text); // warm
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    lede.analyze(text);
    times.push(performance.now() - started);
  }
  const ms = median(times);
  console.log(`| ${label} | ${runs} | ${ms.toFixed(1)} | ${fmt(mbps(size, ms))} | ${((ms * 1e6) / size).toFixed(0)} |`);
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
for (const [label, bytes, tag] of [['1 MB', 1_000_000, '?memory-1mb'], ['10 MB', 10_000_000, '?memory-10mb']]) {
  const fresh = await loadLede(tag);
  const before = fresh.memory.buffer.byteLength;
  fresh.analyze(inputOf(bytes));
  console.log(`\nPeak wasm memory for a ${label} input: ${mb(fresh.memory.buffer.byteLength)} (fresh instance: ${mb(before)} before)`);
}
