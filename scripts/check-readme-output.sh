#!/usr/bin/env bash
# Fails unless every example a README shows is the program the suites run, and every output it
# shows is what that program prints today. In a Markdown file, a fenced block right after
#   <!-- example: PATH -->     must appear verbatim in the file PATH (the example a suite builds);
#   <!-- output: COMMAND -->   must be exactly the standard output of COMMAND (run by bash from the
#                              repository root), which must succeed and print something.
# Usage: scripts/check-readme-output.sh FILE.md[#HEADING]...   FILE.md#Python checks only the
# section under the `## Python` heading (up to the next `## `). With no file: README.md, whose
# outputs are examples/lookup.c's (built by `make example`) and `room-err -1101`'s.
set -euo pipefail
status=0 checked=0

# The root README's two outputs, found anywhere in it.
check_root() {
  local label=$1 output=$2
  if [ "$(printf '%s\n' "$output" | grep -c .)" -lt 3 ]; then
    echo "README.md: $label printed fewer than 3 lines:" >&2
    printf '%s\n' "$output" >&2
    status=1
  elif ! python3 - "$output" <<'PY'
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

if [ $# -eq 0 ]; then
  # Separate assignments: a failing program stops the script (set -e), which it does not inside
  # an argument list.
  lookup=$(target/make/lookup)
  check_root "examples/lookup.c" "$lookup"
  cli=$(cargo run --quiet -p room-err -- -1101)
  check_root "room-err -1101" "$cli"
  [ $status -eq 0 ] && echo "README outputs are current: $checked of 2 checked"
  exit $status
fi

python3 - "$@" <<'PY' || status=1
import re
import subprocess
import sys

MARKER = re.compile(r"^<!-- (example|output): (.+?) -->\n(```[^\n]*\n)(.*?)^```$", re.M | re.S)
failures = checks = 0
for readme in sys.argv[1:]:
    path, _, heading = readme.partition("#")
    text = open(path, encoding="utf-8").read()
    if heading:
        start = text.find(f"\n## {heading}\n")
        if start < 0:
            print(f"{path} has no heading ## {heading}", file=sys.stderr)
            failures += 1
            continue
        end = text.find("\n## ", start + 1)
        text = text[start:] if end < 0 else text[start:end]
    found = MARKER.findall(text)
    if text.count("<!-- example:") + text.count("<!-- output:") != len(found):
        print(f"{readme}: a marker is not followed by a fenced block", file=sys.stderr)
        failures += 1
    for kind, argument, _fence, block in found:
        checks += 1
        if kind == "example":
            if block not in open(argument, encoding="utf-8").read():
                print(f"{readme}: the example is not in {argument} as shown", file=sys.stderr)
                failures += 1
            continue
        run = subprocess.run(["bash", "-c", argument], capture_output=True, text=True)
        if run.returncode != 0 or run.stdout == "":
            print(f"{readme}: `{argument}` failed or printed nothing (exit {run.returncode}):\n{run.stderr}",
                  file=sys.stderr)
            failures += 1
        elif run.stdout != block:
            print(f"{readme}: `{argument}` prints something else; paste it in:\n{run.stdout}", file=sys.stderr)
            failures += 1
    if not found:
        print(f"{readme}: no example or output marker", file=sys.stderr)
        failures += 1
print(f"{checks} README examples and outputs checked in {len(sys.argv) - 1} files")
sys.exit(1 if failures else 0)
PY
exit $status
