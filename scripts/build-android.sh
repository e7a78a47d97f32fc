#!/usr/bin/env bash
# Builds the static libroom_errors.a for the four Android ABIs into target/<rust target>/release/,
# where bindings/kotlin/src/main/cpp/CMakeLists.txt links each into libroom_errors_jni.so. Cargo
# links with the NDK's clang (the crate also builds a cdylib). Needs the Android NDK in
# ANDROID_NDK_HOME (or ANDROID_NDK_ROOT) and the Rust standard library for the four targets.
#
# Usage: scripts/build-android.sh [MIN_SDK]   (default 21, the minSdk of bindings/kotlin/build.gradle.kts)
set -euo pipefail
cd "$(dirname "$0")/.."

ndk=${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}
if [ -z "$ndk" ] || [ ! -d "$ndk" ]; then
  echo "build-android.sh: set ANDROID_NDK_HOME to the Android NDK" >&2
  exit 1
fi
api=${1:-21}
case "$(uname -s)" in
  Linux) host=linux-x86_64 ;;
  Darwin) host=darwin-x86_64 ;; # also what the NDK ships for Apple silicon
  *) echo "build-android.sh: unsupported host $(uname -s)" >&2; exit 1 ;;
esac
bin=$ndk/toolchains/llvm/prebuilt/$host/bin

# Rust target and the NDK clang that links for it.
targets=(
  "aarch64-linux-android aarch64-linux-android$api-clang"
  "armv7-linux-androideabi armv7a-linux-androideabi$api-clang"
  "x86_64-linux-android x86_64-linux-android$api-clang"
  "i686-linux-android i686-linux-android$api-clang"
)
if command -v rustup >/dev/null; then
  rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android i686-linux-android
fi
for entry in "${targets[@]}"; do
  read -r target clang <<<"$entry"
  linker_var=CARGO_TARGET_$(echo "$target" | tr 'a-z-' 'A-Z_')_LINKER
  env "$linker_var=$bin/$clang" cargo build --release --quiet -p room-errors --target "$target"
  echo "built target/$target/release/libroom_errors.a"
done
