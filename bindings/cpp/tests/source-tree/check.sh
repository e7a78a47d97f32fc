#!/usr/bin/env bash
# Part of `make test-cpp`: the CMake consumer (../install/consumer) of the source tree through the
# root CMakeLists.txt, both imported targets each time, run and checked like an install's:
# - add_subdirectory of this tree with ROOM_ERRORS_PREBUILT_DIR=target/release (`make lib`);
# - FetchContent cloning this repository's HEAD from its path (no network), built with cargo.
# Usage: check.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
consumer=$here/../install/consumer
root=$(cd "$here/../../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "source-tree check: $*" >&2; exit 1; }
# Configures and builds the consumer in $1 with the cmake arguments that follow.
build() {
  local dir=$1
  shift
  cmake -S "$consumer" -B "$dir" --log-level=WARNING "$@" >/dev/null || fail "configuring $dir"
  cmake --build "$dir" -j2 >/dev/null || fail "building $dir"
}
# Runs program $1, checks its output, and that it loads the file $2 (through any link, or "" for
# none) as libroom_errors.
check_app() {
  "$1" | diff -u "$consumer/expected-output.txt" - || fail "$1: unexpected output"
  local loaded
  loaded=$(ldd "$1" | sed -n 's/.*libroom_errors[^ ]* => \([^ ]*\).*/\1/p')
  [ -n "$loaded" ] && loaded=$(realpath "$loaded")
  [ "$loaded" = "${2:+$(realpath "$2")}" ] || fail "$1 loads '$loaded', expected '$2'"
  echo "ok: $(basename "$1") runs, libroom_errors: ${2:-linked statically}"
}

build "$work/subdirectory" -DROOM_ERRORS_SOURCE_DIR="$root" -DROOM_ERRORS_PREBUILT_DIR="$root/target/release"
check_app "$work/subdirectory/app" "$root/target/release/libroom_errors.so"
check_app "$work/subdirectory/app_static" ""
echo "ok: add_subdirectory with ROOM_ERRORS_PREBUILT_DIR"

head=$(git -C "$root" rev-parse HEAD)
git -C "$root" diff --quiet HEAD -- || echo "note: FetchContent tests the commit $head, not uncommitted changes"
build "$work/fetchcontent" -DROOM_ERRORS_GIT_REPOSITORY="$root" -DROOM_ERRORS_GIT_TAG="$head"
built=$work/fetchcontent/_deps/room_errors-build/cargo/release
check_app "$work/fetchcontent/app" "$built/libroom_errors.so"
check_app "$work/fetchcontent/app_static" ""
echo "ok: FetchContent of $head, built with cargo"
