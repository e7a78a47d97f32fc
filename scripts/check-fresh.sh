#!/usr/bin/env bash
# Compares every file generated afresh under FRESH with the same path under TREE, and fails if one
# differs or is missing from TREE (naming the command that fixes it), or if fewer than 2 files
# were generated (the header and the generator's outputs). Needs no git.
# Usage: check-fresh.sh FRESH TREE
set -euo pipefail
fresh=$1 tree=$2
floor=2
mapfile -t files < <(cd "$fresh" && find . -type f | sed 's|^\./||' | sort)
stale=()
for file in "${files[@]}"; do
  cmp -s "$fresh/$file" "$tree/$file" || stale+=("$file")
done
if [ "${#files[@]}" -lt "$floor" ]; then
  echo "FAIL: only ${#files[@]} generated files under $fresh (at least $floor expected)" >&2
  exit 1
fi
if [ "${#stale[@]}" -gt 0 ]; then
  echo "stale generated files (run \`make generate\` and commit):" >&2
  for file in "${stale[@]}"; do
    echo "  $file" >&2
    diff -u "$tree/$file" "$fresh/$file" 2>&1 | head -20 >&2 || true
  done
  exit 1
fi
echo "generated files are fresh: ${#files[@]} compared"
