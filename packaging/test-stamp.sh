#!/usr/bin/env bash
# Tests scripts/stamp-swift-package.sh on a copy of Package.swift (or, before the repository has
# one, on a minimal package with the two constants): the stamped copy differs from the original
# exactly in the two constants' values, which are the URL and dist/'s checksum; stamping again
# changes nothing; a URL that is not https, or would break the Swift literal, changes nothing.
# Usage: packaging/test-stamp.sh   (after `make dist/apple/RoomErrors.xcframework.zip.sha256`)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -f Package.swift ]; then
  cp Package.swift "$tmp/original.swift"
else
  printf '%s\n' 'import PackageDescription' 'let xcframeworkURL = "https://example.invalid/a.zip"' \
    '    let xcframeworkChecksum = ""  // stamped' >"$tmp/original.swift"
fi
url="https://example.com/r&d/v1.2.0/RoomErrors.xcframework.zip"  # & is special to sed and awk
checksum=$(awk '{ print $1; exit }' dist/apple/RoomErrors.xcframework.zip.sha256)
cp "$tmp/original.swift" "$tmp/Package.swift"
scripts/stamp-swift-package.sh "$url" "$tmp/Package.swift" >/dev/null
# The original with the two values replaced, by another means (Python) than the script's (awk).
python3 - "$tmp/original.swift" "$url" "$checksum" >"$tmp/expected.swift" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
for name, value in (("xcframeworkURL", sys.argv[2]), ("xcframeworkChecksum", sys.argv[3])):
    text = re.sub(rf'^(\s*let {name} = ")[^"]*"', lambda m: m.group(1) + value + '"', text, flags=re.M)
sys.stdout.write(text)
PY
diff -u "$tmp/expected.swift" "$tmp/Package.swift"
grep -q "let xcframeworkChecksum = \"$checksum\"" "$tmp/Package.swift"
cp "$tmp/Package.swift" "$tmp/stamped.swift"
scripts/stamp-swift-package.sh "$url" "$tmp/Package.swift" >/dev/null
cmp "$tmp/stamped.swift" "$tmp/Package.swift"
for bad in "http://example.com/a.zip" 'https://example.com/a".zip' 'https://example.com/a\.zip' "https://example.com/a.tar"; do
  if scripts/stamp-swift-package.sh "$bad" "$tmp/Package.swift" 2>/dev/null; then
    echo "FAIL: stamp-swift-package.sh accepted $bad" >&2
    exit 1
  fi
  cmp "$tmp/stamped.swift" "$tmp/Package.swift"
done
echo "ok: stamp-swift-package.sh writes the URL and checksum $checksum into $( [ -f Package.swift ] && echo Package.swift || echo 'a minimal package')"
