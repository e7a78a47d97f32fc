// Finishes the staged package in PACKAGE_DIR (a copy of bindings/js/package and the README):
// - every JavaScript file minified as ES2019 by esbuild (browsers download them; the
//   documentation is in the .d.ts files and the README), with `import()` kept;
// - next to each, its CommonJS form (`.cjs`): imports turned into require() of the `.cjs` files,
//   so that `require('room-errors')` and `require('room-errors/locales/ja')` share one registry
//   of texts; the language loaders of catalog.js become require() calls behind a promise;
// - the CommonJS declarations: index.d.cts (catalog.d.ts and index.d.ts in one file, since a
//   CommonJS declaration file cannot re-export an ES module's) and locale.d.cts.
//
// Usage: node stage.mjs PACKAGE_DIR
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];

/** `source` through esbuild as ES2019 in `format`, minified. */
function esbuild(source, format, file) {
  const run = spawnSync('esbuild', ['--minify', '--charset=utf8', '--target=es2019', `--format=${format}`, '--log-level=warning',
    `--sourcefile=${file}`], { input: source, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`esbuild ${file}: ${run.stderr}`);
  return run.stdout;
}

/** The CommonJS source of an ES module of the package: relative `.js` specifiers become `.cjs`,
 * and each `() => import('./x.js')` a require() behind a promise. */
const commonjs = (source) => source
  .replace(/\(\) => import\('(\.[^']*)\.js'\)/g, "() => Promise.resolve().then(() => require('$1.cjs'))")
  .replace(/ from '(\.[^']*)\.js';/g, " from '$1.cjs';")
  .replace(/^import '(\.[^']*)\.js';/gm, "import '$1.cjs';");

const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js'));
for (const file of files) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  writeFileSync(path.replace(/\.js$/, '.cjs'), esbuild(commonjs(source), 'cjs', file));
  writeFileSync(path, esbuild(source, 'esm', file));
}

const declarations = readFileSync(join(dir, 'catalog.d.ts'), 'utf8') + readFileSync(join(dir, 'index.d.ts'), 'utf8')
  .replace(/^import type [^;]* from '\.\/catalog\.js';\n/gm, '')
  .replace(/^export (?:\*|\{[^}]*\}) from '\.\/catalog\.js';\n/gm, '');
if (/from '/.test(declarations)) throw new Error('index.d.ts: an import left for index.d.cts');
writeFileSync(join(dir, 'index.d.cts'), declarations);
writeFileSync(join(dir, 'locale.d.cts'), readFileSync(join(dir, 'locale.d.ts'), 'utf8'));
