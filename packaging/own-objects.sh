#!/usr/bin/env bash
# Copies the static library IN to OUT keeping only the library's own objects (room_errors*.o):
# the objects of Rust's compiler_builtins, which rustc adds to every staticlib, go, after a check
# that nothing needs them: the objects kept must reference no undefined symbol (the shared
# library's contract too: it imports nothing). Without them an app that force-loads archives
# (-all_load, --whole-archive) cannot get duplicate builtins from two Rust libraries.
# Usage: packaging/own-objects.sh IN OUT   (an ELF, COFF or thin Mach-O archive; the format stays)
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 IN OUT" >&2; exit 2; }
in=$1 out=$2
mapfile -t others < <(llvm-ar-19 t "$in" | grep -v '^room_errors[-.]' || true)
cp "$in" "$out.tmp"
[ ${#others[@]} -eq 0 ] || llvm-ar-19 d "$out.tmp" "${others[@]}"
undefined=$(llvm-nm-19 --undefined-only "$out.tmp" | grep -v -e ':$' -e '^$' || true)
if [ -z "$(llvm-ar-19 t "$out.tmp")" ] || [ -n "$undefined" ]; then
  echo "$0: $in: its own objects are missing or need other code: ${undefined:-no objects}" >&2
  rm -f "$out.tmp"
  exit 1
fi
mv "$out.tmp" "$out"
