// The texts of the loaded languages. Each language module (locales/<tag>.js, generated) pushes
// its texts onto one array per realm and package version, `globalThis['room-errors@VERSION']`, so
// that it needs no import: it may load before the core or after, and the ES module and CommonJS
// forms of the core, when an app loads both, see the same languages. English is part of the core.
import { CODES, RoomErrorAction, VERSION } from './catalog.js';

const G = typeof globalThis !== 'undefined' ? globalThis : typeof self !== 'undefined' ? self
  : typeof global !== 'undefined' ? global : {};
const KEY = `room-errors@${VERSION}`;
const registered = G[KEY] || (G[KEY] = []);

/** The loaded languages' texts, by language id, as of the last update(). */
export const loaded = [];
/** How many languages update() took in: caches of what is loaded hold while it stays. */
export let seen = 0;

// A language's lines: the unknown-code text, the user-fallback message, the action labels by
// action id, then each code's summary and remedy in CODES order (code i's summary at SUMMARY + 2i).
export const UNKNOWN = 0;
export const FALLBACK = 1;
export const LABEL = 2;
export const SUMMARY = LABEL + Object.keys(RoomErrorAction).length;

/** Takes in the languages registered since the last call. A language's entry: [id, sentence
 * separator, its lines joined by newlines]. */
export function update() {
  while (seen < registered.length) {
    const [id, separator, texts] = registered[seen++];
    const lines = texts.split('\n');
    if (lines.length !== SUMMARY + 2 * CODES.length) {
      throw new Error(`room-errors: the module of language ${id} does not fit this catalog`);
    }
    loaded[id] = { separator, lines, messages: [] };
  }
}
