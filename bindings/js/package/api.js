// The API over an instance of room_errors.wasm. Every string the library returns is static, so
// each is decoded once, by pointer, and cached. Arguments are checked before they reach wasm:
// codes and ids must be int32 numbers (TypeError for a non-number, RangeError for NaN, fractions
// and anything outside int32), tags and lists must be strings without U+0000 (TypeError,
// RangeError).

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

/** `value` as an int32 argument named `what`, or a TypeError/RangeError. */
function int32(value, what) {
  if (typeof value !== 'number') {
    throw new TypeError(`${what} must be a number, not ${typeof value}`);
  }
  if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
    throw new RangeError(`${what} must be an integer in int32 range, not ${value}`);
  }
  return value;
}

/** The user's preferred languages as a list string: POSIX variables in Node and Electron's main
 * process, `navigator.languages` in browsers and renderers, else the `Intl` default locale. */
export function preferredLanguages() {
  const env = globalThis.process?.env;
  const posix = env && (env.LANGUAGE || env.LC_ALL || env.LC_MESSAGES || env.LANG);
  if (posix && !globalThis.document) return posix;
  const listed = globalThis.navigator?.languages;
  if (listed?.length) return listed.join(',');
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/** The package's API over `exports`, the instance's exports; `preferred` is the list string the
 * default language is negotiated from (once). */
export function bind(exports, preferred) {
  const { memory } = exports;
  const strings = new Map();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  // Scratch space for arguments: past __heap_base, which the allocation-free library never uses.
  const scratch = exports.__heap_base.value;

  /** The NUL-terminated string at `ptr`, decoded on first use. */
  function text(ptr) {
    let s = strings.get(ptr);
    if (s === undefined) {
      const bytes = new Uint8Array(memory.buffer);
      s = decoder.decode(bytes.subarray(ptr, bytes.indexOf(0, ptr)));
      strings.set(ptr, s);
    }
    return s;
  }

  /** Writes `value` NUL-terminated at the scratch address and returns that address. */
  function cString(value, what) {
    if (typeof value !== 'string') throw new TypeError(`${what} must be a string, not ${typeof value}`);
    if (value.includes('\0')) throw new RangeError(`${what} must not contain U+0000`);
    const needed = scratch + value.length * 3 + 1 - memory.buffer.byteLength;
    if (needed > 0) memory.grow(Math.ceil(needed / 65536));
    const bytes = new Uint8Array(memory.buffer);
    const { written } = encoder.encodeInto(value, bytes.subarray(scratch));
    bytes[scratch + written] = 0;
    return scratch;
  }

  const langFromTag = (tag) => exports.room_err_lang_from_tag(cString(tag, 'tag'));
  const langFromList = (list) => exports.room_err_lang_from_list(cString(list, 'list'));
  const defaultLang = langFromList(preferred);

  // The ids of the last strings passed as `lang` (at most 64: servers pass every client's list).
  const negotiated = new Map();

  /** A `lang` argument as an id: the default when omitted, a string negotiated as a list. */
  function lang(value) {
    if (value === undefined) return defaultLang;
    if (typeof value !== 'string') return int32(value, 'lang');
    let id = negotiated.get(value);
    if (id === undefined) {
      if (negotiated.size === 64) negotiated.clear();
      id = langFromList(value);
      negotiated.set(value, id);
    }
    return id;
  }

  const code = (value) => int32(value, 'code');
  const message = (c, l) => text(exports.room_err_message(code(c), lang(l)));
  const name = (c) => text(exports.room_err_name(code(c)));
  const category = (c) => text(exports.room_err_category(code(c)));
  const isRetryable = (c) => exports.room_err_is_retryable(code(c)) !== 0;

  const count = scratch;
  const ptr = exports.room_err_codes(count);
  const allCodes = Object.freeze(Array.from(
    new Int32Array(memory.buffer, ptr, new Uint32Array(memory.buffer, count, 1)[0])));

  class RoomError extends Error {
    /** The error for `code`, its message in `lang` (default: the user's language). */
    constructor(c, l) {
      super(message(c, l));
      this.name = 'RoomError';
      this.code = c;
      this.codeName = name(c);
      this.category = category(c);
      this.isRetryable = isRetryable(c);
    }

    /** Throws a RoomError unless `c` is 0 (success). */
    static check(c, l) {
      if (code(c) !== 0) throw new RoomError(c, l);
    }
  }

  return {
    message,
    messageForTag: (c, tag) => text(exports.room_err_message_for_tag(code(c), cString(tag, 'tag'))),
    summary: (c, l) => text(exports.room_err_summary(code(c), lang(l))),
    remedy: (c, l) => text(exports.room_err_remedy(code(c), lang(l))),
    userMessage: (c, l) => text(exports.room_err_user_message(code(c), lang(l))),
    name,
    category,
    categoryId: (c) => exports.room_err_category_id(code(c)),
    isKnown: (c) => exports.room_err_is_known(code(c)) !== 0,
    isRetryable,
    action: (c) => exports.room_err_action(code(c)),
    actionName: (a) => text(exports.room_err_action_name(int32(a, 'action'))),
    actionLabel: (a, l) => text(exports.room_err_action_label(int32(a, 'action'), lang(l))),
    audience: (c) => exports.room_err_audience(code(c)),
    retryAfterMs: (c) => exports.room_err_retry_after_ms(code(c)) >>> 0,
    codes: () => allCodes,
    langFromTag,
    langFromList,
    langTag: (l) => text(exports.room_err_lang_tag(lang(l))),
    defaultLang,
    version: text(exports.room_err_version()),
    RoomError,
  };
}
