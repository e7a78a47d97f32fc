#!/usr/bin/env bash
# Checks a Linux archive of `make dist` as a user gets it: unpacks it, moves the tree elsewhere
# (nothing may depend on where it was built or unpacked), checks its files, links and SONAME,
# then builds consumers against it alone and runs them through RUNNER:
# - C (examples/lookup.c) with pkg-config, shared (rpath from the .pc's libdir) and static; its
#   output must equal that of the same program built in the tree (REFERENCE, its output file);
# - with CXX: C++ (bindings/cpp/tests/install/consumer) with pkg-config, shared and static, and
#   with CMake's find_package, a C and a C++ project, both imported targets; the output must be
#   the consumer's expected-output.txt.
# Usage: check-linux-archive.sh ARCHIVE VERSION WORK_DIR "RUNNER" CC REFERENCE [CXX]
set -euo pipefail
[ $# -ge 6 ] || { echo "usage: $0 ARCHIVE VERSION WORK_DIR RUNNER CC REFERENCE [CXX]" >&2; exit 2; }
archive=$1 version=$2 work=$3 cc=$5 reference=$6 cxx=${7:-}
read -r -a runner <<<"$4"
major=${version%%.*}
root=$(cd "$(dirname "$0")/.." && pwd)
consumer=$root/bindings/cpp/tests/install/consumer
fail() { echo "FAIL: $archive: $*" >&2; exit 1; }
checks=0
ok() { checks=$((checks + 1)); echo "ok: $*"; }

rm -rf "$work" && mkdir -p "$work/unpacked"
work=$(cd "$work" && pwd)
tar -xzf "$archive" -C "$work/unpacked"
top=$(basename "$archive" .tar.gz)
[ "$(ls "$work/unpacked")" = "$top" ] || fail "does not unpack into one directory $top"
mv "$work/unpacked/$top" "$work/moved"
tree=$work/moved
listing=$(cd "$tree" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort)
expected=$(sed -e "s/MAJOR$/$major/" -e "s/VERSION$/$version/" "$root/packaging/install/files.txt")
[ "$listing" = "$expected" ] || fail "files differ from the installed layout: $listing"
[ "$(readlink "$tree/lib/libroom_errors.so")" = "libroom_errors.so.$major" ] || fail "libroom_errors.so link"
[ "$(readlink "$tree/lib/libroom_errors.so.$major")" = "libroom_errors.so.$version" ] || fail ".so.$major link"
grep -q "SONAME.*\[libroom_errors.so.$major\]" <<<"$(readelf -d "$tree/lib/libroom_errors.so.$version")" ||
  fail "the SONAME is not libroom_errors.so.$major, the link the archive holds"
ok "$top: the installed layout, the SONAME link"

export PKG_CONFIG_PATH=$tree/lib/pkgconfig
[ "$(pkg-config --modversion room_errors)" = "$version" ] || fail "pkg-config --modversion"
libdir=$(pkg-config --variable=libdir room_errors)
[ "$(cd "$libdir" && pwd -P)" = "$(cd "$tree/lib" && pwd -P)" ] || fail "the .pc's libdir is $libdir"
# Runs program $1 and compares its output with file $2.
# Natively, a dynamically linked program must load the library from the moved tree.
check_run() {
  "${runner[@]}" "$1" >"$1.out" || fail "$1 fails"
  diff -u "$2" "$1.out" >&2 || fail "$1: output differs from $2"
  if [ "${runner[*]}" = env ]; then
    loaded=$(ldd "$1" | sed -n 's/.*libroom_errors[^ ]* => \([^ ]*\).*/\1/p')
    [ -z "$loaded" ] || [ "$(dirname "$(readlink -f "$loaded")")" = "$(readlink -f "$tree/lib")" ] ||
      fail "$1 loads $loaded, not the archive's library"
  fi
  ok "$(basename "$1") runs as the build tree's program does"
}
# shellcheck disable=SC2046 # pkg-config's output is a list of arguments
"$cc" -std=c99 -Wall -Wextra -Werror -pedantic "$root/examples/lookup.c" $(pkg-config --cflags --libs room_errors) \
  -Wl,-rpath,"$libdir" -o "$work/c-shared"
check_run "$work/c-shared" "$reference"
"$cc" -std=c99 -Wall -Wextra -Werror -pedantic "$root/examples/lookup.c" $(pkg-config --cflags room_errors) \
  "$libdir/libroom_errors.a" -o "$work/c-static"
check_run "$work/c-static" "$reference"

if [ -n "$cxx" ]; then
  "$cxx" -std=c++17 -Wall -Wextra -Werror -pedantic "$consumer/main.cpp" $(pkg-config --cflags --libs room_errors) \
    -Wl,-rpath,"$libdir" -o "$work/cpp-shared"
  check_run "$work/cpp-shared" "$consumer/expected-output.txt"
  "$cxx" -std=c++17 -Wall -Wextra -Werror -pedantic "$consumer/main.cpp" $(pkg-config --cflags room_errors) \
    "$libdir/libroom_errors.a" -o "$work/cpp-static"
  check_run "$work/cpp-static" "$consumer/expected-output.txt"
  # CMake: the C++ consumer, and a C project around examples/lookup.c.
  cmake -S "$consumer" -B "$work/cmake-cpp" -DCMAKE_PREFIX_PATH="$tree" -DCMAKE_CXX_COMPILER="$cxx" \
    --log-level=WARNING >/dev/null
  cmake --build "$work/cmake-cpp" >/dev/null
  check_run "$work/cmake-cpp/app" "$consumer/expected-output.txt"
  check_run "$work/cmake-cpp/app_static" "$consumer/expected-output.txt"
  mkdir -p "$work/c-project"
  cp "$root/examples/lookup.c" "$work/c-project/"
  cat >"$work/c-project/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.16)
project(lookup C)
find_package(RoomErrors 1.0 CONFIG REQUIRED)
add_executable(lookup lookup.c)
target_link_libraries(lookup PRIVATE RoomErrors::room_errors)
add_executable(lookup_static lookup.c)
target_link_libraries(lookup_static PRIVATE RoomErrors::room_errors_static)
CMAKE
  cmake -S "$work/c-project" -B "$work/cmake-c" -DCMAKE_PREFIX_PATH="$tree" -DCMAKE_C_COMPILER="$cc" \
    --log-level=WARNING >/dev/null
  cmake --build "$work/cmake-c" >/dev/null
  check_run "$work/cmake-c/lookup" "$reference"
  check_run "$work/cmake-c/lookup_static" "$reference"
fi
echo "$archive: $checks checks passed"
[ "$checks" -ge 3 ] || fail "only $checks checks"
