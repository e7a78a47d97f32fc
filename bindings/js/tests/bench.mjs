// `make bench-js`: the package's lookups next to a plain Map lookup of the same strings, in the
// same process and interleaved rounds (median ns per call, ratio to the Map), then the shipped
// size (gzip -9 and brotli per file, as a server sends them) and each language's share of it.
//
// Usage: node bench.mjs PACKAGE_DIR [ROUNDS]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SHIPPED, brotli, gzip, sizes } from './sizes.mjs';

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? 300);
const api = await import(join(process.cwd(), dir, 'index.js'));
const { message, name, category, actionLabel, action, codes, langFromList, langTag, RoomErrorLanguage } = api;

const langs = Object.values(RoomErrorLanguage);
const maps = langs.map((lang) => new Map(codes().map((code) => [code, message(code, lang)])));
// 1024 (code, language) pairs in a fixed shuffled order.
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
  'langFromList(Accept-Language) (not cached)': () => String(langFromList('fr-CH, fr;q=0.9, zh-TW;q=0.8')),
  'name(code)': (i) => name(codeAt[i]),
  'category(code)': (i) => category(codeAt[i]),
  'actionLabel(action(code), id)': (i) => actionLabel(action(codeAt[i]), langAt[i]),
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

const shipped = sizes(dir, SHIPPED);
const sum = (key) => shipped.reduce((total, s) => total + s[key], 0);
console.log(`\n${codes().length} codes, ${langs.length} languages\n\n| file | bytes | gzip -9 | brotli 11 |\n|---|---:|---:|---:|`);
for (const s of shipped) console.log(`| ${s.file} | ${s.raw} | ${s.gzip} | ${s.brotli} |`);
console.log(`| total (budget: 24 KB = 24576 gzipped) | ${sum('raw')} | ${sum('gzip')} | ${sum('brotli')} |`);

// A language's share: the compressed size of every text of every language, minus the same
// without that language (its messages, user messages and button labels).
const texts = (lang) => codes().map((code) => `${message(code, lang)}\n${api.userMessage(code, lang)}\n${
  actionLabel(action(code), lang)}\n`).join('');
const all = (except) => Buffer.from(langs.filter((lang) => lang !== except).map(texts).join(''));
const whole = { gzip: gzip(all()), brotli: brotli(all()) };
console.log('\n| language | raw text bytes | gzip share | brotli share |\n|---|---:|---:|---:|');
for (const lang of langs) {
  const without = all(lang);
  console.log(`| ${langTag(lang)} | ${Buffer.byteLength(texts(lang))} | ${whole.gzip - gzip(without)} | ${
    whole.brotli - brotli(without)} |`);
}
console.log(`\ntarball (npm pack): ${readFileSync(join(dir, '..', `room-errors-${api.version}.tgz`)).length} bytes`);
