// The page's side of the analysis worker (worker.js).
//
// Engine   owns one module worker: start-up, request ids, putting long results back together,
//          and a replacement worker when the engine traps or a long request is abandoned.
// Channel  one stream of requests from one input (the page's textarea, one <lede-analyzer>):
//          at most one request of a channel is in the worker at a time, and while it runs only
//          the newest of the requests made meanwhile is kept. A result whose request is older
//          than the channel's newest request is dropped, so a newer input always wins and the
//          worker never works through a backlog of keystrokes. An older request that has run
//          for a while is abandoned outright: the worker is replaced (Engine.abandon).

const WORKER_URL = new URL('./worker.js', import.meta.url);
// A request superseded after running this long is abandoned by replacing the worker (a running
// wasm call cannot be interrupted); a shorter one is left to finish, which costs less.
const ABANDON_AFTER_MS = 300;

export class Engine {
  /** @type {Engine|null} the page's shared engine (Engine.shared()) */
  static instance = null;

  /** @param {URL|string} [workerUrl] */
  constructor(workerUrl = WORKER_URL) {
    this.workerUrl = workerUrl;
    this.nextId = 1;
    this.pending = new Map(); // id → { resolve, reject, text, options, posted, result? }, in id order
    this.jsonLater = new Map(); // id → { resolve, reject } of a long JSON asked for (worker.js)
    this.version = '';
    this.ready = this.#start();
  }

  /** One engine per page, shared by every channel that does not bring its own. */
  static shared() {
    Engine.instance ??= new Engine();
    return Engine.instance;
  }

  #start() {
    this.worker = new Worker(this.workerUrl, { type: 'module' });
    return new Promise((resolve, reject) => {
      this.worker.addEventListener('message', (event) => {
        const message = event.data;
        if (message.type === 'ready') {
          this.version = message.version;
          resolve(message.version);
        } else if (message.type === 'load-error') {
          reject(new Error(message.message));
        } else {
          this.#settle(message);
        }
      });
      // The worker script itself failed (missing, syntax error, blocked): no message will come.
      this.worker.addEventListener('error', (event) => {
        event.preventDefault();
        const err = new Error(event.message || 'the analysis worker failed to start');
        reject(err);
        this.#failAll(err);
      });
    });
  }

  #settle(message) {
    if (message.type === 'json') {
      const later = this.jsonLater.get(message.id);
      this.jsonLater.delete(message.id);
      if (message.json) later?.resolve(message.json);
      else later?.reject(new Error('the JSON of this result is no longer kept'));
      return;
    }
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    if (message.type === 'part') {
      // Put a long array's items back where the worker took them from (worker.js: split).
      let target = waiter.result.analysis;
      for (const key of message.path) target = target[key];
      for (const item of message.items) target.push(item);
      if (--waiter.partsLeft === 0) this.#finish(message.id, waiter);
      return;
    }
    if (message.type === 'result') {
      performance.mark('lede:worker-done'); // the analysis is done; its parts follow
      if (message.json === null) {
        // A long JSON stays in the worker until it is wanted (worker.js): asked for once.
        let asked = null;
        message.json = () => (asked ??= this.#askJson(message.id));
      }
      waiter.result = message;
      waiter.partsLeft = message.parts ?? 0;
      if (waiter.partsLeft === 0) this.#finish(message.id, waiter);
    } else {
      this.pending.delete(message.id);
      if (message.fatal) this.#restart();
      waiter.reject(new Error(message.message));
    }
  }

  #finish(id, waiter) {
    this.pending.delete(id);
    waiter.resolve(waiter.result);
  }

  #failAll(err) {
    for (const waiter of this.pending.values()) waiter.reject(err);
    this.pending.clear();
    this.#dropJson();
  }

  /** Ask the worker for the long JSON of result `id`, as a Blob. */
  #askJson(id) {
    const blob = new Promise((resolve, reject) => this.jsonLater.set(id, { resolve, reject }));
    this.worker.postMessage({ type: 'json', id });
    return blob;
  }

  /** The worker is gone: the long JSONs asked of it will not come. */
  #dropJson() {
    for (const later of this.jsonLater.values()) later.reject(new Error('the analysis worker stopped before it sent the JSON'));
    this.jsonLater.clear();
  }

  #restart() {
    // The engine trapped: its memory can no longer be trusted. Start a fresh worker for the
    // next request; requests already queued in the old one fail.
    this.worker.terminate();
    this.#failAll(new Error('the analysis engine was restarted after an internal error'));
    this.ready = this.#start();
    this.ready.catch(() => {});
  }

  /**
   * Analyse `text` in the worker. `handle.id` is set to the request's id (for abandon()).
   * `json` is the pretty JSON: a string, or, when it is longer than a million characters, a
   * function that fetches it from the worker as a Blob (it rejects once the worker no longer
   * keeps it: two newer long results, or a replaced worker).
   * @returns {Promise<{analysis: import('./lede-types').Analysis, json: string|(() => Promise<Blob>), elapsed: number, bytes: number, memory: number}>}
   */
  async run(text, options = {}, handle = {}) {
    await this.ready;
    const id = this.nextId++;
    handle.id = id;
    return new Promise((resolve, reject) => {
      this.#post(id, { resolve, reject, text, options });
    });
  }

  #post(id, waiter) {
    waiter.posted = performance.now();
    this.pending.set(id, waiter);
    this.worker.postMessage({ id, text: waiter.text, options: waiter.options });
  }

  /**
   * Give up on request `id` when nobody wants its result any more: if the worker has been busy
   * with it for a while, replace the worker and send it the requests queued behind. Returns
   * true when it did; the request's promise then rejects.
   */
  abandon(id) {
    const waiter = this.pending.get(id);
    const running = this.pending.keys().next().value === id; // the worker answers in order
    if (!waiter || !running || waiter.result || performance.now() - waiter.posted < ABANDON_AFTER_MS) return false;
    this.pending.delete(id);
    waiter.reject(new Error('abandoned: a newer request superseded it'));
    const queued = [...this.pending];
    this.pending = new Map();
    this.worker.terminate();
    this.#dropJson();
    performance.mark('lede:worker-restart');
    this.ready = this.#start();
    this.ready.then(
      () => { for (const [queuedId, queuedWaiter] of queued) this.#post(queuedId, queuedWaiter); },
      (err) => { for (const [, queuedWaiter] of queued) queuedWaiter.reject(err); },
    );
    return true;
  }
}

export class Channel {
  /** @param {Engine} [engine] */
  constructor(engine = Engine.shared()) {
    this.engine = engine;
    this.newest = 0;     // ticket of the newest request
    this.running = null; // the request in the worker
    this.queued = null;  // the newest request made while one was running
    this.dropped = 0;    // results dropped because a newer request was made (for tests)
  }

  /**
   * Analyse `text`. Resolves with the worker's result, or with null when a newer request (or
   * cancel()) superseded this one; rejects when the analysis itself failed.
   */
  analyze(text, options = {}) {
    const ticket = ++this.newest;
    return new Promise((resolve, reject) => {
      if (this.queued) this.queued.resolve(null); // superseded before it even started
      this.queued = { ticket, text, options, resolve, reject };
      // A long analysis of an older text is not worth waiting for.
      if (this.running?.id) this.engine.abandon(this.running.id);
      this.#pump();
    });
  }

  /** Drop every pending result (e.g. the text was cleared). */
  cancel() {
    this.newest++;
    if (this.running?.id) this.engine.abandon(this.running.id);
    if (this.queued) this.queued.resolve(null);
    this.queued = null;
  }

  /** True while a request of this channel is running or waiting. */
  get busy() {
    return this.running !== null || this.queued !== null;
  }

  async #pump() {
    if (this.running || !this.queued) return;
    const job = (this.running = this.queued);
    this.queued = null;
    try {
      const result = await this.engine.run(job.text, job.options, job);
      if (job.ticket === this.newest) job.resolve(result);
      else {
        this.dropped++;
        job.resolve(null);
      }
    } catch (err) {
      if (job.ticket === this.newest) job.reject(err);
      else job.resolve(null);
    } finally {
      this.running = null;
      this.#pump();
    }
  }
}
