// Writes pkg/package.json and pkg/README.md so that pkg/ is a ready npm package, and gives it
// the output's TypeScript types: www/lede-types.d.ts is copied in as lede-types.d.ts and
// wasm-bindgen's `analyze(text: string, options: any): any` becomes
// `analyze(text: string, options?: Options | null): Analysis`.
//
//   node scripts/package-pkg.mjs [DIR]     (default: pkg/)
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const out = process.argv[2] ? pathToFileURL(`${path.resolve(process.argv[2])}/`) : new URL('../pkg/', import.meta.url);
const pkg = (file) => new URL(file, out);
copyFileSync(new URL('../www/lede-types.d.ts', import.meta.url), pkg('lede-types.d.ts'));
const declarations = readFileSync(pkg('lede.d.ts'), 'utf8');
if (!declarations.includes("from './lede-types'")) {
  const untyped = /export function analyze\(text: string, options: any\): any;/;
  if (!untyped.test(declarations)) {
    // wasm-bindgen changed how it writes the signature: fail loudly rather than ship `any`.
    throw new Error('pkg/lede.d.ts: the analyze() declaration was not found; update scripts/package-pkg.mjs');
  }
  writeFileSync(pkg('lede.d.ts'), declarations
    .replace(/^(\/\* eslint-disable \*\/\n)?/m, (head) => `${head}import type { Analysis, Options } from './lede-types';\nexport * from './lede-types';\n`)
    .replace(untyped, 'export function analyze(text: string, options?: Options | null): Analysis;'));
}

const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "([^"]*)"`, 'm'))[1];

const manifest = {
  name: 'lede',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: 'lede.js',
  module: 'lede.js',
  types: 'lede.d.ts',
  exports: { '.': { types: './lede.d.ts', default: './lede.js' }, './lede_bg.wasm': './lede_bg.wasm' },
  files: ['lede.js', 'lede.d.ts', 'lede-types.d.ts', 'lede_bg.wasm', 'lede_bg.wasm.d.ts', 'README.md'],
  sideEffects: ['./snippets/*'],
};
writeFileSync(pkg('package.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(
  pkg('README.md'),
  `# lede

Analyse a news article in the browser or in Node — headline, byline, dateline, boilerplate,
sentences, readability and the later stages (people, places and organisations, quotes, dates,
figures) — with Rust compiled to WebAssembly. No server: the text never leaves the machine.

## Use

In a bundler (webpack 5, Vite, Parcel, Rollup with a wasm/asset plugin) or a plain
\`<script type="module">\`:

\`\`\`js
import init, { analyze, version } from 'lede';

await init(); // fetches lede_bg.wasm from beside lede.js
const result = analyze(articleText, { reference_date: '2016-09-23' });
console.log(result.document.headline?.text, result.stats.readability);
\`\`\`

In Node, or wherever you already have the bytes, instantiate synchronously:

\`\`\`js
import { initSync, analyze } from 'lede';
import { readFileSync } from 'node:fs';

initSync({ module: readFileSync(new URL(import.meta.resolve('lede/lede_bg.wasm'))) });
const result = analyze(text);
\`\`\`

\`analyze()\` runs synchronously: for long texts in a page, call it from a Web Worker
(\`new Worker(url, { type: 'module' })\`) so typing and scrolling never wait for it.

## API

- \`init(moduleOrPath?)\` → \`Promise\`: loads the wasm (default: \`lede_bg.wasm\` beside \`lede.js\`; or
  \`{ module_or_path }\` with a URL, a \`Response\`, bytes or a \`WebAssembly.Module\`). Call once.
- \`initSync({ module })\`: the same, synchronously, from bytes or a \`WebAssembly.Module\`.
- \`analyze(text, options?)\` → the analysis: a plain object, schema version 1 (the \`Analysis\` type in
  \`lede.d.ts\`; every field is described in docs/json.md in the repository). Offsets are UTF-16
  code units by default, so \`text.slice(span.start, span.end) === span.text\` for every span.
- \`version()\` → Lede's version string.

Options: \`reference_date\` (\`YYYY-MM-DD\`, the day relative dates resolve against), \`offsets\`
(\`utf16\` | \`char\` | \`byte\`), \`max_bytes\` (default 10 MiB), \`tokens\` (include the token layer).
An invalid option or an input over \`max_bytes\` throws an \`Error\`; text itself never does (problems
with it are reported in \`warnings\`).
`,
);
