#!/usr/bin/env python3
"""Writes the wheel of the `room_errors` package with the standard library alone.

Usage: build_wheel.py SO PLATFORM VERSION OUT_DIR
  SO        the libroom_errors.so to ship (as room_errors/_libroom_errors.so)
  PLATFORM  the platform tag, e.g. manylinux_2_17_x86_64 (written into WHEEL; the file name follows)
Prints the wheel's path. The wheel is reproducible: sorted entries, fixed timestamps.
"""

import base64
import hashlib
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PACKAGE = HERE / "src" / "room_errors"
EPOCH = (1980, 1, 1, 0, 0, 0)


def metadata(version: str) -> str:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    return (
        "Metadata-Version: 2.1\n"
        "Name: room-errors\n"
        f"Version: {version}\n"
        "Summary: Localized messages, categories, names and advice for room-engine error codes\n"
        "License: MIT\n"
        "Requires-Python: >=3.9\n"
        "Classifier: License :: OSI Approved :: MIT License\n"
        "Classifier: Operating System :: POSIX :: Linux\n"
        "Classifier: Programming Language :: Python :: 3\n"
        "Classifier: Typing :: Typed\n"
        "Description-Content-Type: text/markdown\n"
        f"\n{readme}"
    )


def record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}\n"


def main() -> None:
    so, platform, version, out_dir = sys.argv[1:]
    tag = f"py3-none-{platform}"
    dist_info = f"room_errors-{version}.dist-info"
    files = {f"room_errors/{p.name}": p.read_bytes() for p in sorted(PACKAGE.iterdir())
             if p.suffix in (".py", ".typed")}
    files["room_errors/_libroom_errors.so"] = Path(so).read_bytes()
    files[f"{dist_info}/METADATA"] = metadata(version).encode()
    files[f"{dist_info}/WHEEL"] = (
        f"Wheel-Version: 1.0\nGenerator: room-errors build_wheel.py\nRoot-Is-Purelib: false\nTag: {tag}\n"
    ).encode()
    record = "".join(record_line(path, data) for path, data in files.items()) + f"{dist_info}/RECORD,,\n"
    files[f"{dist_info}/RECORD"] = record.encode()

    wheel = Path(out_dir) / f"room_errors-{version}-{tag}.whl"
    wheel.parent.mkdir(parents=True, exist_ok=True)
    partial = wheel.with_suffix(".tmp")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            info = zipfile.ZipInfo(path, EPOCH)
            info.external_attr = (0o755 if path.endswith(".so") else 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    partial.replace(wheel)
    print(wheel)


if __name__ == "__main__":
    main()
