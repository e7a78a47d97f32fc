#!/usr/bin/env bash
# test-swift-package: a new SwiftPM package that depends on this repository by path builds with a
# plain `swift build` (no linker flags) against `make install` in a temporary prefix, and its
# program prints the installed library's texts (checked through Python's ctypes); its second
# program, the README's "Errors" example, prints what the README shows (check-readme-output.sh). And the C module
# of the package, copied elsewhere (as a vendored copy would be), finds its header through
# pkg-config alone.
# Usage: bindings/swift/Consumer/check.sh   (SWIFT: the swift driver; from the repository root)
set -euo pipefail
root=$(pwd)
here=$root/bindings/swift/Consumer
swift=${SWIFT:-swift}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

make --no-print-directory install PREFIX="$prefix" >/dev/null
mkdir -p "$tmp/app/Sources/app" "$tmp/app/Sources/errors"
cp "$here/main.swift" "$tmp/app/Sources/app/main.swift"
cp "$here/errors.swift" "$tmp/app/Sources/errors/main.swift"
# SwiftPM names a package dependency by path after its directory.
cat >"$tmp/app/Package.swift" <<SWIFT
// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "app",
    dependencies: [.package(path: "$root")],
    targets: [
        .executableTarget(name: "app", dependencies: [.product(name: "RoomErrors", package: "$(basename "$root")")]),
        .executableTarget(name: "errors", dependencies: [.product(name: "RoomErrors", package: "$(basename "$root")")]),
    ]
)
SWIFT

export PKG_CONFIG_PATH=$prefix/lib/pkgconfig LD_LIBRARY_PATH=$prefix/lib
cp -R "$root/bindings/swift/Sources/CRoomErrors" "$tmp/vendored"
! grep -n '\.\./' "$tmp/vendored/module.modulemap" "$tmp/vendored/shim.h" \
  || { echo "the C module refers to files outside itself" >&2; exit 1; }
# shellcheck disable=SC2046 # pkg-config prints several flags
"${CC:-cc}" -fsyntax-only -Werror $(pkg-config --cflags room_errors) -x c "$tmp/vendored/shim.h"
(cd "$tmp/app" && "$swift" build -j 2 2>&1 | grep -v '^\[' )
binary=$tmp/app/.build/debug/app
# ldd's output read whole first: grep -q stops at the match, and the SIGPIPE ldd could then get
# fails the pipeline under pipefail.
deps=$(ldd "$binary")
grep -q "libroom_errors.so.1 => $prefix/lib/" <<<"$deps" \
  || { echo "the program does not load the installed library:" >&2; ldd "$binary" >&2; exit 1; }
"$binary" | tee "$tmp/out.txt"

"${PYTHON:-python3}" - "$prefix/lib/libroom_errors.so" "$tmp/out.txt" <<'PY'
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
for name in ("room_err_summary", "room_err_remedy", "room_err_action_label", "room_err_name"):
    getattr(lib, name).restype = ctypes.c_char_p
text = lambda b: b.decode()
lang = lib.room_err_lang_from_list(b"fr-CH,zh-Hant-TW,en")
code = -1101
action = lib.room_err_action(code)
audience = ("user", "developer")[lib.room_err_audience(code)]
expected = [
    "title: " + text(lib.room_err_summary(code, lang)),
    "suggestion: " + text(lib.room_err_remedy(code, lang)),
    "button: " + text(lib.room_err_action_label(action, lang)),
    "name: " + text(lib.room_err_name(code)) + " " + audience,
]
got = open(sys.argv[2], encoding="utf-8").read().splitlines()
if got != expected:
    sys.exit("the program printed %r, the installed library says %r" % (got, expected))
print("a new package builds with plain `swift build` against the installed library, and agrees with it")
PY
mkdir -p "$root/target/make/swift"
"$tmp/app/.build/debug/errors" >"$root/target/make/swift/errors.txt"
scripts/check-readme-output.sh bindings/swift/README.md "README.md#Swift"
