#!/usr/bin/env bash
# Fails unless the outputs README.md shows are what the programs print today:
# examples/lookup.c (built by `make example`) and `room-err -1101`.
set -eu
status=0
check() {
  local label=$1 output=$2
  if ! python3 - "$output" <<'PY'
import sys
sys.exit(0 if sys.argv[1].rstrip("\n") in open("README.md", encoding="utf-8").read() else 1)
PY
  then
    echo "README.md does not show the current output of $label; paste it in:" >&2
    echo "$output" >&2
    status=1
  fi
}
check "examples/lookup.c" "$(target/make/lookup)"
check "room-err -1101" "$(cargo run --quiet -p room-err -- -1101)"
[ $status -eq 0 ] && echo "README outputs are current"
exit $status
