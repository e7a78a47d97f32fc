// room-errors: localized texts, names and advice for the room engine's error codes, in plain
// JavaScript (ES2019, no WebAssembly). English is built in; every other language is a module,
// locales/<tag>.js, imported statically or loaded with loadLanguage(). A text asked for in a
// language that is not loaded comes in the best loaded one (the same CLDR matching).
import './locales/en.js';
import { CODES, LOADERS, RoomErrorAction, RoomErrorAudience, RoomErrorCategory, TAGS, VERSION } from './catalog.js';
import { fromList, fromTag } from './negotiate.js';
import { FALLBACK, LABEL, loaded, seen, SUMMARY, UNKNOWN, update } from './texts.js';

export { RoomErrorAction, RoomErrorAudience, RoomErrorCategory, RoomErrorCode, RoomErrorLanguage } from './catalog.js';
export { version };

const version = VERSION;
const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

/** A value's kind, for error messages. */
const kind = (value) => (value === null ? 'null' : typeof value);

/** `value` as an int32 argument named `what`, which `accepted` describes: a TypeError for a
 * non-number, a RangeError for NaN, fractions and anything outside int32. */
function int32(value, what, accepted) {
  if (typeof value !== 'number') throw new TypeError(`${what} must be ${accepted}, not ${kind(value)}`);
  if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
    throw new RangeError(`${what} must be ${accepted} (an integer in int32 range), not ${value}`);
  }
  return value;
}

const code = (value) => int32(value, 'code', 'an error code (a number)');

/** A tag or list argument: a string (a NUL ends it), or null/undefined, which mean English as
 * C's NULL does. */
function text(value, what) {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string, not ${kind(value)}`);
  return value;
}

const every = () => true;
/** Whether language `id` is loaded, as of the last update(). */
const isLoaded = (id) => loaded[id] !== undefined;

/** The language for one BCP 47 or POSIX tag, as room_err_lang_from_tag; English if unsupported. */
export const langFromTag = (tag) => fromTag(text(tag, 'tag'), every);
/** The best language for a preference list, as room_err_lang_from_list; English if none matches. */
export const langFromList = (list) => fromList(text(list, 'list'), every);

/** The user's preferences as a list: in Node (and Electron's main process) the POSIX
 * environment as GNU gettext reads it (LANGUAGE unless the locale of LC_ALL, LC_MESSAGES or LANG
 * is unset, C or POSIX; else that locale); in browsers navigator.languages; else the Intl
 * default locale. */
function preferences() {
  if (typeof process === 'object' && process && process.versions && process.versions.node
    && typeof document === 'undefined') {
    const env = process.env || {};
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    const language = env.LANGUAGE || '';
    return language && ['', 'C', 'POSIX'].indexOf(locale.split('.')[0]) < 0 ? language : locale;
  }
  if (typeof navigator === 'object' && navigator) {
    if (navigator.languages && navigator.languages.length) return navigator.languages.join(',');
    if (navigator.language) return navigator.language;
  }
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch (e) {
    return '';
  }
}

const preferred = preferences();
/** The user's language, negotiated once at import (the C library's answer). */
export const defaultLang = fromList(preferred, every);

// The loaded language each `lang` argument's texts come in: strings (at most 64: servers pass
// every client's list) and the default, valid while no language is registered.
const cache = new Map();
let cached = 0;

/** The loaded language a `lang` argument's texts come in: the negotiated language if loaded,
 * else the best loaded one for the same input. */
function textLang(value) {
  update();
  if (cached !== seen) {
    cache.clear();
    cached = seen;
  }
  if (value === undefined || value === null) value = preferred;
  let id = cache.get(value);
  if (id !== undefined) return id;
  if (typeof value === 'number') {
    id = int32(value, 'lang', 'a RoomErrorLanguage id or a language tag or list (a string)');
    // Unknown ids mean English, as in C.
    return isLoaded(id) ? id : TAGS[id] === undefined ? 0 : fromTag(TAGS[id], isLoaded);
  }
  if (typeof value !== 'string') {
    throw new TypeError(`lang must be a RoomErrorLanguage id (a number) or a language tag or list (a string), not ${kind(value)}`);
  }
  id = fromList(value, every);
  if (!isLoaded(id)) id = fromList(value, isLoaded);
  if (cache.size === 64) cache.clear();
  cache.set(value, id);
  return id;
}

/** The language texts for `lang` come in (default {@link defaultLang}): the one negotiated if
 * its module is loaded, else the best loaded one (English at least). */
export const answerLang = (lang) => textLang(lang);

/** The index of a code in CODES, by code. */
const INDEX = new Map(CODES.map((row, i) => [row[1], i]));

/** The message of the code at `i` (undefined: unknown) in the loaded language `t`. */
function messageOf(i, t) {
  if (i === undefined) return t.lines[UNKNOWN];
  let m = t.messages[i];
  if (m === undefined) {
    const s = t.lines[SUMMARY + 2 * i];
    const r = t.lines[SUMMARY + 2 * i + 1];
    m = t.messages[i] = r ? s + t.separator + r : s;
  }
  return m;
}

const row = (c) => CODES[INDEX.get(code(c))];
/** A code's field `k` of its CODES row, or `unknown` for unknown codes. */
const field = (c, k, unknown) => {
  const r = row(c);
  return r ? r[k] : unknown;
};

/** Each enum's names by id: its keys, lowercased. */
const names = (e) => {
  const out = [];
  for (const key of Object.keys(e)) out[e[key]] = key.toLowerCase();
  return out;
};
const CATEGORY = names(RoomErrorCategory);
const ACTION = names(RoomErrorAction);
const AUDIENCE = names(RoomErrorAudience);

/** What happened and what to do, in `lang`. */
export const message = (c, lang) => messageOf(INDEX.get(code(c)), loaded[textLang(lang)]);
/** The message in the language of one tag (room_err_message_for_tag). */
export const messageForTag = (c, tag) => {
  const t = text(tag, 'tag');
  update();
  const id = fromTag(t, every);
  return messageOf(INDEX.get(code(c)), loaded[isLoaded(id) ? id : fromTag(t, isLoaded)]);
};
/** What happened, one sentence. */
export const summary = (c, lang) => {
  const i = INDEX.get(code(c));
  const t = loaded[textLang(lang)];
  return t.lines[i === undefined ? UNKNOWN : SUMMARY + 2 * i];
};
/** What to do, one sentence; '' when the code has none. */
export const remedy = (c, lang) => {
  const i = INDEX.get(code(c));
  return i === undefined ? '' : loaded[textLang(lang)].lines[SUMMARY + 2 * i + 1];
};
/** The message for user-audience codes; one generic text for the others and unknown codes. */
export const userMessage = (c, lang) => {
  const i = INDEX.get(code(c));
  const t = loaded[textLang(lang)];
  return i !== undefined && CODES[i][4] === RoomErrorAudience.USER ? messageOf(i, t) : t.lines[FALLBACK];
};
/** The symbolic name ('ERR_SEAT_LOCKED'); '' for unknown codes. */
export const name = (c) => field(c, 0, '');
export const categoryId = (c) => field(c, 2, RoomErrorCategory.UNKNOWN);
export const category = (c) => CATEGORY[categoryId(c)];
export const actionId = (c) => field(c, 3, RoomErrorAction.NONE);
export const action = (c) => ACTION[actionId(c)];
export const audienceId = (c) => field(c, 4, RoomErrorAudience.DEVELOPER);
export const audience = (c) => AUDIENCE[audienceId(c)];
export const retryAfterMs = (c) => field(c, 5, 0);
export const isKnown = (c) => row(c) !== undefined;
export const isRetryable = (c) => actionId(c) === RoomErrorAction.RETRY;

const ALL_CODES = Object.freeze(CODES.map((r) => r[1]));
/** Every known code, in catalog order (one frozen array). */
export const codes = () => ALL_CODES;

/** An action argument as an id: an id (unknown ids are kept: they have no name or label), or a
 * name ('open_settings'; unknown names mean no action the library knows, -1). */
function actionArg(value) {
  if (typeof value === 'string') return ACTION.indexOf(value);
  return int32(value, 'action', 'a RoomErrorAction id (a number) or an action name (a string)');
}
/** The action's name ('open_settings'); '' for actions the library does not know. */
export const actionName = (a) => ACTION[actionArg(a)] || '';
/** A short button label ('Open Settings'); '' for none, fix_integration and unknown actions. */
export const actionLabel = (a, lang) => {
  const id = actionArg(a);
  const t = loaded[textLang(lang)];
  return id >= 0 && id < ACTION.length ? t.lines[LABEL + id] : '';
};

/** The tag of a language: 'zh-Hant' for an id or for a string negotiated as a list (the C
 * library's answer, loaded or not); 'en' for unknown ids. */
export const langTag = (lang) => {
  if (lang === undefined || lang === null) return TAGS[defaultLang];
  if (typeof lang === 'string') return TAGS[fromList(lang, every)];
  return TAGS[int32(lang, 'lang', 'a RoomErrorLanguage id or a language tag or list (a string)')] || 'en';
};

/** The ids of the loaded languages, English first. */
export const loadedLanguages = () => {
  update();
  return loaded.map((t, id) => id).filter(isLoaded);
};

/** Loads the module of the language `lang` negotiates to (an id, a tag or a list; default
 * {@link defaultLang}) if it is not loaded yet; resolves to that language's id. */
export function loadLanguage(lang) {
  let id;
  try {
    id = lang === undefined || lang === null ? defaultLang
      : typeof lang === 'string' ? fromList(lang, every)
        : TAGS[int32(lang, 'lang', 'a RoomErrorLanguage id or a language tag or list (a string)')] === undefined ? 0 : lang;
  } catch (e) {
    return Promise.reject(e);
  }
  update();
  return isLoaded(id) ? Promise.resolve(id) : LOADERS[id]().then(() => id);
}

/** An error code as an exception. `message` is English for logs, `NAME (code): message`
 * (`UNKNOWN` for unknown codes); `localizedMessage` and the other texts are in `lang`'s loaded
 * language, `lang` (default {@link defaultLang}). */
export class RoomError extends Error {
  constructor(c, lang) {
    const id = textLang(lang);
    super(`${name(c) || 'UNKNOWN'} (${c}): ${message(c, 0)}`);
    this.name = 'RoomError';
    this.code = c;
    this.codeName = name(c);
    this.category = category(c);
    this.action = action(c);
    this.audience = audience(c);
    this.isRetryable = isRetryable(c);
    this.retryAfterMs = retryAfterMs(c);
    this.lang = id;
    this.localizedMessage = message(c, id);
    this.summary = summary(c, id);
    this.remedy = remedy(c, id);
    this.userMessage = userMessage(c, id);
  }

  /** Throws a RoomError unless `c` is 0 (success). */
  static check(c, lang) {
    if (code(c) !== 0) throw new RoomError(c, lang);
  }
}
