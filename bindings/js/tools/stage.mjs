// Finishes the staged package in PACKAGE_DIR (a copy of bindings/js/package and the README), with
// esbuild, as ES2019, minified, UTF-8 text kept:
// - the core, index.js and its CommonJS form index.cjs, each one file: index.js bundled with
//   catalog.js, cldr.js, negotiate.js, texts.js and English's module (locales/en.js), the other
//   language modules left to their import() (index.cjs: a require() behind a promise), so
//   bundlers still make each its own chunk. The bundled sources are not shipped;
// - each language module, locales/<tag>.js, minified, and the same script as locales/<tag>.cjs
//   (it imports and exports nothing);
// - the CommonJS declarations: index.d.cts (catalog.d.ts and index.d.ts in one file, since a
//   CommonJS declaration file cannot re-export an ES module's) and locale.d.cts.
//
// Usage: node stage.mjs PACKAGE_DIR
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const SOURCES = ['index.js', 'catalog.js', 'cldr.js', 'negotiate.js', 'texts.js'];

/** Runs esbuild with `args` (and `input` on stdin); its output. */
function esbuild(args, input) {
  const run = spawnSync('esbuild', ['--minify', '--charset=utf8', '--target=es2019', '--log-level=warning', ...args],
    { input, encoding: 'utf8', cwd: dir });
  if (run.status !== 0) throw new Error(`esbuild ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

const others = readdirSync(join(dir, 'locales')).filter((f) => f.endsWith('.js') && f !== 'en.js');
const external = (ext) => others.map((f) => `--external:./locales/${f.replace(/\.js$/, ext)}`);

// The CommonJS core first: the loaders of catalog.js become require() calls of the .cjs modules.
const catalog = readFileSync(join(dir, 'catalog.js'), 'utf8');
const loaders = /\(\) => import\('(\.\/locales\/[^']*)\.js'\)/g;
if (!loaders.test(catalog)) throw new Error('catalog.js: no language loaders');
writeFileSync(join(dir, 'catalog.js'), catalog.replace(loaders, "() => Promise.resolve().then(() => require('$1.cjs'))"));
const cjs = esbuild(['index.js', '--bundle', '--format=cjs', ...external('.cjs')]);
writeFileSync(join(dir, 'catalog.js'), catalog);
const esm = esbuild(['index.js', '--bundle', '--format=esm', ...external('.js')]);
writeFileSync(join(dir, 'index.cjs'), cjs);
writeFileSync(join(dir, 'index.js'), esm);
for (const file of SOURCES.slice(1)) rmSync(join(dir, file));

for (const file of readdirSync(join(dir, 'locales'))) {
  const path = join(dir, 'locales', file);
  const script = esbuild(['--format=esm'], readFileSync(path, 'utf8'));
  writeFileSync(path, script);
  writeFileSync(path.replace(/\.js$/, '.cjs'), script);
}

const declarations = readFileSync(join(dir, 'catalog.d.ts'), 'utf8') + readFileSync(join(dir, 'index.d.ts'), 'utf8')
  .replace(/^import type [^;]* from '\.\/catalog\.js';\n/gm, '')
  .replace(/^export (?:\*|\{[^}]*\}) from '\.\/catalog\.js';\n/gm, '');
if (/from '/.test(declarations)) throw new Error('index.d.ts: an import left for index.d.cts');
writeFileSync(join(dir, 'index.d.cts'), declarations);
writeFileSync(join(dir, 'locale.d.cts'), readFileSync(join(dir, 'locale.d.ts'), 'utf8'));
