// loadLanguage() in an engine without WebAssembly or modules (QuickJS), bundled by esbuild into
// one script (which keeps each language module behind its promise): only English at first, then
// Japanese after loadLanguage('ja-JP'), and no other language. Sets globalThis.RESULT when done.
import { RoomErrorCode, RoomErrorLanguage, loadLanguage, loadedLanguages, message } from 'room-errors';

const english = message(RoomErrorCode.SEAT_LOCKED, 'ja');
if (loadedLanguages().join() !== '0') throw new Error(`loaded at first: ${loadedLanguages()}`);
loadLanguage('ja-JP').then((lang) => {
  if (lang !== RoomErrorLanguage.JA || loadedLanguages().join() !== '0,3') throw new Error(`loaded: ${loadedLanguages()}`);
  const japanese = message(RoomErrorCode.SEAT_LOCKED, 'ja');
  if (japanese === english) throw new Error('Japanese did not answer');
  globalThis.RESULT = `loadLanguage: ${english} -> ${japanese}`;
});
