# Swift package bindings/swift (module RoomErrors). `make test-swift` runs its XCTest suite on
# Linux against the freshly built shared library; `make xcframework` (macOS with Xcode) packages
# the static library for Apple platforms.

SWIFT      ?= $(or $(shell command -v swift 2>/dev/null),/opt/swift/usr/bin/swift)
SWIFT_PKG  := bindings/swift
# The package links libroom_errors from target/release and finds it there at run time.
SWIFT_LINK := -Xlinker -L$(CURDIR)/$(LIB_DIR) -Xlinker -rpath -Xlinker $(CURDIR)/$(LIB_DIR)

SUITES += swift

.PHONY: test-swift xcframework

test-swift: lib
	$(SWIFT) test --package-path $(SWIFT_PKG) -Xswiftc -warnings-as-errors $(SWIFT_LINK)

xcframework:
	scripts/build-xcframework.sh
