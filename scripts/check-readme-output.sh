#!/usr/bin/env bash
# Fails unless the outputs README.md shows are what the programs print today:
# examples/lookup.c (built by `make example`) and `room-err -1101`. A program that fails, or
# prints fewer than 3 lines, fails the check (an empty output is in every file).
set -euo pipefail
status=0 checked=0
check() {
  local label=$1 output=$2
  if [ "$(printf '%s\n' "$output" | grep -c .)" -lt 3 ]; then
    echo "FAIL: $label printed fewer than 3 lines:" >&2
    printf '%s\n' "$output" >&2
    status=1
    return
  fi
  if ! python3 - "$output" <<'PY'
import sys
sys.exit(0 if sys.argv[1].rstrip("\n") in open("README.md", encoding="utf-8").read() else 1)
PY
  then
    echo "README.md does not show the current output of $label; paste it in:" >&2
    echo "$output" >&2
    status=1
  fi
  checked=$((checked + 1))
}
# Separate assignments: a failing program stops the script (set -e), which it does not inside
# an argument list.
lookup=$(target/make/lookup)
check "examples/lookup.c" "$lookup"
cli=$(cargo run --quiet -p room-err -- -1101)
check "room-err -1101" "$cli"
[ $status -eq 0 ] && echo "README outputs are current: $checked of 2 checked"
exit $status
