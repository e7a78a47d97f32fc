// A CommonJS consumer of the installed package: `require` by name, Japanese loaded by
// loadLanguage() (a require() behind a promise), every other language module required by name
// (room-errors/locales/<tag>), then the conformance checks; the ES module core,
// imported next to it, sees the same languages (one registry per realm).
//
// Usage: node consumer.cjs VECTORS_DIR CASES_TSV
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const api = require('room-errors');

const [vectors, cases] = process.argv.slice(2);
Promise.all([import('./conformance.js'), api.loadLanguage('ja-JP')]).then(([{ check, FILES }, ja]) => {
  if (ja !== api.RoomErrorLanguage.JA || api.loadedLanguages().join() !== '0,3') throw new Error('loadLanguage(ja-JP) did not load ja');
  const files = { 'cases.tsv': readFileSync(cases, 'utf8') };
  for (const file of FILES) files[file] = readFileSync(join(vectors, file), 'utf8');
  for (const id of Object.values(api.RoomErrorLanguage)) {
    if (id !== 0) require(`room-errors/locales/${api.langTag(id)}`);
  }
  if (api.loadedLanguages().length !== Object.keys(api.RoomErrorLanguage).length) throw new Error('a language did not register');
  const { checks, failures } = check(api, files);
  if (failures.length) throw new Error(failures.join('\n'));
  if (checks < 10000) throw new Error(`only ${checks} checks (floor 10000)`);
  return import('room-errors').then((esm) => {
    if (esm.loadedLanguages().join() !== api.loadedLanguages().join()) throw new Error('the ES module core sees other languages');
    console.log(`cjs: ${checks} checks passed; the ES module core sees the same ${api.loadedLanguages().length} languages`);
  });
}).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
