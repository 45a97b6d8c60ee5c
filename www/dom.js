// Tiny DOM builder. Everything goes through createElement, setAttribute and text nodes,
// never HTML strings, so article text can never turn into markup.

/**
 * h('button', { class: 'ref', data: { ref: 'headline' }, type: 'button' }, 'Label', childNode)
 * Props: class, text (textContent), data (dataset entries), anything else becomes an attribute
 * (true → empty attribute, null/false/undefined → skipped). Children: nodes or strings.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'data') Object.assign(el.dataset, value);
    else if (/^on/i.test(key)) throw new Error(`h(): use addEventListener, not the ${key} attribute`);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    // append() turns strings into text nodes.
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Shorten a string for a one-line label, on a code-point boundary. */
export function truncate(text, max = 80) {
  const chars = Array.from(String(text).replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
