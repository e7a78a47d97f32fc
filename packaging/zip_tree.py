#!/usr/bin/env python3
"""Zips the folder DIR into ZIP, with DIR's own name as the top folder, reproducibly: members in
sorted order, fixed timestamps and permissions, so the same files give the same bytes (and so
the same SwiftPM checksum).

Usage: zip_tree.py DIR ZIP
"""
import os
import sys
import zipfile

EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can record


def members(root):
    """Every folder and file below root, relative to root's parent, in sorted order."""
    base = os.path.dirname(os.path.abspath(root))
    for folder, dirs, files in os.walk(os.path.abspath(root)):
        dirs.sort()
        yield os.path.relpath(folder, base) + "/", None
        for name in sorted(files):
            path = os.path.join(folder, name)
            yield os.path.relpath(path, base), path


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    root, target = sys.argv[1:]
    with zipfile.ZipFile(target + ".tmp", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, path in members(root):
            info = zipfile.ZipInfo(name, EPOCH)
            info.create_system = 3  # Unix, so that the permissions below are read
            if path is None:
                info.external_attr = (0o40755 << 16) | 0x10
                z.writestr(info, b"")
            else:
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(path, "rb") as f:
                    z.writestr(info, f.read(), compresslevel=9)
    os.replace(target + ".tmp", target)


if __name__ == "__main__":
    main()
