#!/usr/bin/env bash
# Links packaging/link/consumer.c (compiled with the slice's own Headers) against every slice and
# architecture of the XCFramework with ld64.lld (LLVM 19), the Mach-O linker closest to Apple's
# that runs here: against the slice's static library and a stub of libSystem (a text .tbd listing only the symbols the program takes
# from it: the library itself must take none), failing on any undefined symbol and on any warning
# (an object built for a newer OS than the slice's minimum is one). Then checks each output's
# platform and minimum OS in its load commands: LC_BUILD_VERSION, or below the OS versions that
# introduced it the older LC_VERSION_MIN_* (on x86_64 an iOS one means the simulator), as
# ld64.lld writes them. Nothing here can run the results.
# Usage: packaging/link-apple.sh XCFRAMEWORK WORK_DIR
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 XCFRAMEWORK WORK_DIR" >&2; exit 2; }
xcframework=$1 work=$2
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$work" && mkdir -p "$work"
linked=0
# slice, arch, clang's target, ld64's platform, its name in the load commands, minimum OS.
while read -r slice arch target platform shown minos; do
  out=$work/$slice-$arch
  mkdir -p "$out"
  library=$(ls "$xcframework/$slice"/*.a)
  tbd_target=$arch-$platform
  cat >"$out/libSystem.tbd" <<TBD
--- !tapi-tbd
tbd-version: 4
targets: [ $tbd_target ]
install-name: /usr/lib/libSystem.B.dylib
exports:
  - targets: [ $tbd_target ]
    symbols: [ _printf, dyld_stub_binder ]
...
TBD
  clang-19 --target="$target" -std=c11 -Wall -Wextra -Werror -O1 -ffreestanding -fno-stack-protector \
    -I"$xcframework/$slice/Headers" -c "$root/packaging/link/consumer.c" -o "$out/consumer.o"
  ld64.lld-19 -arch "$arch" -platform_version "$platform" "$minos" "$minos" -fatal_warnings \
    -o "$out/consumer" "$out/consumer.o" "$library" -L"$out" -lSystem
  headers_out=$(llvm-objdump-19 --macho --private-headers "$out/consumer")
  got=$(printf '%s\n' "$headers_out" | awk '/cmd LC_BUILD_VERSION/ { b = 1 } b && /platform/ { p = $2 }
    b && /minos/ { print p, $2; exit }
    /cmd LC_VERSION_MIN_/ { v = $2 } v && /version/ { print v, $2; exit }')
  [ "$got" = "$shown $minos" ] || { echo "FAIL: $slice $arch: the output is for '$got', expected '$shown $minos'" >&2; exit 1; }
  imported=$(llvm-nm-19 --undefined-only "$out/consumer" | awk '{print $NF}' | sort | paste -sd ' ')
  [ "$imported" = "_printf dyld_stub_binder" ] || [ "$imported" = _printf ] ||
    { echo "FAIL: $slice $arch: the output imports $imported" >&2; exit 1; }
  echo "ok: $slice $arch: linked by ld64.lld, $shown $minos, imports only $imported"
  linked=$((linked + 1))
done <<'SLICES'
ios-arm64 arm64 arm64-apple-ios12.0 ios ios 12.0
ios-arm64_x86_64-simulator arm64 arm64-apple-ios14.0-simulator ios-simulator iossimulator 14.0
ios-arm64_x86_64-simulator x86_64 x86_64-apple-ios12.0-simulator ios-simulator LC_VERSION_MIN_IPHONEOS 12.0
macos-arm64_x86_64 arm64 arm64-apple-macos11.0 macos macos 11.0
macos-arm64_x86_64 x86_64 x86_64-apple-macos10.13 macos LC_VERSION_MIN_MACOSX 10.13
SLICES
[ "$linked" -eq 5 ] || { echo "FAIL: $linked of 5 slices linked" >&2; exit 1; }
NM=llvm-nm-19 "$root/scripts/check-c-calls.sh" "$root/include/room_errors.symbols" "$work"/*/consumer.o >/dev/null
echo "$linked Apple slices linked with ld64.lld; the consumer calls every exported function"
