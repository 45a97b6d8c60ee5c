// Lede's analysis worker (a module worker): loads the WebAssembly engine and analyses texts
// off the main thread, so typing and scrolling never wait for an analysis.
//
// Protocol (see engine.js, which is the only code that talks to it):
//   → { id, text, options }
//   → { type: 'json', id }                       send the long JSON of result `id` (see below)
//   ← { type: 'ready', version }                 once, when the engine has loaded
//   ← { type: 'load-error', message }            once, when it could not load
//   ← { type: 'result', id, analysis, json, elapsed, bytes, memory, parts }   json: the pretty JSON,
//                                                or null when it is long: the worker keeps it
//   ← { type: 'part', id, path, items }  × parts: the items of a long array, in order
//   ← { type: 'json', id, json }                 answers { type: 'json', id }: that long JSON as a
//                                                Blob, or null when it is no longer kept
//   ← { type: 'error', id, message, fatal }      the analysis threw (fatal: the engine trapped
//                                                and this worker must be replaced)
//
// The engine is found beside the page: ./pkg/lede.js relative to this file, which is how both
// the development server (www/ at /, pkg/ at /pkg/) and the built site (dist/) lay it out.

const ENGINE_URL = new URL('./pkg/lede.js', import.meta.url).href;
const WASM_URL = new URL('./pkg/lede_bg.wasm', import.meta.url);

// The .wasm is fetched and compiled (streaming, while it downloads) at the same time as the
// engine's JS module is fetched, rather than after it: the two do not depend on each other.
const compiled = WebAssembly.compileStreaming(fetch(WASM_URL));
compiled.catch(() => {}); // handled below

const engine = (async () => {
  // A dynamic import, so a missing or broken engine is a message to the page, not a dead worker.
  const module = await import(ENGINE_URL);
  let wasm;
  try {
    wasm = await compiled;
  } catch {
    // Let the engine's own loader fetch it again: it copes with a server that does not send
    // application/wasm, and its errors (missing, corrupt) are the ones the page reports.
    wasm = undefined;
  }
  const exports = await module.default(wasm ? { module_or_path: wasm } : undefined);
  return { module, memory: exports.memory };
})();

engine.then(
  ({ module }) => {
    postMessage({ type: 'ready', version: module.version() });
    // The engine builds its lookup tables on first use (~0.1 s): do it now, while the reader
    // is still pasting, rather than on their first Analyze. A request that comes in meanwhile
    // simply waits for this to finish.
    try {
      module.analyze('Warm-up. The engine met on Monday in Paris, officials said.', {});
    } catch (err) {
      // Only a warm-up: a real request reports any problem (a trap marks the engine broken).
      broken = err instanceof WebAssembly.RuntimeError;
    }
  },
  (err) => postMessage({ type: 'load-error', message: String(err?.message ?? err) }),
);

let broken = false;

// The long JSONs of the latest results, by request id, until the page asks for them.
const kept = new Map();
const KEEP_JSON = 2;

self.addEventListener('message', async (event) => {
  const { id, text, options } = event.data ?? {};
  if (event.data?.type === 'json') {
    const json = kept.get(id);
    postMessage({ type: 'json', id, json: json === undefined ? null : new Blob([json], { type: 'application/json' }) });
    return;
  }
  let lede;
  try {
    lede = await engine;
  } catch (err) {
    postMessage({ type: 'error', id, message: `the engine did not load: ${err?.message ?? err}`, fatal: true });
    return;
  }
  if (broken) {
    postMessage({ type: 'error', id, message: 'the engine stopped after an internal error', fatal: true });
    return;
  }
  const started = performance.now();
  let analysis;
  try {
    analysis = lede.module.analyze(String(text ?? ''), options ?? {});
  } catch (err) {
    // A RuntimeError is a trap inside the wasm (out of memory, a bug): its state can no longer
    // be trusted, so the page replaces this worker. Anything else is an ordinary Error
    // (bad option, input over max_bytes) and the engine stays usable.
    broken = err instanceof WebAssembly.RuntimeError;
    postMessage({ type: 'error', id, message: String(err?.message ?? err), fatal: broken });
    return;
  }
  const elapsed = performance.now() - started;
  // The pretty JSON the page shows and exports is made here, off the main thread, so the page
  // never stringifies a large result. The engine serialises maps as plain objects, so the
  // result is already plain JSON data and goes to the page as it is (structured clone).
  const json = JSON.stringify(analysis, mapsAsObjects, 2);
  const longJson = json.length > JSON_STRING_MAX;
  // A long text's result has arrays of hundreds of thousands of objects; the page would spend
  // seconds in one task just receiving it. So long arrays go in parts, one message each, which
  // the page receives as separate tasks with frames in between (engine.js puts them back).
  const parts = [];
  split(analysis, [], parts, 0);
  postMessage({
    type: 'result',
    id,
    analysis,
    json: longJson ? null : json,
    elapsed,
    bytes: utf8Length(text),
    memory: lede.memory?.buffer.byteLength ?? 0,
    parts: parts.length,
  });
  for (const part of parts) postMessage({ type: 'part', id, path: part.path, items: part.items });
  // A long text's JSON runs to hundreds of megabytes: copied to the page as a string with the
  // result, it stalled the page for half a second or more (10 MB of text), and made into a Blob
  // here it takes the worker a second and the page's rendering meanwhile slows. The page needs it
  // only to show (the first megabyte), copy or download it: it stays here until asked for.
  if (longJson) {
    kept.set(id, json);
    while (kept.size > KEEP_JSON) kept.delete(kept.keys().next().value);
  }
});

const JSON_STRING_MAX = 1_000_000; // characters; a longer JSON stays in the worker until asked for
const PART_ITEMS = 2000;
// Top-level arrays, their items, arrays inside those (entity mentions) and arrays inside their
// items (the evidence spans of a signal: a long text repeated has tens of thousands).
const SPLIT_DEPTH = 4;

/**
 * Empty every array longer than PART_ITEMS (down to SPLIT_DEPTH) in place and push its items to
 * `parts` as { path, items } slices. A part always comes after the part holding its parent, so
 * appending the parts in order rebuilds the value. `path` is one stack, copied only for a part.
 */
function split(value, path, parts, depth) {
  if (value === null || typeof value !== 'object') return;
  const deeper = depth < SPLIT_DEPTH;
  if (!Array.isArray(value)) {
    if (!deeper) return;
    for (const key of Object.keys(value)) {
      path.push(key);
      split(value[key], path, parts, depth + 1);
      path.pop();
    }
  } else if (value.length > PART_ITEMS) {
    const at = [...path];
    const items = value.splice(0);
    for (let i = 0; i < items.length; i += PART_ITEMS) {
      const slice = items.slice(i, i + PART_ITEMS);
      parts.push({ path: at, items: slice });
      if (!deeper) continue;
      for (let k = 0; k < slice.length; k++) {
        path.push(i + k);
        split(slice[k], path, parts, depth + 1);
        path.pop();
      }
    }
  } else if (deeper) {
    for (let k = 0; k < value.length; k++) {
      path.push(k);
      split(value[k], path, parts, depth + 1);
      path.pop();
    }
  }
}

function mapsAsObjects(_key, value) {
  return value instanceof Map ? Object.fromEntries(value) : value;
}

function utf8Length(text) {
  // Counting is enough; TextEncoder would copy the whole text.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
