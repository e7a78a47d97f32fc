#!/usr/bin/env bash
# The locked ABI: fails unless the dynamic symbols the shared library defines are exactly the
# committed list, are all functions, and are exactly the functions the header declares; and
# unless the library carries the SONAME given, needs no other shared library and imports no
# symbol (so it cannot allocate, lock or call into libc), and has no relocation (strings are
# offsets into one blob, not pointers).
# Usage: check-abi.sh SO HEADER SYMBOLS SONAME
set -euo pipefail
so=$1 header=$2 symbols=$3 soname=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm -D --defined-only "$so" | awk '{print $3}' | sort >"$tmp/exported"
grep -v '^#' "$symbols" | sed '/^$/d' >"$tmp/locked"
# cbindgen writes one declaration per line: `TYPE name(ARGS);`.
sed -n 's/^[A-Za-z].*[^A-Za-z0-9_]\(room_err_[A-Za-z0-9_]*\)(.*);$/\1/p' "$header" | sort >"$tmp/declared"
status=0
if ! sort -c "$tmp/locked" 2>/dev/null || [ -n "$(uniq -d "$tmp/locked")" ]; then
  echo "FAIL: $symbols is not sorted or has duplicates" >&2
  status=1
fi
if ! diff -u --label "$symbols" --label "nm -D --defined-only $so" "$tmp/locked" "$tmp/exported" >&2; then
  echo "FAIL: the library's exports differ from $symbols (an ABI change: update the list only on purpose)" >&2
  status=1
fi
if ! diff -u --label "functions declared in $header" --label "$symbols" "$tmp/declared" "$tmp/locked" >&2; then
  echo "FAIL: $header declares other functions than $symbols locks" >&2
  status=1
fi
not_functions=$(nm -D --defined-only "$so" | awk '$2 != "T"')
if [ -n "$not_functions" ]; then
  echo "FAIL: exported symbols that are not functions:" >&2
  echo "$not_functions" >&2
  status=1
fi
dynamic=$(readelf -d "$so")
if ! grep -q "(SONAME) *Library soname: \[$soname\]" <<<"$dynamic"; then
  echo "FAIL: the SONAME is not $soname" >&2
  status=1
fi
if grep -q "(NEEDED)" <<<"$dynamic"; then
  echo "FAIL: the library needs other shared libraries:" >&2
  grep "(NEEDED)" <<<"$dynamic" >&2
  status=1
fi
imported=$(nm -D --undefined-only "$so")
if [ -n "$imported" ]; then
  echo "FAIL: the library imports symbols:" >&2
  echo "$imported" >&2
  status=1
fi
if ! readelf -r "$so" | grep -q "There are no relocations"; then
  echo "FAIL: the library has relocations:" >&2
  readelf -r "$so" >&2
  status=1
fi
[ "$status" -eq 0 ] && echo "ABI locked: $(wc -l <"$tmp/locked") functions, exported and declared exactly; SONAME $soname; no NEEDED, no import, no relocation"
exit "$status"
