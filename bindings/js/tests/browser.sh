#!/usr/bin/env bash
# Loads the packed package in headless Chromium from a page served on 127.0.0.1 (serve.py) as a
# plain <script type="module">, under a CSP that lacks 'unsafe-eval' ('wasm-unsafe-eval' only):
# page.js must write "PASS". A control run without 'wasm-unsafe-eval' must fail to compile the
# wasm, which proves the header is enforced and the documented CSP requirement exact. The browser's
# language list is zh-TW, ja: the page checks that the default language comes from it.
#
# Usage: browser.sh TARBALL FIXTURE
set -euo pipefail
tgz=$(realpath "$1") fixture=$(realpath "$2") tests=$(dirname "$(realpath "$0")")
site=$(mktemp -d)
server=
trap '[ -z "$server" ] || kill "$server"; rm -rf "$site"' EXIT

tar xzf "$tgz" -C "$site" && mv "$site/package" "$site/room-errors"
cp "$tests/page.html" "$site/index.html"
cp "$tests/page.js" "$site/"
cp "$fixture" "$site/fixture.json"

# load CSP: serves the site with CSP and prints what the page wrote into #result.
load() {
  rm -f "$site/port"
  python3 "$tests/serve.py" "$site" "$site/port" "$1" &
  server=$!
  for _ in $(seq 50); do [ -s "$site/port" ] && break; sleep 0.1; done
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$site/profile" --accept-lang=zh-TW,ja \
    --virtual-time-budget=10000 --dump-dom "http://127.0.0.1:$(cat "$site/port")/" 2>/dev/null |
    sed -n 's|.*<pre id="result">\(.*\)</pre>.*|\1|p'
  kill "$server" && wait "$server" 2>/dev/null || true
  server=
}

strict="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"
result=$(load "$strict")
echo "browser, CSP \"$strict\": $result"
[[ $result == PASS* ]]

control="default-src 'none'; script-src 'self'; connect-src 'self'"
result=$(load "$control")
echo "browser, CSP \"$control\" (control, must fail): $result"
[[ $result == FAIL*WebAssembly* ]]
