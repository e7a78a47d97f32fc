// Runs in headless Chromium under a strict CSP (no eval, no wasm): imports the package as a plain
// ES module, loads the two languages of navigator.languages (zh-TW, ja) lazily, and checks every
// code of those and English against the C library's vectors (texts.tsv); the other languages
// must answer in the best loaded one. Writes "PASS n checks" or "FAIL reason" into #result.
import * as api from './room-errors/index.js';
import { rows } from './conformance.js';

const result = document.getElementById('result');

function evalIsBlocked() {
  try {
    return new Function('return false')();
  } catch (error) {
    return error instanceof EvalError;
  }
}

async function run() {
  let checks = 0;
  const eq = (actual, expected, what) => {
    if (actual !== expected) throw new Error(`${what}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
    checks += 1;
  };
  const { RoomErrorLanguage: Lang } = api;
  eq(evalIsBlocked(), true, "the page's CSP blocks eval");
  eq(typeof WebAssembly.compile, 'function', 'the browser has WebAssembly (the package does not use it)');
  eq(navigator.languages.join(), 'zh-TW,ja', 'navigator.languages (browser.sh sets it)');
  eq(api.defaultLang, Lang.ZH_HANT, 'defaultLang from navigator.languages');
  eq(api.answerLang(), Lang.EN, 'before loading, texts come in English');
  eq(await api.loadLanguage(), Lang.ZH_HANT, 'loadLanguage() loads the default language');
  eq(await api.loadLanguage('ja-JP'), Lang.JA, 'loadLanguage(ja-JP)');
  eq(api.loadedLanguages().join(), [Lang.EN, Lang.ZH_HANT, Lang.JA].join(), 'loaded languages');
  const texts = rows(await (await fetch('./texts.tsv')).text());
  const loaded = { en: Lang.EN, 'zh-Hant': Lang.ZH_HANT, ja: Lang.JA };
  const english = {};
  for (const r of texts) if (r.lang === 'en') english[r.code] = r;
  for (const r of texts) {
    const code = Number(r.code);
    // Loaded languages answer for themselves, the others (none in zh or ja's script) in English.
    const want = r.lang in loaded ? r : english[r.code];
    eq(api.message(code, r.lang), want.message, `message ${code} ${r.lang}`);
    eq(api.summary(code, r.lang), want.summary, `summary ${code} ${r.lang}`);
    eq(api.remedy(code, r.lang), want.remedy, `remedy ${code} ${r.lang}`);
    eq(api.userMessage(code, r.lang), want.user_message, `userMessage ${code} ${r.lang}`);
  }
  eq(api.message(-2343), texts.find((r) => r.code === '-2343' && r.lang === 'zh-Hant').message, 'message() in the default language');
  return checks;
}

run().then((checks) => { result.textContent = `PASS ${checks} checks`; },
  (error) => { result.textContent = `FAIL ${error}`; });
