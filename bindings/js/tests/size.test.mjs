// Size checks that hold however the catalog grows (the total against the 24 KB budget is measured
// and reported by `make bench-js`, not enforced: it is the catalog's text, which other work grows):
// the wasm is self-contained, carries no custom sections, and the hand-written JavaScript stays
// small (it is the part this package adds to every page).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { HANDWRITTEN, sizes } from './sizes.mjs';

const dir = new URL('../../../target/js/package/', import.meta.url).pathname;

test('the wasm imports nothing and has no custom sections', () => {
  const module = new WebAssembly.Module(readFileSync(`${dir}room_errors.wasm`));
  assert.deepEqual(WebAssembly.Module.imports(module), []);
  for (const section of ['name', 'producers']) {
    assert.deepEqual(WebAssembly.Module.customSections(module, section), [], section);
  }
});

test('the hand-written JavaScript is at most 3 KB gzipped', () => {
  const total = sizes(dir, HANDWRITTEN).reduce((sum, s) => sum + s.gzip, 0);
  assert.ok(total <= 3072, `${total} bytes`);
});
