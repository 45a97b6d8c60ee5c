// Renders the original text with highlight ranges.
//
// Ranges may nest or overlap in any way (a name inside a byline, a sentence crossing a
// boilerplate line), so instead of building a tree we cut the text at every range boundary.
// Each piece gets one element carrying the classes of every range that covers it; pieces
// covered by nothing stay plain text nodes. The container's textContent is therefore exactly
// the input, and the text only ever enters the DOM through textContent / text nodes.

/**
 * Split [0, length) at every range boundary.
 * @returns {{start:number, end:number, ranges:object[]}[]} ranges sorted by their `order`
 */
export function segment(length, ranges) {
  const points = new Set([0, length]);
  const startingAt = new Map();
  for (const r of ranges) {
    points.add(r.start);
    points.add(r.end);
    if (!startingAt.has(r.start)) startingAt.set(r.start, []);
    startingAt.get(r.start).push(r);
  }
  const sorted = [...points].sort((a, b) => a - b);

  const active = new Set();
  const pieces = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const at = sorted[i];
    for (const r of active) if (r.end <= at) active.delete(r);
    for (const r of startingAt.get(at) ?? []) active.add(r);
    pieces.push({ start: at, end: sorted[i + 1], ranges: [...active].sort((a, b) => a.order - b.order) });
  }
  return pieces;
}

/** Replace the container's content with `text`, highlighted by `ranges`. */
export function renderAnnotated(container, text, ranges) {
  const fragment = document.createDocumentFragment();
  for (const piece of segment(text.length, ranges)) {
    const content = text.slice(piece.start, piece.end);
    fragment.append(piece.ranges.length ? pieceElement(content, piece) : document.createTextNode(content));
  }
  container.replaceChildren(fragment);
}

function pieceElement(content, piece) {
  const el = document.createElement(piece.ranges.some((r) => r.mark) ? 'mark' : 'span');
  el.textContent = content;

  const classes = new Set(['hl']);
  const titles = new Set();
  const refs = new Set();
  for (const r of piece.ranges) {
    for (const c of r.className.split(/\s+/)) if (c) classes.add(c);
    titles.add(r.title);
    refs.add(r.ref);
    if (r.data) Object.assign(el.dataset, r.data);
    // The label goes on the piece where its range begins (drawn by CSS, not part of the text).
    if (r.label && r.start === piece.start && !el.dataset.label) el.dataset.label = r.label;
  }
  el.className = [...classes].join(' ');
  el.title = [...titles].join('\n');
  // A click selects the innermost (shortest) range; data-refs lists all of them so every piece
  // of a selected range can be found with [data-refs~="…"].
  el.dataset.ref = innermost(piece.ranges).ref;
  el.dataset.refs = [...refs].join(' ');
  return el;
}

function innermost(ranges) {
  return ranges.reduce((best, r) => (r.end - r.start < best.end - best.start ? r : best));
}
