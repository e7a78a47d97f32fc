#!/usr/bin/env python3
"""`make dist-sizes`: a markdown table of every library and archive under DIST, with its size as
shipped, stripped (shared libraries and wasm modules: every symbol and debug section but what
linking and loading need; static libraries: debug sections; archives such as zips: as shipped),
and the stripped file compressed with gzip -9 (what a download of it costs).

Usage: dist_sizes.py DIST
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

SHARED = (".so", ".dll", ".wasm")
STATIC = (".a", ".lib")
PACKED = (".zip", ".whl", ".aar", ".jar", ".tgz", ".tar.gz")


def kind_of(name):
    """The name's kind for the table: a shared library's versioned name (libx.so.1.2.0) counts as
    .so; None for a file the table leaves out."""
    name = re.sub(r"\.so(\.[0-9]+)+$", ".so", name)
    return name if name.endswith(SHARED + STATIC + PACKED) else None


def stripped(path, kind, tmp):
    """The bytes of `path` (of kind `kind`, see kind_of) stripped as the module doc says."""
    if kind.endswith(PACKED) or kind.endswith(".dll.lib"):  # an import library has nothing to strip
        return open(path, "rb").read()
    out = os.path.join(tmp, "stripped")
    flag = "--strip-all" if kind.endswith(SHARED) else "--strip-debug"
    subprocess.run(["llvm-strip-19", flag, "-o", out, path], check=True)
    return open(out, "rb").read()


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    root = sys.argv[1]
    print("| file under dist/ | bytes | stripped | gzip -9 of stripped |")
    print("|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for folder, dirs, files in sorted(os.walk(root)):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                kind = kind_of(name)
                if kind is None or os.path.islink(path):  # a link: its file has its own row
                    continue
                data = stripped(path, kind, tmp)
                packed = len(gzip.compress(data, 9, mtime=0))
                print(f"| `{os.path.relpath(path, root)}` | {os.path.getsize(path):,} | {len(data):,} | {packed:,} |")


if __name__ == "__main__":
    main()
