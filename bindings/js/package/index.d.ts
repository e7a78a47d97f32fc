// The API of room-errors. Every function is synchronous and pure; the module is ready when its
// import resolves. Codes, language ids and action ids are int32 numbers: anything else throws a
// TypeError (not a number) or a RangeError (NaN, a fraction, outside int32). Any int32 is valid:
// unknown codes get the unknown-error answers, unknown language ids mean English.
import type { RoomErrorAction, RoomErrorAudience, RoomErrorCategory, RoomErrorLanguage } from './catalog.js';

export * from './catalog.js';

/**
 * A language: a {@link RoomErrorLanguage} id, or a string negotiated by {@link langFromList}
 * (one tag such as `"zh-TW"`, `navigator.languages.join()`, an `Accept-Language` value, a POSIX
 * `LANGUAGE` list). Omitted: {@link defaultLang}.
 */
export type Lang = RoomErrorLanguage | number | string;

/** The category names {@link category} returns. */
export type RoomErrorCategoryName = Lowercase<keyof typeof RoomErrorCategory>;

/** What happened and what to do, in `lang`: summary and remedy together. */
export declare function message(code: number, lang?: Lang): string;
/** The message for `code` in the language of the BCP 47 or POSIX locale `tag`. */
export declare function messageForTag(code: number, tag: string): string;
/** What happened, one sentence: the first part of {@link message}. */
export declare function summary(code: number, lang?: Lang): string;
/** What to do, one sentence (the rest of {@link message}); `""` when the code has no remedy. */
export declare function remedy(code: number, lang?: Lang): string;
/** {@link message} for user-audience codes; one generic text for developer-audience and unknown codes. */
export declare function userMessage(code: number, lang?: Lang): string;
/** The symbolic name, e.g. `"ERR_SEAT_LOCKED"`; `""` for unknown codes. */
export declare function name(code: number): string;
/** The category name; `"unknown"` for unknown codes. */
export declare function category(code: number): RoomErrorCategoryName;
/** The category id; `RoomErrorCategory.UNKNOWN` for unknown codes. */
export declare function categoryId(code: number): RoomErrorCategory;
/** Whether `code` is in the catalog. */
export declare function isKnown(code: number): boolean;
/** Whether the remedy is to try again: exactly `action(code) === RoomErrorAction.RETRY`. */
export declare function isRetryable(code: number): boolean;
/** What the remedy asks for; `RoomErrorAction.NONE` for unknown codes. */
export declare function action(code: number): RoomErrorAction;
/** The action's name, e.g. `"open_settings"`; `""` for ids the library does not know. */
export declare function actionName(action: number): string;
/** A short button label such as "Open Settings"; `""` for NONE, FIX_INTEGRATION and unknown ids. */
export declare function actionLabel(action: number, lang?: Lang): string;
/** Who the message is for; `RoomErrorAudience.DEVELOPER` for unknown codes. */
export declare function audience(code: number): RoomErrorAudience;
/** How long to wait before retrying, in milliseconds, where the source states it; else 0. */
export declare function retryAfterMs(code: number): number;
/** Every known code, in catalog order (one frozen array). */
export declare function codes(): readonly number[];
/** The language for one BCP 47 or POSIX tag (`"zh-Hant-TW"`, `"zh_TW.UTF-8"`); English if unsupported. */
export declare function langFromTag(tag: string): RoomErrorLanguage;
/** The best language for a preference list (`Accept-Language`, `"zh_TW:ja"`, `"ja,en-US"`); English if none matches. */
export declare function langFromList(list: string): RoomErrorLanguage;
/** The BCP 47 tag of a language: `"en"`, `"zh-Hans"`, …; `"en"` for unknown ids. */
export declare function langTag(lang: Lang): string;
/**
 * The user's language, negotiated once at import from `navigator.languages` (browsers, Electron
 * renderers), else `LANGUAGE`/`LC_ALL`/`LC_MESSAGES`/`LANG` (Node), else the `Intl` default locale.
 */
export declare const defaultLang: RoomErrorLanguage;
/** The library version, `"MAJOR.MINOR.PATCH"`. */
export declare const version: string;

/** An error code as an exception; its `message` is in the chosen language. */
export declare class RoomError extends Error {
  /** The error for `code`, its message in `lang` (default {@link defaultLang}). */
  constructor(code: number, lang?: Lang);
  readonly name: 'RoomError';
  readonly code: number;
  /** The symbolic name, `""` for unknown codes. */
  readonly codeName: string;
  readonly category: RoomErrorCategoryName;
  readonly isRetryable: boolean;
  /** Throws a RoomError unless `code` is 0 (success). */
  static check(code: number, lang?: Lang): void;
}
