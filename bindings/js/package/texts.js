// The texts of the loaded languages. Each language module (locales/<tag>.js, generated) pushes
// its texts onto one array per realm and package version, `globalThis['room-errors@VERSION']`, so
// that it needs no import: it may load before the core or after, and the ES module and CommonJS
// forms of the core, when an app loads both, see the same languages. English is part of the core.
import { VERSION } from './catalog.js';

const G = typeof globalThis !== 'undefined' ? globalThis : typeof self !== 'undefined' ? self
  : typeof global !== 'undefined' ? global : {};
const KEY = `room-errors@${VERSION}`;
const registered = G[KEY] || (G[KEY] = []);

/** The loaded languages' texts, by language id, as of the last update(). */
export const loaded = [];
/** How many languages update() took in: caches of what is loaded hold while it stays. */
export let seen = 0;

/** Takes in the languages registered since the last call. A language's
 * entry: [id, sentence separator, unknown-code text, user-fallback message, action labels by
 * action id, summaries, remedies], the texts in CODES order. */
export function update() {
  for (; seen < registered.length; seen++) {
    const [id, separator, unknown, fallback, labels, summaries, remedies] = registered[seen];
    loaded[id] = { separator, unknown, fallback, labels, summaries, remedies, messages: [] };
  }
}
