// The topic panels of the results column (overview.js puts them together): the Overview (the
// gist: headline, summary, 5W1H, key phrases, tone, signals), Quotes, Sources, Timeline and
// Figures. Every item that points into the article is a button with data-ref, handled by the
// controller's one delegated click handler (so Enter and Space work too); the refs are those of
// layers.js, whose ranges the controller draws (even for a layer that is switched off) when
// the item is selected.
//
// Each builder returns the section's content (nodes) or null when the analysis has nothing for
// it; fields added to the analysis later (event, tone, signals.items) are optional: a section
// whose field is missing is left out, never an error.

import { h, truncate } from './dom.js';
import { EVENT_PARTS, TONE_KINDS } from './layers.js';
import { describeTimex, formatHedge, formatNumber, formatValue, isUndated } from './format.js';

const arr = (value) => (Array.isArray(value) ? value : []);
const isObject = (value) => value != null && typeof value === 'object' && !Array.isArray(value);
const str = (value) => (typeof value === 'string' ? value : '');
const percent = (share) => (typeof share === 'number' && Number.isFinite(share) ? `${Math.round(share * 100)}%` : '—');
const plural = (n, one, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;
// Refs go into space-separated data-refs lists (the same rule as layers.js).
const key = (id, i) => String(id ?? i).replace(/\s+/g, '_');

/** A button that selects `ref` (its ranges in the article and this item). */
function refButton(ref, className, ...children) {
  return h('button', { type: 'button', class: `ref ${className ?? ''}`.trim(), data: { ref } }, ...children);
}

function subhead(text) {
  return h('h5', { class: 'subhead', text });
}

const none = (text) => h('p', { class: 'none', text });

// Lists longer than this show their first items only: thousands of buttons for a book-length
// text would slow the page and help nobody; the JSON has them all.
export const LIST_MAX = 200;
const more = (total, shown) => (total > shown
  ? h('p', { class: 'none', text: `…and ${formatNumber(total - shown)} more (all are in the JSON).` })
  : null);

/** A small count for a chip: the digits are seen, "4 mentions" is what a screen reader says. */
const countBadge = (n, what) => [
  h('span', { class: 'chip-count', text: String(n), 'aria-hidden': 'true' }),
  h('span', { class: 'visually-hidden', text: ` (${plural(n, what)})` }),
];

// ---------- Overview ----------

/** Headline, lede and summary, the 5W1H card, key phrases, the tone strip and the signals. */
export function gistContent(a) {
  return [
    headlineBlock(a),
    summaryBlock(a),
    eventBlock(a.event),
    keyphrasesBlock(a.keyphrases),
    toneBlock(a.tone, arr(a.sentences)),
    signalsBlock(a.signals),
  ].filter(Boolean);
}

function headlineBlock(a) {
  const headline = a.document?.headline;
  if (!headline || typeof headline.text !== 'string') return h('p', { class: 'gist-headline none', text: 'No headline found' });
  return h('div', { class: 'gist-headline' }, refButton('headline', 'headline-ref', h('span', { class: 'ref-text', text: truncate(headline.text, 200) })));
}

function summaryBlock(a) {
  const summary = arr(a.summary).filter((s) => typeof s?.text === 'string');
  const lede = a.lede && typeof a.lede.text === 'string' ? a.lede : null;
  const isLede = (s) => lede && s.start === lede.start && s.end === lede.end;
  const items = summary.map((s, i) => h('li', {}, refButton(`summary-${i}`, 'summary-ref',
    isLede(s) ? h('span', { class: 'badge', text: 'lede' }) : null,
    h('span', { class: 'ref-text', text: truncate(s.text, 300) }))));
  if (lede && !summary.some(isLede)) {
    items.unshift(h('li', {}, refButton('lede', 'summary-ref', h('span', { class: 'badge', text: 'lede' }), h('span', { class: 'ref-text', text: truncate(lede.text, 300) }))));
  }
  if (!items.length) return null;
  return h('div', { class: 'gist-block gist-summary' }, subhead('Summary'), h('ol', { class: 'summary-list' }, items));
}

const PART_LABELS = { who: 'Who', what: 'What', when: 'When', where: 'Where', why: 'Why', how: 'How' };

function eventBlock(event) {
  if (!isObject(event)) return null;
  const rows = EVENT_PARTS.map((part) => {
    const value = event[part];
    let content;
    if (isObject(value) && typeof value.text === 'string' && value.text) {
      const confidence = typeof value.confidence === 'number' ? `${Math.round(value.confidence * 100)}% confident` : null;
      const when = part === 'when' && typeof value.value === 'string' ? describeTimex(value.value) : null;
      const text = h('span', { class: 'ref-text', text: truncate(value.text, 160) });
      const detail = [when && when !== value.text ? when : null, confidence].filter(Boolean).join(' · ');
      content = arr(value.spans).length
        ? refButton(`event-${part}`, 'event-ref', text)
        : text;
      content = [content, detail ? h('span', { class: 'sub', text: detail }) : null];
    } else {
      content = h('span', { class: 'none', text: 'not found' });
    }
    return [h('dt', { text: PART_LABELS[part] }), h('dd', {}, content)];
  });
  return h('div', { class: 'gist-block event-card', role: 'group', 'aria-label': 'The main event (5W1H)' },
    subhead('The main event'), h('dl', { class: 'facts event-facts' }, rows));
}

function keyphrasesBlock(keyphrases) {
  const list = arr(keyphrases).filter((k) => typeof k?.text === 'string');
  if (!list.length) return null;
  return h('div', { class: 'gist-block' }, subhead('Key phrases'),
    h('ul', { class: 'chips', 'aria-label': 'Key phrases, best first: select one to highlight it in the article' },
      list.map((k, i) => {
        const n = arr(k.mentions).length;
        return h('li', {}, refButton(`keyphrase-${i}`, 'chip',
          h('span', { class: 'chip-text', text: truncate(k.text, 60) }),
          n ? countBadge(n, 'mention') : null));
      })));
}

/** The colour class of a compound score (−1..1): seven steps, so the strip needs no inline colours. */
export function toneClass(compound) {
  if (typeof compound !== 'number' || !Number.isFinite(compound)) return 'tone-none';
  if (compound <= -0.6) return 'tone-neg3';
  if (compound <= -0.3) return 'tone-neg2';
  if (compound < -0.05) return 'tone-neg1';
  if (compound <= 0.05) return 'tone-0';
  if (compound < 0.3) return 'tone-pos1';
  if (compound < 0.6) return 'tone-pos2';
  return 'tone-pos3';
}

const toneWord = (compound) => {
  if (typeof compound !== 'number' || !Number.isFinite(compound)) return 'no score';
  if (compound < -0.05) return 'negative';
  if (compound > 0.05) return 'positive';
  return 'neutral';
};
const signed = (x) => (typeof x === 'number' && Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(2)}` : '—');

function toneBlock(tone, sentences) {
  if (!isObject(tone)) return null;
  const overall = isObject(tone.overall) ? tone.overall : null;
  const cells = toneCells(arr(tone.sentences).filter((s) => isObject(s) && Number.isInteger(s.sentence)));
  const words = TONE_KINDS.map(([kind, title]) => [kind, title, arr(tone[kind]).filter((s) => typeof s?.text === 'string')])
    .filter(([, , spans]) => spans.length);
  return h('div', { class: 'gist-block tone' }, subhead('Tone'),
    overall ? h('p', { class: 'tone-overall' },
      h('span', { class: `tone-swatch ${toneClass(overall.compound)}`, 'aria-hidden': 'true' }),
      h('strong', { text: str(overall.label) || toneWord(overall.compound) }),
      ` overall (${signed(overall.compound)})`,
      h('span', { class: 'sub', text: `Words: ${percent(overall.positive)} positive, ${percent(overall.negative)} negative, ${percent(overall.neutral)} neutral` }))
      : null,
    // One Tab stop for the whole strip; the arrow keys move along it (controller.js, data-roving).
    cells.length ? h('ol', { class: 'tone-strip', data: { roving: '' }, 'aria-label': 'Tone of each sentence, in order: select one to find it in the article (arrow keys move along)' },
      cells.map((c, k) => {
        const n = c.sentence;
        const text = c.last === n ? str(sentences[n]?.text) : '';
        const which = c.last === n ? `Sentence ${n + 1}` : `Sentences ${n + 1}–${c.last + 1}`;
        const label = `${which}: ${toneWord(c.compound)} (${signed(c.compound)})`;
        return h('li', {}, h('button', {
          type: 'button', class: `tone-cell ${toneClass(c.compound)}`, data: { ref: `sentence-${n}` }, tabindex: k === 0 ? '0' : '-1',
          'aria-label': label, title: text ? `${label}\n${truncate(text, 160)}` : label,
        }));
      })) : null,
    cells.length ? h('p', { class: 'tone-legend', 'aria-hidden': 'true' },
      'negative ', ...['tone-neg3', 'tone-neg2', 'tone-neg1', 'tone-0', 'tone-pos1', 'tone-pos2', 'tone-pos3']
        .map((c) => h('span', { class: `tone-swatch ${c}` })), ' positive') : null,
    words.length ? h('ul', { class: 'chips tone-words' }, words.map(([kind, title, spans]) => h('li', {},
      refButton(`tone-${kind}`, 'chip',
        h('span', { class: 'chip-text', text: `${title}s: ${truncate([...new Set(spans.map((s) => s.text.toLowerCase()))].join(', '), 60)}` }),
        countBadge(spans.length, 'occurrence')))))
      : null);
}

// A strip of more cells than this would be unreadable (and slow): longer texts get one cell per
// run of consecutive sentences, with their mean score, pointing at the run's first sentence.
const TONE_CELLS_MAX = 240;

function toneCells(list) {
  const out = list.map((s) => ({ sentence: s.sentence, last: s.sentence, compound: s.compound }));
  if (out.length <= TONE_CELLS_MAX) return out;
  const per = Math.ceil(out.length / TONE_CELLS_MAX);
  const runs = [];
  for (let i = 0; i < out.length; i += per) {
    const run = out.slice(i, i + per);
    const scores = run.map((c) => c.compound).filter((x) => typeof x === 'number' && Number.isFinite(x));
    runs.push({
      sentence: run[0].sentence,
      last: run.at(-1).last,
      compound: scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : null,
    });
  }
  return runs;
}

const LEVELS = { warning: 'Warning', notice: 'Notice', info: 'Info' };
// Evidence links shown per signal; a signal resting on hundreds of spans lists the first ones.
const EVIDENCE_MAX = 12;

function signalsBlock(signals) {
  if (!isObject(signals) || !Array.isArray(signals.items)) return null;
  const items = signals.items.filter(isObject);
  if (!items.length) return h('div', { class: 'gist-block' }, subhead('Signals'), none('Nothing to point out.'));
  return h('div', { class: 'gist-block' }, subhead(`Signals (${items.length})`),
    h('ul', { class: 'signal-list' }, items.map((item, i) => {
      const spans = arr(item.spans).filter((s) => typeof s?.text === 'string');
      const level = LEVELS[item.level] ? item.level : 'info';
      return h('li', { class: `signal-item level-${level}`, data: { code: str(item.code) } },
        h('span', { class: `badge level-badge level-${level}`, text: LEVELS[level] }),
        ' ',
        h('span', { class: 'signal-message', text: str(item.message) || str(item.code) }),
        spans.length ? h('span', { class: 'evidence' },
          h('span', { class: 'visually-hidden', text: 'Evidence: ' }),
          spans.slice(0, EVIDENCE_MAX).map((s, j) => refButton(`signal-${i}-${j}`, 'evidence-ref',
            h('span', { class: 'ref-text', text: `“${truncate(s.text, 40)}”` }))),
          spans.length > EVIDENCE_MAX ? h('span', { class: 'sub', text: `…and ${spans.length - EVIDENCE_MAX} more` }) : null)
          : null);
    })));
}

// ---------- Quotes ----------

const KIND_LABELS = { direct: 'direct', partial: 'partial', indirect: 'indirect', mixed: 'mixed' };

/** The group a quote goes in: its speaker's entity, else the speaker as written. */
function speakerKey(speaker) {
  if (!isObject(speaker)) return 'none';
  if (speaker.entity) return `entity:${speaker.entity}`;
  return `text:${str(speaker.description || speaker.text).toLowerCase().trim()}`;
}

/** Quotes grouped by speaker, the most quoted first; quotes without a speaker last. */
export function groupQuotes(quotes) {
  const groups = new Map();
  arr(quotes).forEach((q, i) => {
    if (!isObject(q) || typeof q.content?.text !== 'string') return;
    const k = speakerKey(q.speaker);
    if (!groups.has(k)) groups.set(k, { key: k, speaker: isObject(q.speaker) ? q.speaker : null, quotes: [], written: new Set(), first: i });
    const group = groups.get(k);
    group.quotes.push([q, i]);
    if (group.speaker && typeof q.speaker.text === 'string') group.written.add(q.speaker.text);
  });
  return [...groups.values()].sort((x, y) =>
    (x.key === 'none') - (y.key === 'none') || y.quotes.length - x.quotes.length || x.first - y.first);
}

export function quotesContent(a) {
  const groups = groupQuotes(a.quotes);
  if (!groups.length) return [none('No quotes found.')];
  let budget = LIST_MAX;
  const total = groups.reduce((n, g) => n + g.quotes.length, 0);
  const shown = [];
  for (const g of groups) {
    if (budget <= 0) break;
    shown.push({ ...g, quotes: g.quotes.slice(0, budget) });
    budget -= Math.min(budget, g.quotes.length);
  }
  return [h('ul', { class: 'quote-groups' }, shown.map((g) => {
    const s = g.speaker;
    const name = s ? str(s.name) || str(s.text) : 'No speaker found';
    const description = s && s.description && s.description !== name ? s.description : null;
    const written = [...g.written].filter((t) => t !== name);
    return h('li', { class: 'quote-card' },
      // A speaker known as an entity links to all its mentions.
      h('h5', { class: 'quote-speaker-name' },
        s?.entity ? refButton(`entity-${key(s.entity)}`, 'speaker-ref', name) : name,
        s?.anonymous ? h('span', { class: 'badge badge-anonymous', text: 'anonymous' }) : null,
        h('span', { class: 'quote-count', text: ` · ${plural(g.quotes.length, 'quote')}` })),
      description || written.length ? h('p', { class: 'sub' },
        [description, written.length ? `written “${written.join('”, “')}”` : null].filter(Boolean).join(' · ')) : null,
      h('ul', { class: 'quote-list' }, g.quotes.map(([q, i]) => {
        const kind = KIND_LABELS[q.kind] ?? 'quote';
        // Quote marks around words that were in quote marks; a mixed quote keeps its own inside.
        const marks = kind === 'direct' || kind === 'partial' ? ['“', '”'] : ['', ''];
        // A quote in pieces shows its pieces, not the attribution between them.
        const parts = arr(q.parts).filter((p) => typeof p?.text === 'string');
        const words = parts.length ? parts.map((p) => p.text).join(' … ') : q.content.text;
        return h('li', {}, refButton(`quote-${key(q.id, i)}`, 'quote-ref',
          h('span', { class: `badge kind-badge kind-${kind}`, text: kind }),
          ' ',
          h('span', { class: 'quote-text', text: `${marks[0]}${truncate(words, 280)}${marks[1]}` }),
          typeof q.cue?.text === 'string' ? h('span', { class: 'sub', text: `cue: ${q.cue.text}` }) : null));
      })));
  })), more(total, LIST_MAX - budget)];
}

// ---------- Sources ----------

export function sourcesContent(a) {
  const sourcing = isObject(a.signals?.sourcing) ? a.signals.sourcing : null;
  const sources = arr(a.sources).filter(isObject);
  if (!sourcing && !sources.length) return [none('No sources found.')];
  const out = [];
  if (sourcing) {
    const agencies = arr(sourcing.agencies).filter((x) => typeof x === 'string');
    out.push(h('dl', { class: 'facts sourcing-facts' },
      h('dt', { text: 'Named sources' }), h('dd', { text: formatNumber(sourcing.named_sources ?? 0) }),
      h('dt', { text: 'Anonymous sources' }), h('dd', { text: formatNumber(sourcing.anonymous_sources ?? 0) }),
      h('dt', { text: 'News agencies cited' }), h('dd', {}, agencies.length
        ? h('ul', { class: 'inline-list' }, agencies.map((x) => h('li', { text: x })))
        : h('span', { class: 'none', text: 'none' })),
      h('dt', { text: 'Sentences with an attribution' }), h('dd', { text: percent(sourcing.attributed_sentence_share) }),
      h('dt', { text: 'Most-quoted source’s share' }), h('dd', { text: percent(sourcing.top_source_share) })));
  }
  if (sources.length) out.push(sourcesChart(sources.slice(0, SOURCES_MAX)), more(sources.length, Math.min(sources.length, SOURCES_MAX)));
  return out;
}

const SOURCES_MAX = 50;

/** Quotes per source as a table whose bars are plain elements sized through the CSSOM (CSP-safe). */
function sourcesChart(sources) {
  const max = Math.max(1, ...sources.map((s) => (Number.isFinite(s.quotes) ? s.quotes : 0)));
  const bar = (n, className) => {
    const el = h('span', { class: `bar ${className}` });
    el.style.width = `${(Math.max(0, n) / max) * 100}%`;
    return el;
  };
  return h('table', { class: 'source-chart' },
    h('caption', {}, 'Quotes per source',
      h('span', { class: 'chart-legend', 'aria-hidden': 'true' },
        h('span', { class: 'legend-swatch bar-direct' }), ' in quote marks ',
        h('span', { class: 'legend-swatch bar-indirect' }), ' reported')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Source' }), h('th', { scope: 'col', text: 'Quotes' }))),
    h('tbody', {}, sources.map((s) => {
      const quotes = Number.isFinite(s.quotes) ? s.quotes : 0;
      const direct = Number.isFinite(s.direct) ? s.direct : 0;
      const indirect = Math.max(0, quotes - direct);
      const name = str(s.name) || str(s.description) || 'unnamed source';
      return h('tr', { class: s.anonymous ? 'source-anonymous' : null },
        h('th', { scope: 'row' }, s.entity ? refButton(`entity-${key(s.entity)}`, 'speaker-ref', name) : name, s.anonymous ? h('span', { class: 'badge badge-anonymous', text: 'anonymous' }) : null,
          s.name && s.description ? h('span', { class: 'sub', text: truncate(s.description, 80) }) : null),
        h('td', {},
          h('span', { class: 'bars', 'aria-hidden': 'true' }, bar(direct, 'bar-direct'), bar(indirect, 'bar-indirect')),
          h('span', { class: 'bar-label', text: `${formatNumber(quotes)} (${formatNumber(direct)} quoted, ${formatNumber(s.indirect ?? indirect)} reported)` })));
    })));
}

// ---------- Timeline ----------

export function timelineContent(a) {
  const times = arr(a.times);
  const sentences = arr(a.sentences);
  const all = arr(a.timeline).filter((e) => isObject(e) && typeof e.text === 'string');
  const entries = all.slice(0, LIST_MAX);
  if (!times.length && !entries.length) return [none('No time expressions found.')];
  const out = [];
  const placed = new Set();
  if (entries.length) {
    // One step per resolved period ("September 2016" holds "this month" and "earlier this month").
    const steps = [];
    for (const e of entries) {
      const label = describeTimex(e.value ?? e.date);
      const last = steps.at(-1);
      if (last && last.label === label) last.entries.push(e);
      else steps.push({ label, date: str(e.date), entries: [e] });
      if (Number.isInteger(e.time)) placed.add(e.time);
    }
    out.push(h('ol', { class: 'timeline', 'aria-label': 'Events by date' }, steps.map((step) => h('li', { class: 'timeline-step' },
      h('h5', { class: 'timeline-date' }, h('time', { datetime: step.date || null, text: step.label })),
      h('ul', { class: 'timeline-events' }, step.entries.map((e) => {
        const parts = [
          h('span', { class: 'time-expression', text: e.text }),
          h('span', { class: 'ref-text', text: typeof e.sentence?.text === 'string' ? truncate(e.sentence.text, 220) : 'In the headline or dateline' }),
        ];
        return h('li', {}, Number.isInteger(e.time) ? refButton(`time-${e.time}`, 'timeline-ref', parts) : parts);
      }))))),
    more(all.length, entries.length));
    // Entries left out are dated too: keep them out of the undated list.
    for (const e of all) if (Number.isInteger(e.time)) placed.add(e.time);
  }
  const undated = times.map((t, i) => [t, i]).filter(([t, i]) => isObject(t) && !placed.has(i) && typeof t.text === 'string');
  if (undated.length) {
    out.push(subhead(`Not on the calendar (${undated.length})`),
      h('ul', { class: 'ref-list undated' }, undated.slice(0, LIST_MAX).map(([t, i]) => {
        const meaning = describeTimex(t.value, t.mod);
        const kind = t.type === 'DURATION' ? 'duration' : t.type === 'SET' ? 'repeats'
          : /_REF$/.test(str(t.value)) ? 'vague' : isUndated(t.value) ? 'unresolved' : 'date';
        const sentence = Number.isInteger(t.sentence) ? str(sentences[t.sentence]?.text) : '';
        return h('li', {}, refButton(`time-${i}`, 'timeline-ref',
          h('span', { class: 'time-expression', text: t.text }),
          h('span', { class: 'ref-detail', text: kind }),
          meaning && meaning !== t.text ? h('span', { class: 'time-meaning', text: meaning }) : null,
          sentence ? h('span', { class: 'sub', text: truncate(sentence, 160) }) : null));
      })), more(undated.length, Math.min(undated.length, LIST_MAX)));
  }
  return out;
}

// ---------- Figures ----------

const FIGURE_KINDS = { number: 'number', money: 'money', percent: 'percent', measure: 'measure', ordinal: 'ordinal', age: 'age' };

export function figuresContent(a) {
  const quantities = arr(a.quantities).map((q, i) => [q, i]).filter(([q]) => isObject(q) && typeof q.text === 'string');
  if (!quantities.length) return [none('No figures found.')];
  const sentences = arr(a.sentences);
  return [h('ul', { class: 'figure-list' }, quantities.slice(0, LIST_MAX).map(([q, i]) => {
    const hedge = formatHedge(q);
    const sentence = Number.isInteger(q.sentence) ? str(sentences[q.sentence]?.text) : '';
    const facts = [
      FIGURE_KINDS[q.kind] ?? 'figure',
      q.unit && q.kind !== 'money' && q.kind !== 'percent' ? `unit: ${q.unit}` : null,
      Array.isArray(q.range) ? 'range' : null,
      hedge ? `approximate (${hedge})` : null,
    ].filter(Boolean).join(' · ');
    return h('li', {}, refButton(`quantity-${i}`, 'figure-ref',
      h('span', { class: 'figure-head' },
        h('span', { class: 'figure-value', text: [hedge, formatValue(q)].filter(Boolean).join(' ') }),
        typeof q.counted?.text === 'string' ? h('span', { class: 'figure-counted', text: q.counted.text }) : null),
      h('span', { class: 'sub', text: `“${q.text}” · ${facts}` }),
      h('span', { class: 'figure-sentence', text: sentence ? truncate(sentence, 220) : 'In the headline or dateline' })));
  })), more(quantities.length, Math.min(quantities.length, LIST_MAX))];
}
