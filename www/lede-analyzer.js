// <lede-analyzer>: Lede as a drop-in custom element for any page (a static site, a CMS page).
//
//   <script type="module" src="/lede/lede-analyzer.js"></script>
//   <lede-analyzer></lede-analyzer>                          the whole UI: paste, analyse, explore
//   <lede-analyzer panels="article overview">               an article already on the page,
//     Storm closes schools …                                 annotated in place (its text is the
//   </lede-analyzer>                                         element's own text)
//   <lede-analyzer panels="overview" src="story.txt">       a text fetched from a URL
//
// Attributes
//   panels          which parts to show, any of: input article overview json (default: all);
//                   or, instead of overview, some of its sections: summary (the gist: headline,
//                   summary, 5W1H, key phrases, tone, signals) names quotes sources timeline
//                   figures text, e.g. panels="article quotes sources"
//   src             URL of a plain-text article to analyse (same origin, or CORS-enabled)
//   reference-date  YYYY-MM-DD that relative dates ("on Monday") resolve against
// Properties and methods
//   el.text = '…'   set the text and analyse it; el.text reads it
//   el.analysis     the last result (the JSON of docs/json.md) or null
//   el.analyze()    analyse the current text now
// Events (on the element)
//   lede-analyzed   detail: { analysis, trigger } after each result is shown
// Hooks for styling and tests: data-state (loading | ready | analyzed | error) and data-busy.
//
// The element is the page's own UI (controller.js, style.css) inside a shadow root, so the host
// page's styles cannot break it and its styles cannot leak out. It needs, beside this file:
// the other www/*.js modules, style.css, lede-analyzer.css and pkg/ (the engine), as
// scripts/build-site lays them out in dist/. The analysis runs in a Web Worker, which browsers
// only start from the page's own origin: serve these files from the same site as the page.
// Nothing is uploaded: the text is analysed in the reader's browser.

import { h } from './dom.js';
import { mountAnalyzer } from './controller.js';

const PANELS = ['input', 'article', 'overview', 'json'];
// The sections of the overview (overview.js SECTIONS); listing some shows only those.
const SECTIONS = ['summary', 'names', 'quotes', 'sources', 'timeline', 'figures', 'text'];
const STYLES = ['./style.css', './lede-analyzer.css'].map((file) => new URL(file, import.meta.url).href);

export class LedeAnalyzer extends HTMLElement {
  static observedAttributes = ['panels', 'src', 'reference-date'];

  #root = null;
  #controller = null;
  #els = null;

  connectedCallback() {
    if (this.#root) return; // moved in the document: keep the UI as it is
    this.dataset.state = 'loading';
    this.#root = this.attachShadow({ mode: 'open' });
    this.#els = build(this.#root);
    this.#applyPanels();
    // The element's own text (progressive enhancement: readable before the script runs).
    const own = dedent(this.textContent ?? '');
    if (own.trim()) this.#els.text.value = own;
    this.#controller = mountAnalyzer(this.#root, {
      host: this,
      sampleUrl: null,
      readyMessage: 'Ready. Paste an article to analyse it.',
    });
    this.#applyReferenceDate();
    if (this.hasAttribute('src')) this.#load(this.getAttribute('src'));
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#root || before === after) return;
    if (name === 'panels') this.#applyPanels();
    if (name === 'reference-date') this.#applyReferenceDate(); // re-analyses through the date field
    if (name === 'src' && after) this.#load(after);
  }

  /** The text being analysed. Setting it analyses the new text. */
  get text() {
    return this.#els?.text.value ?? '';
  }

  set text(value) {
    if (!this.#els) {
      this.textContent = String(value ?? '');
      return;
    }
    this.#els.text.value = String(value ?? '');
    this.analyze('text');
  }

  /** The last analysis shown (plain JSON data), or null. */
  get analysis() {
    return this.#controller?.analysis ?? null;
  }

  /** Analyse the current text now (after the engine has loaded). */
  async analyze(trigger = 'api') {
    if (!this.#controller) return;
    await this.#controller.ready;
    await this.#controller.analyze(trigger);
  }

  #applyPanels() {
    const words = (this.getAttribute('panels') ?? PANELS.join(' ')).split(/[\s,]+/);
    const sections = words.filter((p) => SECTIONS.includes(p));
    const wanted = new Set(words.filter((p) => PANELS.includes(p)));
    if (sections.length) wanted.add('overview');
    const shown = wanted.size ? wanted : new Set(PANELS);
    // style.css hides the sections not listed in data-only.
    const overview = this.#root.querySelector('#overview');
    if (sections.length) overview.dataset.only = sections.join(' ');
    else delete overview.dataset.only;
    for (const panel of PANELS) {
      for (const el of this.#root.querySelectorAll(`[data-panel="${panel}"]`)) el.hidden = !shown.has(panel);
    }
    this.#root.querySelector('.results-grid').classList.toggle('single', !(shown.has('article') && shown.has('overview')));
  }

  #applyReferenceDate() {
    const value = this.getAttribute('reference-date') ?? '';
    this.#els.published.value = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
    // A date set here counts as the user's: the controller sends it as reference_date.
    this.#els.published.dispatchEvent(new Event('change'));
  }

  async #load(src) {
    let text;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (err) {
      this.#els.status.textContent = `The article at ${src} could not be loaded (${err.message}).`;
      this.#els.status.classList.add('status-error');
      return;
    }
    this.text = text;
  }
}

/** The UI: the same elements (and ids, scoped to the shadow root) as www/index.html's <main>. */
function build(root) {
  const els = {};
  const keep = (name, el) => (els[name] = el);
  const button = (id, label, props = {}) => keep(id, h('button', { type: 'button', id, ...props }, label));
  root.append(
    ...STYLES.map((href) => h('link', { rel: 'stylesheet', href })),
    h('div', { class: 'lede-root' },
      h('section', { class: 'input', 'data-panel': 'input', 'aria-label': 'Article input' },
        h('label', { for: 'text', class: 'field-label', text: 'Article text' }),
        keep('text', h('textarea', { id: 'text', rows: 10, spellcheck: 'false', placeholder: 'Paste the text of a news article here…' })),
        h('div', { class: 'controls' },
          button('analyze', 'Analyze', { class: 'primary', disabled: true }),
          button('sample', 'Try a sample', { disabled: true, hidden: true }),
          button('clear', 'Clear'),
          h('span', { class: 'published-field' },
            h('label', { for: 'published', text: 'Published' }),
            keep('published', h('input', { type: 'date', id: 'published' }))))),
      keep('status', h('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite', text: 'Loading the analysis engine…' })),
      h('section', { id: 'results', class: 'results', 'aria-label': 'Analysis', hidden: true },
        h('div', { class: 'results-grid' },
          h('section', { class: 'panel article-panel', 'data-panel': 'article', 'aria-labelledby': 'article-heading' },
            h('div', { class: 'panel-head' },
              h('h3', { id: 'article-heading', text: 'Annotated article' }),
              h('fieldset', { class: 'layers' }, h('legend', { text: 'Show' }), h('div', { id: 'layers', class: 'layer-toggles' }))),
            h('div', { id: 'article', class: 'article', lang: 'en' })),
          h('section', { class: 'panel overview-panel', 'data-panel': 'overview', 'aria-labelledby': 'overview-heading' },
            h('h3', { id: 'overview-heading', class: 'visually-hidden', text: 'Analysis by topic' }),
            h('div', { id: 'selection', class: 'selection', 'aria-live': 'polite', hidden: true }),
            h('div', { id: 'overview', class: 'overview' }))),
        h('section', { class: 'panel json-panel', 'data-panel': 'json', 'aria-labelledby': 'json-heading' },
          h('div', { class: 'panel-head' },
            h('h3', { id: 'json-heading', text: 'JSON' }),
            h('div', { class: 'json-actions' }, button('copy-json', 'Copy JSON'), button('download-json', 'Download JSON'))),
          h('details', { id: 'json-details' },
            h('summary', { text: 'Full analysis (schema v1)' }),
            h('pre', { id: 'json', class: 'json', tabindex: '0', 'aria-label': 'Analysis as JSON' })))),
      h('p', { class: 'powered' }, 'Analysed in your browser by Lede ', h('span', { id: 'version' }), '; nothing is uploaded.')));
  return els;
}

/** Text written inside the element in HTML: drop the indentation the markup added. */
function dedent(text) {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

if (!customElements.get('lede-analyzer')) customElements.define('lede-analyzer', LedeAnalyzer);
