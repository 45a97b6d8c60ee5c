// Lede page: the analyzer UI of index.html, wired by controller.js.
// Nothing is sent anywhere: the only requests are for this page's own files and sample.txt.
// Every URL is relative to this file, so the built site (dist/) works from any folder of any host.

import { mountAnalyzer } from './controller.js';
import { setupRemember } from './remember.js';

mountAnalyzer(document, { host: document.body, sampleUrl: new URL('./sample.txt', import.meta.url).href });
// After mounting and before the engine is ready, so a remembered text is analysed on load.
setupRemember(document);
