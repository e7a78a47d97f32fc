#!/usr/bin/env bash
# Bundlers from Debian build a consumer of the installed tarball: app.js imports the core and
# loads Japanese lazily. esbuild (--splitting) and rollup must each emit the Japanese texts in a
# chunk of their own, none of them in the entry chunk, and every other language in its own chunk
# too (the explicit import() map); the esbuild build then runs in Node. QuickJS (PyPI), an engine
# without WebAssembly, runs esbuild's one-script bundles of engine.js (every language imported
# statically, the conformance checks) and engine-lazy.js (Japanese by loadLanguage).
#
# Usage: bundle.sh TARBALL VECTORS_DIR CASES_TSV
set -euo pipefail
tgz=$(realpath "$1") vectors=$(realpath "$2") cases=$(realpath "$3") tests=$(dirname "$(realpath "$0")")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cd "$scratch"
echo '{ "name": "scratch", "version": "1.0.0", "private": true, "type": "module" }' > package.json
npm install --offline --no-audit --no-fund --silent "$tgz"
cp "$tests/app.js" "$tests/engine.js" "$tests/engine-lazy.js" "$tests/conformance.js" "$tests/rollup.config.mjs" .
# A Japanese summary and a Russian one from the vectors, to find in the chunks.
japanese=$(awk -F'\t' '$1 == "-2343" && $2 == "ja" { print $4 }' "$vectors/texts.tsv")
russian=$(awk -F'\t' '$1 == "-2343" && $2 == "ru" { print $4 }' "$vectors/texts.tsv")
[ -n "$japanese" ] && [ -n "$russian" ]
languages=$(ls node_modules/room-errors/locales/*.js | wc -l)

# chunks DIR ENTRY BUNDLER: the entry holds no Japanese text and does not import statically the
# one other chunk that does, and there is one chunk per language but English.
chunks() {
  local dir=$1 entry=$2 bundler=$3
  ! grep -qF "$japanese" "$dir/$entry" || { echo "$bundler: Japanese texts in the entry chunk" >&2; exit 1; }
  [ "$(grep -lF "$japanese" "$dir"/*.js | wc -l)" = 1 ] || { echo "$bundler: Japanese not in one chunk" >&2; exit 1; }
  local ja=$(basename "$(grep -lF "$japanese" "$dir"/*.js)")
  ! grep -qE "(from|import) ?[\"']\./$ja[\"']" "$dir/$entry" ||
    { echo "$bundler: the entry imports Japanese's chunk ($ja) statically" >&2; exit 1; }
  [ "$(grep -lF "$russian" "$dir"/*.js | grep -v "$(grep -lF "$japanese" "$dir"/*.js)" | wc -l)" = 1 ] ||
    { echo "$bundler: Russian not in a chunk of its own" >&2; exit 1; }
  local count=$(ls "$dir"/*.js | wc -l)
  [ "$count" -ge "$languages" ] || { echo "$bundler: $count chunks for $languages languages" >&2; exit 1; }
  echo "$bundler: entry $(gzip -9c "$dir/$entry" | wc -c) bytes gzipped; Japanese in $(basename "$(grep -lF "$japanese" "$dir"/*.js)") ($(gzip -9c "$(grep -lF "$japanese" "$dir"/*.js)" | wc -c) bytes gzipped); $count chunks"
}

esbuild app.js --bundle --splitting --format=esm --minify --charset=utf8 --target=es2019 --outdir=out-esbuild --log-level=warning
chunks out-esbuild app.js "esbuild $(esbuild --version)"
got=$(node --input-type=module -e "import { seatLocked } from './out-esbuild/app.js'; console.log(await seatLocked())")
[ "$got" = "$(awk -F'\t' '$1 == "-2343" && $2 == "ja" { print $3 }' "$vectors/texts.tsv")" ] ||
  { echo "esbuild: the bundle answered $got" >&2; exit 1; }
echo "esbuild: the bundle loads Japanese lazily in Node: $got"

rollup --silent -c rollup.config.mjs
chunks out-rollup app.js "rollup $(rollup --version)"

esbuild engine.js --bundle --format=iife --target=es2019 --outfile=engine.bundle.js --log-level=warning
esbuild engine-lazy.js --bundle --format=iife --target=es2019 --outfile=engine-lazy.bundle.js --log-level=warning
python3 "$tests/quickjs_run.py" engine.bundle.js engine-lazy.bundle.js "$vectors" "$cases"
