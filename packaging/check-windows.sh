#!/usr/bin/env bash
# Structural checks of one dist/windows-ARCH folder, the same for a DLL that runs here (x86_64,
# under Wine) and one that cannot (aarch64):
# - room_errors.dll: a DLL for MACHINE (AMD64 or ARM64), no entry point, exporting exactly the
#   locked functions, importing nothing, holding the native build's string blob;
# - room_errors.dll.lib: the import library of room_errors.dll for MACHINE, for exactly those;
# - room_errors.lib: static objects for MACHINE defining exactly those, with the same blob.
# Usage: check-windows.sh DIR MACHINE SYMBOLS NATIVE_SO
set -euo pipefail
dir=$1 machine=$2 symbols=$3 native=$4
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
grep -v '^#' "$symbols" | sed '/^$/d' >"$tmp/locked"
# same WHAT FILE: FILE (one name per line) is the locked list.
same() {
  sort -u "$2" >"$2.sorted"
  diff -u --label "$symbols" --label "$1" "$tmp/locked" "$2.sorted" >&2 || fail "$1 differs from the locked ABI"
}
# machines FILE: the machine types of FILE or of every member of the archive FILE.
machines() { llvm-readobj-19 --file-headers "$1" | sed -n 's/^ *Machine: IMAGE_FILE_MACHINE_\([A-Z0-9]*\) .*/\1/p' | sort -u; }

dll=$dir/room_errors.dll implib=$dir/room_errors.dll.lib static=$dir/room_errors.lib
headers=$(llvm-readobj-19 --file-headers "$dll")
[ "$(machines "$dll")" = "$machine" ] || fail "$dll: machine $(machines "$dll"), expected $machine"
grep -q "IMAGE_FILE_DLL " <<<"$headers" || fail "$dll: not a DLL"
grep -q "AddressOfEntryPoint: 0x0$" <<<"$headers" || fail "$dll: has an entry point"
llvm-readobj-19 --coff-exports "$dll" | sed -n 's/^ *Name: //p' >"$tmp/exports"
same "the exports of $dll" "$tmp/exports"
imports=$(llvm-readobj-19 --coff-imports "$dll" | grep -E "Import \{|Name:" || true)
grep -q "ImportTableSize: 0x0$" <<<"$headers" && [ -z "$imports" ] || fail "$dll imports: $imports"

[ "$(machines "$implib")" = "$machine" ] || fail "$implib: machine $(machines "$implib"), expected $machine"
llvm-readobj-19 --file-headers "$implib" | sed -n 's/^File: .*(\(.*\))$/\1/p' | sort -u >"$tmp/implib-dlls"
[ "$(cat "$tmp/implib-dlls")" = room_errors.dll ] || fail "$implib: imports from $(cat "$tmp/implib-dlls")"
llvm-nm-19 --defined-only "$implib" | sed -n 's/^.* T __imp_\(room_err_.*\)$/\1/p' >"$tmp/implib"
same "the imports $implib defines" "$tmp/implib"

[ "$(machines "$static")" = "$machine" ] || fail "$static: machine $(machines "$static"), expected $machine"
llvm-nm-19 --defined-only --extern-only "$static" | sed -n 's/^.* T \(room_err_.*\)$/\1/p' >"$tmp/static"
same "the functions $static defines" "$tmp/static"

"$here/string_blob.py" "$native" "$dll" "$static" || status=1
[ $status -eq 0 ] && echo "ok: $dir: $machine DLL with $(wc -l <"$tmp/exports") exports and no imports, import and static libraries"
exit $status
