// Lede page: loads the WebAssembly engine, analyses the textarea's text and renders the result.
// Nothing is sent anywhere: the only requests are for this page's own files and /sample.txt.

import { h, truncate } from './dom.js';
import { LAYERS, collectRanges, layerCounts } from './layers.js';
import { renderAnnotated } from './annotate.js';
import { renderOverview } from './overview.js';

const $ = (selector) => document.querySelector(selector);
const els = {
  text: $('#text'),
  analyze: $('#analyze'),
  sample: $('#sample'),
  clear: $('#clear'),
  published: $('#published'),
  status: $('#status'),
  results: $('#results'),
  layers: $('#layers'),
  article: $('#article'),
  overview: $('#overview'),
  selection: $('#selection'),
  json: $('#json'),
  copyJson: $('#copy-json'),
  downloadJson: $('#download-json'),
  version: $('#version'),
};

const EDIT_DEBOUNCE_MS = 400;
const ENGINE_URL = '/pkg/lede.js'; // absolute: the page is served at /, pkg/ at /pkg/

const state = {
  lede: null,            // the wasm module's exports once loaded
  analysis: null,        // last result (plain JSON data)
  text: '',              // the text that result describes
  publishedByUser: false, // true once the user picked a date: then it is sent as reference_date
  enabled: new Map(LAYERS.map((layer) => [layer.id, layer.on])),
  selectedRef: null,
  timer: 0,
  runs: 0,
};

async function main() {
  wireEvents();
  try {
    state.lede = await loadEngine();
  } catch (err) {
    console.error('Lede: loading the WebAssembly engine failed:', err);
    setPageState('error');
    setStatus('Lede could not load its analysis engine (WebAssembly). Reload the page to try again; ' +
      'if it keeps failing, this browser may not support WebAssembly or the engine files are missing.', 'error');
    return;
  }
  els.version.textContent = `v${state.lede.version()}`;
  els.analyze.disabled = false;
  els.sample.disabled = false;
  setPageState('ready');
  setStatus('Ready. Paste an article or try the sample.');
  // Browsers may restore the textarea after a reload; show its analysis straight away.
  if (els.text.value.trim()) analyzeNow('restore');
}

async function loadEngine() {
  // A dynamic import, so a missing or broken engine is an error we can report, not a dead page.
  const engine = await import(ENGINE_URL);
  await engine.default();
  return engine;
}

function wireEvents() {
  els.analyze.addEventListener('click', () => analyzeNow('button'));
  els.sample.addEventListener('click', loadSample);
  els.clear.addEventListener('click', clearAll);
  els.text.addEventListener('input', () => {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => analyzeNow('edit'), EDIT_DEBOUNCE_MS);
  });
  els.text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      analyzeNow('keyboard');
    }
  });
  // 'change' fires once a complete date is entered or the field is cleared.
  els.published.addEventListener('change', () => {
    state.publishedByUser = els.published.value !== '';
    if (els.text.value.trim()) analyzeNow('published');
  });
  els.layers.addEventListener('change', (event) => {
    const id = event.target.dataset.layer;
    if (!id) return;
    state.enabled.set(id, event.target.checked);
    renderArticle();
  });
  // One handler for every highlighted range and overview item: both carry data-ref.
  els.results.addEventListener('click', (event) => {
    const target = event.target.closest('[data-ref]');
    if (target && els.results.contains(target)) select(target.dataset.ref, target.closest('#article') ? 'article' : 'overview');
  });
  els.copyJson.addEventListener('click', copyJson);
  els.downloadJson.addEventListener('click', downloadJson);
}

function analyzeNow(trigger) {
  clearTimeout(state.timer);
  if (!state.lede) return;
  const text = els.text.value;
  if (text.trim() === '') {
    showResults(false);
    setStatus(trigger === 'edit' ? 'Ready.' : 'Paste some article text first.');
    return;
  }

  const options = {};
  if (state.publishedByUser && els.published.value) options.reference_date = els.published.value;

  let raw;
  const started = performance.now();
  try {
    raw = state.lede.analyze(text, options);
  } catch (err) {
    // Hide the previous result rather than show it next to text it no longer describes.
    state.analysis = null;
    showResults(false);
    setStatus(`Analysis failed: ${err?.message ?? err}`, 'error');
    return;
  }
  const elapsed = performance.now() - started;

  // Normalise to plain JSON data once (Maps from serde become objects), so the rest of the
  // page and the JSON view see exactly the same thing.
  state.analysis = JSON.parse(JSON.stringify(raw, mapsAsObjects));
  state.text = text;
  state.selectedRef = null;
  if (!state.publishedByUser) els.published.value = state.analysis.document?.reference_date?.value ?? '';

  render();
  state.runs += 1;
  document.body.dataset.trigger = trigger;
  document.body.dataset.runs = String(state.runs);
  setPageState('analyzed');
  const bytes = new TextEncoder().encode(text).length;
  setStatus(`Analysed ${formatBytes(bytes)} in ${formatMs(elapsed)}.`);
}

function render() {
  renderLayerToggles();
  renderArticle();
  renderOverview(els.overview, state.analysis);
  els.selection.hidden = true;
  els.json.textContent = JSON.stringify(state.analysis, null, 2);
  showResults(true);
}

function renderLayerToggles() {
  const counts = layerCounts(state.analysis);
  // Only layers with something to show get a toggle.
  const toggles = LAYERS.filter((layer) => counts.get(layer.id) > 0).map((layer) => {
    const id = `layer-${layer.id}`;
    return h('span', { class: 'layer-toggle' },
      h('input', { type: 'checkbox', id, data: { layer: layer.id }, checked: state.enabled.get(layer.id) }),
      h('label', { for: id },
        h('span', { class: `swatch swatch-${layer.id}`, 'aria-hidden': 'true' }),
        `${layer.label} (${counts.get(layer.id)})`));
  });
  els.layers.replaceChildren(...toggles);
}

function renderArticle() {
  if (!state.analysis) return;
  if (state.analysis.offsets && state.analysis.offsets !== 'utf16') {
    // The page never asks for other units, but guard against mis-slicing if it ever does.
    els.article.textContent = state.text;
    return;
  }
  const ranges = collectRanges(state.analysis, (layer) => state.enabled.get(layer.id), state.text.length);
  renderAnnotated(els.article, state.text, ranges);
  if (state.selectedRef) markSelected(state.selectedRef);
}

/** Highlight a ref in the article and the overview, and describe it in the selection box. */
function select(ref, from) {
  state.selectedRef = ref;
  const { articleFirst, overviewItem } = markSelected(ref);
  describeSelection(ref, articleFirst);
  if (from === 'article' && overviewItem) overviewItem.scrollIntoView({ block: 'nearest' });
  if (from === 'overview' && articleFirst) articleFirst.scrollIntoView({ block: 'nearest' });
}

function markSelected(ref) {
  for (const el of els.results.querySelectorAll('.active, .selected')) el.classList.remove('active', 'selected');
  for (const el of els.overview.querySelectorAll('[aria-current]')) el.removeAttribute('aria-current');
  const pieces = els.article.querySelectorAll(`[data-refs~="${CSS.escape(ref)}"]`);
  for (const el of pieces) el.classList.add('active');
  const overviewItem = els.overview.querySelector(`[data-ref="${CSS.escape(ref)}"]`);
  if (overviewItem) {
    overviewItem.classList.add('selected');
    overviewItem.setAttribute('aria-current', 'true');
  }
  return { articleFirst: pieces[0] ?? null, overviewItem };
}

function describeSelection(ref, piece) {
  const layer = LAYERS.find((l) => l.ranges(state.analysis).some((r) => r.ref === ref));
  const range = layer?.ranges(state.analysis).find((r) => r.ref === ref);
  if (!range) {
    els.selection.hidden = true;
    return;
  }
  els.selection.replaceChildren(
    h('strong', { text: range.title }),
    h('span', { class: 'sub', text: ` · offsets ${range.start}–${range.end}` }),
    h('q', { text: truncate(range.text, 160) }),
    piece ? null : h('span', { class: 'sub', text: ' (hidden: turn its layer on to see it in the article)' }),
  );
  els.selection.hidden = false;
}

async function loadSample() {
  setStatus('Loading the sample…');
  try {
    const response = await fetch('/sample.txt', { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    els.text.value = await response.text();
  } catch (err) {
    setStatus(`The sample could not be loaded (${err.message}).`, 'error');
    return;
  }
  // A new article: forget the previous one's date.
  state.publishedByUser = false;
  els.published.value = '';
  analyzeNow('sample');
}

function clearAll() {
  clearTimeout(state.timer);
  els.text.value = '';
  els.published.value = '';
  state.publishedByUser = false;
  state.analysis = null;
  state.selectedRef = null;
  showResults(false);
  setPageState(state.lede ? 'ready' : document.body.dataset.state);
  if (state.lede) setStatus('Cleared.');
  els.text.focus();
}

async function copyJson() {
  const json = els.json.textContent;
  try {
    await navigator.clipboard.writeText(json);
  } catch {
    // No async clipboard (permissions, older browsers): copy through a temporary selection.
    if (!legacyCopy(json)) {
      setStatus('Copying was blocked by the browser. Open “Full analysis” and copy the JSON by hand.', 'error');
      return;
    }
  }
  setStatus('JSON copied to the clipboard.');
}

function legacyCopy(text) {
  const scratch = h('textarea', { class: 'visually-hidden', readonly: true, 'aria-hidden': 'true' });
  scratch.value = text;
  document.body.append(scratch);
  scratch.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  scratch.remove();
  els.copyJson.focus();
  return ok;
}

function downloadJson() {
  const blob = new Blob([els.json.textContent], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: 'lede-analysis.json', hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  setStatus('JSON downloaded as lede-analysis.json.');
}

function showResults(visible) {
  els.results.hidden = !visible;
  if (!visible) {
    els.article.replaceChildren();
    els.overview.replaceChildren();
    els.layers.replaceChildren();
    els.json.textContent = '';
    els.selection.hidden = true;
  }
}

function setStatus(message, kind = 'info') {
  els.status.textContent = message;
  els.status.classList.toggle('status-error', kind === 'error');
}

function setPageState(value) {
  // A stable hook for tests and styles: loading | ready | analyzed | error.
  document.body.dataset.state = value;
}

function mapsAsObjects(_key, value) {
  return value instanceof Map ? Object.fromEntries(value) : value;
}

function formatBytes(bytes) {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

main();
