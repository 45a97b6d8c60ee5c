// Runs compromise (npm, a dev dependency) on the CoNLL-2003 documents that `eval-ner` rebuilds,
// under the same protocol (exact span and type), for docs/accuracy.md.
//
//   NER_DUMP=target/ner-dev.jsonl cargo run --release --bin eval-ner
//   node scripts/eval-ner-compromise.mjs target/ner-dev.jsonl
//
// compromise has people, organizations and places but no MISC: its MISC recall is 0.

import fs from 'node:fs';
import nlp from 'compromise';

const file = process.argv[2] ?? 'target/ner-dev.jsonl';
const counts = {}; // type → [correct, predicted, gold]
const bump = (type, i) => { (counts[type] ??= [0, 0, 0])[i] += 1; };
const started = performance.now();
let bytes = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { text, gold } = JSON.parse(line);
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  const predicted = new Set();
  for (const [method, type] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']]) {
    for (const m of doc[method]().json({ offset: true })) {
      // compromise includes trailing punctuation and possessives in the match text; trim them.
      const raw = text.slice(m.offset.start, m.offset.start + m.offset.length);
      const trimmed = raw.replace(/(['’]s)?[\s.,;:!?"'’)]*$/u, '').replace(/^[\s"'(“]*/u, '');
      const start = m.offset.start + raw.indexOf(trimmed);
      predicted.add(`${start}:${start + trimmed.length}:${type}`);
    }
  }
  const goldSet = new Set(gold.map(([s, e, t]) => `${s}:${e}:${t}`));
  for (const p of predicted) {
    const type = p.split(':')[2];
    bump(type, 1);
    if (goldSet.has(p)) bump(type, 0);
  }
  for (const g of goldSet) bump(g.split(':')[2], 2);
}
const prf = ([c, p, g]) => {
  const precision = p ? c / p : 0;
  const recall = g ? c / g : 0;
  return [precision, recall, precision + recall ? (2 * precision * recall) / (precision + recall) : 0];
};
const total = [0, 0, 0];
console.log('type      precision    recall        F1');
for (const type of Object.keys(counts).sort()) {
  counts[type].forEach((v, i) => { total[i] += v; });
  console.log(type.padEnd(8), ...prf(counts[type]).map((v) => v.toFixed(4).padStart(9)));
}
console.log('overall '.padEnd(8), ...prf(total).map((v) => v.toFixed(4).padStart(9)));
console.log(`${(bytes / 1e6 / ((performance.now() - started) / 1000)).toFixed(2)} MB/s`);
