#!/usr/bin/env bash
# Builds the room-errors library (crates/ffi, release profile) for the Rust target TRIPLE into
# target/cross/TRIPLE/release/:
#   libroom_errors.a (windows-msvc: room_errors.lib) always, and the shared library where the
#   platform has one here: libroom_errors.so (Linux, Android), room_errors.dll with its import
#   library room_errors.dll.lib (windows-msvc), room_errors.wasm (wasm32); Apple: the static
#   library only (there is no Apple linker here).
# It uses rustup's toolchain when `rustup target list --installed` has TRIPLE, else Debian's Rust
# with its library sources (rustc-web, cargo-web, rust-web-src) and `-Zbuild-std=core`.
# Every target's linker and deployment settings live here. Prints the files it built.
#
# Usage: packaging/cross.sh TRIPLE
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 1 ] || { echo "usage: $0 TRIPLE" >&2; exit 2; }
triple=$1
# cargo's target directory is the triple's own, so that builds of two triples can run at once
# (`make -j2 cross`); the files users and the other rules take are linked into $out.
target_dir=target/cross-build/$triple
out=target/cross/$triple/release
var=$(tr 'a-z-' 'A-Z_' <<<"$triple")
# Link and deployment settings per target, as environment for cargo and rustc.
settings=()
link_args() {
  local flags="" arg
  for arg; do flags+=" -C link-arg=$arg"; done
  settings+=("CARGO_TARGET_${var}_RUSTFLAGS=${flags# }")
}
crate_types=()   # empty: the crate's own (cdylib and staticlib)
case $triple in
  aarch64-linux-android | i686-linux-android | x86_64-linux-android | armv7-linux-androideabi)
    # clang-19 as the NDK's driver would be, with lld and no NDK libraries: the no_std library
    # needs none (no NEEDED entry). API level 21 is the minSdk.
    clang_triple=${triple/armv7-/armv7a-}21
    settings+=("CARGO_TARGET_${var}_LINKER=clang-19")
    link_args "--target=$clang_triple" -fuse-ld=lld -nostdlib
    outputs=(libroom_errors.a libroom_errors.so) ;;
  aarch64-unknown-linux-gnu)
    settings+=("CARGO_TARGET_${var}_LINKER=aarch64-linux-gnu-gcc")
    outputs=(libroom_errors.a libroom_errors.so) ;;
  x86_64-unknown-linux-gnu)
    outputs=(libroom_errors.a libroom_errors.so) ;;
  *-pc-windows-msvc)
    # No C runtime at all: the DLL imports nothing and has no entry point; /Brepro: a timestamp
    # derived from the contents, so that the same sources give the same bytes.
    settings+=("CARGO_TARGET_${var}_LINKER=lld-link-19")
    link_args /NODEFAULTLIB /NOENTRY /Brepro
    outputs=(room_errors.lib room_errors.dll room_errors.dll.lib) ;;
  wasm32-unknown-unknown)
    settings+=("CARGO_TARGET_${var}_LINKER=wasm-ld-19")
    outputs=(libroom_errors.a room_errors.wasm) ;;
  aarch64-apple-ios | x86_64-apple-ios)
    settings+=(IPHONEOS_DEPLOYMENT_TARGET=12.0)
    crate_types=(--crate-type staticlib)
    outputs=(libroom_errors.a) ;;
  aarch64-apple-ios-sim)
    settings+=(IPHONEOS_DEPLOYMENT_TARGET=14.0) # the first iOS with arm64 simulators
    crate_types=(--crate-type staticlib)
    outputs=(libroom_errors.a) ;;
  x86_64-apple-darwin)
    settings+=(MACOSX_DEPLOYMENT_TARGET=10.13)
    crate_types=(--crate-type staticlib)
    outputs=(libroom_errors.a) ;;
  aarch64-apple-darwin)
    settings+=(MACOSX_DEPLOYMENT_TARGET=11.0) # the first macOS on arm64
    crate_types=(--crate-type staticlib)
    outputs=(libroom_errors.a) ;;
  *)
    echo "$0: no settings for target $triple (add them here)" >&2
    exit 2 ;;
esac

# The flags above are the whole configuration: none from the caller's environment.
unset RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_TARGET
cargo_args=(rustc --release --locked --quiet -p room-errors --target "$triple" --target-dir "$target_dir"
  "${crate_types[@]}")
if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx "$triple"; then
  env "${settings[@]}" cargo "${cargo_args[@]}"
else
  # Debian's Rust: build `core` from its sources, resolving the library workspace's dependencies
  # from the sources Debian vendors, in a CARGO_HOME of our own.
  library=/usr/lib/rustlib/src/rust/library
  [ -d "$library/vendor" ] || { echo "$0: $triple needs rustc-web, cargo-web and rust-web-src" >&2; exit 1; }
  cargo_home=$target_dir/cargo-home
  mkdir -p "$cargo_home"
  cat >"$cargo_home/config.toml" <<TOML
[source.crates-io]
replace-with = "debian-rust-library"

[source.debian-rust-library]
directory = "$library/vendor"
TOML
  env "${settings[@]}" RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_HOME="$cargo_home" \
    /usr/bin/cargo "${cargo_args[@]}" -Zbuild-std=core
fi

mkdir -p "$out"
for file in "${outputs[@]}"; do
  built=$target_dir/$triple/release/$file
  [ -f "$built" ] || { echo "$0: $built was not built" >&2; exit 1; }
  touch "$built" # newer than its sources even when cargo found it up to date
  ln -f "$built" "$out/$file"
  echo "$out/$file"
done
