#!/usr/bin/env python3
"""Writes the Unity Package Manager tarball dev.roomerrors.room-errors-VERSION.tgz reproducibly
(sorted members, fixed times and owners, gzip without a timestamp), under the npm-style top folder
`package/`:

  package.json, README.md
  Runtime/RoomErrors.asmdef and the binding's sources
  Plugins/PLATFORM/.../LIBRARY: the native libraries, each with the import settings that enable it
  for its platform and CPU only (PLUGINS below)

Unity ignores assets without a .meta file inside an immutable package, so every file and folder
gets one, with a GUID derived from its path (stable across builds).

Usage: unity.py VERSION OUT.tgz SOURCES_DIR README KEY=FILE...   (KEY: a key of PLUGINS)
"""
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile

NAME = "dev.roomerrors.room-errors"

# KEY: (folder, [(platform, target, settings)]): where each native library goes and which
# platforms (Unity's PluginImporter names) load it. Every other platform is disabled.
PLUGINS = {
    "linux-x64": ("Plugins/Linux/x86_64", [("Standalone", "Linux64", {"CPU": "x86_64"}),
                                           ("Editor", "Editor", {"CPU": "x86_64", "OS": "Linux"})]),
    "linux-arm64": ("Plugins/Linux/arm64", [("Standalone", "Linux64", {"CPU": "ARM64"})]),
    "win-x64": ("Plugins/Windows/x86_64", [("Standalone", "Win64", {"CPU": "x86_64"}),
                                           ("Editor", "Editor", {"CPU": "x86_64", "OS": "Windows"})]),
    "win-arm64": ("Plugins/Windows/arm64", [("Standalone", "Win64", {"CPU": "ARM64"})]),
    "android-arm64-v8a": ("Plugins/Android/arm64-v8a", [("Android", "Android", {"CPU": "ARM64"})]),
    "android-armeabi-v7a": ("Plugins/Android/armeabi-v7a", [("Android", "Android", {"CPU": "ARMv7"})]),
    "android-x86": ("Plugins/Android/x86", [("Android", "Android", {"CPU": "X86"})]),
    "android-x86_64": ("Plugins/Android/x86_64", [("Android", "Android", {"CPU": "X86_64"})]),
    # Linked statically into the Xcode project; the binding calls it as "__Internal".
    "ios-arm64": ("Plugins/iOS", [("iPhone", "iOS", {"AddToEmbeddedBinaries": "false", "CPU": "ARM64"})]),
}

ASMDEF = {
    "name": "RoomErrors",
    "rootNamespace": "RoomErrors",
    "references": [],
    "includePlatforms": [],
    "excludePlatforms": [],
    "allowUnsafeCode": False,
    "overrideReferences": False,
    "precompiledReferences": [],
    "autoReferenced": True,
    "defineConstraints": [],
    "versionDefines": [],
    "noEngineReferences": True,
}


def guid(path):
    """A stable GUID for an asset path."""
    return hashlib.md5(f"{NAME}/{path}".encode()).hexdigest()


def meta(path, importer):
    return f"fileFormatVersion: 2\nguid: {guid(path)}\n{importer}".encode()


FOLDER = "folderAsset: yes\nDefaultImporter:\n  externalObjects: {}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n"
SCRIPT = ("MonoImporter:\n  externalObjects: {}\n  serializedVersion: 2\n  defaultReferences: []\n"
          "  executionOrder: 0\n  icon: {instanceID: 0}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n")
ASMDEF_IMPORTER = "AssemblyDefinitionImporter:\n  externalObjects: {}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n"
TEXT = "TextScriptImporter:\n  externalObjects: {}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n"


def plugin_importer(enabled):
    """PluginImporter settings: only the (platform, target, settings) in `enabled` load the file."""
    lines = ["PluginImporter:", "  externalObjects: {}", "  serializedVersion: 2", "  iconMap: {}",
             "  executionOrder: {}", "  defineConstraints: []", "  isPreloaded: 0", "  isOverridable: 0",
             "  isExplicitlyReferenced: 0", "  validateReferences: 1", "  platformData:"]
    entries = [("Any", "", 0, {})]
    if not any(platform == "Editor" for platform, _, _ in enabled):
        entries.append(("Editor", "Editor", 0, {"DefaultValueInitialized": "true"}))
    entries += [(platform, target, 1, settings) for platform, target, settings in enabled]
    for platform, target, on, settings in entries:
        lines += ["  - first:", f"      {platform}: {target}", "    second:", f"      enabled: {on}"]
        if settings:
            lines.append("      settings:")
            lines += [f"        {key}: {value}" for key, value in sorted(settings.items())]
        else:
            lines.append("      settings: {}")
    lines += ["  userData: ", "  assetBundleName: ", "  assetBundleVariant: ", ""]
    return "\n".join(lines)


def main():
    if len(sys.argv) < 6:
        raise SystemExit(__doc__)
    version, target, sources, readme = sys.argv[1:5]
    files = {
        "package.json": (json.dumps({
            "name": NAME,
            "version": version,
            "displayName": "Room Errors",
            "description": "Localized texts (12 languages), names and facts of room-engine error codes, "
                           "from the native room_errors library.",
            "unity": "2021.3",
            "license": "MIT",
            "keywords": ["errors", "localization", "room"],
            "author": {"name": "room-errors"},
        }, indent=2) + "\n").encode(),
        "README.md": read(readme),
        "README.md.meta": meta("README.md", TEXT),
        "Runtime/RoomErrors.asmdef": (json.dumps(ASMDEF, indent=4) + "\n").encode(),
        "Runtime/RoomErrors.asmdef.meta": meta("Runtime/RoomErrors.asmdef", ASMDEF_IMPORTER),
    }
    for name in sorted(os.listdir(sources)):
        if name.endswith(".cs"):
            files[f"Runtime/{name}"] = read(os.path.join(sources, name))
            files[f"Runtime/{name}.meta"] = meta(f"Runtime/{name}", SCRIPT)
    for pair in sys.argv[5:]:
        key, path = pair.split("=", 1)
        folder, enabled = PLUGINS[key]
        asset = f"{folder}/{os.path.basename(path)}"
        files[asset] = read(path)
        files[asset + ".meta"] = meta(asset, plugin_importer(enabled))
    folders = {os.path.dirname(p) for p in files if os.path.dirname(p)}
    for folder in list(folders):
        while "/" in folder:
            folder = os.path.dirname(folder)
            folders.add(folder)
    for folder in folders:
        files[folder + ".meta"] = meta(folder, FOLDER)

    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path in sorted(files):
            info = tarfile.TarInfo("package/" + path)
            info.size = len(files[path])
            info.mode = 0o644
            info.mtime = 0
            tar.addfile(info, io.BytesIO(files[path]))
    os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    with open(target + ".tmp", "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
            gz.write(data.getvalue())
    os.replace(target + ".tmp", target)


def read(path):
    with open(path, "rb") as f:
        return f.read()


if __name__ == "__main__":
    main()
