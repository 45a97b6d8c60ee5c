// Human-readable forms of the analyzer's machine values: TIMEX3 time values ("2016-09-22TNI" →
// "Thu 22 Sep 2016, night") and figures (250000, unit, hedge → "250,000 people"). Used by the
// hover titles of the article (layers.js) and by the panels (panels.js). Pure functions, no DOM.

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
// Millions and more read better in words: 1500000 → "1.5 million".
const big = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
const BIG = 1_000_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// ISO order, as TIMEX3 numbers weekdays (1 is Monday).
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PARTS_OF_DAY = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const REFS = { PRESENT_REF: 'the present', PAST_REF: 'the past', FUTURE_REF: 'the future' };
const DURATION_UNITS = {
  Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'minute', S: 'second', DE: 'decade', CE: 'century',
};
const MODS = {
  START: 'early', MID: 'mid', END: 'late', APPROX: 'about', MORE_THAN: 'more than', LESS_THAN: 'less than',
  EQUAL_OR_MORE: 'at least', EQUAL_OR_LESS: 'at most', BEFORE: 'before', AFTER: 'after',
};

/** A plain number: 250000 → "250,000", 1.5 → "1.5", 2300000 → "2.3 million". */
export function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value ?? '');
  return Math.abs(value) >= BIG ? big.format(value) : number.format(value);
}

/**
 * A TIMEX3 value in words: "2016-09-23" → "Fri 23 Sep 2016", "2016-09" → "September 2016",
 * "P1W" → "1 week", "PAST_REF" → "the past", "2016-09-22TNI" → "Thu 22 Sep 2016, night".
 * Anything it does not recognise (or leaves unresolved, "XXXX-XX-XX") comes back as it is.
 */
export function describeTimex(value, mod) {
  const text = describeValue(String(value ?? ''));
  return mod && MODS[mod] ? `${MODS[mod]} ${text}` : text;
}

function describeValue(value) {
  if (REFS[value]) return REFS[value];
  let m = value.match(/^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|MIN|S|DE|CE)$/);
  if (m) {
    const unit = m[1] && m[3] === 'M' ? 'minute' : DURATION_UNITS[m[3]];
    if (m[2] === 'X') return `some ${unit}s`;
    const n = Number(m[2]);
    return `${formatNumber(n)} ${unit}${n === 1 ? '' : 's'}`;
  }
  m = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|MI|AF|EV|NI|DT))?$/);
  if (m) {
    const [, y, mo, d, t] = m;
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(mo) - 1) return value;
    const day = `${DAYS[date.getUTCDay()]} ${Number(d)} ${MONTHS[Number(mo) - 1].slice(0, 3)} ${y}`;
    if (!t) return day;
    return `${day}, ${PARTS_OF_DAY[t] ?? t}`;
  }
  // A weekday whose week is unknown (no reference date, or every such day in a set).
  m = value.match(/^XXXX-WXX-([1-7])(?:T(MO|MI|AF|EV|NI|DT))?$/);
  if (m) {
    const day = WEEKDAYS[Number(m[1]) - 1];
    return m[2] ? `${day}, ${PARTS_OF_DAY[m[2]]}` : day;
  }
  m = value.match(/^(\d{4})-(\d{2})$/);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = value.match(/^(\d{4})-W(\d{2})(-WE)?$/);
  if (m) return m[3] ? `the weekend of week ${Number(m[2])}, ${m[1]}` : `week ${Number(m[2])} of ${m[1]}`;
  m = value.match(/^(\d{4})-Q([1-4])$/);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = value.match(/^(\d{4})-H([12])$/);
  if (m) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  m = value.match(/^(\d{4}|XXXX)-(SP|SU|FA|WI)$/);
  if (m) return m[1] === 'XXXX' ? SEASONS[m[2]] : `${SEASONS[m[2]]} ${m[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${Number(value) + 1}th century`;
  return value;
}

/** True when a TIMEX3 value names no calendar period (unresolved, or a duration, set or reference). */
export function isUndated(value) {
  return typeof value !== 'string' || !/^\d{3,4}/.test(value);
}

const HEDGES = { approx: 'about', more_than: 'more than', less_than: 'less than', at_least: 'at least', at_most: 'at most' };
const ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A quantity's value with its unit: "$5,000,000", "12%", "3 km", "30 years old", "3rd", "40–50". */
export function formatValue(q) {
  const values = Array.isArray(q.range) && q.range.length === 2 ? q.range : [q.value];
  if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) return String(q.text ?? '');
  const unit = typeof q.unit === 'string' ? q.unit : '';
  let one = formatNumber;
  if (q.kind === 'money' && /^[A-Z]{3}$/.test(unit)) {
    let currency = null;
    try {
      currency = new Intl.NumberFormat('en', { style: 'currency', currency: unit, minimumFractionDigits: 0, maximumFractionDigits: 2 });
    } catch {
      currency = null;
    }
    // "$5 billion": the symbol, then the number in words (compact currency formats say "$5B").
    const symbol = currency?.formatToParts(1).find((p) => p.type === 'currency')?.value ?? unit;
    if (currency) one = (v) => (Math.abs(v) >= BIG ? `${symbol}${/^[A-Z]/.test(symbol) ? ' ' : ''}${big.format(v)}` : currency.format(v));
    else one = (v) => `${formatNumber(v)} ${unit}`;
  } else if (q.kind === 'percent' || unit === 'percent') {
    one = (v) => `${formatNumber(v)}%`;
  } else if (q.kind === 'ordinal') {
    one = (v) => `${formatNumber(v)}${ORDINAL_SUFFIX[ORDINAL.select(v)] ?? 'th'}`;
  } else if (q.kind === 'age') {
    const joined = values.map(formatNumber).join('–');
    return `${joined} ${values.at(-1) === 1 ? 'year' : 'years'} old`;
  } else if (unit) {
    const joined = values.map(formatNumber).join('–');
    return `${joined} ${unit}`;
  }
  return values.map(one).join('–');
}

/** The hedge of a figure in words ("about", "more than"), or ''. */
export function formatHedge(q) {
  return HEDGES[q.approx] ?? '';
}

/** A figure in one line: "about 250,000 (people)". */
export function describeFigure(q) {
  const main = [formatHedge(q), formatValue(q)].filter(Boolean).join(' ');
  const counted = q.counted && typeof q.counted.text === 'string' ? q.counted.text : '';
  return counted ? `${main} (${counted})` : main;
}
