// Finishes the staged package in PACKAGE_DIR (a copy of bindings/js/package and the wasm):
// - strips the comments from the shipped JavaScript (browsers download it; the documentation is
//   in the .d.ts files and the README), keeping the code as written otherwise;
// - writes the CommonJS entry point, index.cjs: catalog.js and api.js with their `export`
//   keywords removed, and a tail that compiles room_errors.wasm synchronously (Node only;
//   browsers forbid synchronous compilation of modules this large on the main thread);
// - writes its declarations, index.d.cts: catalog.d.ts and index.d.ts in one file (a CommonJS
//   declaration file cannot re-export an ES module's).
//
// Usage: node stage.mjs PACKAGE_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];

/** `source` without whole-line `//` comments and `/** … *\/` blocks (the only comments the
 * sources use; none is inside a string). */
const uncommented = (source) => source.replace(/^\s*\/\/.*\n/gm, '').replace(/^\s*\/\*\*[\s\S]*?\*\/\n/gm, '');

for (const file of ['index.js', 'api.js', 'catalog.js']) {
  const path = join(dir, file);
  writeFileSync(path, uncommented(readFileSync(path, 'utf8')));
}

const exportNames = [];

/** The source of `file` as a script: each top-level `export const|function|class X` loses its
 * `export` and adds X to the exports; any other import or export is an error. */
function script(file) {
  const source = readFileSync(join(dir, file), 'utf8');
  return source.replace(/^export (?:const|function|class) (\w+)/gm, (declaration, name) => {
    exportNames.push(name);
    return declaration.slice('export '.length);
  }).replace(/^(?:import|export)\b.*/gm, (line) => {
    throw new Error(`${file}: cannot convert to CommonJS: ${line}`);
  });
}

const body = script('catalog.js') + script('api.js');
const api = exportNames.filter((name) => name !== 'bind' && name !== 'preferredLanguages');
writeFileSync(join(dir, 'index.cjs'), `'use strict';
// room-errors as a CommonJS module (Node), generated from catalog.js and api.js at packing time.
${body}
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const wasm = new WebAssembly.Module(readFileSync(join(__dirname, 'room_errors.wasm')));
module.exports = Object.freeze({
  ...bind(new WebAssembly.Instance(wasm).exports, preferredLanguages()),
  ${api.join(', ')},
});
`);

const declarations = readFileSync(join(dir, 'catalog.d.ts'), 'utf8') + readFileSync(join(dir, 'index.d.ts'), 'utf8')
  .replace(/^(?:import type .*|export \*) from '\.\/catalog\.js';\n/gm, '');
if (/from '/.test(declarations)) throw new Error('index.d.ts: an import left for index.d.cts');
writeFileSync(join(dir, 'index.d.cts'), declarations);
