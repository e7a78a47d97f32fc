#!/usr/bin/env bash
# Runs built C tests through a runner (an emulator, Wine) and fails if any fails: each test
# prints its own tally; test_threads gets CALLS calls per thread, test_api the conformance
# vectors' directory (relative, so that Wine reads it too). Prints each test's time.
# Usage: run-c-suite.sh "RUNNER [ARGS]" CALLS VECTORS_DIR TEST...
set -euo pipefail
read -r -a runner <<<"$1"
calls=$2
vectors=$3
shift 3
status=0
for test; do
  args=()
  case $(basename "$test") in
    test_threads*) args=("$calls") ;;
    test_api*) args=("$vectors") ;;
  esac
  start=$EPOCHREALTIME
  if ! "${runner[@]}" "$test" "${args[@]}"; then
    echo "FAIL: ${runner[*]} $test ${args[*]}" >&2
    status=1
  fi
  awk -v t="$test" -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "  (%s: %.1f s)\n", t, b - a }'
done
exit $status
