#!/usr/bin/env bash
# Runs `make test-NAME` for every NAME given, keeps going after a failure, then prints each
# suite's wall time and, last, the line "N passed, M failed" (exit status 1 if any suite failed).
#
# --beside "A B": suites A and B (also named in the list) run one after the other in a second
# lane, from the start, beside the others: for long single-threaded suites, on a machine with a
# second core. Their output is kept in target/suites/ and printed when they end. This is sound
# for suites that write only below directories of their own and reach the shared release library
# through make and cargo (cargo locks its build directory; the library is rewritten only when
# stale).
# Usage: run-suites.sh [--beside "SUITE..."] SUITE...
set -u
beside=()
if [ "${1:-}" = --beside ]; then
  read -r -a beside <<<"$2"
  shift 2
fi
logs=target/suites
mkdir -p "$logs"
rm -f "$logs"/*.result

# run_suite NAME: runs it, records "STATUS SECONDS" in $logs/NAME.result.
run_suite() {
  local start=$EPOCHREALTIME result=ok
  make --no-print-directory "test-$1" || result=FAILED
  awk -v r="$result" -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%s %.0f\n", r, b - a }' \
    >"$logs/$1.result"
}

total_start=$EPOCHREALTIME
lane_pid=
if [ ${#beside[@]} -gt 0 ]; then
  (
    for suite in "${beside[@]}"; do
      run_suite "$suite" >"$logs/$suite.log" 2>&1
    done
  ) &
  lane_pid=$!
  echo "==> beside the others: ${beside[*]} (output in $logs/)"
fi
for suite in "$@"; do
  case " ${beside[*]} " in *" $suite "*) continue ;; esac
  echo "==> test-$suite"
  run_suite "$suite"
  echo "<== test-$suite: $(cut -d' ' -f1 "$logs/$suite.result")"
done
if [ -n "$lane_pid" ]; then
  wait "$lane_pid"
  for suite in "${beside[@]}"; do
    echo "==> test-$suite (ran beside the others)"
    cat "$logs/$suite.log"
    echo "<== test-$suite: $(cut -d' ' -f1 "$logs/$suite.result" 2>/dev/null || echo FAILED)"
  done
fi

passed=0 failed=0 failures=()
echo "suite wall times (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)):"
for suite in "$@"; do
  read -r result seconds <"$logs/$suite.result" 2>/dev/null || { result=FAILED seconds=0; }
  if [ "$result" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)) failures+=("$suite"); fi
  printf '  %-20s %4d:%02d  %s\n' "test-$suite" $((seconds / 60)) $((seconds % 60)) "$result"
done
seconds=$(awk -v a="$total_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
printf '  %-20s %4d:%02d\n' total $((seconds / 60)) $((seconds % 60))
[ "$failed" -eq 0 ] || echo "failed suites: ${failures[*]}"
if [ $((passed + failed)) -eq 0 ]; then
  echo "no suites given" >&2
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
