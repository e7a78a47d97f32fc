// The texts of the loaded languages. Each language module (locales/<tag>.js, generated) calls
// register() when imported; English is imported by index.js, so it is always there.
import { CODES } from './catalog.js';

/** The loaded languages' texts, by language id. */
export const loaded = [];

/** How many times a language was registered: the negotiation caches of index.js hold as long as
 * it does not change. */
export let generation = 0;

/** Registers a language's texts (see the generated modules): its sentence separator, the
 * unknown-code text, the user-fallback message, the action labels by action id, and each code's
 * summary and remedy in CODES order. */
export function register(id, separator, unknown, fallback, labels, summaries, remedies) {
  if (summaries.length !== CODES.length) throw new Error('room-errors: a language module from another version');
  loaded[id] = { separator, unknown, fallback, labels, summaries, remedies, messages: [] };
  generation++;
}
