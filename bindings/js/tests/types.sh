#!/usr/bin/env bash
# Type-checks consumer.ts against the staged package (PACKAGE_DIR) with `tsc --strict --noEmit`,
# resolved by name through node_modules as Node 16+ resolves an ES module.
#
# Usage: types.sh PACKAGE_DIR
set -euo pipefail
package=$(realpath "$1") tests=$(dirname "$(realpath "$0")")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/node_modules"
ln -s "$package" "$scratch/node_modules/room-errors"
cp "$tests/consumer.ts" "$scratch/"
echo '{ "name": "scratch", "private": true, "type": "module" }' > "$scratch/package.json"
cat > "$scratch/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true, "noEmit": true, "target": "es2022", "module": "node16", "moduleResolution": "node16",
    "lib": ["es2022", "dom"], "types": [], "noUnusedLocals": true, "exactOptionalPropertyTypes": true
  },
  "files": ["consumer.ts"]
}
JSON
cd "$scratch" && tsc --strict --noEmit -p tsconfig.json
echo "tsc $(tsc --version): consumer.ts type-checks"
