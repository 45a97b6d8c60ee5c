#!/usr/bin/env node
// Assembles the static site into one folder that any static host serves as it is:
//
//   dist/              www/ (the page, <lede-analyzer> and its example page)
//   dist/pkg/          the engine: lede.js and lede_bg.wasm from pkg/ (scripts/build-wasm)
//   dist/sample.txt    the "Try a sample" article, copied at build time from ../shared (it is
//                      never copied into the repository)
//
// Every URL in the page is relative, so the folder works at a host's root or in a subfolder.
// scripts/build-site builds the wasm first and then runs this.
//
//   node scripts/assemble-site.mjs [OUT_DIR]     (default: dist/)

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE = path.join(REPO, '..', 'shared', 'data', 'samples', 'syria-ceasefire-2016.txt');
const ENGINE_FILES = ['lede.js', 'lede_bg.wasm'];

/**
 * Write the site into `out` (emptied first). Returns the list of files written, relative to it.
 * A missing sample is only a warning: the page then says the sample could not be loaded.
 */
export function assembleSite(out, { www = path.join(REPO, 'www'), pkg = path.join(REPO, 'pkg'), sample = SAMPLE } = {}) {
  for (const file of ENGINE_FILES) {
    if (!fs.existsSync(path.join(pkg, file))) throw new Error(`${path.join(pkg, file)} not found: run scripts/build-wasm first`);
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'pkg'), { recursive: true });
  // Only the files the site serves: no editor backups or dotfiles.
  const served = /\.(html|js|css|svg|png|ico|webmanifest|txt)$/;
  for (const file of fs.readdirSync(www)) {
    if (served.test(file) && !file.startsWith('.') && fs.statSync(path.join(www, file)).isFile()) {
      fs.copyFileSync(path.join(www, file), path.join(out, file));
    }
  }
  for (const file of ENGINE_FILES) fs.copyFileSync(path.join(pkg, file), path.join(out, 'pkg', file));
  if (fs.existsSync(sample)) fs.copyFileSync(sample, path.join(out, 'sample.txt'));
  else console.warn(`warning: ${sample} not found; the site has no sample article`);
  return listFiles(out);
}

function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory()
    ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
    : [`${prefix}${entry.name}`])).sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const out = path.resolve(process.argv[2] ?? path.join(REPO, 'dist'));
  const files = assembleSite(out);
  const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(out, f)).size, 0);
  console.log(`site: ${files.length} files, ${bytes} bytes in ${path.relative(process.cwd(), out) || out}/`);
}
