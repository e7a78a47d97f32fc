# Swift: the package of the root Package.swift (sources in bindings/swift, module RoomErrors).
#   test-swift          its XCTest suite on Linux against the build tree (target/release, include/)
#   test-swift-package  a fresh SwiftPM package depending on the repository by path, built with
#                       plain `swift build` against a `make install` in a temporary prefix
#   bench-swift         RoomErrors lookups next to Swift Dictionary lookups, release build
# The Apple side (dist/apple/RoomErrors.xcframework) comes from packaging/ (`make dist`).

SWIFT         ?= $(or $(shell command -v swift 2>/dev/null),/opt/swift/usr/bin/swift)
SWIFT_FLAGS   := -j 2
SWIFT_SCRATCH := target/swift
# The build tree as pkg-config package room_errors, which the package's CRoomErrors module reads.
SWIFT_PC_DIR  := $(BUILD)/swift/pkgconfig
SWIFT_ENV     := PKG_CONFIG_PATH=$(CURDIR)/$(SWIFT_PC_DIR) LD_LIBRARY_PATH=$(CURDIR)/$(LIB_DIR)

DEB_PACKAGES += pkg-config
SUITES += swift swift-package

.PHONY: test-swift test-swift-package bench-swift

$(SWIFT_PC_DIR)/room_errors.pc: bindings/swift/swift.mk Cargo.toml
	@mkdir -p $(@D)
	printf 'Name: room_errors\nDescription: room-errors build tree\nVersion: %s\nCflags: -I%s\nLibs: -L%s -lroom_errors\n' \
		$(VERSION) $(CURDIR)/include $(CURDIR)/$(LIB_DIR) >$@

test-swift: lib $(SWIFT_PC_DIR)/room_errors.pc $(VECTORS)
	$(SWIFT_ENV) $(SWIFT) test $(SWIFT_FLAGS) --scratch-path $(SWIFT_SCRATCH) -Xswiftc -warnings-as-errors

test-swift-package: lib
	SWIFT=$(SWIFT) bindings/swift/Consumer/check.sh

BENCH_PARTS += bench-swift
bench-swift: lib $(SWIFT_PC_DIR)/room_errors.pc
	$(SWIFT_ENV) $(SWIFT) build $(SWIFT_FLAGS) -c release --package-path bindings/swift/Benchmarks \
		--scratch-path $(SWIFT_SCRATCH)-bench
	$(SWIFT_ENV) $(SWIFT_SCRATCH)-bench/release/room-errors-bench $(BENCH_ROUNDS)
