// A TypeScript consumer of the package, type-checked by `tsc --strict --noEmit` (types.sh): the
// README's examples, and misuses that must not compile (@ts-expect-error fails if they do).
import {
  RoomError, RoomErrorAction, RoomErrorCategory, RoomErrorCode, RoomErrorLanguage, action, actionLabel,
  category, codes, langFromList, message, remedy, summary, userMessage,
} from 'room-errors';
import type { Lang, RoomErrorCategoryName } from 'room-errors';

// README: the five-line example.
try {
  RoomError.check(-2343);                           // throws unless the engine returned 0
} catch (e) {
  if (e instanceof RoomError) console.log(`${e.codeName} (${e.code}, ${e.category}): ${e.message}`);
}
console.log(message(RoomErrorCode.CAMERA_NOT_AUTHORIZED, 'zh-TW'));

// README: an alert with a title, a suggestion and a button, in the user's language.
declare function showAlert(alert: { title: string; text: string; button?: string }): void;
const lang = langFromList(navigator.languages.join());   // a server: req.headers['accept-language']
function showError(code: number): void {
  const button = actionLabel(action(code), lang);         // "Open Settings"; "" when there is none
  showAlert({ title: summary(code, lang), text: remedy(code, lang), ...(button ? { button } : {}) });
}
showError(RoomErrorCode.MICROPHONE_NOT_AUTHORIZED);

// The enums are literal types; the functions return them.
const seatLocked: -2343 = RoomErrorCode.SEAT_LOCKED;
const en: RoomErrorLanguage = RoomErrorLanguage.EN;
const open: RoomErrorAction = RoomErrorAction.OPEN_SETTINGS;
const named: RoomErrorCategoryName = category(seatLocked);
const all: readonly number[] = codes();
const languages: Lang[] = [en, 'ja', 'fr-CH, zh-TW;q=0.8', 3];
console.log(open, named, all.length, languages, userMessage(0, RoomErrorLanguage.ZH_HANT), RoomErrorCategory.CHAT);

// @ts-expect-error: not a code of the catalog
const unknownCode: RoomErrorCode = 5;
// @ts-expect-error: codes are numbers
message('-2343');
// @ts-expect-error: no such member
console.log(RoomErrorCode.NO_SUCH_CODE, unknownCode);
// @ts-expect-error: frozen and readonly
RoomErrorCode.SEAT_LOCKED = 0;
// @ts-expect-error: a language is an id or a string
message(0, true);
// @ts-expect-error: the catalog is readonly
codes().push(1);
