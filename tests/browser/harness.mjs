// Shared set-up for the browser tests: the page server in-process on a free port, and the
// system Chromium driven by playwright-core (no downloaded browser builds).
//
// LEDE_PKG_DIR=/some/dir points /pkg/ elsewhere (e.g. a freshly built package); by default it
// is the repository's pkg/.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/server.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = path.join(REPO, 'target', 'artifacts');
export const SAMPLE_PATH = path.join(REPO, '..', 'shared', 'data', 'samples', 'syria-ceasefire-2016.txt');
const CHROMIUM = '/usr/bin/chromium';
const PKG = process.env.LEDE_PKG_DIR ? path.resolve(process.env.LEDE_PKG_DIR) : path.join(REPO, 'pkg');

/**
 * Start the server and Chromium. Every request of the whole session is recorded in `requests`
 * (so tests can prove nothing left the origin); console errors, page errors and CSP violations
 * of every page are collected too.
 */
export async function openSession() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
  if (!fs.existsSync(path.join(PKG, 'lede.js'))) {
    throw new Error(`${path.join(PKG, 'lede.js')} not found: run scripts/build-wasm first`);
  }
  const server = await startServer({ port: 0, pkg: PKG });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (err) {
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const session = {
    server,
    origin,
    context,
    requests: [],
    consoleErrors: [],
    pageErrors: [],
    async close() {
      await context.close().catch(() => {});
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
  context.on('request', (request) => session.requests.push(request.url()));
  // Every page, including ones opened later, reports CSP violations into window.__csp.
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return session;
}

/** A page that reports its console errors and uncaught exceptions to the session. */
export async function openPage(session, { viewport = { width: 1280, height: 900 } } = {}) {
  const page = await session.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.setViewportSize(viewport);
  page.on('console', (msg) => {
    if (msg.type() === 'error') session.consoleErrors.push(`${msg.text()} @ ${msg.location()?.url ?? ''}`);
  });
  page.on('pageerror', (err) => session.pageErrors.push(String(err?.stack ?? err)));
  return page;
}

/** Open the app and wait until the engine is loaded. */
export async function openApp(session, options) {
  const page = await openPage(session, options);
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

/** Requests whose origin is not the test server (blob: URLs count as their creator's origin). */
export function offOrigin(session) {
  return session.requests.filter((url) => {
    try {
      return new URL(url).origin !== session.origin;
    } catch {
      return true;
    }
  });
}

/**
 * Run `action` and wait for the page to finish the analysis it triggers.
 * Resolves with the trigger name the page recorded and the parsed JSON.
 */
export async function analysisAfter(page, action) {
  const runs = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, runs);
  return page.evaluate(() => ({
    trigger: document.body.dataset.trigger,
    analysis: JSON.parse(document.querySelector('#json').textContent),
  }));
}

export function screenshotPath(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
