// The API of room-errors. Every function is synchronous. Codes, language ids and action ids are
// int32 numbers: anything else throws a TypeError (not a number) or a RangeError (NaN, a fraction,
// outside int32), each naming what is accepted. Any int32 is valid: unknown codes get the
// unknown-error answers, unknown language ids mean English. Texts come in the loaded language
// closest to the one asked for (English is always loaded): import `room-errors/locales/<tag>` or
// call loadLanguage() for the others.
import type {
  RoomErrorAction, RoomErrorActionName, RoomErrorAudience, RoomErrorAudienceName, RoomErrorCategory,
  RoomErrorCategoryName, RoomErrorLanguage,
} from './catalog.js';

export * from './catalog.js';

/**
 * A language: a {@link RoomErrorLanguage} id, or a string negotiated by {@link langFromList}
 * (one tag such as `"zh-TW"`, `navigator.languages.join()`, an `Accept-Language` value, a POSIX
 * `LANGUAGE` list; a NUL ends it). Omitted (or null): {@link defaultLang}.
 */
export type Lang = RoomErrorLanguage | number | string | null;

/** What happened and what to do, in `lang` (its loaded language, see {@link answerLang}). */
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
/** The category name, e.g. `"seat"`; `"unknown"` for unknown codes. */
export declare function category(code: number): RoomErrorCategoryName;
/** The category id; `RoomErrorCategory.UNKNOWN` for unknown codes. */
export declare function categoryId(code: number): RoomErrorCategory;
/** Whether `code` is in the catalog. */
export declare function isKnown(code: number): boolean;
/** Whether the remedy is to try again: exactly `action(code) === "retry"`. */
export declare function isRetryable(code: number): boolean;
/** What the remedy asks for, e.g. `"open_settings"`; `"none"` for unknown codes. */
export declare function action(code: number): RoomErrorActionName;
/** The action id; `RoomErrorAction.NONE` for unknown codes. */
export declare function actionId(code: number): RoomErrorAction;
/** An action's name (`"open_settings"`) from its id or name; `""` for actions the library does not know. */
export declare function actionName(action: RoomErrorAction | RoomErrorActionName | number | string): string;
/** A short button label such as "Open Settings", for an action id or name; `""` for none, fix_integration and unknown actions. */
export declare function actionLabel(action: RoomErrorAction | RoomErrorActionName | number | string, lang?: Lang): string;
/** Who the message is for: `"user"` or `"developer"` (unknown codes). */
export declare function audience(code: number): RoomErrorAudienceName;
/** The audience id; `RoomErrorAudience.DEVELOPER` for unknown codes. */
export declare function audienceId(code: number): RoomErrorAudience;
/** How long to wait before retrying, in milliseconds, where the source states it; else 0. */
export declare function retryAfterMs(code: number): number;
/** Every known code, in catalog order (one frozen array). */
export declare function codes(): readonly number[];
/** The language for one BCP 47 or POSIX tag (`"zh-Hant-TW"`, `"zh_TW.UTF-8"`), as the C library answers; English if unsupported. */
export declare function langFromTag(tag: string | null | undefined): RoomErrorLanguage;
/** The best language for a preference list (`Accept-Language`, `"zh_TW:ja"`, `"ja,en-US"`), as the C library answers; English if none matches. */
export declare function langFromList(list: string | null | undefined): RoomErrorLanguage;
/** The BCP 47 tag of a language (`"en"`, `"zh-Hans"`, …): of an id, or of the language a string negotiates to; `"en"` for unknown ids. */
export declare function langTag(lang?: Lang): string;
/** The language texts for `lang` come in: the negotiated one if its module is loaded, else the best loaded one (English at least). */
export declare function answerLang(lang?: Lang): RoomErrorLanguage;
/** The loaded languages' ids, English first. */
export declare function loadedLanguages(): RoomErrorLanguage[];
/**
 * Loads the module of the language `lang` negotiates to (default {@link defaultLang}) unless it
 * is loaded, through an explicit `import()` per language (bundlers make each its own chunk);
 * resolves to that language's id.
 */
export declare function loadLanguage(lang?: Lang): Promise<RoomErrorLanguage>;
/**
 * The user's language, negotiated once at import: in Node and Electron's main process from the
 * POSIX environment as GNU gettext reads it (`LANGUAGE` unless the locale of `LC_ALL`,
 * `LC_MESSAGES` or `LANG` is unset, C or POSIX; else that locale); in browsers and Electron
 * renderers from `navigator.languages`; elsewhere from the `Intl` default locale.
 */
export declare const defaultLang: RoomErrorLanguage;
/** The library version, `"MAJOR.MINOR.PATCH"`. */
export declare const version: string;

/** An error code as an exception. */
export declare class RoomError extends Error {
  /** The error for `code`, its texts in `lang` (default {@link defaultLang}). */
  constructor(code: number, lang?: Lang);
  readonly name: 'RoomError';
  /** For logs, in English: `"ERR_SEAT_LOCKED (-2343): This seat is locked."` (`UNKNOWN` for unknown codes). */
  readonly message: string;
  readonly code: number;
  /** The symbolic name, `""` for unknown codes. */
  readonly codeName: string;
  readonly category: RoomErrorCategoryName;
  readonly action: RoomErrorActionName;
  readonly audience: RoomErrorAudienceName;
  readonly isRetryable: boolean;
  readonly retryAfterMs: number;
  /** The language of the texts below (see {@link answerLang}). */
  readonly lang: RoomErrorLanguage;
  /** {@link message} in {@link lang}. */
  readonly localizedMessage: string;
  readonly summary: string;
  readonly remedy: string;
  readonly userMessage: string;
  /** Throws a RoomError unless `code` is 0 (success). */
  static check(code: number, lang?: Lang): void;
}
