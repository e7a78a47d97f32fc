#!/usr/bin/env bash
# Builds dist/apple/RoomErrors.xcframework, its zip and the zip's checksum: the Apple part of
# `make dist` (packaging/cross.sh builds the five static libraries, with rustup's Apple targets
# where installed, else Debian's Rust; packaging/apple-xcframework.sh assembles them with
# Debian's LLVM 19 tools). Prints the XCFramework's path.
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory dist/apple/RoomErrors.xcframework.zip.sha256 >&2
echo dist/apple/RoomErrors.xcframework
