// Highlight layers. Each layer turns an analysis into a list of ranges over the original text
// (UTF-16 offsets, the analyzer's default) and, optionally, a list for the overview.
//
// To add a layer: add one entry below (and a colour for its class in style.css).
//   id        checkbox id suffix and state key
//   label     what the toggle and the overview call it
//   on        shown by default?
//   ranges(a) → [{ start, end, ref, className, title, label?, data?, mark? }]
//                ref       links the range to its overview item (data-ref); shared by all
//                          mentions of one thing
//                className classes for the highlighted element
//                title     hover text
//                label     small tag drawn before the range (CSS ::before, so it is not text)
//                data      extra data- attributes (e.g. data-kind on boilerplate)
//                mark      true → <mark> (a highlight), otherwise <span> (structure)
//   list(a)   → [{ ref, text, detail? }] for the overview (optional)

import { describeFigure, describeTimex } from './format.js';

/** True for a {start, end, text} span with usable offsets. */
export function isSpan(value) {
  return value != null && typeof value === 'object' &&
    Number.isInteger(value.start) && Number.isInteger(value.end) && typeof value.text === 'string';
}

const arr = (value) => (Array.isArray(value) ? value : []);
const slug = (value) => String(value ?? 'other').toLowerCase().replace(/[^a-z0-9]+/g, '-');
const span = ({ start, end, text }) => ({ start, end, text });
// Refs go into space-separated data-refs lists, so ids must not contain whitespace.
const key = (id, i) => String(id ?? i).replace(/\s+/g, '_');

// "≥ 300 USD (people)": a figure's value, unit, hedge and what it counts, for titles and the overview.
const HEDGE = { approx: '≈', more_than: '>', less_than: '<', at_least: '≥', at_most: '≤' };
const figure = (q) => {
  const value = Array.isArray(q.range) ? q.range.join('–') : (q.value ?? q.text);
  const main = [HEDGE[q.approx] ?? '', `${value}${q.unit ? ` ${q.unit}` : ''}`].filter(Boolean).join(' ');
  return isSpan(q.counted) ? `${main} (${q.counted.text})` : main;
};

// Other spellings the article uses for an entity ("Kerry", "U.S."), possessive endings dropped.
const aliases = (e) => [...new Set(arr(e.mentions).map((m) => m.text.replace(/[’']s$/, '')))]
  .filter((text) => text !== e.name);

function entityLayer(type, label) {
  const of = (a) => arr(a.entities).map((e, i) => [e, i]).filter(([e]) => e.type === type);
  return {
    id: `entities-${slug(type)}`,
    label,
    on: true,
    ranges: (a) => of(a).flatMap(([e, i]) => arr(e.mentions).filter(isSpan).map((m) => ({
      ...span(m),
      ref: `entity-${key(e.id, i)}`,
      className: `entity entity-${slug(e.type)}`,
      title: `${[e.type, e.subtype].filter(Boolean).join(', ')}: ${e.name ?? m.text}`,
      mark: true,
    }))),
    list: (a) => of(a).map(([e, i]) => {
      const others = aliases(e);
      return {
        ref: `entity-${key(e.id, i)}`,
        text: e.name ?? arr(e.mentions)[0]?.text ?? '',
        detail: [
          e.subtype,
          `${arr(e.mentions).length}×`,
          others.length ? `also “${others.join('”, “')}”` : null,
          ...arr(e.descriptions).map((d) => d.text),
        ].filter(Boolean).join(' · '),
      };
    }),
  };
}

export const LAYERS = [
  {
    id: 'boilerplate',
    label: 'Boilerplate',
    on: true,
    ranges: (a) => arr(a.document?.boilerplate).filter(isSpan).map((b, i) => ({
      ...span(b),
      ref: `boilerplate-${i}`,
      className: 'boilerplate',
      title: `Boilerplate: ${b.kind}`,
      label: b.kind,
      data: { kind: b.kind },
    })),
    list: (a) => arr(a.document?.boilerplate).map((b, i) => ({
      ref: `boilerplate-${i}`, text: b.text, detail: b.kind,
    })),
  },
  {
    id: 'headline',
    label: 'Headline',
    on: true,
    ranges: (a) => (isSpan(a.document?.headline)
      ? [{ ...span(a.document.headline), ref: 'headline', className: 'headline', title: 'Headline', label: 'headline' }]
      : []),
  },
  {
    id: 'byline',
    label: 'Byline',
    on: true,
    ranges: (a) => {
      const byline = a.document?.byline;
      if (!isSpan(byline)) return [];
      return [
        { ...span(byline), ref: 'byline', className: 'byline', title: 'Byline', label: 'byline' },
        ...arr(byline.names).filter(isSpan).map((n) => ({
          ...span(n), ref: 'byline', className: 'byline-name', title: `Author: ${n.text}`,
        })),
      ];
    },
  },
  {
    id: 'dateline',
    label: 'Dateline',
    on: true,
    ranges: (a) => {
      const d = a.document?.dateline;
      return isSpan(d)
        ? [{ ...span(d), ref: 'dateline', className: 'dateline', title: d.date ? `Dateline: ${d.date}` : 'Dateline', label: 'dateline' }]
        : [];
    },
  },
  {
    id: 'sentences',
    label: 'Sentences',
    on: false,
    ranges: (a) => arr(a.sentences).filter(isSpan).map((s, i) => ({
      ...span(s),
      ref: `sentence-${i}`,
      className: `sentence ${i % 2 ? 'sentence-odd' : 'sentence-even'}`,
      title: `Sentence ${i + 1}${Number.isInteger(s.paragraph) ? ` (paragraph ${s.paragraph + 1})` : ''}`,
    })),
  },
  // Later analysis stages. They render as soon as the analyzer fills their arrays.
  // One layer per entity type: each has its colour, its toggle (the toggles with their swatches are
  // the legend) and its own group in the overview.
  entityLayer('PERSON', 'People'),
  entityLayer('ORGANIZATION', 'Organizations'),
  entityLayer('LOCATION', 'Places'),
  entityLayer('MISC', 'Other names'),
  {
    id: 'quotes',
    label: 'Quotes',
    on: true,
    ranges: (a) => arr(a.quotes).flatMap((q, i) => {
      const ref = `quote-${key(q.id, i)}`;
      const who = q.speaker?.name ?? q.speaker?.text;
      const kind = q.kind ? `${q.kind} quote` : 'Quote';
      return [
        // The kind as a class: direct words in quote marks are shaded, reported speech only underlined.
        // A quote in pieces (“A,” she said. “B.”) is drawn piece by piece, not over the attribution.
        ...(arr(q.parts).some(isSpan) ? arr(q.parts).filter(isSpan) : [q.content].filter(isSpan)).map((part) => (
          { ...span(part), ref, className: `quote quote-${slug(q.kind)}`, title: who ? `${kind} by ${who}` : kind, mark: true })),
        isSpan(q.cue) && { ...span(q.cue), ref, className: 'quote-cue', title: 'Quote cue', mark: true },
        isSpan(q.speaker) && { ...span(q.speaker), ref, className: 'quote-speaker', title: 'Speaker', mark: true },
      ].filter(Boolean);
    }),
    list: (a) => arr(a.quotes).map((q, i) => ({
      ref: `quote-${key(q.id, i)}`,
      text: q.content?.text ?? '',
      detail: [q.speaker?.name ?? q.speaker?.text, q.speaker?.anonymous ? 'unnamed' : null, q.kind].filter(Boolean).join(' · '),
    })),
  },
  {
    id: 'times',
    label: 'Times',
    on: true,
    ranges: (a) => arr(a.times).filter(isSpan).map((t, i) => ({
      ...span(t), ref: `time-${i}`, className: 'time',
      title: [t.type ?? 'Time', [t.value, t.mod].filter(Boolean).join(' ')].filter(Boolean).join(': ') +
        (t.value && describeTimex(t.value, t.mod) !== t.value ? ` (${describeTimex(t.value, t.mod)})` : ''),
      mark: true,
    })),
    list: (a) => arr(a.times).map((t, i) => ({ ref: `time-${i}`, text: t.text, detail: [t.value ?? t.type, t.mod].filter(Boolean).join(' ') })),
  },
  {
    id: 'quantities',
    label: 'Quantities',
    on: true,
    ranges: (a) => arr(a.quantities).filter(isSpan).map((q, i) => ({
      ...span(q), ref: `quantity-${i}`, className: 'quantity', title: `Quantity: ${describeFigure(q)}`, mark: true,
    })),
    list: (a) => arr(a.quantities).map((q, i) => ({ ref: `quantity-${i}`, text: q.text, detail: figure(q) })),
  },
  {
    id: 'keyphrases',
    label: 'Key phrases',
    on: false,
    ranges: (a) => arr(a.keyphrases).flatMap((k, i) => [k, ...arr(k.mentions)].filter(isSpan).map((m) => ({
      ...span(m), ref: `keyphrase-${i}`, className: 'keyphrase', title: `Key phrase: ${k.text ?? m.text}`, mark: true,
    }))),
    list: (a) => arr(a.keyphrases).map((k, i) => ({
      ref: `keyphrase-${i}`, text: k.text ?? k.phrase ?? '', detail: typeof k.score === 'number' ? k.score.toFixed(2) : '',
    })),
  },
  {
    id: 'summary',
    label: 'Summary',
    on: false,
    // The lede (the first news sentence) is marked too: in its summary sentence, or on its own.
    ranges: (a) => {
      const isLede = (s) => isSpan(a.lede) && s.start === a.lede.start && s.end === a.lede.end;
      const ranges = arr(a.summary).filter(isSpan).map((s, i) => ({
        ...span(s), ref: `summary-${i}`, className: 'summary', title: `Summary sentence ${i + 1}${isLede(s) ? ' (the lede)' : ''}`,
      }));
      if (isSpan(a.lede) && !arr(a.summary).some(isLede)) {
        ranges.push({ ...span(a.lede), ref: 'lede', className: 'summary', title: 'The lede: the first news sentence', label: 'lede' });
      }
      return ranges;
    },
    list: (a) => arr(a.summary).map((s, i) => ({ ref: `summary-${i}`, text: s.text ?? '' })),
  },
  // The evidence behind the Overview panel (panels.js): off by default, shown for one item when
  // it is clicked there (the controller draws the selected ref's ranges even when its layer is off).
  {
    id: 'event',
    label: '5W1H',
    on: false,
    ranges: (a) => EVENT_PARTS.flatMap((part) => arr(a.event?.[part]?.spans).filter(isSpan).map((s) => ({
      ...span(s), ref: `event-${part}`, className: 'event', title: `${part[0].toUpperCase()}${part.slice(1)}: ${a.event[part].text ?? s.text}`, mark: true,
    }))),
  },
  {
    id: 'tone',
    label: 'Tone words',
    on: false,
    ranges: (a) => TONE_KINDS.flatMap(([kind, title]) => arr(a.tone?.[kind]).filter(isSpan).map((s) => ({
      ...span(s), ref: `tone-${kind}`, className: `tone-word tone-${kind}`, title, mark: true,
    }))),
  },
  {
    id: 'signals',
    label: 'Signal evidence',
    on: false,
    ranges: (a) => arr(a.signals?.items).flatMap((item, i) => arr(item?.spans).filter(isSpan).map((s, j) => ({
      ...span(s), ref: `signal-${i}-${j}`, className: `signal signal-${slug(item.level)}`, title: `${item.level ?? 'Signal'}: ${item.message ?? item.code ?? ''}`, mark: true,
    }))),
  },
];

/** The parts of `analysis.event`, in 5W1H order. */
export const EVENT_PARTS = ['who', 'what', 'when', 'where', 'why', 'how'];
/** The word lists of `analysis.tone`, with what a highlighted word is called. */
export const TONE_KINDS = [
  ['loaded', 'Loaded or emotive word'],
  ['hedges', 'Hedge'],
  ['intensifiers', 'Intensifier'],
  ['superlatives', 'Superlative'],
];

/**
 * All ranges of the enabled layers, valid for a text of `length` UTF-16 units, each tagged
 * with its layer and an order (layer order first) used to sort classes and titles.
 */
export function collectRanges(analysis, enabled, length) {
  const out = [];
  for (const layer of LAYERS) {
    if (!enabled(layer)) continue;
    for (const r of layer.ranges(analysis)) {
      // Drop anything the article cannot show rather than throw on a bad span.
      if (r.start < 0 || r.end > length || r.start >= r.end) continue;
      out.push({ ...r, layer: layer.id, order: out.length });
    }
  }
  return out;
}

/** Number of ranges per layer, for the toggles (layers with none are not offered). */
export function layerCounts(analysis) {
  return new Map(LAYERS.map((layer) => [layer.id, layer.ranges(analysis).length]));
}
