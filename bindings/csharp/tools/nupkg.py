#!/usr/bin/env python3
"""Writes dist/nuget/RoomErrors.VERSION.nupkg reproducibly (sorted members, fixed times): the
.nuspec, the OPC parts NuGet clients expect, lib/netstandard2.0/RoomErrors.{dll,xml}, the README
and runtimes/RID/native/LIBRARY for each RID=FILE pair given.

Usage: nupkg.py VERSION OUT.nupkg ASSEMBLY XMLDOC README RID=FILE...
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

EPOCH = (1980, 1, 1, 0, 0, 0)

NUSPEC = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>RoomErrors</id>
    <version>{version}</version>
    <authors>room-errors</authors>
    <license type="expression">MIT</license>
    <readme>README.md</readme>
    <description>Localized texts (12 languages), names and facts of room-engine error codes, from the native room_errors library, for .NET Standard 2.0 (.NET, .NET Framework, Mono, Unity).</description>
    <tags>room errors localization unity</tags>
    <dependencies>
      <group targetFramework=".NETStandard2.0" />
    </dependencies>
  </metadata>
</package>
"""

CONTENT_TYPES = """<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />
  <Default Extension="nuspec" ContentType="application/octet" />
  <Default Extension="dll" ContentType="application/octet" />
  <Default Extension="xml" ContentType="application/octet" />
  <Default Extension="md" ContentType="application/octet" />
  <Default Extension="so" ContentType="application/octet" />
</Types>
"""

RELS = """<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/RoomErrors.nuspec" Id="R0" />
</Relationships>
"""


def main():
    if len(sys.argv) < 7:
        raise SystemExit(__doc__)
    version, target, assembly, xmldoc, readme = sys.argv[1:6]
    members = {
        "RoomErrors.nuspec": NUSPEC.format(version=escape(version)).encode(),
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": RELS.encode(),
        "lib/netstandard2.0/RoomErrors.dll": read(assembly),
        "lib/netstandard2.0/RoomErrors.xml": read(xmldoc),
        "README.md": read(readme),
    }
    for pair in sys.argv[6:]:
        rid, path = pair.split("=", 1)
        members[f"runtimes/{rid}/native/{os.path.basename(path)}"] = read(path)
    os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    with zipfile.ZipFile(target + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, EPOCH)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, members[name], compresslevel=9)
    os.replace(target + ".tmp", target)


def read(path):
    with open(path, "rb") as f:
        return f.read()


if __name__ == "__main__":
    main()
