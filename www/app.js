// Lede page: the analyzer UI of index.html, wired by controller.js.
// Nothing is sent anywhere: the only requests are for this page's own files and sample.txt.
// Every URL is relative to this file, so the built site (dist/) works from any folder of any host.

import { Engine } from './engine.js';

// Start the analysis worker (it fetches and compiles the wasm) first, without waiting for the
// rest of the UI's modules (index.html preloads them meanwhile): loading the engine is the
// longest part of getting ready.
Engine.shared();

const [{ mountAnalyzer }, { setupRemember }] = await Promise.all([import('./controller.js'), import('./remember.js')]);
mountAnalyzer(document, { host: document.body, sampleUrl: new URL('./sample.txt', import.meta.url).href });
// After mounting and before the engine is ready, so a remembered text is analysed on load.
setupRemember(document);
