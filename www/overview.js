// The results column: the Overview (the gist, panels.js) at the top, then one collapsible
// section per topic: Names, Quotes, Sources, Timeline, Figures, and Text (document facts,
// counts, readability, boilerplate). A row of buttons (data-goto) opens and scrolls to a
// section. Items that match a highlighted range are buttons with data-ref, so the same
// delegated click handler (controller.js) links both ways and keyboard users can reach them.
//
// Sections carry data-section (their name, also usable in <lede-analyzer panels="…">); which
// ones are open survives a re-analysis.

import { h, truncate } from './dom.js';
import { LAYERS } from './layers.js';
import { gistContent, quotesContent, sourcesContent, timelineContent, figuresContent } from './panels.js';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const fmt = (value) => (typeof value === 'number' && Number.isFinite(value) ? number.format(value) : '—');
const count = (value) => (Array.isArray(value) ? value.length : 0);

const REFERENCE_SOURCES = {
  option: 'set by you',
  dateline: 'from the dateline',
  text: 'from a date in the text',
  none: 'not found',
};

const READABILITY = [
  ['flesch_reading_ease', 'Flesch reading ease', '0–100, higher is easier; 60–70 is plain English'],
  ['flesch_kincaid_grade', 'Flesch–Kincaid grade', 'US school grade'],
  ['gunning_fog', 'Gunning fog', 'years of schooling'],
  ['smog', 'SMOG', 'US school grade'],
  ['coleman_liau', 'Coleman–Liau', 'US school grade'],
  ['automated_readability_index', 'Automated readability index', 'US school grade'],
];

/**
 * The sections of the results column, in order. `id` is the data-section name; `count` (when
 * given) is shown in its title and its button; `open` whether it starts expanded.
 */
export const SECTIONS = [
  { id: 'summary', title: 'Overview', content: (a) => [warningsBlock(a.warnings), ...gistContent(a)] },
  { id: 'names', title: 'Names', open: true, count: (a) => count(a.entities), content: (a) => namesContent(a) },
  { id: 'quotes', title: 'Quotes', open: true, count: (a) => count(a.quotes), content: quotesContent },
  { id: 'sources', title: 'Sources', open: true, count: (a) => count(a.sources), content: sourcesContent },
  { id: 'timeline', title: 'Timeline', open: true, count: (a) => count(a.times), content: timelineContent },
  { id: 'figures', title: 'Figures', open: true, count: (a) => count(a.quantities), content: figuresContent },
  { id: 'text', title: 'Document and text', open: false, content: (a) => textContent(a) },
];

/**
 * Replace the container's content with the results column for `analysis`.
 *
 * With `lazy`, only the sections the reader can see are built now: the first one shown, and
 * every one up to the last section of the previous results that is in view (so a re-analysis while
 * the column is scrolled to, say, Figures keeps what is on screen and where it is). The others
 * get their heading only until fill(id) or fillAll(), which the controller calls right after
 * the first paint: building Names, Quotes, Timeline and Figures for a screen that cannot show
 * them would only delay it.
 * @returns {{ fill: (id: string) => void, fillAll: () => void, readonly pending: string[] }}
 */
export function renderOverview(container, analysis, { lazy = false } = {}) {
  // Keep what the reader opened or closed across re-analyses (typing re-renders every time).
  const wasOpen = new Map([...container.querySelectorAll('details[data-section]')].map((d) => [d.dataset.section, d.open]));
  // <lede-analyzer panels="…"> may hide sections (style.css, data-only): those can always wait.
  const only = container.dataset.only ? new Set(container.dataset.only.split(/\s+/)) : null;
  const shown = (s) => !only || only.has(s.id);
  const eager = lazy ? Math.max(lastSectionInView(container), SECTIONS.findIndex(shown)) : SECTIONS.length - 1;
  const nav = h('nav', { class: 'section-nav', 'aria-label': 'Sections' }, h('ul', {}, SECTIONS.map((s) => {
    const n = s.count?.(analysis);
    return h('li', { data: { sectionNav: s.id } }, h('button', { type: 'button', class: 'goto', data: { goto: s.id } },
      s.title, n != null ? h('span', { class: 'goto-count', text: ` ${fmt(n)}` }) : null));
  })));
  const pending = new Map();
  const sections = SECTIONS.map((s, i) => {
    const n = s.count?.(analysis);
    const title = n != null ? `${s.title} (${fmt(n)})` : s.title;
    const el = s.open === undefined
      ? h('section', { class: 'overview-section', data: { section: s.id }, 'aria-label': s.title }, h('h4', { text: title }))
      : h('details', { class: 'overview-section', data: { section: s.id }, open: wasOpen.get(s.id) ?? s.open },
        h('summary', {}, h('h4', { text: title })));
    const fill = () => el.append(...s.content(analysis).filter(Boolean));
    if (!lazy || (i <= eager && shown(s))) fill();
    else pending.set(s.id, fill);
    return el;
  });
  container.replaceChildren(nav, ...sections);
  return {
    fill(id) {
      const fill = pending.get(id);
      pending.delete(id);
      fill?.();
    },
    fillAll() {
      for (const fill of pending.values()) fill();
      pending.clear();
    },
    get pending() {
      return [...pending.keys()];
    },
  };
}

/**
 * The index in SECTIONS of the last section of the container's current content that is on
 * screen (inside the window and its scrolling column); 0 when none is.
 */
function lastSectionInView(container) {
  const old = container.querySelectorAll(':scope > [data-section]');
  if (!old.length || !container.isConnected) return 0;
  const column = container.parentElement.getBoundingClientRect();
  const top = Math.max(0, column.top);
  const bottom = Math.min(window.innerHeight, column.bottom);
  let last = 0;
  for (const el of old) {
    const box = el.getBoundingClientRect();
    if (box.height > 0 && box.top < bottom && box.bottom > top) {
      last = Math.max(last, SECTIONS.findIndex((s) => s.id === el.dataset.section));
    }
  }
  return last;
}

function section(title, ...content) {
  return h('div', { class: 'overview-subsection' }, h('h5', { class: 'subhead', text: title }), ...content);
}

const ENTITY_LAYERS = new Set(['entities-person', 'entities-organization', 'entities-location', 'entities-misc']);

/** One list per entity type (the layers' own lists). */
function namesContent(a) {
  const lists = LAYERS.filter((layer) => ENTITY_LAYERS.has(layer.id) && layer.list)
    .map((layer) => layerSection(layer, layer.list(a)));
  return lists.some(Boolean) ? lists : [h('p', { class: 'none', text: 'No names found.' })];
}

/** Document facts, counts, readability and the page furniture set aside. */
function textContent(a) {
  const boilerplate = LAYERS.find((layer) => layer.id === 'boilerplate');
  return [
    documentSection(a),
    countsSection(a.stats ?? {}),
    readabilitySection(a.stats?.readability ?? {}),
    boilerplate ? layerSection(boilerplate, boilerplate.list(a)) : null,
  ];
}

function refButton(ref, text, detail) {
  return h('button', { type: 'button', class: 'ref', data: { ref } },
    detail ? h('span', { class: 'ref-detail', text: detail }) : null,
    h('span', { class: 'ref-text', text: truncate(text, 90) }));
}

function facts(rows) {
  return h('dl', { class: 'facts' }, rows.flatMap(([term, value]) => [h('dt', { text: term }), h('dd', {}, value)]));
}

const none = (text = 'Not found') => h('span', { class: 'none', text });

function documentSection(a) {
  const doc = a.document ?? {};
  const names = (doc.byline?.names ?? []).map((n) => n.text).join(', ');
  const ref = doc.reference_date ?? {};
  const lang = a.language;
  return section('Document', facts([
    ['Byline', doc.byline ? [refButton('byline', doc.byline.text), names ? h('div', { class: 'sub', text: `Names: ${names}` }) : null] : none()],
    ['Dateline', doc.dateline
      ? [refButton('dateline', doc.dateline.text), h('div', { class: 'sub', text: `Date: ${doc.dateline.date ?? 'not recognised'}` })]
      : none()],
    ['Reference date', ref.value
      ? [h('time', { datetime: ref.value, text: ref.value }), ` (${REFERENCE_SOURCES[ref.source] ?? ref.source})`]
      : none(`None${ref.source && ref.source !== 'none' ? ` (${ref.source})` : ''}`)],
    ['Language', lang
      ? `${lang.name} (${lang.code})${typeof lang.confidence === 'number' ? `, ${Math.round(lang.confidence * 100)}% confident` : ''}`
      : none('Not detected')],
  ]));
}

/** Problems with the input, at the top of the Overview; nothing when there are none. */
function warningsBlock(warnings) {
  if (!Array.isArray(warnings) || !warnings.length) return null;
  return section(`Warnings (${warnings.length})`, h('ul', { class: 'warnings' },
    warnings.map((w) => h('li', {}, h('code', { text: w.code }), ' ', w.message ?? ''))));
}

function readingTime(seconds) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

function countsSection(s) {
  return section('Counts', facts([
    ['Words', fmt(s.words)],
    ['Sentences', fmt(s.sentences)],
    ['Paragraphs', fmt(s.paragraphs)],
    ['Characters', fmt(s.characters)],
    ['Syllables', fmt(s.syllables)],
    ['Reading time', readingTime(s.reading_time_seconds)],
    ['Words per sentence', fmt(s.average_sentence_length)],
    ['Characters per word', fmt(s.average_word_length)],
  ]));
}

function readabilitySection(r) {
  const table = h('table', { class: 'readability' },
    h('caption', { class: 'visually-hidden', text: 'Readability scores' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Measure' }), h('th', { scope: 'col', text: 'Score' }))),
    h('tbody', {}, READABILITY.map(([key, name, meaning]) => h('tr', {},
      h('th', { scope: 'row' }, name, h('span', { class: 'sub', text: meaning })),
      h('td', { text: fmt(r[key]) })))));
  return section('Readability', table);
}

// A list longer than this shows its first items only: thousands of buttons for a book-length
// text would slow the page and help nobody; the JSON has them all.
const LIST_MAX = 500;

function layerSection(layer, items) {
  if (!items.length) return null;
  const shown = items.slice(0, LIST_MAX);
  return section(`${layer.label} (${items.length})`, h('ul', { class: 'ref-list' },
    shown.map((item) => h('li', {}, refButton(item.ref, item.text, item.detail)))),
  items.length > shown.length
    ? h('p', { class: 'none', text: `…and ${items.length - shown.length} more (all are in the JSON).` })
    : null);
}
