// pkg/ as an npm package: `npm pack` it, install the tarball into a throw-away project (offline:
// it has no dependencies) and import it the ways users do: `import init, { analyze } from 'lede'`
// from a plain module (initSync with the wasm bytes, or the async init), and with bundler-style
// resolution (the "browser"/"import" conditions and the package's exports map).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = process.env.LEDE_PKG_DIR ? path.resolve(process.env.LEDE_PKG_DIR) : path.join(REPO, 'pkg');

let tmp;
let app;
let packed;

const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
const run = (file, args = []) => execFileSync(process.execPath, [...args, file], { cwd: app, encoding: 'utf8' });

before(() => {
  if (!fs.existsSync(path.join(PKG, 'package.json'))) throw new Error(`${PKG}/package.json not found: run scripts/build-wasm first`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-pack-'));
  packed = JSON.parse(npm(['pack', PKG, '--pack-destination', tmp, '--json'], tmp))[0];
  app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm(['install', '--offline', path.join(tmp, packed.filename)], app);
});

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('the package has a name, version, types, files and a README with the API', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'lede');
  assert.match(manifest.version, /^\d+\.\d+\.\d+/);
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.types, 'lede.d.ts');
  const inTarball = packed.files.map((f) => f.path).sort();
  for (const file of ['README.md', 'lede.d.ts', 'lede.js', 'lede_bg.wasm', 'package.json']) assert.ok(inTarball.includes(file), `${file} in ${inTarball}`);
  for (const file of manifest.files) assert.ok(fs.existsSync(path.join(PKG, file)), `listed file ${file} exists`);
  const readme = fs.readFileSync(path.join(PKG, 'README.md'), 'utf8');
  for (const word of ["import init, { analyze", 'initSync', 'reference_date', 'version()', 'Worker']) assert.ok(readme.includes(word), `README mentions ${word}`);
});

test('import init, { analyze } from "lede" works in a plain module (initSync and async init)', () => {
  fs.writeFileSync(path.join(app, 'sync.mjs'), `
    import init, { analyze, initSync, version } from 'lede';
    import { readFileSync } from 'node:fs';
    initSync({ module: readFileSync(new URL(import.meta.resolve('lede/lede_bg.wasm'))) });
    const a = analyze('Storm closes schools\\n\\nHeavy snow closed every school on Tuesday, officials said.', { reference_date: '2024-01-09' });
    console.log(JSON.stringify({ init: typeof init, version: version(), headline: a.document.headline?.text, reference: a.document.reference_date.value }));
  `);
  const sync = JSON.parse(run('sync.mjs'));
  assert.equal(sync.init, 'function');
  assert.match(sync.version, /^\d+\.\d+\.\d+/);
  assert.equal(sync.headline, 'Storm closes schools');
  assert.equal(sync.reference, '2024-01-09');

  fs.writeFileSync(path.join(app, 'async.mjs'), `
    import init, { analyze } from 'lede';
    import { readFileSync } from 'node:fs';
    await init({ module_or_path: readFileSync(new URL(import.meta.resolve('lede/lede_bg.wasm'))) });
    console.log(analyze('One. Two.').sentences.length);
  `);
  assert.equal(run('async.mjs').trim(), '2');
});

test('bundler-style resolution finds the module, its types and the wasm', () => {
  // Bundlers resolve with the "browser" and "import" conditions through the exports map.
  fs.writeFileSync(path.join(app, 'resolve.mjs'), `
    console.log(JSON.stringify([import.meta.resolve('lede'), import.meta.resolve('lede/lede_bg.wasm')]));
  `);
  const [main, wasm] = JSON.parse(run('resolve.mjs', ['--conditions=browser']));
  assert.ok(main.endsWith('/node_modules/lede/lede.js'), main);
  assert.ok(wasm.endsWith('/node_modules/lede/lede_bg.wasm'), wasm);
  const installed = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', 'lede', 'package.json'), 'utf8'));
  assert.equal(installed.exports['.'].types, './lede.d.ts');
  assert.ok(fs.existsSync(path.join(app, 'node_modules', 'lede', installed.exports['.'].types)));
  assert.equal(installed.module, 'lede.js');
  // wasm-bindgen's loader finds the wasm beside itself with new URL(…, import.meta.url), the
  // pattern bundlers (webpack 5, Vite, Parcel, esbuild with a loader) rewrite into an asset.
  const loader = fs.readFileSync(path.join(app, 'node_modules', 'lede', 'lede.js'), 'utf8');
  assert.match(loader, /new URL\('lede_bg\.wasm', import\.meta\.url\)/);
});
