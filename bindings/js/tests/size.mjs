// `make size-js` (part of `make size`): the bytes a browser downloads, each shipped ES module
// file compressed on its own by gzip -9 as a server sends it, summed per use, against the goals of
// issue 27 (1 KB = 1024 bytes). The core is index.js (the bundle of the sources below, English
// inside); each further language is its module alone. Then where the core's bytes go (each source
// minified by esbuild as stage.mjs does, and compressed alone), and each language's floor: its
// texts as the package answers them (summary and remedy of every code, action labels, the
// unknown-code and fallback texts), raw UTF-8 joined by newlines, compressed alone: no encoding in
// a JavaScript file can go much below it. "Distinct" counts each text once.
//
// Usage: node size.mjs STAGED_PACKAGE_DIR SOURCE_PACKAGE_DIR
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir, sources] = process.argv.slice(2).map((d) => resolve(d));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const gz = (file) => gzip(readFileSync(join(dir, file)));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const n = (bytes) => bytes.toLocaleString('en-US');
const tags = readdirSync(join(dir, 'locales')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3))
  .filter((tag) => tag !== 'en');
// locales/en.js ships too, for symmetry; the core holds English already.
const core = gz('index.js');
const language = Object.fromEntries(tags.map((tag) => [tag, gz(`locales/${tag}.js`)]));

// The floors, from the staged package's own answers.
const api = await import(join(dir, 'index.js'));
const { codes, RoomErrorLanguage: Lang, RoomErrorAction: Action } = api;
let unknown = -1;
while (api.isKnown(unknown)) unknown--;
/** Every text of a language: the unknown-code and fallback texts, the labels, then each code's
 * summary and remedy. */
async function texts(id) {
  await api.loadLanguage(id);
  if (api.answerLang(id) !== id) throw new Error(`language ${id} did not load`);
  const out = [api.summary(unknown, id), api.userMessage(unknown, id)];
  for (const action of Object.values(Action)) out.push(api.actionLabel(action, id));
  for (const code of codes()) out.push(api.summary(code, id), api.remedy(code, id));
  return out;
}
const floor = {};
for (const id of Object.values(Lang)) {
  const all = await texts(id);
  floor[api.langTag(id)] = [all, [...new Set(all)]].map((t) => gzip(Buffer.from(t.join('\n'))));
}
const sum = (list) => list.reduce((a, b) => a + b, 0);

const rows = [
  ['core with English', core, 9, floor.en],
  ...tags.map((tag) => [`+ ${tag}`, language[tag], 4.5, floor[tag]]),
  ['a page in English and Simplified Chinese', core + language['zh-Hans'], 12,
    [0, 1].map((k) => floor.en[k] + floor['zh-Hans'][k])],
  ['every language', core + sum(tags.map((tag) => language[tag])), 50,
    [0, 1].map((k) => sum(Object.values(floor).map((f) => f[k])))],
];
console.log('gzip -9 per file (index.js for the core); floor: the languages\' texts alone, all and distinct\n');
console.log('| what | bytes | size | goal | | floor | floor, distinct |\n|---|---:|---:|---:|---|---:|---:|');
for (const [what, bytes, goal, f] of rows) {
  const met = bytes <= goal * 1024 ? 'met' : 'MISSED';
  console.log(`| ${what} | ${n(bytes)} | ${kb(bytes)} | ≤ ${goal} KB | ${met} | ${f ? n(f[0]) : ''} | ${f ? n(f[1]) : ''} |`);
}

/** A source file minified as stage.mjs minifies it, gzipped. */
function minified(file) {
  const run = spawnSync('esbuild', ['--minify', '--charset=utf8', '--target=es2019', '--log-level=warning',
    '--format=esm', join(sources, file)], { encoding: 'buffer' });
  if (run.status !== 0) throw new Error(`esbuild ${file}: ${run.stderr}`);
  return gzip(run.stdout);
}
const names = gzip(Buffer.from(codes().map(api.name).join('\n')));
const parts = [
  ['the API (index.js) and the loaded-texts registry (texts.js)', minified('index.js') + minified('texts.js')],
  ['the negotiation code (negotiate.js)', minified('negotiate.js')],
  ['the CLDR tables (cldr.js)', minified('cldr.js')],
  [`the code rows and enums (catalog.js; the ${codes().length} names alone, joined: ${n(names)})`, minified('catalog.js')],
  [`English's texts (locales/en.js; floor ${n(floor.en[0])}, distinct ${n(floor.en[1])})`, minified('locales/en.js')],
];
console.log('\nWhere the core\'s bytes go (each part minified and gzipped alone)\n');
console.log('| part | bytes |\n|---|---:|');
for (const [what, bytes] of parts) console.log(`| ${what} | ${n(bytes)} |`);
console.log(`| sum of the parts (the bundle, one stream: ${n(core)}) | ${n(sum(parts.map((p) => p[1])))} |`);
