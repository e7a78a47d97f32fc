#!/usr/bin/env bash
# Loads the packed package in headless Chromium from a page served on 127.0.0.1 (serve.py) as a
# plain <script type="module">, under a strict CSP (no eval, no WebAssembly compilation):
# page.js loads the browser's two languages (zh-TW, ja) lazily and must write "PASS". The server's
# log then shows which files of the package were requested: the core (index.js, English included),
# zh-Hant's and ja's modules, and no other.
#
# Usage: browser.sh TARBALL VECTORS_DIR CASES_TSV
set -euo pipefail
tgz=$(realpath "$1") vectors=$(realpath "$2") tests=$(dirname "$(realpath "$0")")
site=$(mktemp -d)
server=
trap '[ -z "$server" ] || kill "$server"; rm -rf "$site"' EXIT

tar xzf "$tgz" -C "$site" && mv "$site/package" "$site/room-errors"
cp "$tests/page.html" "$site/index.html"
cp "$tests/page.js" "$tests/conformance.js" "$vectors/texts.tsv" "$site/"

csp="default-src 'none'; script-src 'self'; connect-src 'self'"
python3 "$tests/serve.py" "$site" "$site/port" "$csp" "$site/requests" &
server=$!
for _ in $(seq 50); do [ -s "$site/port" ] && break; sleep 0.1; done
result=$(chromium --headless --no-sandbox --disable-gpu --user-data-dir="$site/profile" --accept-lang=zh-TW,ja \
  --virtual-time-budget=20000 --dump-dom "http://127.0.0.1:$(cat "$site/port")/" 2>/dev/null |
  sed -n 's|.*<pre id="result">\(.*\)</pre>.*|\1|p')
echo "browser, CSP \"$csp\": $result"
[[ $result == PASS* ]]
checks=$(awk '{ print $2 }' <<<"$result")
[ "$checks" -ge 5000 ] || { echo "browser: only $checks checks (floor 5000)" >&2; exit 1; }

requested=$(grep -o '^/room-errors/.*' "$site/requests" | sort | tr '\n' ' ')
expected="/room-errors/index.js /room-errors/locales/ja.js /room-errors/locales/zh-Hant.js "
echo "browser: files of the package requested: $requested"
[ "$requested" = "$expected" ] || { echo "browser: expected exactly: $expected" >&2; exit 1; }
