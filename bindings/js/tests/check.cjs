// Checks a loaded room-errors API (ESM namespace or CommonJS exports) against the C library's
// answers in the fixture: every code's message, summary, remedy, user message, name, category and
// action label in every language. Returns the number of checks; throws on the first mismatch.
'use strict';
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');

module.exports = function check(api, fixturePath) {
  const c = JSON.parse(readFileSync(fixturePath, 'utf8'));
  let checks = 0;
  const eq = (actual, expected, what) => { assert.equal(actual, expected, what); checks += 1; };
  eq(api.version, c.version, 'version');
  eq(api.codes().join(), c.known_codes.join(), 'codes');
  for (const row of c.codes) {
    eq(api.name(row.code), row.name, `name ${row.code}`);
    eq(api.category(row.code), row.category, `category ${row.code}`);
    for (const [lang, t] of Object.entries(row.langs)) {
      const l = Number(lang);
      eq(api.message(row.code, l), t.message, `message ${row.code} ${l}`);
      eq(api.summary(row.code, l), t.summary, `summary ${row.code} ${l}`);
      eq(api.remedy(row.code, l), t.remedy, `remedy ${row.code} ${l}`);
      eq(api.userMessage(row.code, l), t.user_message, `userMessage ${row.code} ${l}`);
      eq(api.actionLabel(row.action, l), c.actions[row.action].labels[l] ?? c.actions[row.action].labels[0],
        `actionLabel ${row.code} ${l}`);
    }
  }
  eq(api.RoomErrorCode.SUCCESS, 0, 'RoomErrorCode');
  assert.throws(() => api.RoomError.check(c.known_codes.at(-1)), api.RoomError);
  assert.throws(() => api.message(0.5), RangeError);
  return checks;
};
