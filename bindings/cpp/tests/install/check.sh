#!/usr/bin/env bash
# Part of `make test-cpp`: installs into a temporary prefix, checks the installed files, builds
# the consumer (consumer/) from outside the tree with pkg-config, against the static library, and
# with CMake's find_package (both imported targets), runs each build, checks the CMake version file, a DESTDIR staged
# install, and that `make uninstall` removes every file.
# Usage: check.sh VERSION
set -eu
version=$1 major=${1%%.*} minor=$(echo "$1" | cut -d. -f2)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
cxx=${CXX:-c++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cp -r "$here/consumer" "$work/src"

fail() { echo "install check: $*" >&2; exit 1; }
run_make() { make --no-print-directory -C "$root" "$@" >/dev/null; }
# The files and links under directory $1, one relative path a line.
listing() { (cd "$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort); }
# Runs program $1 and checks its output, and that it loads $2 (a path, or "" for none) as libroom_errors.
check_app() {
  "$1" | diff -u "$work/src/expected-output.txt" - || fail "$1: unexpected output"
  local loaded
  loaded=$(ldd "$1" | sed -n 's/.*libroom_errors[^ ]* => \([^ ]*\).*/\1/p')
  [ "$loaded" = "$2" ] || fail "$1 loads '$loaded', expected '$2'"
  echo "ok: $(basename "$1") runs, libroom_errors: ${2:-linked statically}"
}

run_make install PREFIX="$prefix"
expected=$(sed -e "s/MAJOR$/$major/" -e "s/VERSION$/$version/" "$root/packaging/install/files.txt")
[ "$(listing "$prefix")" = "$expected" ] || fail "installed files differ: $(listing "$prefix")"
[ "$(readlink "$prefix/lib/libroom_errors.so")" = "libroom_errors.so.$major" ] || fail "libroom_errors.so link"
[ "$(readlink "$prefix/lib/libroom_errors.so.$major")" = "libroom_errors.so.$version" ] || fail ".so.$major link"
readelf -d "$prefix/lib/libroom_errors.so.$version" | grep -q "SONAME.*\[libroom_errors.so.$major\]" ||
  fail "SONAME is not libroom_errors.so.$major"
echo "ok: make install PREFIX=$prefix"

export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
[ "$(pkg-config --modversion room_errors)" = "$version" ] || fail "pkg-config --modversion"
# shellcheck disable=SC2046 # pkg-config's output is a list of arguments
"$cxx" -std=c++17 -Wall -Wextra -Werror -pedantic "$work/src/main.cpp" $(pkg-config --cflags --libs room_errors) \
  -Wl,-rpath,"$(pkg-config --variable=libdir room_errors)" -o "$work/pkg-config-app"
check_app "$work/pkg-config-app" "$prefix/lib/libroom_errors.so.$major"

"$cxx" -std=c++17 -Wall -Wextra -Werror -pedantic -I"$prefix/include" "$work/src/main.cpp" \
  "$prefix/lib/libroom_errors.a" -o "$work/static-app"
check_app "$work/static-app" ""

cmake -S "$work/src" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" --log-level=WARNING >/dev/null
cmake --build "$work/cmake-build" >/dev/null
check_app "$work/cmake-build/app" "$prefix/lib/libroom_errors.so.$major"
check_app "$work/cmake-build/app_static" ""

for request in "$major.0:TRUE" "$version:TRUE" "$major.0...<$((major + 1)):TRUE" "$((major + 1)):FALSE" \
  "$major.$((minor + 1)):FALSE" "$((major + 1))...<$((major + 2)):FALSE"; do
  cmake -S "$here/version" -B "$work/version-build" -DCMAKE_PREFIX_PATH="$prefix" --log-level=WARNING \
    -DREQUEST="${request%:*}" -DEXPECT_FOUND="${request#*:}" >/dev/null || fail "version request ${request%:*}"
done
echo "ok: RoomErrorsConfigVersion.cmake"

run_make uninstall PREFIX="$prefix"
[ -z "$(listing "$prefix")" ] || fail "left after make uninstall: $(listing "$prefix")"
echo "ok: make uninstall PREFIX=$prefix"

run_make install DESTDIR="$work/stage" PREFIX=/usr/local
[ "$(listing "$work/stage/usr/local")" = "$expected" ] || fail "DESTDIR install: $(listing "$work/stage")"
grep -qx "prefix=/usr/local" "$work/stage/usr/local/lib/pkgconfig/room_errors.pc" || fail "DESTDIR leaks into the .pc"
run_make uninstall DESTDIR="$work/stage" PREFIX=/usr/local
[ -z "$(listing "$work/stage")" ] || fail "left after DESTDIR uninstall: $(listing "$work/stage")"
echo "ok: make install/uninstall DESTDIR=$work/stage PREFIX=/usr/local"
