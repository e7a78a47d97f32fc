// room-errors as an ES module: importing it instantiates room_errors.wasm, the file next to this
// one (top-level await; no init call). Node reads it from disk; browsers, Electron renderers and
// bundlers fetch `new URL('./room_errors.wasm', import.meta.url)`, which bundlers recognize as an
// asset. The page's CSP must allow wasm compilation ('wasm-unsafe-eval'), not 'unsafe-eval'.
import { bind, preferredLanguages } from './api.js';

const url = new URL('./room_errors.wasm', import.meta.url);

/** The instantiated module: from the file system for file: URLs in Node, else by fetch (streaming
 * compilation when the server sends application/wasm). */
async function instantiate() {
  if (url.protocol === 'file:' && globalThis.process?.versions?.node) {
    const { readFile } = await import('node:fs/promises');
    return (await WebAssembly.instantiate(await readFile(url))).instance;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`room-errors: cannot load ${url}: HTTP ${response.status}`);
  const streaming = response.headers.get('Content-Type')?.startsWith('application/wasm');
  const { instance } = streaming ? await WebAssembly.instantiateStreaming(response)
    : await WebAssembly.instantiate(await response.arrayBuffer());
  return instance;
}

export const {
  message, messageForTag, summary, remedy, userMessage, name, category, categoryId, isKnown,
  isRetryable, action, actionName, actionLabel, audience, retryAfterMs, codes, langFromTag,
  langFromList, langTag, defaultLang, version, RoomError,
} = bind((await instantiate()).exports, preferredLanguages());
export * from './catalog.js';
