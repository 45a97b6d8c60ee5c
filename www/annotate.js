// Renders the original text with highlight ranges.
//
// Ranges may nest or overlap in any way (a name inside a byline, a sentence crossing a
// boilerplate line), so instead of building a tree we cut the text at every range boundary.
// Each piece gets one element carrying the classes of every range that covers it; pieces
// covered by nothing stay plain text nodes. The container's textContent is therefore exactly
// the input, and the text only ever enters the DOM through textContent / text nodes.
//
// Long articles are rendered in blocks: the text is cut into blocks of a few thousand
// characters at line ends (a block that ends in a newline looks the same as the unbroken text
// under white-space: pre-wrap), each block is its own <div class="chunk"> so the browser lays
// out only the blocks that change (and, with content-visibility, only the ones on screen), and
// only the blocks near the viewport get their highlights, so a 100,000-word or 10 MB text
// never freezes the tab.

/**
 * Split [from, to) at every boundary of the ranges overlapping it (they may reach beyond it on
 * either side; their ends are clamped, so the pieces never leave it).
 * @returns {{start:number, end:number, ranges:object[]}[]} each piece's covering ranges, sorted by `order`
 */
export function segmentBetween(from, to, ranges) {
  const points = new Set([from, to]);
  const startingAt = new Map();
  for (const r of ranges) {
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (start >= end) continue;
    points.add(start);
    points.add(end);
    if (!startingAt.has(start)) startingAt.set(start, []);
    startingAt.get(start).push(r);
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

/**
 * Where to cut `text` into blocks: after a newline once a block has `target` UTF-16 units, or
 * (text without line breaks) after a space, or anywhere but inside a surrogate pair, at `max`.
 * @returns {number[]} ascending offsets strictly between 0 and text.length
 */
export function chunkCuts(text, target = 4000, max = 32_768) {
  const cuts = [];
  let from = 0;
  while (text.length - from > target) {
    const newline = text.indexOf('\n', from + target - 1);
    let cut = newline === -1 ? text.length : newline + 1;
    if (cut - from > max) {
      cut = from + max;
      const space = text.lastIndexOf(' ', cut - 1);
      if (space >= from + target) cut = space + 1;
      else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
    }
    if (cut >= text.length) break;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;

/**
 * Replace the container's content with `text`, highlighted by `ranges`, in blocks.
 *
 * Every block goes in at once as plain text (cheap even for 10 MB, and the whole text is there
 * to read, scroll and search). The blocks of the first `eagerChars` characters are highlighted
 * at once, so a normal article is complete when this returns; the others are highlighted as
 * they come near the viewport (an IntersectionObserver), so a book-length text costs only what
 * is on screen. reveal() highlights the blocks of a range on demand (to select or scroll to it).
 * @param {object} [opts]
 * @param {number} [opts.eagerChars]
 * @param {(block: HTMLElement) => void} [opts.onHighlight]  after a block got its highlights
 * @returns {{ reveal: (start: number, end: number) => void, stop: () => void, blocks: number }}
 */
export function renderAnnotated(container, text, ranges, { eagerChars = 60_000, onHighlight } = {}) {
  const ends = [...chunkCuts(text), text.length];
  const starts = [0, ...ends.slice(0, -1)];
  const blockOf = (offset) => {
    // The first block whose end is past `offset`.
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const perBlock = ends.map(() => []);
  for (const r of ranges) {
    for (let b = blockOf(r.start); b < ends.length && starts[b] < r.end; b++) perBlock[b].push(r);
  }

  const blocks = ends.map((end, i) => {
    const block = document.createElement('div');
    block.className = 'chunk';
    block.textContent = text.slice(starts[i], end);
    return block;
  });
  const done = new Uint8Array(blocks.length);
  const highlight = (i) => {
    if (done[i]) return;
    done[i] = 1;
    if (perBlock[i].length === 0) return;
    const fragment = document.createDocumentFragment();
    for (const piece of segmentBetween(starts[i], ends[i], perBlock[i])) {
      const content = text.slice(piece.start, piece.end);
      fragment.append(piece.ranges.length ? pieceElement(content, piece) : document.createTextNode(content));
    }
    blocks[i].replaceChildren(fragment);
    onHighlight?.(blocks[i]);
  };

  for (let i = 0; i < blocks.length && starts[i] < eagerChars; i++) highlight(i);
  container.replaceChildren(...blocks);

  let observer = null;
  if (blocks.some((_, i) => !done[i] && perBlock[i].length)) {
    const index = new Map(blocks.map((block, i) => [block, i]));
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        highlight(index.get(entry.target));
        observer.unobserve(entry.target);
      }
    }, { rootMargin: '1500px 0px' });
    blocks.forEach((block, i) => { if (!done[i] && perBlock[i].length) observer.observe(block); });
  }
  return {
    blocks: blocks.length,
    reveal(start, end = start + 1) {
      for (let b = blockOf(start); b < ends.length && starts[b] < end; b++) highlight(b);
    },
    stop() {
      observer?.disconnect();
    },
  };
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
