#!/usr/bin/env python3
"""Structural checks of dist/apple (nothing here can link or run Apple code):
- Info.plist parses, is an XCFramework's, and lists exactly the slice folders, which are exactly
  ios-arm64, ios-arm64_x86_64-simulator and macos-arm64_x86_64;
- each slice: its library's architectures are the ones Info.plist and its name give; every object
  of every architecture names the slice's platform and minimum OS in its load commands (iOS 12,
  arm64 simulator 14, macOS 10.13, arm64 macOS 11); no object has an __LLVM segment or __bitcode
  section (embedded bitcode); each architecture defines exactly the locked `room_err_*` functions
  and holds the native build's string blob; no object needs a symbol from elsewhere; Headers has
  the header and the CRoomErrors module map;
- the zip holds exactly the XCFramework's files, and its .sha256 is its checksum.

Usage: check_apple.py DIST_APPLE HEADER SYMBOLS NATIVE_SO
"""
import hashlib
import os
import plistlib
import re
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
import string_blob  # noqa: E402

NAME = "RoomErrors.xcframework"
LIBRARY = "libroom_errors.a"
# (LibraryIdentifier, arch) -> (platform in the load commands, minimum OS)
EXPECTED = {
    ("ios-arm64", "arm64"): ("ios", "12.0"),
    ("ios-arm64_x86_64-simulator", "arm64"): ("iossimulator", "14.0"),
    ("ios-arm64_x86_64-simulator", "x86_64"): ("iossimulator", "12.0"),
    ("macos-arm64_x86_64", "arm64"): ("macos", "11.0"),
    ("macos-arm64_x86_64", "x86_64"): ("macos", "10.13"),
}
CPU = {"ARM64": "arm64", "X86_64": "x86_64"}
# The older load commands carry the minimum OS without naming simulators.
VERSION_MIN = {"LC_VERSION_MIN_IPHONEOS": "ios", "LC_VERSION_MIN_MACOSX": "macos"}
failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def run(*command):
    """The output of `command`; a failure to run it is a failed check, with empty output."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"{' '.join(command)}: {done.stderr.strip()}")
    return done.stdout


def objects(library):
    """[(member, arch, platform, minos, has_bitcode)] of every object of every architecture."""
    out = run("llvm-objdump-19", "--macho", "--private-headers", "--arch=all", library)
    found = []
    # Each member starts with "LIBRARY(MEMBER)[ (architecture ARCH)]:".
    for chunk in re.split(r"^(?=\S.*\.o\)(?: \(architecture \w+\))?:$)", out, flags=re.M)[1:]:
        member = chunk.split("(", 1)[1].split(")", 1)[0]
        cpu = re.search(r"^\s*MH_MAGIC_64\s+(\w+)", chunk, re.M)
        arch = CPU.get(cpu.group(1), cpu.group(1)) if cpu else "?"
        platform = minos = None
        build = re.search(r"cmd LC_BUILD_VERSION\n.*?platform (\w+)\n.*?minos (\S+)", chunk, re.S)
        older = re.search(r"cmd (LC_VERSION_MIN_\w+)\n.*?version (\S+)", chunk, re.S)
        if build:
            platform, minos = build.groups()
        elif older:
            platform, minos = VERSION_MIN.get(older.group(1), older.group(1)), older.group(2)
        bitcode = bool(re.search(r"segname __LLVM|sectname __bitcode", chunk))
        found.append((member, arch, platform, minos, bitcode))
    return found


def defined_functions(library, arch):
    """The external `room_err_*` functions `library` defines for `arch`, without the `_` prefix."""
    out = run("llvm-nm-19", "--defined-only", "--extern-only", f"--arch={arch}", library)
    return sorted({m.group(1) for m in re.finditer(r" T _(room_err_\w+)$", out, re.M)})


def thin(library, arch, tmp):
    """The `arch` part of `library` as a file of its own."""
    path = os.path.join(tmp, f"{arch}.a")
    if run("llvm-objdump-19", "--macho", "--universal-headers", library).count("architecture") > 0:
        run("llvm-lipo-19", library, "-thin", arch, "-output", path)
        return path
    return library


def check_slice(root, entry, header, symbols, blob, tmp):
    ident = entry.get("LibraryIdentifier", "?")
    folder = os.path.join(root, ident)
    archs = entry.get("SupportedArchitectures", [])
    variant = entry.get("SupportedPlatformVariant")
    named = f"{entry.get('SupportedPlatform')}-{'_'.join(archs)}" + (f"-{variant}" if variant else "")
    if named != ident:
        fail(f"{ident}: Info.plist gives platform, architectures and variant of {named}")
    library = os.path.join(folder, entry.get("LibraryPath", ""))
    if entry.get("LibraryPath") != LIBRARY or not os.path.isfile(library):
        fail(f"{ident}: LibraryPath {entry.get('LibraryPath')} is not {LIBRARY} in the folder")
        return
    headers = os.path.join(folder, entry.get("HeadersPath", ""))
    if sorted(os.listdir(headers)) != ["module.modulemap", "room_errors.h"]:
        fail(f"{ident}: Headers holds {sorted(os.listdir(headers))}")
    elif open(os.path.join(headers, "room_errors.h"), "rb").read() != open(header, "rb").read():
        fail(f"{ident}: Headers/room_errors.h differs from {header}")
    elif not re.search(r'module CRoomErrors \{\s*header "room_errors.h"',
                       open(os.path.join(headers, "module.modulemap")).read()):
        fail(f"{ident}: module.modulemap does not declare module CRoomErrors over room_errors.h")
    objs = objects(library)
    built = sorted({o[1] for o in objs})
    if built != sorted(archs):
        fail(f"{ident}: the library holds {built}, Info.plist says {archs}")
    for member, arch, platform, minos, bitcode in objs:
        want = EXPECTED.get((ident, arch))
        if (platform, minos) != want:
            fail(f"{ident} {arch} {member}: built for {platform} {minos}, expected {want}")
        if bitcode:
            fail(f"{ident} {arch} {member}: embedded LLVM bitcode")
    undefined = run("llvm-nm-19", "--undefined-only", "--arch=all", library)
    if re.search(r"^\s+U ", undefined, re.M):
        fail(f"{ident}: the library references symbols it does not define:\n{undefined}")
    for arch in built:
        functions = defined_functions(library, arch)
        if functions != symbols:
            fail(f"{ident} {arch}: defines {functions}, the locked ABI is {symbols}")
        if not string_blob.occurrences(blob, thin(library, arch, tmp)):
            fail(f"{ident} {arch}: not the native build's string blob")
    print(f"{ident}: {', '.join(f'{o[1]} {o[2]} {o[3]}' for o in objs if o[0].startswith('room_errors'))}; "
          f"{len(objs)} objects, {len(symbols)} functions")


def check_zip(dist):
    root = os.path.join(dist, NAME)
    archive = root + ".zip"
    digest = hashlib.sha256(open(archive, "rb").read()).hexdigest()
    recorded = open(archive + ".sha256").read().split()
    if recorded != [digest, NAME + ".zip"]:
        fail(f"{archive}.sha256 holds {recorded}, the zip's SHA-256 is {digest}")
    on_disk = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            on_disk[os.path.relpath(path, dist)] = open(path, "rb").read()
    with zipfile.ZipFile(archive) as z:
        zipped = {i.filename: z.read(i) for i in z.infolist() if not i.is_dir()}
    if zipped != on_disk:
        fail(f"{archive} does not hold exactly the files of {root}: "
             f"{sorted(set(zipped) ^ set(on_disk)) or 'contents differ'}")
    print(f"{NAME}.zip: {len(zipped)} files, sha256 {digest}")


def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    dist, header, symbols_file, native = sys.argv[1:]
    symbols = sorted(line.strip() for line in open(symbols_file) if line.strip() and not line.startswith("#"))
    blob = string_blob.native_blob(native)
    root = os.path.join(dist, NAME)
    with open(os.path.join(root, "Info.plist"), "rb") as f:
        plist = plistlib.load(f)
    if plist.get("CFBundlePackageType") != "XFWK" or plist.get("XCFrameworkFormatVersion") != "1.0":
        fail("Info.plist: not an XCFramework (CFBundlePackageType XFWK, XCFrameworkFormatVersion 1.0)")
    entries = plist.get("AvailableLibraries", [])
    listed = sorted(e.get("LibraryIdentifier") for e in entries)
    folders = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    if listed != folders or folders != sorted({ident for ident, _ in EXPECTED}):
        fail(f"Info.plist lists {listed}, the folders are {folders}, expected {sorted({i for i, _ in EXPECTED})}")
    with tempfile.TemporaryDirectory() as tmp:
        for entry in entries:
            check_slice(root, entry, header, symbols, blob, tmp)
    check_zip(dist)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
