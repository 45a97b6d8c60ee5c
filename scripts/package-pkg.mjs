// Writes pkg/package.json and pkg/README.md so that pkg/ is a ready npm package.
import { readFileSync, writeFileSync } from 'node:fs';

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
  files: ['lede.js', 'lede.d.ts', 'lede_bg.wasm', 'lede_bg.wasm.d.ts', 'README.md'],
  sideEffects: ['./snippets/*'],
};
writeFileSync(new URL('../pkg/package.json', import.meta.url), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(
  new URL('../pkg/README.md', import.meta.url),
  `# lede

News-article analysis in the browser, compiled from Rust to WebAssembly.

\`\`\`js
import init, { analyze, version } from 'lede';
await init();
const result = analyze(articleText, { reference_date: '2016-09-23' });
console.log(result.document.headline?.text, result.stats.readability);
\`\`\`

\`analyze(text, options?)\` returns a plain object (see docs/json.md in the repository); offsets are UTF-16 code units by default,
so \`text.slice(span.start, span.end) === span.text\`. Options: \`reference_date\` (YYYY-MM-DD), \`offsets\` (\`utf16\` | \`char\` | \`byte\`),
\`max_bytes\`, \`tokens\`. Invalid options throw an \`Error\`.
`,
);
