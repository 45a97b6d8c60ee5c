// Opt-in memory of the last text, on this device only (localStorage).
// Off by default: nothing is kept unless the reader ticks the box, and
// "Forget" removes it at once. Nothing ever leaves the browser either way.

const TEXT_KEY = 'lede:last-text';
const OPT_IN_KEY = 'lede:remember';
const SAVE_DEBOUNCE_MS = 500;

/** Wires the "Remember" checkbox and "Forget" button of `root` to the textarea. */
export function setupRemember(root) {
  const text = root.querySelector('#text');
  const remember = root.querySelector('#remember');
  const forget = root.querySelector('#forget');
  const note = root.querySelector('#remember-note');
  if (!text || !remember || !forget) return;
  let timer = 0;

  const storage = safeStorage();
  if (!storage) {
    remember.disabled = true;
    forget.disabled = true;
    note.textContent = 'This browser does not allow local storage here, so nothing can be remembered.';
    return;
  }

  function save() {
    try {
      storage.setItem(TEXT_KEY, text.value);
      note.textContent = 'Remembered on this device only.';
    } catch {
      // Over the storage quota (a few MB): keep nothing rather than half a text.
      storage.removeItem(TEXT_KEY);
      note.textContent = 'This text is too long to remember; nothing was kept.';
    }
  }

  function forgetAll() {
    clearTimeout(timer);
    storage.removeItem(TEXT_KEY);
    storage.removeItem(OPT_IN_KEY);
    remember.checked = false;
    forget.disabled = true;
    note.textContent = 'Forgotten: nothing is stored.';
  }

  if (storage.getItem(OPT_IN_KEY) === '1') {
    remember.checked = true;
    forget.disabled = false;
    const saved = storage.getItem(TEXT_KEY);
    // The controller analyses whatever the textarea holds once the engine is ready.
    if (saved && !text.value) text.value = saved;
  } else {
    forget.disabled = true;
  }

  remember.addEventListener('change', () => {
    if (remember.checked) {
      storage.setItem(OPT_IN_KEY, '1');
      forget.disabled = false;
      save();
    } else {
      forgetAll();
    }
  });
  forget.addEventListener('click', forgetAll);
  text.addEventListener('input', () => {
    if (!remember.checked) return;
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DEBOUNCE_MS);
  });
}

function safeStorage() {
  try {
    const storage = window.localStorage;
    storage.getItem(OPT_IN_KEY);
    return storage;
  } catch {
    return null;
  }
}
