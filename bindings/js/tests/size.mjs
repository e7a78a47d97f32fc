// `make size-js` (part of `make size`): the bytes a browser downloads, each shipped ES module
// file compressed on its own by gzip -9 as a server sends it, summed per use, against the goals of
// issue 27 (1 KB = 1024 bytes). The core is index.js, catalog.js, cldr.js, negotiate.js, texts.js
// and English's module; each further language is its module alone.
//
// Usage: node size.mjs PACKAGE_DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const CORE = ['index.js'];
const tags = readdirSync(join(dir, 'locales')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3))
  .filter((tag) => tag !== 'en');
// locales/en.js ships too, for symmetry; the core holds English already.
const core = CORE.reduce((sum, file) => sum + gz(file), 0);
const language = Object.fromEntries(tags.map((tag) => [tag, gz(`locales/${tag}.js`)]));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [
  ['core with English', core, 9],
  ...tags.map((tag) => [`+ ${tag}`, language[tag], 4.5]),
  ['a page in English and Simplified Chinese', core + language['zh-Hans'], 12],
  ['every language', core + tags.reduce((sum, tag) => sum + language[tag], 0), 50],
];
console.log(`gzip -9 per file (${CORE.join(', ')} for the core)\n`);
console.log('| what | bytes | size | goal | |\n|---|---:|---:|---:|---|');
for (const [what, bytes, goal] of rows) {
  console.log(`| ${what} | ${bytes} | ${kb(bytes)} | ≤ ${goal} KB | ${bytes <= goal * 1024 ? 'met' : 'MISSED'} |`);
}
