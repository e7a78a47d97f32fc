#!/usr/bin/env python3
"""Writes XCFRAMEWORK/Info.plist from its slice folders, named as xcodebuild names them:
PLATFORM-ARCH[_ARCH...][-VARIANT] (e.g. ios-arm64_x86_64-simulator), each holding one static
library (*.a) and a Headers folder.

Usage: xcframework_plist.py XCFRAMEWORK
"""
import os
import plistlib
import re
import sys

# Apple's architecture names; x86_64 has an underscore, the separator of a slice's architectures.
ARCH = re.compile(r"x86_64|arm64e|arm64_32|arm64|armv7k|armv7s|armv7|i386")


def architectures(part):
    """The architectures in `part` of a slice name ("arm64_x86_64" -> ["arm64", "x86_64"])."""
    archs = ARCH.findall(part)
    if "_".join(archs) != part:
        raise SystemExit(f"{part}: not a list of Apple architectures")
    return archs


def library_entry(root, identifier):
    """The AvailableLibraries entry of the slice folder `identifier`."""
    platform, archs, *variant = identifier.split("-")
    libraries = [f for f in os.listdir(os.path.join(root, identifier)) if f.endswith(".a")]
    if len(libraries) != 1:
        raise SystemExit(f"{identifier}: expected one static library, found {libraries}")
    entry = {
        "BinaryPath": libraries[0],
        "HeadersPath": "Headers",
        "LibraryIdentifier": identifier,
        "LibraryPath": libraries[0],
        "SupportedArchitectures": architectures(archs),
        "SupportedPlatform": platform,
    }
    if variant:
        entry["SupportedPlatformVariant"] = variant[0]
    return entry


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    root = sys.argv[1]
    slices = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    plist = {
        "AvailableLibraries": [library_entry(root, s) for s in slices],
        "CFBundlePackageType": "XFWK",
        "XCFrameworkFormatVersion": "1.0",
    }
    with open(os.path.join(root, "Info.plist"), "wb") as f:
        plistlib.dump(plist, f, sort_keys=True)


if __name__ == "__main__":
    main()
