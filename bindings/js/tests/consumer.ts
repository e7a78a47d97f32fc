// A TypeScript consumer of the package, type-checked by `tsc --strict --noEmit` (types.sh): the
// README's examples, and misuses that must not compile (@ts-expect-error fails if they do).
import {
  RoomError, RoomErrorAction, RoomErrorCategory, RoomErrorCode, RoomErrorLanguage, action, actionId, actionLabel,
  answerLang, audience, category, codes, langFromList, loadLanguage, message, remedy, summary, userMessage,
} from 'room-errors';
import type { Lang, RoomErrorActionName, RoomErrorAudienceName, RoomErrorCategoryName } from 'room-errors';
import 'room-errors/locales/zh-Hans';

// README: static use.
try {
  RoomError.check(-2343);                           // throws unless the engine returned 0
} catch (e) {
  if (e instanceof RoomError) console.log(e.message, e.localizedMessage, e.action, e.retryAfterMs);
}
console.log(message(RoomErrorCode.CAMERA_NOT_AUTHORIZED, 'zh-CN'));

// README: lazy use, and an alert with a title, a suggestion and a button.
declare function showAlert(alert: { title: string; text: string; button?: string }): void;
async function showError(code: number): Promise<void> {
  const lang: RoomErrorLanguage = await loadLanguage(navigator.languages.join());
  const button = actionLabel(action(code), lang);         // "Open Settings"; "" when there is none
  showAlert({ title: summary(code, lang), text: remedy(code, lang), ...(button ? { button } : {}) });
}
void showError(RoomErrorCode.MICROPHONE_NOT_AUTHORIZED);

// The enums are literal types; the functions return them or their names.
const seatLocked: -2343 = RoomErrorCode.SEAT_LOCKED;
const en: RoomErrorLanguage = RoomErrorLanguage.EN;
const open: RoomErrorAction = RoomErrorAction.OPEN_SETTINGS;
const openId: RoomErrorAction = actionId(seatLocked);
const named: RoomErrorCategoryName = category(seatLocked);
const actionName: RoomErrorActionName = action(seatLocked);
const who: RoomErrorAudienceName = audience(seatLocked);
const all: readonly number[] = codes();
const languages: Lang[] = [en, 'ja', 'fr-CH, zh-TW;q=0.8', 3, null];
const answering: RoomErrorLanguage = answerLang('zh-TW');
console.log(open, openId, named, actionName, who, all.length, languages, answering,
  userMessage(0, RoomErrorLanguage.ZH_HANT), RoomErrorCategory.CHAT, actionLabel('retry'), langFromList('ja'));

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
// @ts-expect-error: action() returns a name, not an id
const notAnId: RoomErrorAction = action(0);
// @ts-expect-error: not a category name
const notACategory: RoomErrorCategoryName = 'seats';
// @ts-expect-error: an action is an id or a name
actionLabel(true);
console.log(notAnId, notACategory);
