#!/usr/bin/env bash
# Writes DIR/SHA256SUMS (`sha256sum -c` format) over every other file below DIR.
set -eu
cd "$1"
find . -type f ! -name SHA256SUMS ! -name SHA256SUMS.tmp -printf '%P\n' | LC_ALL=C sort | xargs -r -d '\n' sha256sum >SHA256SUMS.tmp
mv SHA256SUMS.tmp SHA256SUMS
echo "$1/SHA256SUMS: $(wc -l <SHA256SUMS) files"
