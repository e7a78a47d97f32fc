#!/usr/bin/env python3
"""Structural checks of the C# packages, printing the number of checks (fails when none ran):

- the .nupkg: the nuspec parses, id RoomErrors, version VERSION; the OPC parts parse and cover
  every file type; lib/netstandard2.0 holds a .NET assembly and its XML docs (which document every
  public type); every RID's runtimes/RID/native/ file is there, built for the RID's machine and
  byte-identical to the dist/ file it came from;
- the Unity .tgz: reproducible gzip (no timestamp), everything under package/; package.json and
  the .asmdef parse, name and version agree; Runtime/ holds exactly the binding's sources; every
  file and folder has a .meta with a unique GUID; every plugin is enabled for exactly its
  platform and CPU, and its file is built for that CPU (64-bit Android ones 16 KB-aligned);
- every native library exports each function of include/room_errors.symbols;
- VERSION (the packages') is the C library's (META: the conformance vectors' meta.tsv).

Usage: check_packages.py VERSION META SYMBOLS NUPKG TGZ SOURCES_DIR RID=FILE... -- KEY=FILE...
"""
import gzip
import io
import json
import os
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
import xml.etree.ElementTree as ET

NUSPEC_NS = "{http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd}"
# Machine ids: ELF e_machine, PE Machine, Mach-O cputype.
ELF = {"x86_64": 62, "aarch64": 183, "arm": 40, "i386": 3}
PE = {"x86_64": 0x8664, "aarch64": 0xAA64}
MACHO_ARM64 = 0x0100000C
RID_MACHINE = {"linux-x64": ("elf", "x86_64"), "linux-arm64": ("elf", "aarch64"),
               "win-x64": ("pe", "x86_64"), "win-arm64": ("pe", "aarch64")}
# Unity's CPU names per plugin platform to the machine.
UNITY_CPU = {"x86_64": "x86_64", "ARM64": "aarch64", "ARMv7": "arm", "X86": "i386", "X86_64": "x86_64"}

checks = 0


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        raise SystemExit(f"check_packages: FAILED: {what}")


def machine(data):
    """(format, machine) of a native library's bytes."""
    if data[:4] == b"\x7fELF":
        number = struct.unpack_from("<H", data, 18)[0]
        return "elf", next((k for k, v in ELF.items() if v == number), hex(number))
    if data[:2] == b"MZ":
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        check(data[pe:pe + 4] == b"PE\0\0", "a PE signature")
        number = struct.unpack_from("<H", data, pe + 4)[0]
        return "pe", next((k for k, v in PE.items() if v == number), hex(number))
    if data[:8] == b"!<arch>\n":
        # A static library: the Mach-O cputype of its first object.
        at = data.find(b"\xcf\xfa\xed\xfe")
        check(at > 0, "a Mach-O object in the archive")
        return "macho", "aarch64" if struct.unpack_from("<I", data, at + 4)[0] == MACHO_ARM64 else "?"
    return "?", "?"


def load_alignments(data):
    """The p_align of every PT_LOAD segment of a 64-bit little-endian ELF file."""
    phoff, = struct.unpack_from("<Q", data, 32)
    size, count = struct.unpack_from("<HH", data, 54)
    aligns = []
    for i in range(count):
        kind, = struct.unpack_from("<I", data, phoff + i * size)
        if kind == 1:
            aligns.append(struct.unpack_from("<Q", data, phoff + i * size + 48)[0])
    return aligns


def exports(data, kind):
    """The room_err_* functions a library's bytes export."""
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        if kind == "pe":
            out = subprocess.run(["llvm-readobj-19", "--coff-exports", f.name], capture_output=True, text=True, check=True).stdout
            return set(re.findall(r"Name: (room_err_\w+)", out))
        flags = ["-D", "--defined-only"] if kind == "elf" else ["--defined-only", "--extern-only"]
        out = subprocess.run(["llvm-nm-19", *flags, f.name], capture_output=True, text=True, check=True).stdout
        return {s.lstrip("_") for s in re.findall(r" T (_?room_err_\w+)", out)}


def check_native(data, kind, arch, symbols, what):
    check(machine(data) == (kind, arch), f"{what} is {kind} {arch}, not {machine(data)}")
    missing = symbols - exports(data, kind)
    check(not missing, f"{what} exports every function (missing {sorted(missing)})")


def check_nupkg(path, version, symbols, natives):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    check(z.testzip() is None, "the nupkg's CRCs")
    spec = ET.fromstring(z.read("RoomErrors.nuspec"))
    meta = spec.find(NUSPEC_NS + "metadata")
    check(meta.findtext(NUSPEC_NS + "id") == "RoomErrors", "nuspec id")
    check(meta.findtext(NUSPEC_NS + "version") == version, "nuspec version = library version")
    check(meta.findtext(NUSPEC_NS + "readme") in names, "the nuspec's readme is in the package")
    types = ET.fromstring(z.read("[Content_Types].xml"))
    extensions = {d.get("Extension") for d in types}
    for name in names:
        if name != "[Content_Types].xml":
            check(name.rsplit(".", 1)[-1] in extensions, f"content type of {name}")
    rels = ET.fromstring(z.read("_rels/.rels"))
    check(any(r.get("Target") == "/RoomErrors.nuspec" for r in rels), "_rels/.rels points at the nuspec")
    dll = z.read("lib/netstandard2.0/RoomErrors.dll")
    pe = struct.unpack_from("<I", dll, 0x3C)[0]
    check(dll[:2] == b"MZ" and dll[pe:pe + 4] == b"PE\0\0", "the assembly is a PE file")
    magic = struct.unpack_from("<H", dll, pe + 24)[0]
    cli = pe + 24 + (208 if magic == 0x20B else 192)  # data directory 14: the CLI header
    check(struct.unpack_from("<II", dll, cli)[1] > 0, "the assembly has a CLI header (.NET)")
    docs = ET.fromstring(z.read("lib/netstandard2.0/RoomErrors.xml"))
    documented = {m.get("name") for m in docs.iter("member")}
    for t in ("RoomError", "RoomErrorException", "RoomErrorCode", "RoomErrorLanguage", "RoomErrorCategory",
              "RoomErrorAction", "RoomErrorAudience"):
        check(f"T:RoomErrors.{t}" in documented, f"XML docs of {t}")
    check(set(natives) == set(RID_MACHINE), f"every runtime id: {sorted(natives)}")
    for rid, source in natives.items():
        member = f"runtimes/{rid}/native/{os.path.basename(source)}"
        check(member in names, f"{member} is in the package")
        data = z.read(member)
        with open(source, "rb") as f:
            check(f.read() == data, f"{member} is {source}")
        check_native(data, *RID_MACHINE[rid], symbols, member)


def plugin_platforms(meta_text):
    """(platform, target, enabled, settings) of each platformData entry of a PluginImporter."""
    entries = []
    pattern = re.compile(r"  - first:\n      (\w+): ?(\w*)\n    second:\n      enabled: (\d)\n      settings:(?: \{\}\n|\n((?:        .*\n)*))")
    for m in pattern.finditer(meta_text):
        settings = dict(line.strip().split(": ", 1) for line in (m.group(4) or "").splitlines())
        entries.append((m.group(1), m.group(2), m.group(3) == "1", settings))
    return entries


def check_unity(path, version, symbols, sources, plugins, plugin_table):
    raw = open(path, "rb").read()
    check(raw[:2] == b"\x1f\x8b" and struct.unpack_from("<I", raw, 4)[0] == 0, "gzip without a timestamp")
    tar = tarfile.open(fileobj=io.BytesIO(gzip.decompress(raw)))
    files = {}
    for info in tar.getmembers():
        check(info.name.startswith("package/") and info.isfile(), f"{info.name} is a file under package/")
        files[info.name[len("package/"):]] = tar.extractfile(info).read()
    manifest = json.loads(files["package.json"])
    check(manifest["name"] == "dev.roomerrors.room-errors", "package name")
    check(manifest["version"] == version, "package.json version = library version")
    check(re.fullmatch(r"\d{4}\.\d", manifest["unity"]) is not None, "package.json unity version")
    asmdef = json.loads(files["Runtime/RoomErrors.asmdef"])
    check(asmdef["name"] == "RoomErrors" and asmdef["allowUnsafeCode"] is False, "asmdef")
    ours = sorted(n for n in os.listdir(sources) if n.endswith(".cs"))
    theirs = sorted(n[len("Runtime/"):] for n in files if n.startswith("Runtime/") and n.endswith(".cs"))
    check(ours == theirs, f"Runtime/ holds the sources: {theirs}")
    for name in ours:
        check(files["Runtime/" + name] == open(os.path.join(sources, name), "rb").read(), f"Runtime/{name} is current")
    assets = {n for n in files if not n.endswith(".meta") and n != "package.json"}
    for a in list(assets):
        while "/" in a:
            a = os.path.dirname(a)
            assets.add(a)
    guids = []
    for asset in assets:
        check(asset + ".meta" in files, f"{asset} has a .meta")
        m = re.search(r"^guid: ([0-9a-f]{32})$", files[asset + ".meta"].decode(), re.M)
        check(m is not None, f"{asset}.meta has a GUID")
        guids.append(m.group(1))
    check(len(set(guids)) == len(guids), "GUIDs are unique")
    check(set(plugins) == set(plugin_table), f"every plugin: {sorted(plugins)}")
    for key, source in plugins.items():
        folder, enabled = plugin_table[key]
        asset = f"{folder}/{os.path.basename(source)}"
        check(asset in files, f"{asset} is in the package")
        with open(source, "rb") as f:
            check(f.read() == files[asset], f"{asset} is {source}")
        entries = plugin_platforms(files[asset + ".meta"].decode())
        on = [(p, t, s) for p, t, e, s in entries if e]
        check(len(entries) >= 2 and sorted(on, key=str) == sorted(enabled, key=str), f"{asset} enabled for {enabled} only: {on}")
        for platform, target, settings in on:
            kind = machine(files[asset])
            check(kind[1] == UNITY_CPU[settings["CPU"]], f"{asset}: CPU {settings['CPU']} but the file is {kind}")
        check_native(files[asset], machine(files[asset])[0], machine(files[asset])[1], symbols, asset)
        if key in ("android-arm64-v8a", "android-x86_64"):
            aligns = load_alignments(files[asset])
            check(aligns and min(aligns) >= 16384, f"{asset}: LOAD segments 16 KB-aligned (Google Play), not {aligns}")


def pairs(items):
    return dict(item.split("=", 1) for item in items)


def main():
    args = sys.argv[1:]
    if "--" not in args or len(args) < 7:
        raise SystemExit(__doc__)
    split = args.index("--")
    version, meta, symbols_file, nupkg, tgz, sources = args[:6]
    library = dict(l.rstrip("\n").split("\t", 1) for l in open(meta, encoding="utf-8") if not l.startswith("#"))
    check(library["version"] == version, f"the library's version {library['version']} is the packages' {version}")
    symbols = {l.strip() for l in open(symbols_file) if l.strip() and not l.startswith("#")}
    check(len(symbols) > 0, "symbols listed")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import unity
    check_nupkg(nupkg, version, symbols, pairs(args[6:split]))
    check_unity(tgz, version, symbols, sources, pairs(args[split + 1:]), unity.PLUGINS)
    print(f"check_packages: {checks} checks passed")
    if checks == 0:
        raise SystemExit("check_packages: no checks ran")


if __name__ == "__main__":
    main()
