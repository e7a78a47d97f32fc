#!/usr/bin/env bash
# Builds bindings/swift/RoomErrors.xcframework: the static library for iOS devices, the iOS
# Simulator and macOS, with room_errors.h and a module map for the C module CRoomErrors, which
# bindings/swift/Package.swift uses on Apple platforms.
#
# Needs macOS with Xcode and rustup. Untested in this repository's CI, which runs on Linux.
set -euo pipefail
cd "$(dirname "$0")/.."

out=bindings/swift/RoomErrors.xcframework
work=target/xcframework
lib=libroom_errors.a
device=aarch64-apple-ios
simulator=(aarch64-apple-ios-sim x86_64-apple-ios)
macos=(aarch64-apple-darwin x86_64-apple-darwin)
triples=("$device" "${simulator[@]}" "${macos[@]}")
# The oldest systems Xcode 15 deploys to; the same as `platforms:` in Package.swift.
export IPHONEOS_DEPLOYMENT_TARGET=12.0 MACOSX_DEPLOYMENT_TARGET=10.13

command -v xcodebuild >/dev/null || { echo "$0: needs macOS with Xcode (xcodebuild)" >&2; exit 1; }
installed=$(rustup target list --installed)
for triple in "${triples[@]}"; do
  grep -qx "$triple" <<<"$installed" || { echo "$0: run \`rustup target add ${triples[*]}\`" >&2; exit 1; }
done

for triple in "${triples[@]}"; do
  cargo build --release --quiet -p room-errors --target "$triple"
done

rm -rf "$work" "$out"
# One library per platform, holding the slices of all its architectures: merge DIR TRIPLE...
merge() {
  local dir=$1 inputs=() triple
  shift
  for triple; do inputs+=("target/$triple/release/$lib"); done
  mkdir -p "$work/$dir"
  lipo -create "${inputs[@]}" -output "$work/$dir/$lib"
}
merge ios "$device"
merge ios-simulator "${simulator[@]}"
merge macos "${macos[@]}"

# The headers go in a folder named after the module, so that the module map does not collide with
# another library's Headers/module.modulemap in an app's build folder; clang finds it there.
headers="$work/Headers/CRoomErrors"
mkdir -p "$headers"
cp include/room_errors.h "$headers/"
cat >"$headers/module.modulemap" <<'EOF'
module CRoomErrors {
    header "room_errors.h"
    export *
}
EOF

xcodebuild -create-xcframework \
  -library "$work/ios/$lib" -headers "$work/Headers" \
  -library "$work/ios-simulator/$lib" -headers "$work/Headers" \
  -library "$work/macos/$lib" -headers "$work/Headers" \
  -output "$out"
echo "$out"
