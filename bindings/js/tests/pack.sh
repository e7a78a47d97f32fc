#!/usr/bin/env bash
# Installs the packed tarball offline into a fresh scratch project and imports it from there by
# name, as an ES module and through require, checking both against the C library (FIXTURE).
#
# Usage: pack.sh TARBALL FIXTURE
set -euo pipefail
tgz=$(realpath "$1") fixture=$(realpath "$2") tests=$(dirname "$(realpath "$0")")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

expected="README.md api.js catalog.d.ts catalog.js index.cjs index.d.cts index.d.ts index.js package.json room_errors.wasm"
listed=$(tar tzf "$tgz" | sed 's|^package/||' | sort | tr '\n' ' ')
[ "${listed% }" = "$expected" ] || { echo "pack: tarball holds: $listed; expected: $expected" >&2; exit 1; }

cd "$scratch"
echo '{ "name": "scratch", "version": "1.0.0", "private": true }' > package.json
npm install --offline --no-audit --no-fund --silent "$tgz"
[ -z "$(ls node_modules | grep -vx room-errors)" ] || { echo "pack: installed more than room-errors" >&2; exit 1; }
cp "$tests/check.cjs" "$tests/consumer.mjs" "$tests/consumer.cjs" .
node consumer.mjs "$fixture"
node consumer.cjs "$fixture"
