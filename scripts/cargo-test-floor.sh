#!/usr/bin/env bash
# Runs a `cargo test` command, prints how many tests passed in all its test binaries, and fails
# when the command fails or fewer than FLOOR tests passed (a test target that stopped being built
# or run would otherwise pass unnoticed).
# Usage: cargo-test-floor.sh FLOOR CARGO-TEST-COMMAND...
set -uo pipefail
floor=$1
shift
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(sed -n 's/^test result: ok\. \([0-9]*\) passed.*/\1/p' "$log" | awk '{ n += $1 } END { print n + 0 }')
echo "$passed tests passed in \`$*\` (floor $floor)"
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
if [ "$passed" -lt "$floor" ]; then
  echo "FAIL: $passed tests passed, fewer than $floor" >&2
  exit 1
fi
