#!/usr/bin/env bash
# Type-checks consumer.ts (ES module) and consumer.cts (CommonJS), each a consumer of the core and
# of a language module, against the staged package (PACKAGE_DIR) with `tsc --strict --noEmit`,
# resolved by name through node_modules as Node 16+ does: the ES module must get index.d.ts and
# locale.d.ts, the CommonJS one index.d.cts and locale.d.cts.
#
# Usage: types.sh PACKAGE_DIR
set -euo pipefail
package=$(realpath "$1") tests=$(dirname "$(realpath "$0")")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/node_modules"
ln -s "$package" "$scratch/node_modules/room-errors"
cp "$tests/consumer.ts" "$tests/consumer.cts" "$scratch/"
echo '{ "name": "scratch", "private": true, "type": "module" }' > "$scratch/package.json"
cat > "$scratch/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true, "noEmit": true, "target": "es2022", "module": "node16", "moduleResolution": "node16",
    "lib": ["es2022", "dom"], "types": [], "noUnusedLocals": true, "exactOptionalPropertyTypes": true
  },
  "files": ["consumer.ts", "consumer.cts"]
}
JSON
cd "$scratch"
files=$(tsc --strict --noEmit -p tsconfig.json --listFiles) || { echo "$files" >&2; exit 1; }
for declarations in index.d.ts index.d.cts locale.d.ts locale.d.cts; do
  grep -qx "$package/$declarations" <<<"$files" || { echo "types: $declarations was not used" >&2; exit 1; }
done
echo "tsc $(tsc --version): consumer.ts and consumer.cts type-check"
