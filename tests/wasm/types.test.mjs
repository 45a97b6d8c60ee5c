// The TypeScript declarations of the output (www/lede-types.d.ts, shipped in pkg/) checked
// against real outputs with the TypeScript compiler: every output below is written into a .ts
// file as a literal `satisfies Analysis[]`, so a field the types lack (excess property), a field
// they require that the output lacks, or a value of another type fails the test. pkg/lede.d.ts
// must type analyze() with them (not `any`). A deliberately wrong output proves the check bites.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = process.env.LEDE_PKG_DIR ? path.resolve(process.env.LEDE_PKG_DIR) : path.join(REPO, 'pkg');
const SHARED = path.join(REPO, '..', 'shared', 'data');
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

let lede;
let tmp;

before(async () => {
  if (!fs.existsSync(path.join(PKG, 'lede.js'))) throw new Error(`${PKG}/lede.js not found: run scripts/build-wasm first`);
  lede = await import(pathToFileURL(path.join(PKG, 'lede.js')).href);
  lede.initSync({ module: fs.readFileSync(path.join(PKG, 'lede_bg.wasm')) });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-types-'));
});

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const SYNTHETIC = 'Factory jobs cut\n\nBy Jane Smith\n\nLONDON, March 5 (Reuters) - About 300 people, or 12% of staff at ' +
  'Acme Corp, lost jobs worth $5bn in early 2019, and between 40 and 50 workers left the French company every week since, ' +
  '"a disaster", union leader John Brown told Reuters on Monday. "We will fight," Brown said. Officials said talks would resume.';

/** Inputs that bring out every layer and every optional field we can reach. */
function inputs() {
  const sample = fs.readFileSync(path.join(SHARED, 'samples', 'syria-ceasefire-2016.txt'), 'utf8');
  const list = [
    [sample, { tokens: true }],
    [sample, { offsets: 'char', reference_date: '2020-02-29' }],
    [sample, { offsets: 'byte' }],
    ['', {}],
    ['   \n\n ', {}],
    ['\u0000ab\ud800 c', {}],
    ['<html><body><h1>Title here</h1><p>The council met on Monday, officials said.</p><p>More &amp; more.</p></body></html>', {}],
    ['Der Bundestag hat am Montag ein neues Gesetz beschlossen, teilte die Regierung in Berlin mit.', {}],
    // Written to reach every optional field: subtype, mod, unit, approx, range, counted, a speaker…
    [SYNTHETIC, { tokens: true }],
  ];
  // Real articles, for the breadth of entities, quotes, times and figures.
  const dir = path.join(SHARED, 'polnear', 'dev', 'text');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 8)) {
    list.push([fs.readFileSync(path.join(dir, file), 'utf8'), {}]);
  }
  return list;
}

function typecheck(name, source) {
  const file = path.join(tmp, `${name}.ts`);
  fs.writeFileSync(file, source);
  const result = spawnSync(process.execPath, [TSC, '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext',
    '--moduleResolution', 'bundler', '--lib', 'es2022,dom', '--noErrorTruncation', file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const imports = () => {
  const rel = (p) => `./${path.relative(tmp, p).split(path.sep).join('/')}`;
  return `import type { Analysis, Options } from '${rel(path.join(REPO, 'www', 'lede-types'))}';\n` +
    `import { analyze } from '${rel(path.join(PKG, 'lede'))}';\n` +
    "import type { Analysis as FromPackage } from '" + rel(path.join(PKG, 'lede')) + "';\n";
};

test('real outputs type-check against the declarations, and analyze() returns Analysis', () => {
  const outputs = inputs().map(([text, options]) => lede.analyze(text, options));
  // Make sure the inputs reached the layers the types describe (otherwise the check is hollow).
  const seen = (pick) => outputs.some((a) => pick(a));
  for (const [what, pick] of [
    ['tokens', (a) => a.tokens?.length], ['a byline', (a) => a.document.byline], ['a dateline', (a) => a.document.dateline],
    ['boilerplate', (a) => a.document.boilerplate.length], ['warnings', (a) => a.warnings.length],
    ['a null language', (a) => a.language === null], ['entities', (a) => a.entities.length],
    ['an entity subtype', (a) => a.entities.some((e) => e.subtype)], ['descriptions', (a) => a.entities.some((e) => e.descriptions.length)],
    ['a quote with speaker and cue', (a) => a.quotes.some((q) => q.speaker && q.cue)], ['sources', (a) => a.sources.length],
    ['a time with mod', (a) => a.times.some((t) => t.mod)], ['a timeline', (a) => a.timeline.length],
    ['a quantity with unit', (a) => a.quantities.some((q) => q.unit)], ['one with approx', (a) => a.quantities.some((q) => q.approx)],
    ['one with range', (a) => a.quantities.some((q) => q.range)], ['one with counted', (a) => a.quantities.some((q) => q.counted)],
    ['signals.sourcing', (a) => a.signals.sourcing], ['signals.items', (a) => a.signals.items.length],
    ['an event with who and when', (a) => a.event.who && a.event.when],
    ['keyphrases', (a) => a.keyphrases.length], ['a summary', (a) => a.summary.length], ['a lede', (a) => a.lede],
  ]) assert.ok(seen(pick), `some output has ${what} (else this check proves little: add an input that has it)`);

  const source = `${imports()}
type IsAny<T> = 0 extends 1 & T ? true : false;
const notAny: IsAny<ReturnType<typeof analyze>> = false;
const options: Options = { reference_date: '2016-09-23', offsets: 'utf16', max_bytes: 1000, tokens: false };
const returned: Analysis = analyze('x', options);
const same: FromPackage = returned;
export const outputs = ${JSON.stringify(outputs)} satisfies Analysis[];
export { notAny, same };
`;
  const { ok, output } = typecheck('outputs', source);
  assert.ok(ok, `the outputs do not match www/lede-types.d.ts:\n${output.slice(0, 4000)}`);
});

test('the check catches a field the declarations lack and a missing one', () => {
  const a = lede.analyze('Hello there. General Kenobi said so.');
  const extra = { ...a, surprise: 1 };
  const { stats, ...missing } = a;
  assert.ok(stats);
  const source = `${imports()}
export const extra = ${JSON.stringify(extra)} satisfies Analysis;
export const missing = ${JSON.stringify(missing)} satisfies Analysis;
`;
  const { ok, output } = typecheck('wrong', source);
  assert.equal(ok, false);
  assert.match(output, /surprise/);
  assert.match(output, /stats/);
});
