// A consumer for an engine without WebAssembly or modules (QuickJS standing in for Hermes and
// mini-program engines), bundled by esbuild into one script: the core and every language
// imported statically, then the conformance checks over the vectors the host put in
// globalThis.VECTORS. Sets globalThis.RESULT to "N checks" or throws.
import * as api from 'room-errors';
import 'room-errors/locales/zh-Hans';
import 'room-errors/locales/zh-Hant';
import 'room-errors/locales/ja';
import 'room-errors/locales/ko';
import 'room-errors/locales/ar';
import 'room-errors/locales/es';
import 'room-errors/locales/pt';
import 'room-errors/locales/id';
import 'room-errors/locales/vi';
import 'room-errors/locales/th';
import 'room-errors/locales/ru';
import { check } from './conformance.js';

if (typeof WebAssembly !== 'undefined') throw new Error('this engine has WebAssembly');
if (api.loadedLanguages().length !== Object.keys(api.RoomErrorLanguage).length) {
  throw new Error('engine.js does not import every language module');
}
const { checks, failures } = check(api, JSON.parse(globalThis.VECTORS));
if (failures.length) throw new Error(failures.join('\n'));
globalThis.RESULT = `${checks} checks`;
