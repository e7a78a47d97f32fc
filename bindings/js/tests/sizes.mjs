// The bytes a browser downloads for the package: the ES module files and the wasm, each gzipped
// (`gzip -9n`) and brotli-compressed (quality 11) on its own, as a server compresses them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';

/** The files `import 'room-errors'` loads in a browser, and which of them are written by hand. */
export const SHIPPED = ['index.js', 'api.js', 'catalog.js', 'room_errors.wasm'];
export const HANDWRITTEN = ['index.js', 'api.js'];

export const gzip = (bytes) => execFileSync('gzip', ['-9n'], { input: bytes }).length;
export const brotli = (bytes) => brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;

/** For each file of `files` in `dir`: its raw, gzip and brotli sizes. */
export function sizes(dir, files) {
  return files.map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
  });
}
