# The cross toolchain: the library for other Rust targets, built by packaging/cross.sh (which
# holds every target's linker and deployment settings).
#
# Outputs, as file targets other .mk files depend on (one cross.sh run builds all of a triple's):
#   target/cross/TRIPLE/release/libroom_errors.a     static library (all but windows-msvc)
#   target/cross/TRIPLE/release/libroom_errors.so    Linux and Android shared library
#   target/cross/TRIPLE/release/room_errors.lib      windows-msvc static library
#   target/cross/TRIPLE/release/room_errors.dll      windows-msvc DLL, and room_errors.dll.lib, its import library
#   target/cross/TRIPLE/release/room_errors.wasm     wasm32-unknown-unknown module
# Apple targets get the static library only. Write these paths literally in prerequisites:
# bindings/*/*.mk are included before this file, so its variables are still empty there.
#
# Variables:
#   CROSS_DIR      target/cross, cargo's target directory for every cross build
#   CROSS_TRIPLES  the targets cross.sh has settings for (`make cross` builds them all)
#   CORE_SOURCES   the files a cross build depends on: it reruns when the catalog changes
#   DEB_PACKAGES   += Debian's Rust with its library sources, clang/lld/llvm 19 and the aarch64
#                  Linux linker and C library (the C tests of dist/ link against them)

CROSS_DIR     := target/cross
CROSS_TRIPLES := aarch64-linux-android armv7-linux-androideabi i686-linux-android x86_64-linux-android \
	aarch64-unknown-linux-gnu x86_64-pc-windows-msvc aarch64-pc-windows-msvc wasm32-unknown-unknown \
	aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin
CORE_SOURCES  := $(sort $(shell find crates/core/src crates/core/build crates/ffi/src -path crates/ffi/src/tests -prune -o -name "*.rs" -print)) \
	crates/core/Cargo.toml crates/ffi/Cargo.toml crates/ffi/build.rs Cargo.toml Cargo.lock \
	packaging/cross.sh
CROSS_OUTPUTS := libroom_errors.a libroom_errors.so room_errors.lib room_errors.dll room_errors.dll.lib \
	room_errors.wasm

DEB_PACKAGES += rustc-web cargo-web rust-web-src clang-19 lld-19 llvm-19 gcc-aarch64-linux-gnu \
	libc6-dev-arm64-cross

.PHONY: cross

# A pattern rule with several targets: one run of cross.sh makes all of a triple's files. Without
# MAKEFLAGS, cargo does not look for a jobserver that make hands only to recursive makes.
$(foreach file,$(CROSS_OUTPUTS),$(CROSS_DIR)/%/release/$(file)): $(CORE_SOURCES)
	env -u MAKEFLAGS -u MFLAGS packaging/cross.sh $*

# Kept when they are only a step to another file (dist/windows-*/%: make would delete them).
.PRECIOUS: $(foreach file,$(CROSS_OUTPUTS),$(CROSS_DIR)/%/release/$(file))

# Every target's static library.
cross: $(foreach triple,$(CROSS_TRIPLES),$(CROSS_DIR)/$(triple)/release/$(if $(findstring -windows-msvc,$(triple)),room_errors.lib,libroom_errors.a))
