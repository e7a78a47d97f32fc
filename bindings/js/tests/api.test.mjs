// The ES module's API against the C library's answers (ROOM_ERRORS_FIXTURE, written by
// fixture.py at test time): every code in every language, unknown codes and language ids, every
// action, the shared language cases, the enums, RoomError and the rejection of bad arguments.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import * as api from '../../../target/js/package/index.js';

const c = JSON.parse(readFileSync(process.env.ROOM_ERRORS_FIXTURE, 'utf8'));
const {
  message, summary, remedy, userMessage, name, category, categoryId, isKnown, isRetryable, action,
  actionName, actionLabel, audience, retryAfterMs, codes, langFromTag, langFromList, langTag,
  RoomError, RoomErrorCode, RoomErrorLanguage, RoomErrorCategory, RoomErrorAction, RoomErrorAudience,
} = api;

test('every code in every language, by id, by tag and through messageForTag', () => {
  for (const row of c.codes) {
    for (const [id, texts] of Object.entries(row.langs)) {
      const lang = Number(id);
      const tag = c.langs[lang] ?? 'en';
      assert.equal(message(row.code, lang), texts.message, `message(${row.code}, ${lang})`);
      assert.equal(message(row.code, tag), texts.message, `message(${row.code}, "${tag}")`);
      assert.equal(api.messageForTag(row.code, tag), texts.message);
      assert.equal(summary(row.code, lang), texts.summary, `summary(${row.code}, ${lang})`);
      assert.equal(remedy(row.code, lang), texts.remedy, `remedy(${row.code}, ${lang})`);
      assert.equal(userMessage(row.code, lang), texts.user_message, `userMessage(${row.code}, ${lang})`);
    }
  }
});

test('every code: name, category, flags, advice', () => {
  for (const row of c.codes) {
    const at = `code ${row.code}`;
    assert.equal(name(row.code), row.name, at);
    assert.equal(category(row.code), row.category, at);
    assert.equal(categoryId(row.code), row.category_id, at);
    assert.equal(isKnown(row.code), row.known, at);
    assert.equal(isRetryable(row.code), row.retryable, at);
    assert.equal(action(row.code), row.action, at);
    assert.equal(audience(row.code), row.audience, at);
    assert.equal(retryAfterMs(row.code), row.retry_after_ms, at);
  }
});

test('codes() is the catalog, frozen, once', () => {
  assert.deepEqual([...codes()], c.known_codes);
  assert.ok(Object.isFrozen(codes()));
  assert.equal(codes(), codes());
});

test('every action: name and label in every language', () => {
  for (const a of c.actions) {
    assert.equal(actionName(a.id), a.name, `action ${a.id}`);
    a.labels.forEach((label, lang) => {
      assert.equal(actionLabel(a.id, lang), label, `action ${a.id}, lang ${lang}`);
      assert.equal(actionLabel(a.id, c.langs[lang]), label);
    });
  }
});

test('languages: tags, ids, the shared cases through langFromList and langFromTag', () => {
  c.langs.forEach((tag, id) => {
    assert.equal(langTag(id), tag);
    assert.equal(langTag(tag), tag);
    assert.equal(langFromTag(tag), id);
  });
  for (const id of c.unknown_langs) assert.equal(langTag(id), 'en');
  for (const k of c.cases) {
    assert.equal(langFromList(k.input), k.from_list, `langFromList(${JSON.stringify(k.input)})`);
    assert.equal(langFromTag(k.input), k.from_tag, `langFromTag(${JSON.stringify(k.input)})`);
    assert.equal(c.langs[langFromList(k.input)], k.expected, `case ${JSON.stringify(k.input)}`);
    assert.equal(message(-2343, k.input), message(-2343, k.from_list));
  }
  assert.equal(langFromList('x'.repeat(200000) + ',ja'), langFromList('x,ja'), 'a list longer than the scratch page');
});

test('the enums are frozen and match the library', () => {
  for (const e of [RoomErrorCode, RoomErrorLanguage, RoomErrorCategory, RoomErrorAction, RoomErrorAudience]) {
    assert.ok(Object.isFrozen(e));
  }
  assert.equal(RoomErrorCode.SEAT_LOCKED, -2343);
  assert.deepEqual(Object.values(RoomErrorCode), c.known_codes);
  for (const [key, code] of Object.entries(RoomErrorCode)) {
    assert.equal(key, code === 0 ? 'SUCCESS' : name(code).replace(/^ERR_/, ''));
  }
  assert.deepEqual(Object.entries(RoomErrorLanguage).map(([k, id]) => [k, langTag(id).replace('-', '_').toUpperCase()]),
    c.langs.map((tag) => [tag.replace('-', '_').toUpperCase(), tag.replace('-', '_').toUpperCase()]));
  assert.deepEqual(Object.values(RoomErrorLanguage), c.langs.map((_, id) => id));
  for (const row of c.codes) {
    assert.equal(RoomErrorCategory[row.category.toUpperCase()], row.category_id);
  }
  for (const a of c.actions.filter((a) => a.name)) assert.equal(RoomErrorAction[a.name.toUpperCase()], a.id);
  assert.deepEqual(Object.keys(RoomErrorAudience), ['USER', 'DEVELOPER']);
  for (const row of c.codes) assert.ok(Object.values(RoomErrorAudience).includes(row.audience));
});

test('RoomError and RoomError.check', () => {
  const known = c.codes.find((row) => row.known && row.code !== 0);
  const e = new RoomError(known.code, 'ja');
  assert.ok(e instanceof Error && e instanceof RoomError);
  assert.equal(e.name, 'RoomError');
  assert.equal(e.code, known.code);
  assert.equal(e.codeName, known.name);
  assert.equal(e.category, known.category);
  assert.equal(e.isRetryable, known.retryable);
  assert.equal(e.message, known.langs[langFromTag('ja')].message);
  assert.equal(new RoomError(known.code).message, message(known.code, api.defaultLang));
  assert.equal(RoomError.check(0), undefined);
  assert.throws(() => RoomError.check(known.code, 0), (err) => err instanceof RoomError && err.code === known.code
    && err.message === known.langs[0].message);
  assert.throws(() => RoomError.check('0'), TypeError);
});

test('bad arguments throw TypeError or RangeError, never answer', () => {
  const oneCode = [message, summary, remedy, userMessage, name, category, categoryId, isKnown, isRetryable,
    action, audience, retryAfterMs, (x) => new RoomError(x)];
  for (const f of oneCode) {
    for (const bad of ['1', undefined, null, 1n, {}, [], true]) assert.throws(() => f(bad), TypeError, `${f.name}(${String(bad)})`);
    for (const bad of [NaN, 1.5, -0.5, Infinity, -Infinity, 2 ** 31, -(2 ** 31) - 1, 2 ** 32 - 2343]) {
      assert.throws(() => f(bad), RangeError, `${f.name}(${bad})`);
    }
  }
  for (const bad of [NaN, 0.5, 2 ** 31]) {
    assert.throws(() => message(0, bad), RangeError);
    assert.throws(() => actionLabel(bad, 0), RangeError);
    assert.throws(() => actionName(bad), RangeError);
    assert.throws(() => langTag(bad), RangeError);
  }
  for (const bad of [null, {}, ['en'], 1n, false]) {
    assert.throws(() => message(0, bad), TypeError);
    assert.throws(() => langFromTag(bad), TypeError);
    assert.throws(() => langFromList(bad), TypeError);
    assert.throws(() => api.messageForTag(0, bad), TypeError);
  }
  assert.throws(() => langFromTag(undefined), TypeError);
  assert.throws(() => langFromList('en\0ja'), RangeError);
});

test('defaultLang is negotiated from the environment at import', () => {
  assert.ok(c.langs[api.defaultLang] !== undefined);
  assert.equal(api.version, c.version);
  assert.match(api.version, /^\d+\.\d+\.\d+$/);
});

test('strings are decoded once: the same call returns the same cached string', () => {
  const code = c.known_codes.at(-1);
  const first = message(code, 0);
  const real = globalThis.TextDecoder.prototype.decode;
  let decodes = 0;
  globalThis.TextDecoder.prototype.decode = function (...args) { decodes += 1; return real.apply(this, args); };
  try {
    for (let i = 0; i < 100; i++) assert.equal(message(code, 0), first);
  } finally {
    globalThis.TextDecoder.prototype.decode = real;
  }
  assert.equal(decodes, 0);
});

test('defaultLang follows LANGUAGE, LC_ALL, LC_MESSAGES, LANG in Node', async () => {
  const { spawnSync } = await import('node:child_process');
  const index = new URL('../../../target/js/package/index.js', import.meta.url).href;
  const run = (env) => spawnSync(process.execPath, ['--input-type=module', '-e',
    `import { defaultLang } from ${JSON.stringify(index)}; process.stdout.write(String(defaultLang));`],
  { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  for (const [env, list] of [
    [{ LANG: 'ja_JP.UTF-8' }, 'ja_JP.UTF-8'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ko_KR.UTF-8' }, 'ko_KR.UTF-8'],
    [{ LANG: 'ja_JP.UTF-8', LC_ALL: 'zh_TW.UTF-8' }, 'zh_TW.UTF-8'],
    [{ LANG: 'ja_JP.UTF-8', LANGUAGE: 'zh_CN:ja' }, 'zh_CN:ja'],
    [{ LANG: 'C' }, 'C'],
  ]) {
    const child = run(env);
    assert.equal(child.stderr, '');
    assert.equal(Number(child.stdout), langFromList(list), JSON.stringify(env));
  }
});

test('strings decode after the wasm memory grew (a fresh view per read)', async () => {
  const { spawnSync } = await import('node:child_process');
  const index = new URL('../../../target/js/package/index.js', import.meta.url).href;
  const row = c.codes.find((r) => r.known && r.code !== 0);
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { langFromList, message } from ${JSON.stringify(index)};
    const before = WebAssembly.Memory.prototype.grow;
    let grown = 0;
    WebAssembly.Memory.prototype.grow = function (pages) { grown += pages; return before.call(this, pages); };
    langFromList('x'.repeat(1 << 20));
    process.stdout.write(JSON.stringify({ grown, text: message(${row.code}, 1) }));`], { encoding: 'utf8' });
  assert.equal(child.stderr, '');
  const { grown, text } = JSON.parse(child.stdout);
  assert.ok(grown > 0, 'the memory grew');
  assert.equal(text, row.langs[1].message);
});
