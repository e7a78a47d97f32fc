#!/usr/bin/env python3
"""Structural checks of the wheels, and the aarch64 library run under qemu-aarch64.

Usage: check_wheels.py OUT_DIR WHEEL...
For each wheel: RECORD lists every file with its right sha256 and size; WHEEL's Tag is the one
in the file name; the bundled library's ELF machine matches the tag and it has no NEEDED entry.
The aarch64 library is then dlopened 100 times by tests/c/test_dlopen.c, cross-compiled and run
under qemu-aarch64 (the whole C contract of a loaded library).
"""

import base64
import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

MACHINES = {"x86_64": 62, "aarch64": 183}  # ELF e_machine
ROOT = Path(__file__).resolve().parents[3]


def check(wheel: Path, out: Path) -> Path:
    """Checks `wheel`; returns the path of its library, extracted into `out`."""
    name, version, python, abi, platform = wheel.stem.split("-")
    with zipfile.ZipFile(wheel) as archive:
        info = f"{name}-{version}.dist-info"
        files = {n: archive.read(n) for n in archive.namelist()}
    record = files[f"{info}/RECORD"].decode().splitlines()
    listed = set()
    for line in record:
        path, digest, size = line.rsplit(",", 2)
        listed.add(path)
        if path == f"{info}/RECORD":
            continue
        data = files[path]
        want = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        assert (digest, int(size)) == (want, len(data)), f"{wheel.name}: RECORD is wrong for {path}"
    assert listed == set(files), f"{wheel.name}: RECORD lists {sorted(listed ^ set(files))} wrongly"
    tags = [l.split(": ", 1)[1] for l in files[f"{info}/WHEEL"].decode().splitlines() if l.startswith("Tag: ")]
    assert tags == [f"{python}-{abi}-{platform}"], f"{wheel.name}: WHEEL says {tags}"
    so = files["room_errors/_libroom_errors.so"]
    arch = platform.split("_", 3)[-1]
    assert so[:4] == b"\x7fELF" and int.from_bytes(so[18:20], "little") == MACHINES[arch], wheel.name
    library = out / arch / "libroom_errors.so"
    library.parent.mkdir(parents=True, exist_ok=True)
    library.write_bytes(so)
    dynamic = run("readelf", "-dW", str(library))
    assert "(NEEDED)" not in dynamic, f"{wheel.name}: the library needs {dynamic}"
    print(f"{wheel.name}: RECORD, Tag {tags[0]}, ELF {arch}, no NEEDED: ok")
    return library.resolve()


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True).stdout.decode()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for wheel in map(Path, sys.argv[2:]):
        library = check(wheel, out)
        if "aarch64" in wheel.name:
            run("aarch64-linux-gnu-gcc", "-std=c11", "-O2", f"-I{ROOT}/include", f"{ROOT}/tests/c/test_dlopen.c",
                "-ldl", "-o", str(out / "test_dlopen"))
            print(run("qemu-aarch64", "-L", "/usr/aarch64-linux-gnu", str(out / "test_dlopen"),
                      str(library), "100").strip() or "test_dlopen: ok",
                  "(aarch64 library from the wheel, under qemu-aarch64)")


if __name__ == "__main__":
    main()
