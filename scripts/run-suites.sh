#!/usr/bin/env bash
# Runs `make test-NAME` for every NAME given, keeps going after a failure, and ends with the
# line "N passed, M failed" (exit status 1 if any suite failed).
set -u
passed=0 failed=0 failures=()
for suite in "$@"; do
  echo "==> test-$suite"
  if make --no-print-directory "test-$suite"; then
    passed=$((passed + 1))
    echo "<== test-$suite: ok"
  else
    failed=$((failed + 1))
    failures+=("$suite")
    echo "<== test-$suite: FAILED"
  fi
done
[ "$failed" -eq 0 ] || echo "failed suites: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
