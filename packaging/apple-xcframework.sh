#!/usr/bin/env bash
# Assembles OUT (RoomErrors.xcframework) from the Apple static libraries packaging/cross.sh built:
#   ios-arm64/                    aarch64-apple-ios
#   ios-arm64_x86_64-simulator/   aarch64-apple-ios-sim + x86_64-apple-ios
#   macos-arm64_x86_64/           aarch64-apple-darwin + x86_64-apple-darwin
# each with libroom_errors.a and Headers/ (room_errors.h and the module map of module CRoomErrors),
# and Info.plist (packaging/xcframework_plist.py). Each library keeps its own objects only
# (packaging/own-objects.sh), without embedded LLVM bitcode (build-std's compiler_builtins
# carries bitcode newer than Apple's toolchain reads, and the App Store refuses bitcode), repacked
# as a Darwin archive; lipo merges the architectures of a platform.
#
# Usage: packaging/apple-xcframework.sh OUT HEADER
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 OUT HEADER" >&2; exit 2; }
out=$1 header=$2
here=$(dirname "$0")
cross=target/cross
lib=libroom_errors.a
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# slice IDENTIFIER TRIPLE...: one folder of the XCFramework, its library holding every TRIPLE.
slice() {
  local id=$1 thin=() triple
  shift
  for triple; do
    "$here/own-objects.sh" "$cross/$triple/release/$lib" "$tmp/$triple.own.a"
    llvm-bitcode-strip-19 -r "$tmp/$triple.own.a" -o "$tmp/$triple.stripped.a"
    llvm-libtool-darwin-19 -static -o "$tmp/$triple.a" "$tmp/$triple.stripped.a"
    thin+=("$tmp/$triple.a")
  done
  mkdir -p "$out.tmp/$id/Headers"
  if [ ${#thin[@]} -eq 1 ]; then
    cp "${thin[0]}" "$out.tmp/$id/$lib"
  else
    llvm-lipo-19 -create "${thin[@]}" -output "$out.tmp/$id/$lib"
  fi
  cp "$header" "$out.tmp/$id/Headers/room_errors.h"
  cat >"$out.tmp/$id/Headers/module.modulemap" <<'MAP'
module CRoomErrors {
    header "room_errors.h"
    export *
}
MAP
}

rm -rf "$out.tmp"
slice ios-arm64 aarch64-apple-ios
slice ios-arm64_x86_64-simulator aarch64-apple-ios-sim x86_64-apple-ios
slice macos-arm64_x86_64 aarch64-apple-darwin x86_64-apple-darwin
"${PYTHON:-python3}" "$here/xcframework_plist.py" "$out.tmp"
rm -rf "$out"
mv "$out.tmp" "$out"
echo "$out"
