#!/usr/bin/env bash
# Writes the Linux archive dist/room-errors-VERSION-linux-ARCH.tar.gz and the tree it holds,
# dist/linux-ARCH/, laid out as `make install` lays out a prefix, so that it works from wherever it
# is unpacked: lib/libroom_errors.so.VERSION (stripped) with the links libroom_errors.so.MAJOR (the
# SONAME, what the loader looks for) and libroom_errors.so (what the linker looks for),
# lib/libroom_errors.a (own objects only), include/ with the C header and the C++ headers,
# lib/pkgconfig/room_errors.pc (prefix=${pcfiledir}/../..) and lib/cmake/RoomErrors/ (paths from
# CMAKE_CURRENT_LIST_DIR). The archive is reproducible: sorted, owner 0, mtime 0, gzip -n.
# Usage: packaging/linux-tree.sh TREE ARCHIVE SO STATIC VERSION
set -euo pipefail
[ $# -eq 5 ] || { echo "usage: $0 TREE ARCHIVE SO STATIC VERSION" >&2; exit 2; }
tree=$1 archive=$2 so=$3 static=$4 version=$5
major=${version%%.*}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$tree"
mkdir -p "$tree/include" "$tree/lib/pkgconfig" "$tree/lib/cmake/RoomErrors"
llvm-strip-19 --strip-all -o "$tree/lib/libroom_errors.so.$version" "$so"
ln -s "libroom_errors.so.$version" "$tree/lib/libroom_errors.so.$major"
ln -s "libroom_errors.so.$major" "$tree/lib/libroom_errors.so"
"$root/packaging/own-objects.sh" "$static" "$tree/lib/libroom_errors.a"
cp "$root/include/room_errors.h" "$root/bindings/cpp/include/room_errors.hpp" \
  "$root/bindings/cpp/include/room_errors_catalog.hpp" "$tree/include/"
fill() {
  sed -e 's|@PREFIX@|${pcfiledir}/../..|g' -e "s|@VERSION@|$version|g" -e "s|@MAJOR@|$major|g" \
    -e 's|@SIZEOF_VOID_P@|8|g' "$1" >"$2"
}
fill "$root/packaging/install/room_errors.pc.in" "$tree/lib/pkgconfig/room_errors.pc"
for name in RoomErrorsConfig RoomErrorsConfigVersion; do
  fill "$root/packaging/install/$name.cmake.in" "$tree/lib/cmake/RoomErrors/$name.cmake"
done
chmod -R u=rwX,go=rX "$tree"
top=$(basename "$archive" .tar.gz)
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
  --transform "s|^$(basename "$tree")|$top|" -C "$(dirname "$tree")" -cf - "$(basename "$tree")" |
  gzip -n -9 >"$archive.tmp"
mv "$archive.tmp" "$archive"
