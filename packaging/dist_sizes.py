#!/usr/bin/env python3
"""`make dist-sizes`: a markdown table of every library and archive under DIST, with its size as
shipped, stripped (shared libraries and wasm modules: every symbol and debug section but what
linking and loading need; static libraries: debug sections; archives such as zips: as shipped),
and the stripped file compressed with gzip -9 (what a download of it costs).

Usage: dist_sizes.py DIST
"""
import gzip
import os
import subprocess
import sys
import tempfile

SHARED = (".so", ".dll", ".wasm")
STATIC = (".a", ".lib")
PACKED = (".zip", ".whl", ".aar", ".jar", ".tgz")


def stripped(path, tmp):
    """The bytes of `path` stripped as the module doc says."""
    if path.endswith(PACKED) or path.endswith(".dll.lib"):  # an import library has nothing to strip
        return open(path, "rb").read()
    out = os.path.join(tmp, "stripped")
    flag = "--strip-all" if path.endswith(SHARED) else "--strip-debug"
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
                if not name.endswith(SHARED + STATIC + PACKED):
                    continue
                data = stripped(path, tmp)
                packed = len(gzip.compress(data, 9, mtime=0))
                print(f"| `{os.path.relpath(path, root)}` | {os.path.getsize(path):,} | {len(data):,} | {packed:,} |")


if __name__ == "__main__":
    main()
