#!/usr/bin/env bash
# Installs the packed tarball offline into a fresh scratch project and uses it from there by name:
# the tarball holds exactly the shipped files and no dependency; `import` (consumer.mjs, also under
# `node --no-expose-wasm`) and `require` (consumer.cjs) each pass the conformance checks; the
# negotiation is compared with ICU (against_icu.py, through tests/icu/compare.py).
#
# Usage: pack.sh TARBALL VECTORS_DIR CASES_TSV
set -euo pipefail
tgz=$(realpath "$1") vectors=$(realpath "$2") cases=$(realpath "$3") tests=$(dirname "$(realpath "$0")")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

tags=$(sed -n 's/^export const TAGS = \[\(.*\)\];$/\1/p' "$tests/../package/catalog.js" | tr -d '" ' | tr ',' ' ')
expected="README.md catalog.d.ts index.cjs index.d.cts index.d.ts index.js locale.d.cts locale.d.ts package.json"
for tag in $tags; do expected+=" locales/$tag.cjs locales/$tag.js"; done
expected=$(tr ' ' '\n' <<<"$expected" | LC_ALL=C sort | tr '\n' ' ')
listed=$(tar tzf "$tgz" | sed 's|^package/||' | LC_ALL=C sort | tr '\n' ' ')
[ "$listed" = "$expected" ] || { echo "pack: tarball holds: $listed; expected: $expected" >&2; exit 1; }
echo "pack: the tarball holds the $(wc -w <<<"$listed") expected files"

cd "$scratch"
echo '{ "name": "scratch", "version": "1.0.0", "private": true, "type": "module" }' > package.json
npm install --offline --no-audit --no-fund --silent "$tgz"
[ -z "$(ls node_modules | grep -vx room-errors)" ] || { echo "pack: installed more than room-errors" >&2; exit 1; }
cp "$tests/conformance.js" "$tests/consumer.mjs" "$tests/consumer.cjs" .
node consumer.mjs "$vectors" "$cases"
node --no-expose-wasm consumer.mjs "$vectors" "$cases" --no-wasm
node consumer.cjs "$vectors" "$cases"
/usr/bin/python3 "$tests/against_icu.py" "$scratch"
