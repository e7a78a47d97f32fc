// Runs in headless Chromium under a CSP without 'unsafe-eval': imports the package, checks it
// against the C library's answers (fixture.json) and writes "PASS n" or "FAIL reason" into #result.
const result = document.getElementById('result');

function evalIsBlocked() {
  try {
    return new Function('return false')();
  } catch (error) {
    return error instanceof EvalError;
  }
}

async function run() {
  const api = await import('./room-errors/index.js');
  const c = await (await fetch('./fixture.json')).json();
  let checks = 0;
  const eq = (actual, expected, what) => {
    if (actual !== expected) throw new Error(`${what}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
    checks += 1;
  };
  const throws = (f, type, what) => {
    try { f(); } catch (error) { eq(error.constructor, type, what); return; }
    throw new Error(`${what}: did not throw`);
  };
  eq(evalIsBlocked(), true, "the page's CSP blocks eval");
  eq(api.version, c.version, 'version');
  eq(api.codes().join(), c.known_codes.join(), 'codes');
  eq(navigator.languages.join(), 'zh-TW,ja', 'navigator.languages (browser.sh sets it)');
  eq(api.langTag(api.defaultLang), 'zh-Hant', 'defaultLang from navigator.languages');
  eq(api.message(-2343), api.message(-2343, 'zh-Hant'), 'message() in the default language');
  for (const row of c.codes) {
    eq(api.name(row.code), row.name, `name ${row.code}`);
    eq(api.category(row.code), row.category, `category ${row.code}`);
    eq(api.action(row.code), row.action, `action ${row.code}`);
    eq(api.retryAfterMs(row.code), row.retry_after_ms, `retryAfterMs ${row.code}`);
    for (const [lang, t] of Object.entries(row.langs)) {
      const l = Number(lang);
      eq(api.message(row.code, l), t.message, `message ${row.code} ${l}`);
      eq(api.summary(row.code, l), t.summary, `summary ${row.code} ${l}`);
      eq(api.remedy(row.code, l), t.remedy, `remedy ${row.code} ${l}`);
      eq(api.userMessage(row.code, l), t.user_message, `userMessage ${row.code} ${l}`);
    }
  }
  for (const k of c.cases) eq(api.langFromList(k.input), k.from_list, `langFromList ${k.input}`);
  throws(() => api.message('-2343'), TypeError, 'a string code');
  throws(() => api.message(NaN), RangeError, 'NaN');
  throws(() => api.RoomError.check(c.known_codes.at(-1)), api.RoomError, 'RoomError.check');
  return checks;
}

run().then((checks) => { result.textContent = `PASS ${checks} checks`; },
  (error) => { result.textContent = `FAIL ${error}`; });
