// The analyzer's controller: wires one copy of Lede's UI (the page's <main>, or the inside of a
// <lede-analyzer> element) to the analysis worker, and renders its results.
//
// The analysis runs in a Web Worker (engine.js, worker.js), so typing and scrolling never wait
// for it; a newer input supersedes an older one; long articles render a frame at a time.
// Performance marks for benchmarks and tests: lede:ready, then per analysis lede:analyze,
// lede:worker-done (engine.js: the worker finished), lede:result (the whole result received),
// lede:rendered (the article and the overview sections in view in the DOM), lede:painted (that
// painted; the other sections and the JSON view are filled right after, before data-state is
// set to analyzed); lede:worker-restart when a worker was replaced.
//
// Hooks on `host` (document.body for the page): data-state (loading | ready | analyzed | error),
// data-busy while an analysis is pending, data-runs / data-trigger after each rendered result,
// and a 'lede-analyzed' event (detail: { analysis, trigger }).

import { h, truncate } from './dom.js';
import { LAYERS } from './layers.js';
import { renderAnnotated } from './annotate.js';
import { renderOverview } from './overview.js';
import { Engine, Channel } from './engine.js';

const EDIT_DEBOUNCE_MS = 400;
const BUSY_DELAY_MS = 150;       // say "Analysing…" only when it takes long enough to notice
const JSON_SHOWN_MAX = 1_000_000; // larger JSON is shown in part, once "Full analysis" is opened

/**
 * Wire the UI found in `root` (a Document or ShadowRoot holding the elements with the ids of
 * www/index.html) and start the engine.
 * @param {Document|ShadowRoot} root
 * @param {object} [opts]
 * @param {HTMLElement} [opts.host=document.body]  where the data- hooks and events go
 * @param {string|null} [opts.sampleUrl]  the "Try a sample" text (null: no sample)
 * @param {string} [opts.readyMessage]
 * @returns {{ analyze: (trigger?: string) => Promise<void>, readonly analysis: object|null, readonly ready: Promise<void> }}
 */
export function mountAnalyzer(root, { host = document.body, sampleUrl = null, readyMessage = 'Ready. Paste an article or try the sample.' } = {}) {
  const $ = (selector) => root.querySelector(selector);
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

  const state = {
    engine: null,          // the Engine once its worker has loaded the wasm
    channel: null,         // this page's stream of requests to it
    analysis: null,        // last result (plain JSON data)
    json: '',              // that result as pretty JSON (made by the worker): a string, or when long a function that fetches it as a Blob
    render: null,          // the article view (annotate.js renderAnnotated) while results show
    overview: null,        // the results column (overview.js renderOverview): fill() its sections
    layers: new Map(),     // layer id → its ranges in the current analysis (computeLayers)
    rendering: null,       // the promise of the latest article render (true once complete)
    generation: 0,         // bumped by every new result (and by clearing): older work stops
    busyTimer: 0,
    text: '',              // the text that result describes
    publishedByUser: false, // true once the user picked a date: then it is sent as reference_date
    enabled: new Map(LAYERS.map((layer) => [layer.id, layer.on])),
    selectedRef: null,
    selectedItem: null,    // the overview element that selected it, if any
    timer: 0,
    runs: 0,
  };

  async function main() {
    wireEvents();
    try {
      const engine = Engine.shared();
      await engine.ready;
      state.engine = engine;
      state.channel = new Channel(engine);
    } catch (err) {
      console.error('Lede: loading the WebAssembly engine failed:', err);
      setPageState('error');
      setStatus('Lede could not load its analysis engine (WebAssembly). Reload the page to try again; ' +
        'if it keeps failing, this browser may not support WebAssembly or the engine files are missing.', 'error');
      return;
    }
    els.version.textContent = `v${state.engine.version}`;
    els.analyze.disabled = false;
    if (sampleUrl) els.sample.disabled = false;
    else els.sample.hidden = true;
    setPageState('ready');
    performance.mark('lede:ready');
    setStatus(readyMessage);
    // Browsers may restore the textarea after a reload; show its analysis straight away.
    if (els.text.value.trim()) analyzeNow('restore');
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
      rerenderArticle().then((done) => done && markPainted());
    });
    // One handler for every highlighted range and overview item (both carry data-ref) and for
    // the overview's section buttons (data-goto).
    els.results.addEventListener('click', (event) => {
      const goto = event.target.closest('[data-goto]');
      if (goto && els.overview.contains(goto)) {
        openSection(goto.dataset.goto);
        return;
      }
      const target = event.target.closest('[data-ref]');
      if (!target || !els.results.contains(target)) return;
      const inArticle = target.closest('#article');
      select(target.dataset.ref, inArticle ? 'article' : 'overview', inArticle ? null : target);
    });
    // A long row of small buttons (the tone strip) is one Tab stop: the arrow keys, Home and End
    // move along it (a roving tabindex).
    els.overview.addEventListener('keydown', (event) => {
      const row = event.target.closest('[data-roving]');
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (!row || (step === undefined && event.key !== 'Home' && event.key !== 'End')) return;
      const buttons = [...row.querySelectorAll('button')];
      const at = buttons.indexOf(event.target);
      if (at < 0) return;
      event.preventDefault();
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + step));
      buttons[at].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });
    els.copyJson.addEventListener('click', copyJson);
    els.downloadJson.addEventListener('click', downloadJson);
  }

  async function analyzeNow(trigger) {
    clearTimeout(state.timer);
    if (!state.channel) return;
    const text = els.text.value;
    if (text.trim() === '') {
      // Whatever is still running describes text that is gone.
      state.channel.cancel();
      state.generation++;
      stopRender();
      showBusy(false);
      state.analysis = null;
      showResults(false);
      setStatus(trigger === 'edit' ? 'Ready.' : 'Paste some article text first.');
      return;
    }

    const options = {};
    if (state.publishedByUser && els.published.value) options.reference_date = els.published.value;

    performance.mark('lede:analyze');
    showBusy(true, text.length);
    let result;
    try {
      result = await state.channel.analyze(text, options);
    } catch (err) {
      if (state.channel.busy) return; // a newer request is on its way; its outcome is what counts
      showBusy(false);
      stopRender();
      // Hide the previous result rather than show it next to text it no longer describes.
      state.analysis = null;
      showResults(false);
      setStatus(failureMessage(err, text), 'error');
      return;
    }
    if (!result) return; // superseded by a newer request: its result is the one to show
    performance.mark('lede:result');
    clearTimeout(state.busyTimer);
    const generation = ++state.generation;
    const layers = await computeLayers(result.analysis, text.length);
    if (generation !== state.generation) return; // a newer result (or Clear) took over

    state.layers = layers;
    state.analysis = result.analysis;
    state.json = result.json;
    state.text = text;
    state.selectedRef = null;
    if (!state.publishedByUser) els.published.value = state.analysis.document?.reference_date?.value ?? '';

    let done = await render();
    // A layer toggled mid-render restarts the rendering of this same result: wait for that one.
    for (let last = null; !done && generation === state.generation && state.rendering && state.rendering !== last;) {
      last = state.rendering;
      done = await last;
    }
    if (!done) return; // a newer result replaced this one while it was being rendered
    showBusy(false);
    setStatus(`Analysed ${formatBytes(result.bytes)} in ${formatMs(result.elapsed)}.`);
    // What the reader can see is in the DOM: let the browser paint it, then build the rest
    // (the sections below the view, the JSON) before saying the analysis is shown.
    await nextPaint();
    if (generation !== state.generation) return;
    performance.mark('lede:painted');
    state.overview?.fillAll();
    showJson();
    state.runs += 1;
    host.dataset.trigger = trigger;
    host.dataset.runs = String(state.runs);
    host.dispatchEvent(new CustomEvent('lede-analyzed', { detail: { analysis: state.analysis, trigger } }));
    setPageState('analyzed');
  }

  function failureMessage(err, text) {
    const message = String(err?.message ?? err);
    const limit = message.match(/more than the limit of (\d+) bytes/);
    if (limit) {
      return `This text is ${formatBytes(new Blob([text]).size)}, more than the ${formatBytes(Number(limit[1]))} ` +
        'Lede analyses at once. Split it into parts and analyse them one by one.';
    }
    return `Analysis failed: ${message}`;
  }

  /** "Analysing…" in the status (after a moment, so short texts do not flicker), aria-busy on the results. */
  function showBusy(busy, length = 0) {
    clearTimeout(state.busyTimer);
    host.toggleAttribute('data-busy', busy);
    els.results.setAttribute('aria-busy', String(busy));
    if (!busy) return;
    const started = performance.now();
    const size = length > 20_000 ? ` ${formatBytes(length)} of text` : '';
    const tick = () => {
      const seconds = (performance.now() - started) / 1000;
      setStatus(`Analysing${size}…${seconds >= 1 ? ` ${seconds.toFixed(0)} s` : ''}`);
      state.busyTimer = setTimeout(tick, 500);
    };
    state.busyTimer = setTimeout(tick, BUSY_DELAY_MS);
  }

  /** Resolves once the browser has painted what is in the DOM now (the frame after the next). */
  function nextPaint() {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }

  /** Mark lede:painted once the browser has painted what is in the DOM now. */
  function markPainted() {
    nextPaint().then(() => performance.mark('lede:painted'));
  }

  function stopRender() {
    state.render?.stop();
    state.render = null;
    state.rendering = null;
  }

  /**
   * Render what the reader can see of the current analysis (the sections of the overview below
   * the view and the JSON follow after the first paint: analyzeNow); resolves true once
   * complete, false if a newer one took over.
   */
  async function render() {
    // First, while the layout of the previous results is still clean: the overview measures
    // which of its sections are on screen.
    state.overview = renderOverview(els.overview, state.analysis, { lazy: true });
    renderLayerToggles();
    els.selection.hidden = true;
    // A JSON of the previous result must not stay beside this one until it is filled in.
    els.json.textContent = '';
    showResults(true);
    const done = await rerenderArticle();
    if (done) performance.mark('lede:rendered');
    return done;
  }

  /**
   * The JSON view. A large result's JSON (kept by the worker until asked for) is put in the
   * DOM only when "Full analysis" is opened, and only its first JSON_SHOWN_MAX bytes:
   * laying out tens of megabytes of <pre> would freeze the tab for seconds. Copy and Download
   * always give all of it.
   */
  function showJson() {
    const details = els.json.closest('details');
    const json = state.json;
    if (typeof json === 'string' && json.length <= JSON_SHOWN_MAX) {
      els.json.textContent = json;
      return;
    }
    els.json.textContent = '';
    const fill = async () => {
      let shown;
      try {
        const blob = await jsonBlob(json);
        // A cut inside a UTF-8 sequence decodes to U+FFFD: drop it.
        const head = (await blob.slice(0, JSON_SHOWN_MAX).text()).replace(/\uFFFD+$/, '');
        shown = `${head}\n\n… the first ${formatBytes(JSON_SHOWN_MAX)} ` +
          `of ${formatBytes(blob.size)} are shown here; Copy JSON and Download JSON give all of it.`;
      } catch (err) {
        shown = `The JSON could not be shown (${err.message}). Analyse the text again to get it.`;
      }
      if (state.json === json && !els.json.textContent) els.json.textContent = shown;
    };
    if (details.open) fill();
    else {
      details.addEventListener('toggle', () => {
        if (details.open && state.json === json) fill();
      }, { once: true });
    }
  }

  /** `json` (state.json) as a Blob: fetched from the worker, or made from the string. */
  async function jsonBlob(json) {
    return typeof json === 'function' ? json() : new Blob([json], { type: 'application/json' });
  }

  /**
   * Every layer's ranges in `analysis`, once per analysis (toggling a layer reuses them). Each
   * range gets its layer and an `order` (layer order first) that sorts classes and titles, as
   * collectRanges() in layers.js gives them; ranges the text cannot show are dropped. A huge
   * result pauses between layers so it never blocks the page for long in one go.
   */
  async function computeLayers(analysis, length) {
    const layers = new Map();
    let order = 0;
    let sliceStart = performance.now();
    for (const layer of LAYERS) {
      const valid = [];
      for (const r of layer.ranges(analysis)) {
        if (r.start < 0 || r.end > length || r.start >= r.end) continue;
        r.layer = layer.id;
        r.order = order++;
        valid.push(r);
      }
      layers.set(layer.id, valid);
      if (performance.now() - sliceStart > 30) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
    return layers;
  }

  function renderLayerToggles() {
    const counts = new Map([...state.layers].map(([id, ranges]) => [id, ranges.length]));
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

  /** renderArticle(), remembered as state.rendering so analyzeNow can wait for the latest one. */
  function rerenderArticle() {
    state.rendering = renderArticle();
    return state.rendering;
  }

  async function renderArticle() {
    stopRender();
    if (!state.analysis) return false;
    if (state.analysis.offsets && state.analysis.offsets !== 'utf16') {
      // The page never asks for other units, but guard against mis-slicing if it ever does.
      els.article.textContent = state.text;
      return true;
    }
    const ranges = LAYERS.filter((layer) => state.enabled.get(layer.id)).flatMap((layer) => state.layers.get(layer.id) ?? []);
    // The selected item is drawn even when its layer is off (a key phrase, a summary sentence,
    // the evidence of a signal): selecting it is asking to see it.
    if (state.selectedRef) {
      for (const layer of LAYERS) {
        if (state.enabled.get(layer.id)) continue;
        for (const r of state.layers.get(layer.id) ?? []) if (r.ref === state.selectedRef) ranges.push(r);
      }
    }
    state.render = renderAnnotated(els.article, state.text, ranges, {
      // A block highlighted later (scrolled into view) shows the selection too.
      onHighlight: (block) => {
        if (!state.selectedRef) return;
        for (const el of block.querySelectorAll(`[data-refs~="${CSS.escape(state.selectedRef)}"]`)) el.classList.add('active');
      },
    });
    if (state.selectedRef) markSelected(state.selectedRef);
    return true;
  }

  /** True when `ref`'s ranges are drawn only because it is selected (its layer is off). */
  function drawnBySelection(ref) {
    if (ref == null) return false;
    let some = false;
    for (const [id, ranges] of state.layers) {
      if (!ranges.some((r) => r.ref === ref)) continue;
      if (state.enabled.get(id)) return false;
      some = true;
    }
    return some;
  }

  /** Highlight a ref in the article and the overview, and describe it in the selection box. */
  async function select(ref, from, item = null) {
    const previous = state.selectedRef;
    state.selectedRef = ref;
    if (previous !== ref && (drawnBySelection(ref) || drawnBySelection(previous))) {
      const generation = state.generation;
      await rerenderArticle();
      if (generation !== state.generation || state.selectedRef !== ref) return;
    }
    state.selectedItem = item;
    const { articleFirst, overviewItem } = markSelected(ref);
    describeSelection(ref, articleFirst);
    if (from === 'article' && overviewItem) overviewItem.scrollIntoView({ block: 'nearest' });
    if (from === 'overview' && articleFirst) articleFirst.scrollIntoView({ block: 'nearest' });
  }

  function markSelected(ref) {
    // Highlight the block of the ref's first range if it is not yet (see annotate.js).
    const first = findRange(ref);
    if (first) state.render?.reveal(first.start, first.end);
    for (const el of els.results.querySelectorAll('.active, .selected')) el.classList.remove('active', 'selected');
    for (const el of els.overview.querySelectorAll('[aria-current]')) el.removeAttribute('aria-current');
    const pieces = els.article.querySelectorAll(`[data-refs~="${CSS.escape(ref)}"]`);
    for (const el of pieces) el.classList.add('active');
    // The item clicked, when it still shows this ref (a name is both in Names and on a quote card).
    const clicked = state.selectedItem;
    const overviewItem = clicked?.isConnected && clicked.dataset.ref === ref ? clicked : overviewItemFor(ref);
    if (overviewItem) {
      overviewItem.classList.add('selected');
      overviewItem.setAttribute('aria-current', 'true');
    }
    return { articleFirst: pieces[0] ?? null, overviewItem };
  }

  /**
   * The overview's item for a ref: the first one the reader can see, else the first one in a
   * closed section (which is opened); items in sections the embedder hid do not count.
   */
  function overviewItemFor(ref) {
    state.overview?.fillAll();
    const items = [...els.overview.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`)]
      .filter((el) => getComputedStyle(el.closest('[data-section]') ?? el).display !== 'none');
    const item = items.find((el) => !el.closest('details:not([open])')) ?? items[0] ?? null;
    for (let d = item?.closest('details:not([open])'); d; d = d.parentElement?.closest('details:not([open])')) d.open = true;
    return item;
  }

  /** Open an overview section and bring it into view (the section buttons). */
  function openSection(id) {
    const section = els.overview.querySelector(`[data-section="${CSS.escape(id)}"]`);
    if (!section) return;
    state.overview?.fill(id);
    if (section.tagName === 'DETAILS') section.open = true;
    section.scrollIntoView({ block: 'start' });
    // Keyboard users land on the section, not back at the top of the column.
    const heading = section.querySelector('summary') ?? section;
    if (heading === section) section.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }

  /** The first range with this ref, in any layer. */
  function findRange(ref) {
    for (const ranges of state.layers.values()) {
      const range = ranges.find((r) => r.ref === ref);
      if (range) return range;
    }
    return null;
  }

  function describeSelection(ref, piece) {
    const range = findRange(ref);
    if (!range) {
      els.selection.hidden = true;
      return;
    }
    // (replaceChildren would write a null out as the text "null": leave it out instead.)
    els.selection.replaceChildren(...[
      h('strong', { text: range.title }),
      h('span', { class: 'sub', text: ` · offsets ${range.start}–${range.end}` }),
      h('q', { text: truncate(range.text, 160) }),
      piece ? null : h('span', { class: 'sub', text: ' (not shown in the article)' }),
    ].filter(Boolean));
    els.selection.hidden = false;
  }

  async function loadSample() {
    setStatus('Loading the sample…');
    try {
      const response = await fetch(sampleUrl, { cache: 'no-cache' });
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
    state.channel?.cancel();
    state.generation++;
    stopRender();
    showBusy(false);
    els.text.value = '';
    els.published.value = '';
    state.publishedByUser = false;
    state.analysis = null;
    state.selectedRef = null;
    showResults(false);
    setPageState(state.channel ? 'ready' : host.dataset.state);
    if (state.channel) setStatus('Cleared.');
    els.text.focus();
  }

  async function copyJson() {
    let json;
    try {
      json = typeof state.json === 'string' ? state.json : await (await state.json()).text();
    } catch (err) {
      setStatus(`The JSON is not available (${err.message}). Analyse the text again to get it.`, 'error');
      return;
    }
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
    (root.body ?? root).append(scratch);
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

  async function downloadJson() {
    let blob;
    try {
      blob = await jsonBlob(state.json);
    } catch (err) {
      setStatus(`The JSON is not available (${err.message}). Analyse the text again to get it.`, 'error');
      return;
    }
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
      state.overview = null;
      els.article.replaceChildren();
      els.overview.replaceChildren();
      els.layers.replaceChildren();
      els.json.textContent = '';
      state.json = '';
      els.selection.hidden = true;
    }
  }

  function setStatus(message, kind = 'info') {
    els.status.textContent = message;
    els.status.classList.toggle('status-error', kind === 'error');
  }

  function setPageState(value) {
    // A stable hook for tests and styles: loading | ready | analyzed | error.
    host.dataset.state = value;
  }

  const ready = main();
  return {
    analyze: (trigger = 'api') => analyzeNow(trigger),
    get analysis() { return state.analysis; },
    ready,
  };
}

function formatBytes(bytes) {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
