#!/usr/bin/env python3
"""The catalog's string blob (the static `BLOB` every returned string points into) as the native
build holds it, and whether other builds hold the same bytes: an artifact that cannot run here
(another architecture or OS) has the native catalog if its file contains the native blob verbatim.

Usage: string_blob.py NATIVE_SO FILE...   (exit status 1 unless every FILE contains the blob)
NATIVE_SO is the unstripped native shared library (its symbol table locates the blob).
"""
import re
import subprocess
import sys


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def native_blob(so):
    """The bytes of the BLOB symbol of the ELF shared library `so`."""
    found = [line.split() for line in run("nm", "-C", "-S", "--defined-only", so).splitlines()
             if re.search(r"(^|::)BLOB(::h[0-9a-f]{16})?$", line)]
    if len(found) != 1:
        raise SystemExit(f"{so}: expected one BLOB symbol in the symbol table, found {len(found)}")
    address, size = int(found[0][0], 16), int(found[0][1], 16)
    for line in run("readelf", "-SW", so).splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m:
            start, offset, length = (int(g, 16) for g in m.groups())
            if start <= address and address + size <= start + length:
                with open(so, "rb") as f:
                    f.seek(offset + address - start)
                    return f.read(size)
    raise SystemExit(f"{so}: no section holds BLOB")


def occurrences(blob, path):
    """How many times `blob` occurs in the file at `path`."""
    with open(path, "rb") as f:
        return f.read().count(blob)


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    blob = native_blob(sys.argv[1])
    status = 0
    for path in sys.argv[2:]:
        if occurrences(blob, path):
            print(f"ok: {path} holds the native {len(blob)}-byte string blob")
        else:
            print(f"FAIL: {path} does not hold the native {len(blob)}-byte string blob "
                  "(another catalog, or a stale build)", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
