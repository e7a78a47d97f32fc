// node --test over the staged package (ROOM_ERRORS_PACKAGE): what English alone answers and how
// a language loads (first, while only English is loaded), then with every language loaded the
// conformance checks against the C library's vectors (ROOM_ERRORS_VECTORS, ROOM_ERRORS_CASES),
// bad arguments, RoomError; in child processes the default language from POSIX variables, one
// Chinese script loaded without the other, and a language module that does not fit the catalog.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { check, FILES, rows } from './conformance.js';

const dir = process.env.ROOM_ERRORS_PACKAGE;
const vectors = process.env.ROOM_ERRORS_VECTORS;
const api = await import(join(dir, 'index.js'));
const { RoomError, RoomErrorCode: Code, RoomErrorLanguage: Lang } = api;
const text = (file) => rows(readFileSync(join(vectors, file), 'utf8'));
const texts = text('texts.tsv');
const expected = (code, tag, field = 'message') => texts.find((r) => +r.code === code && r.lang === tag)[field];

test('only English is loaded at first, and every text comes in it', () => {
  assert.deepEqual(api.loadedLanguages(), [Lang.EN]);
  assert.equal(api.langFromList('ja, zh-CN'), Lang.JA, 'negotiation is the C library\'s, loaded or not');
  assert.equal(api.answerLang('ja, zh-CN'), Lang.EN);
  assert.equal(api.answerLang(Lang.JA), Lang.EN);
  assert.equal(api.message(Code.SEAT_LOCKED, 'ja'), expected(Code.SEAT_LOCKED, 'en'));
  assert.equal(api.actionLabel('retry', Lang.JA), 'Try Again');
  assert.equal(new RoomError(Code.SEAT_LOCKED, 'ja').lang, Lang.EN);
});

test('a language loads through its module, and the best loaded language answers', async () => {
  await import(join(dir, 'locales/zh-Hans.js'));
  assert.deepEqual(api.loadedLanguages(), [Lang.EN, Lang.ZH_HANS]);
  // ja is not loaded: the list's next choice, zh-CN, is.
  assert.equal(api.answerLang('ja, zh-CN'), Lang.ZH_HANS);
  assert.equal(api.message(Code.SEAT_LOCKED, 'ja, zh-CN'), expected(Code.SEAT_LOCKED, 'zh-Hans'));
  assert.equal(api.answerLang('zh-SG'), Lang.ZH_HANS);
  assert.equal(api.answerLang('fr'), Lang.EN);
  assert.equal(await api.loadLanguage('ja-JP'), Lang.JA);
  assert.equal(api.answerLang('ja, zh-CN'), Lang.JA);
  assert.equal(api.message(Code.SEAT_LOCKED, 'ja, zh-CN'), expected(Code.SEAT_LOCKED, 'ja'));
  assert.equal(await api.loadLanguage('fr'), Lang.EN, 'a language without a module: English');
  assert.equal(await api.loadLanguage(Lang.JA), Lang.JA, 'loaded already');
  await assert.rejects(api.loadLanguage({}), TypeError);
});

test('every code x language x field, action, tag and list equals the C library', async () => {
  for (const id of Object.values(Lang)) await api.loadLanguage(id);
  assert.equal(api.loadedLanguages().length, Object.keys(Lang).length);
  const files = { 'cases.tsv': readFileSync(process.env.ROOM_ERRORS_CASES, 'utf8') };
  for (const file of FILES) files[file] = readFileSync(join(vectors, file), 'utf8');
  const { checks, failures } = check(api, files);
  assert.deepEqual(failures, []);
  assert.ok(checks >= 10000, `${checks} checks (floor 10000)`);
  console.log(`conformance: ${checks} checks`);
});

test('a NUL ends a tag or a list, as in C', () => {
  assert.equal(api.langFromTag('zh-TW\0ja'), Lang.ZH_HANT);
  assert.equal(api.langFromList('zh-TW\0ja'), Lang.ZH_HANT);
  assert.equal(api.langFromList('\0ja'), Lang.EN);
  assert.equal(api.message(Code.SEAT_LOCKED, 'ja\0zh-TW'), expected(Code.SEAT_LOCKED, 'ja'));
  assert.equal(api.langFromTag(null), Lang.EN, 'null is C\'s NULL');
  assert.equal(api.langFromList(undefined), Lang.EN);
});

test('a tag ends where a tag cannot continue', () => {
  for (const tag of ['zh-TW\r', 'zh-TW ', 'zh-Hant;q=0.9', 'zh_TW:ja:en', 'zh-TW\n', 'zh-TW,ja', 'zh_TW.UTF-8@x']) {
    assert.equal(api.langFromTag(tag), Lang.ZH_HANT, JSON.stringify(tag));
  }
  assert.equal(api.langFromTag('\u212Aa'), Lang.EN, 'KELVIN SIGN is not k');
});

test('bad arguments throw errors that name what is accepted', () => {
  const throws = (f, type, pattern) => assert.throws(f, (e) => e instanceof type && pattern.test(e.message));
  throws(() => api.message('-2343'), TypeError, /code must be an error code \(a number\), not string/);
  throws(() => api.message(1.5), RangeError, /int32/);
  throws(() => api.message(2 ** 31), RangeError, /int32/);
  throws(() => api.message(NaN), RangeError, /int32/);
  throws(() => api.name(undefined), TypeError, /a number/);
  throws(() => api.message(0, {}), TypeError, /RoomErrorLanguage id \(a number\) or a language tag or list \(a string\), not object/);
  throws(() => api.message(0, 0.5), RangeError, /int32/);
  throws(() => api.langFromTag(5), TypeError, /tag must be a string, not number/);
  throws(() => api.langFromList([]), TypeError, /list must be a string, not object/);
  throws(() => api.actionLabel(true), TypeError, /RoomErrorAction id \(a number\) or an action name \(a string\)/);
  throws(() => api.RoomError.check('0'), TypeError, /a number/);
  throws(() => new RoomError(null), TypeError, /a number/);
});

test('actions by id or name; unknown ones have no name or label', () => {
  assert.equal(api.actionLabel('open_settings', Lang.ZH_HANT), api.actionLabel(api.RoomErrorAction.OPEN_SETTINGS, 'zh-TW'));
  assert.equal(api.actionName('open_settings'), 'open_settings');
  assert.equal(api.actionName(-1), '');
  assert.equal(api.actionLabel('no_such_action'), '');
  assert.equal(api.actionLabel(99), '');
});

test('RoomError', () => {
  const e = new RoomError(Code.SEAT_LOCKED, 'zh-TW');
  assert.ok(e instanceof Error && e instanceof RoomError);
  assert.equal(e.name, 'RoomError');
  assert.equal(e.message, `ERR_SEAT_LOCKED (-2343): ${expected(-2343, 'en')}`);
  assert.equal(e.localizedMessage, expected(-2343, 'zh-Hant'));
  assert.equal(new RoomError(12345).message, `UNKNOWN (12345): ${expected(12345, 'en')}`);
  assert.doesNotThrow(() => RoomError.check(0));
  assert.throws(() => RoomError.check(Code.SEAT_LOCKED), RoomError);
  assert.ok(Object.isFrozen(Code) && Object.isFrozen(api.codes()));
});

/** The default language of a Node process with `env` (and nothing else) as its environment. */
const defaultIn = (env) => Number(execFileSync(process.execPath, ['--input-type=module', '-e',
  `import { defaultLang } from ${JSON.stringify(join(dir, 'index.js'))}; console.log(defaultLang)`], { env }));

test('Node: the default language from the POSIX environment in gettext\'s order', () => {
  const table = join(vectors, 'environment.tsv');
  const cases = existsSync(table) ? text('environment.tsv').map((r) => [r, r.expected]) : [
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-Hant'],
    [{ LANGUAGE: 'ja:en', LANG: 'zh_TW.UTF-8' }, 'ja'],
    [{ LANGUAGE: 'ja', LANG: 'C.UTF-8' }, 'en'],
    [{ LANGUAGE: 'ja' }, 'en'],
    [{ LC_ALL: 'ko_KR.UTF-8', LC_MESSAGES: 'ja_JP', LANG: 'ru_RU' }, 'ko'],
    [{ LC_MESSAGES: 'ja_JP', LANG: 'ru_RU' }, 'ja'],
    [{ LC_ALL: 'POSIX', LANGUAGE: 'ru' }, 'en'],
    [{}, 'en'],
  ];
  let n = 0;
  for (const [vars, tag] of cases) {
    const env = {};
    for (const key of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) if (vars[key]) env[key] = vars[key];
    assert.equal(api.langTag(defaultIn(env)), tag, JSON.stringify(env));
    n++;
  }
  assert.ok(n >= 8);
});

/** The languages answerLang() gives for `langs` in a Node process that loaded only `locale`'s module. */
const answersWith = (locale, langs) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e',
  `import { answerLang } from ${JSON.stringify(join(dir, 'index.js'))};
   await import(${JSON.stringify(join(dir, `locales/${locale}.js`))});
   console.log(JSON.stringify(${JSON.stringify(langs)}.map((lang) => answerLang(lang))))`]));

test('Traditional and Simplified Chinese do not stand in for each other: CLDR, as ICU', () => {
  // CLDR 39 removed their distances (CLDR-14355): ICU's LocaleMatcher (ICU 72) over en and
  // zh-Hans answers en for zh-Hant, zh-TW and zh-HK; over en and zh-Hant, en for zh-Hans, zh-CN, zh.
  assert.deepEqual(answersWith('zh-Hans', ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-SG', 'zh-TW, zh-CN']),
    [Lang.EN, Lang.EN, Lang.EN, Lang.ZH_HANS, Lang.ZH_HANS]);
  assert.deepEqual(answersWith('zh-Hant', ['zh-Hans', 'zh-CN', 'zh', 'zh-HK', 'zh-CN, zh-MO']),
    [Lang.EN, Lang.EN, Lang.EN, Lang.ZH_HANT, Lang.ZH_HANT]);
});

test('a language module that does not fit the catalog is refused once, with an Error', () => {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e',
    `globalThis[${JSON.stringify(`room-errors@${api.version}`)}] = [[${Lang.JA}, '', 'too\\nfew']];
     const api = await import(${JSON.stringify(join(dir, 'index.js'))});
     try { api.message(-2343, 'ja'); console.log('taken'); } catch (e) { console.log(e.message); }
     console.log(api.message(-2343, 'ja'), api.loadedLanguages().join())`], { encoding: 'utf8' }).split('\n');
  assert.equal(out[0], `room-errors: the module of language ${Lang.JA} does not fit this catalog`);
  assert.equal(out[1], `${expected(-2343, 'en')} ${Lang.EN}`);
});
