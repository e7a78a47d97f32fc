#!/usr/bin/env bash
# Fails unless each C test object calls every function of the locked ABI list: a function counts
# when the object takes it from the library (an undefined symbol, nm -u) or looks it up by name
# (a string for dlsym; -Wall -Werror rejects a looked-up function left unused).
# NM (default nm) lists the symbols: llvm-nm-19 for Mach-O and COFF objects.
# Usage: check-c-calls.sh SYMBOLS OBJECT...
set -euo pipefail
symbols=$1
shift
mapfile -t wanted < <(grep -v '^#' "$symbols" | grep .)
(( ${#wanted[@]} > 0 )) || { echo "FAIL: no symbols in $symbols" >&2; exit 1; }
status=0
for object; do
  # Mach-O names carry a leading underscore.
  called=$( { "${NM:-nm}" -u "$object" | awk '{print $NF}'; strings -a "$object"; } | sed 's/^_//' |
    grep -o '^room_err_[a-z_]*$' | sort -u)
  missing=$(comm -23 <(printf '%s\n' "${wanted[@]}" | sort) <(printf '%s\n' "$called"))
  if [[ -n $missing ]]; then
    echo "FAIL: $object does not call:" $missing >&2
    status=1
  else
    echo "$object calls all ${#wanted[@]} exported functions"
  fi
done
exit $status
