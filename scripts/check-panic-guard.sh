#!/usr/bin/env bash
# Proves that the release library has no reachable panic and that the guard behind that claim is
# live (crates/ffi/src/lib.rs, crates/ffi/build.rs):
# 1. the shipped library (already built by `make lib`, so it linked with `-z defs`) holds no
#    reference to the guard symbol;
# 2. a probe build that adds one export with a reachable panic (`--cfg room_errors_panic_probe`,
#    in a target directory of its own) fails to link, on exactly that symbol.
# Usage: check-panic-guard.sh SO PROBE_TARGET_DIR   (CARGO names cargo, default `cargo`)
set -uo pipefail
so=$1 probe_dir=$2
guard=room_errors_release_build_has_a_reachable_panic
if nm -D "$so" | grep -q "$guard"; then
  echo "FAIL: $so references $guard" >&2
  exit 1
fi
echo "the release library links with -z defs and has no panic path"
log=$(RUSTFLAGS="${RUSTFLAGS:-} --cfg room_errors_panic_probe" "${CARGO:-cargo}" build --release --quiet \
  -p room-errors --target-dir "$probe_dir" 2>&1)
if [ $? -eq 0 ]; then
  echo "FAIL: the probe with a reachable panic linked: the panic guard is not in effect" >&2
  exit 1
fi
if ! grep -Eq "undefined (symbol|reference).*$guard" <<<"$log"; then
  echo "FAIL: the probe failed, but not on the guard symbol:" >&2
  echo "$log" >&2
  exit 1
fi
echo "the probe with a reachable panic fails to link, as it must:"
grep -Eo "undefined (symbol|reference).*$guard" <<<"$log" | head -1
