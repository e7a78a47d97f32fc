#!/usr/bin/env bash
# Writes a release's download URL and checksum into Package.swift: the string literals of its
# two constant lines `let xcframeworkURL = "..."` and `let xcframeworkChecksum = "..."`, the
# checksum being the SHA-256 in dist/apple/RoomErrors.xcframework.zip.sha256 (what
# `swift package compute-checksum` prints). A release: `make dist`, upload
# dist/apple/RoomErrors.xcframework.zip, run this with its URL, commit, tag.
# Fails, changing nothing, unless the URL is an https URL of a .zip and each constant is on
# exactly one line.
#
# Usage: scripts/stamp-swift-package.sh URL [PACKAGE_SWIFT]   (default: Package.swift at the root)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 URL [PACKAGE_SWIFT]" >&2; exit 2; }
url=$1 package=${2:-$root/Package.swift}
sums=$root/dist/apple/RoomErrors.xcframework.zip.sha256

[[ $url =~ ^https://[^\"\\[:space:]]+\.zip$ ]] || { echo "$0: not an https URL of a .zip: $url" >&2; exit 1; }
[ -f "$sums" ] || { echo "$0: $sums is missing: run \`make dist\` first" >&2; exit 1; }
checksum=$(awk '{ print $1; exit }' "$sums")
[[ $checksum =~ ^[0-9a-f]{64}$ ]] || { echo "$0: $sums holds no SHA-256" >&2; exit 1; }
for name in xcframeworkURL xcframeworkChecksum; do
  count=$(grep -c "^[[:space:]]*let $name = \"[^\"]*\"" "$package" || true)
  [ "$count" -eq 1 ] || { echo "$0: $package has $count lines \`let $name = \"...\"\`, expected 1" >&2; exit 1; }
done

# ENVIRON, not -v: awk would read backslash escapes in -v values.
URL=$url CHECKSUM=$checksum awk '
  function stamp(line, name, value) {
    # The match starts the line; its first quote opens the literal, its end closes it.
    if (match(line, "^[[:space:]]*let " name " = \"[^\"]*\""))
      return substr(line, 1, index(line, "\"")) value "\"" substr(line, RLENGTH + 1)
    return line
  }
  { print stamp(stamp($0, "xcframeworkURL", ENVIRON["URL"]), "xcframeworkChecksum", ENVIRON["CHECKSUM"]) }
' "$package" >"$package.tmp"
mv "$package.tmp" "$package"
echo "$package: xcframeworkURL = \"$url\", xcframeworkChecksum = \"$checksum\""
