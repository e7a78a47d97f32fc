// An ES module consumer of the installed package: `import` by name, every language loaded with
// loadLanguage(), then the conformance checks. With --no-wasm it first makes sure the engine has
// no WebAssembly (node --no-expose-wasm).
//
// Usage: node consumer.mjs VECTORS_DIR CASES_TSV [--no-wasm]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from 'room-errors';
import { check, FILES } from './conformance.js';

const [vectors, cases, flag] = process.argv.slice(2);
if (flag === '--no-wasm' && typeof WebAssembly !== 'undefined') throw new Error('WebAssembly is exposed');
const files = { 'cases.tsv': readFileSync(cases, 'utf8') };
for (const file of FILES) files[file] = readFileSync(join(vectors, file), 'utf8');
for (const id of Object.values(api.RoomErrorLanguage)) await api.loadLanguage(id);
const { checks, failures } = check(api, files);
if (failures.length) throw new Error(failures.join('\n'));
if (checks < 10000) throw new Error(`only ${checks} checks (floor 10000)`);
console.log(`esm${flag ? ` ${flag}` : ''}: ${checks} checks passed, WebAssembly ${typeof WebAssembly}`);
