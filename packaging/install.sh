#!/usr/bin/env bash
# `make install` / `make uninstall`: installs under DESTDIR/PREFIX, or removes, the shared and
# static libraries, the C and C++ headers, a pkg-config file and a CMake package.
# Usage: packaging/install.sh install|uninstall PREFIX VERSION   (DESTDIR from the environment)
set -eu
[ $# -eq 3 ] || { echo "usage: $0 install|uninstall PREFIX VERSION" >&2; exit 2; }
action=$1 prefix=${2%/} version=$3
major=${version%%.*}
case $prefix in
  /*) ;;
  *) echo "install.sh: PREFIX must be an absolute path, not '$prefix'" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${DESTDIR:-}$prefix
so=libroom_errors.so

# Every installed path below PREFIX (the list the install checks and the Linux archives' check
# compare with too).
mapfile -t files < <(sed -e "s/MAJOR$/$major/" -e "s/VERSION$/$version/" "$root/packaging/install/files.txt")

# After a real (not staged) install or uninstall as root, refreshes the dynamic linker's cache, so
# that programs find the library in a standard PREFIX such as /usr/local without an rpath.
refresh_linker_cache() {
  if [ -z "${DESTDIR:-}" ] && [ "$(id -u)" -eq 0 ] && command -v ldconfig >/dev/null; then
    ldconfig
  fi
}

# Writes template $1 to $2 with the @NAME@ placeholders filled in; @SIZEOF_VOID_P@ is 4 or 8
# after the ELF class of the built library (byte 4: 01 = 32-bit).
fill() {
  local pointer=8
  [ "$(od -An -tx1 -j4 -N1 "$root/target/release/$so" | tr -d ' ')" = 01 ] && pointer=4
  sed -e "s|@PREFIX@|$prefix|g" -e "s|@VERSION@|$version|g" -e "s|@MAJOR@|$major|g" \
      -e "s|@SIZEOF_VOID_P@|$pointer|g" "$1" > "$2"
  chmod 644 "$2"
}

case $action in
  install)
    for built in "$root/target/release/$so" "$root/target/release/libroom_errors.a"; do
      [ -f "$built" ] || { echo "install.sh: $built is missing: run \`make lib\` first" >&2; exit 1; }
    done
    install -d "$dest/lib/pkgconfig" "$dest/lib/cmake/RoomErrors" "$dest/include"
    install -m 755 "$root/target/release/$so" "$dest/lib/$so.$version"
    install -m 644 "$root/target/release/libroom_errors.a" "$dest/lib/"
    install -m 644 "$root/include/room_errors.h" "$root/bindings/cpp/include/room_errors.hpp" \
      "$root/bindings/cpp/include/room_errors_catalog.hpp" "$dest/include/"
    ln -sfn "$so.$version" "$dest/lib/$so.$major"
    ln -sfn "$so.$major" "$dest/lib/$so"
    fill "$root/packaging/install/room_errors.pc.in" "$dest/lib/pkgconfig/room_errors.pc"
    for name in RoomErrorsConfig RoomErrorsConfigVersion; do
      fill "$root/packaging/install/$name.cmake.in" "$dest/lib/cmake/RoomErrors/$name.cmake"
    done
    refresh_linker_cache
    printf "installed %s\n" "${files[@]/#/$dest/}"
    ;;
  uninstall)
    for file in "${files[@]}"; do
      rm -f "$dest/$file"
    done
    # The package's own directory, and the shared ones if that leaves them empty.
    rmdir "$dest/lib/cmake/RoomErrors" "$dest/lib/cmake" "$dest/lib/pkgconfig" 2>/dev/null || true
    refresh_linker_cache
    printf "removed %s\n" "${files[@]/#/$dest/}"
    ;;
  *)
    echo "usage: $0 install|uninstall PREFIX VERSION" >&2
    exit 2
    ;;
esac
