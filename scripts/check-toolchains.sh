#!/usr/bin/env bash
# After `make deps`: proves that each tool the suites need works, not just that a package is
# installed (a compiler whose runtime lives in a package it only recommends links nothing).
# Each check builds or runs something trivial; a failure names the Debian package to install.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'int main(void) { return 0; }\n' >"$work/main.c"
printf 'int f(void) { return 0; }\n' >"$work/lib.c"
failed=0
# check PACKAGE DESCRIPTION COMMAND...: runs COMMAND quietly in the scratch folder.
check() {
  local package=$1 what=$2
  shift 2
  if ! (cd "$work" && "$@") >"$work/log" 2>&1; then
    echo "toolchain check failed: $what (Debian package: $package)" >&2
    sed 's/^/  /' "$work/log" | tail -5 >&2
    failed=1
  fi
}
check gcc "gcc links a C program" gcc main.c -o a
check g++ "g++ links a C++ program" g++ -x c++ main.c -o a
check libclang-rt-14-dev "clang links with ASan/UBSan" clang -fsanitize=address,undefined main.c -o a
check libclang-rt-19-dev "clang-19 links a libFuzzer target" \
  sh -c 'printf "#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n" >f.c && clang-19 -fsanitize=fuzzer f.c -o a'
check "libc++-19-dev libc++abi-19-dev" "clang-19 links against libc++" clang++-19 -stdlib=libc++ -x c++ main.c -o a
check lld-19 "clang-19 links an Android shared library with lld" \
  clang-19 --target=aarch64-linux-android21 -fuse-ld=lld -nostdlib -shared lib.c -o a.so
check "gcc-aarch64-linux-gnu libc6-dev-arm64-cross" "aarch64-linux-gnu-gcc links" aarch64-linux-gnu-gcc main.c -o a
check "gcc-arm-linux-gnueabi libc6-dev-armel-cross" "arm-linux-gnueabi-gcc links" arm-linux-gnueabi-gcc main.c -o a
check "gcc-i686-linux-gnu libc6-dev-i386-cross" "i686-linux-gnu-gcc links" i686-linux-gnu-gcc main.c -o a
check gcc-mingw-w64-x86-64 "mingw links a Windows program" x86_64-w64-mingw32-gcc main.c -o a.exe
check qemu-user "qemu-aarch64 runs" qemu-aarch64 --version
check wine64 "wine64 runs" /usr/lib/wine/wine64 --version
check rust-web-src "Debian's Rust has its library sources (build-std)" test -f /usr/lib/rustlib/src/rust/library/core/src/lib.rs
check "rustc-web cargo-web" "Debian's Rust runs" sh -c '/usr/bin/rustc --version && /usr/bin/cargo --version'
check python3-icu "Debian's python3 has ICU's LocaleMatcher" /usr/bin/python3 -c 'import icu; icu.LocaleMatcher'
check python3-venv "python3 makes a virtual environment" python3 -m venv --without-pip venv
check node-typescript "tsc runs" tsc --version
check chromium "chromium runs" chromium --version
check kotlin "kotlinc runs" kotlinc -version
check openjdk-17-jdk-headless "javac runs" javac -version
check valgrind "valgrind runs" valgrind --version
[ "$failed" -eq 0 ] && echo "toolchains: every check passed"
exit "$failed"
