#!/usr/bin/env bash
# Runs `make test-NAME` for every NAME given, keeps going after a failure, then prints each
# suite's wall time and, last, the line "N passed, M failed" (exit status 1 if any suite failed).
set -u
passed=0 failed=0 failures=() times=()
total_start=$EPOCHREALTIME
for suite in "$@"; do
  echo "==> test-$suite"
  start=$EPOCHREALTIME
  if make --no-print-directory "test-$suite"; then
    passed=$((passed + 1))
    result=ok
  else
    failed=$((failed + 1))
    failures+=("$suite")
    result=FAILED
  fi
  seconds=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
  times+=("$(printf '%-20s %4d:%02d  %s' "test-$suite" $((seconds / 60)) $((seconds % 60)) "$result")")
  echo "<== test-$suite: $result (${seconds} s)"
done
echo "suite wall times (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %s\n' "${times[@]}"
seconds=$(awk -v a="$total_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
printf '  %-20s %4d:%02d\n' total $((seconds / 60)) $((seconds % 60))
[ "$failed" -eq 0 ] || echo "failed suites: ${failures[*]}"
if [ $((passed + failed)) -eq 0 ]; then
  echo "no suites given" >&2
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
