// The overview panel: document facts, warnings, counts, readability and one list per layer.
// Items that match a highlighted range are buttons with data-ref, so the same delegated click
// handler links both ways and keyboard users can reach them.

import { h, truncate } from './dom.js';
import { LAYERS } from './layers.js';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const fmt = (value) => (typeof value === 'number' && Number.isFinite(value) ? number.format(value) : '—');

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

/** Replace the container's content with the overview of `analysis`. */
export function renderOverview(container, analysis) {
  const sections = [
    documentSection(analysis),
    warningsSection(analysis.warnings),
    countsSection(analysis.stats ?? {}),
    readabilitySection(analysis.stats?.readability ?? {}),
    ...LAYERS.filter((layer) => layer.list).map((layer) => layerSection(layer, layer.list(analysis))),
    signalsSection(analysis.signals),
  ];
  container.replaceChildren(...sections.filter(Boolean));
}

function section(title, ...content) {
  return h('section', { class: 'overview-section' }, h('h4', { text: title }), ...content);
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
    ['Headline', doc.headline ? refButton('headline', doc.headline.text) : none()],
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

function warningsSection(warnings = []) {
  if (!warnings.length) return section('Warnings', h('p', { class: 'none', text: 'None' }));
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

function signalsSection(signals) {
  if (!signals || typeof signals !== 'object' || Object.keys(signals).length === 0) return null;
  return section('Signals', h('pre', { class: 'signals', text: JSON.stringify(signals, null, 2) }));
}
