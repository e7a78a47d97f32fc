#!/usr/bin/env bash
# Links packaging/link/consumer.c with lld-link (LLVM 19), the linker of MSVC's format, against the
# Windows import library (room_errors.dll.lib) and against the static library (room_errors.lib) of
# x86_64 and aarch64: no C runtime, the consumer is its own entry point, so every symbol must come
# from the library (lld-link fails on any unresolved one). Checks each output's machine and that
# the DLL build imports room_errors.dll only; the x86_64 outputs run under Wine (exit status 0:
# every answer right), the aarch64 ones can only be inspected.
# Usage: packaging/link-windows.sh DIST_DIR WORK_DIR "WINE_COMMAND"   (DIST_DIR/windows-ARCH/include: the headers)
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 DIST_DIR WORK_DIR WINE_COMMAND" >&2; exit 2; }
dist=$1 work=$2
read -r -a wine <<<"$3"
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$work" && mkdir -p "$work"
linked=0
for arch in x86_64 aarch64; do
  machine=$([ $arch = x86_64 ] && echo AMD64 || echo ARM64)
  out=$work/$arch
  mkdir -p "$out"
  clang-19 --target=$arch-pc-windows-msvc -std=c11 -Wall -Wextra -Werror -O1 -ffreestanding -fno-stack-protector \
    -I"$dist/windows-$arch/include" -c "$root/packaging/link/consumer.c" -o "$out/consumer.obj"
  for kind in dll static; do
    library=$dist/windows-$arch/$([ $kind = dll ] && echo room_errors.dll.lib || echo room_errors.lib)
    lld-link-19 /nologo /NODEFAULTLIB /ENTRY:start /SUBSYSTEM:CONSOLE /MACHINE:$machine \
      /OUT:"$out/consumer-$kind.exe" "$out/consumer.obj" "$library"
    header=$(llvm-readobj-19 --file-headers "$out/consumer-$kind.exe")
    grep -q "Machine: IMAGE_FILE_MACHINE_$machine" <<<"$header" ||
      { echo "FAIL: $arch $kind: not an $machine executable" >&2; exit 1; }
    imports=$(llvm-readobj-19 --coff-imports "$out/consumer-$kind.exe" | sed -n 's/^ *Name: //p' | paste -sd ' ')
    want=$([ $kind = dll ] && echo room_errors.dll || echo "")
    [ "$imports" = "$want" ] || { echo "FAIL: $arch $kind: imports '$imports', expected '$want'" >&2; exit 1; }
    ran="linked only (nothing here runs $machine Windows code)"
    if [ $arch = x86_64 ]; then
      cp "$dist/windows-$arch/room_errors.dll" "$out/"
      status=0
      (cd "$out" && "${wine[@]}" "./consumer-$kind.exe") || status=$?
      [ $status -eq 0 ] || { echo "FAIL: $arch $kind: exit status $status under Wine (the failed check)" >&2; exit 1; }
      ran="ran under Wine, every answer right"
    fi
    echo "ok: windows-$arch $kind: linked by lld-link, $machine, imports: ${imports:-nothing}; $ran"
    linked=$((linked + 1))
  done
done
[ "$linked" -eq 4 ] || { echo "FAIL: $linked of 4 links" >&2; exit 1; }
NM=llvm-nm-19 "$root/scripts/check-c-calls.sh" "$root/include/room_errors.symbols" "$work"/*/consumer.obj >/dev/null
echo "$linked Windows links with lld-link; the consumer calls every exported function"
