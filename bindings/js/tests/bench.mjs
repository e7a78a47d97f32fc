// `make bench-js`: the package's lookups next to a plain Map.get of the same strings, in the same
// process and interleaved rounds (median ns per call, ratio to Map.get), every language loaded.
//
// Usage: node bench.mjs PACKAGE_DIR [ROUNDS]
import { join } from 'node:path';

const dir = process.argv[2];
const rounds = Number(process.argv[3] || 200);
const api = await import(join(process.cwd(), dir, 'index.js'));
const { message, name, category, actionLabel, action, codes, langFromList, langTag, loadLanguage, RoomErrorLanguage } = api;

const langs = Object.values(RoomErrorLanguage);
for (const lang of langs) await loadLanguage(lang);
// 1024 (code, language) pairs in a fixed shuffled order; each Map holds one language's messages.
const maps = langs.map((lang) => new Map(codes().map((code) => [code, message(code, lang)])));
let seed = 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pairs = Array.from({ length: 1024 }, () => [codes()[Math.floor(random() * codes().length)],
  langs[Math.floor(random() * langs.length)]]);
const codeAt = pairs.map(([code]) => code);
const langAt = pairs.map(([, lang]) => lang);
const tagAt = langAt.map((lang) => langTag(lang));

const cases = {
  'Map.get (anchor)': (i) => maps[langAt[i]].get(codeAt[i]),
  'message(code, id)': (i) => message(codeAt[i], langAt[i]),
  'message(code) (default language)': (i) => message(codeAt[i]),
  'message(code, tag) (tag string, negotiation cached)': (i) => message(codeAt[i], tagAt[i]),
  'name(code)': (i) => name(codeAt[i]),
  'category(code)': (i) => category(codeAt[i]),
  'actionLabel(action(code), id)': (i) => actionLabel(action(codeAt[i]), langAt[i]),
  'langFromList(Accept-Language) (not cached)': () => String(langFromList('fr-CH, fr;q=0.9, zh-TW;q=0.8')),
};
const timings = Object.fromEntries(Object.keys(cases).map((key) => [key, []]));
let sink = 0;
for (let round = 0; round < rounds; round++) {
  for (const [key, f] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    for (let pass = 0; pass < 4; pass++) for (let i = 0; i < 1024; i++) sink += f(i).length;
    timings[key].push(Number(process.hrtime.bigint() - start) / 4096);
  }
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const anchor = median(timings['Map.get (anchor)']);
console.log(`node ${process.version}, ${rounds} rounds of 4096 calls per case (1024 shuffled pairs x 4), median ns per call (sink ${sink})\n`);
console.log('| call | ns | ratio to Map.get |\n|---|---:|---:|');
for (const [key, xs] of Object.entries(timings)) {
  const ns = median(xs);
  console.log(`| ${key} | ${ns.toFixed(1)} | ${(ns / anchor).toFixed(2)}x |`);
}
