# The native `make dist` parts (Linux x86_64 and aarch64, Windows x86_64 and aarch64, the Apple
# XCFramework and its zip, the header) and `make test-dist`, which builds and checks them:
# - linux-*: the locked ABI (scripts/check-abi.sh), and the C suite (tests/c) against the .so and
#   against the .a: natively, and for aarch64 built with aarch64-linux-gnu-gcc, run under qemu;
# - windows-*: packaging/check-windows.sh; x86_64: the C suite built with mingw against the DLL's
#   import library and against the static library, run under Wine;
# - apple: packaging/check_apple.py (structure, load commands, symbols, no bitcode, the zip), and
#   scripts/stamp-swift-package.sh on a copy of Package.swift (packaging/test-stamp.sh);
# - every library that cannot run here holds the native build's string blob (string_blob.py);
# - dist/SHA256SUMS, written afresh, passes `sha256sum -c`.
# Needs packaging/cross.mk (included before this file) for the cross builds.

DEB_PACKAGES += binutils python3 llvm-19 gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user \
	gcc-mingw-w64-x86-64 wine64
SUITES += dist

.PHONY: test-dist dist-sizes

WINDOWS_FILES := room_errors.dll room_errors.dll.lib room_errors.lib
XCFRAMEWORK   := dist/apple/RoomErrors.xcframework
APPLE_TRIPLES := aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin
NATIVE_DIST   := dist/include/room_errors.h \
	$(foreach arch,x86_64 aarch64,dist/linux-$(arch)/libroom_errors.so dist/linux-$(arch)/libroom_errors.a) \
	$(foreach arch,x86_64 aarch64,$(addprefix dist/windows-$(arch)/,$(WINDOWS_FILES))) \
	$(XCFRAMEWORK).zip $(XCFRAMEWORK).zip.sha256
DIST_PARTS += $(NATIVE_DIST)

dist/include/room_errors.h: $(HEADER)
	@mkdir -p $(@D)
	cp $< $@

# Shared libraries ship stripped (the dynamic symbol table stays), static libraries with their own
# objects only (packaging/own-objects.sh); DLLs and import libraries as built. The x86_64 files
# follow the phony `lib`: the Makefile's `$(SO) $(STATIC): lib` has no recipe, so make would not
# notice within a run that cargo rebuilt them.
dist/linux-x86_64/libroom_errors.so: lib
	@mkdir -p $(@D)
	llvm-strip-19 --strip-all -o $@ $(SO)
dist/linux-x86_64/libroom_errors.a: lib packaging/own-objects.sh
	@mkdir -p $(@D)
	packaging/own-objects.sh $(STATIC) $@
dist/linux-aarch64/libroom_errors.so: $(CROSS_DIR)/aarch64-unknown-linux-gnu/release/libroom_errors.so
	@mkdir -p $(@D)
	llvm-strip-19 --strip-all -o $@ $<
dist/linux-aarch64/libroom_errors.a: $(CROSS_DIR)/aarch64-unknown-linux-gnu/release/libroom_errors.a packaging/own-objects.sh
	@mkdir -p $(@D)
	packaging/own-objects.sh $< $@

dist/windows-%/room_errors.lib: $(CROSS_DIR)/%-pc-windows-msvc/release/room_errors.lib packaging/own-objects.sh
	@mkdir -p $(@D)
	packaging/own-objects.sh $< $@
dist/windows-x86_64/%: $(CROSS_DIR)/x86_64-pc-windows-msvc/release/%
	@mkdir -p $(@D)
	cp $< $@
dist/windows-aarch64/%: $(CROSS_DIR)/aarch64-pc-windows-msvc/release/%
	@mkdir -p $(@D)
	cp $< $@

$(XCFRAMEWORK)/Info.plist: $(foreach triple,$(APPLE_TRIPLES),$(CROSS_DIR)/$(triple)/release/libroom_errors.a) \
		$(HEADER) packaging/apple-xcframework.sh packaging/xcframework_plist.py packaging/own-objects.sh
	PYTHON=$(PYTHON) packaging/apple-xcframework.sh $(XCFRAMEWORK) $(HEADER)
$(XCFRAMEWORK).zip: $(XCFRAMEWORK)/Info.plist packaging/zip_tree.py
	$(PYTHON) packaging/zip_tree.py $(XCFRAMEWORK) $@
# `sha256sum -c` format; its first field is the checksum SwiftPM wants.
$(XCFRAMEWORK).zip.sha256: $(XCFRAMEWORK).zip
	cd $(@D) && sha256sum $(notdir $<) >$(notdir $@)

# --- test-dist ---------------------------------------------------------------------------------
DIST_TESTS   := $(BUILD)/dist
# The C suite: every tests/c/test_*.c linked against the library (test_dlopen loads it itself).
DIST_C_SUITE := $(filter-out test_dlopen,$(basename $(notdir $(wildcard tests/c/test_*.c))))
C_SUITE_DEPS := $(wildcard tests/c/*.h) $(HEADER)
# Calls per thread for test_threads (16 threads), natively and under emulation.
DIST_THREAD_CALLS := 50000
AARCH64_CC   := aarch64-linux-gnu-gcc
QEMU_AARCH64 := qemu-aarch64 -L /usr/aarch64-linux-gnu
MINGW_CC     := x86_64-w64-mingw32-gcc
WINE         := /usr/lib/wine/wine64
WINE_ENV     := WINEPREFIX=$(CURDIR)/target/wine WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml=

# $(call linux_c_suite,ARCH,CC): rules building the C suite with CC against dist/linux-ARCH's .so
# (found through the rpath, under its SONAME) and against its .a.
define linux_c_suite
$(DIST_TESTS)/$(1)-so/libroom_errors.so.$(MAJOR): dist/linux-$(1)/libroom_errors.so
	@mkdir -p $$(@D)
	ln -sf $(CURDIR)/$$< $$@
$(DIST_TESTS)/$(1)-so/%: tests/c/%.c $(C_SUITE_DEPS) dist/linux-$(1)/libroom_errors.so \
		$(DIST_TESTS)/$(1)-so/libroom_errors.so.$(MAJOR)
	$(2) -std=c11 -O2 $(CWARN) -pthread -Iinclude $$< -Ldist/linux-$(1) -l:libroom_errors.so \
		-Wl,-rpath,$(CURDIR)/$$(@D) -o $$@
$(DIST_TESTS)/$(1)-a/%: tests/c/%.c $(C_SUITE_DEPS) dist/linux-$(1)/libroom_errors.a
	@mkdir -p $$(@D)
	$(2) -std=c11 -O2 $(CWARN) -pthread -Iinclude $$< dist/linux-$(1)/libroom_errors.a -o $$@
endef
$(eval $(call linux_c_suite,x86_64,$(CC)))
$(eval $(call linux_c_suite,aarch64,$(AARCH64_CC)))
linux_tests = $(foreach t,$(DIST_C_SUITE),$(DIST_TESTS)/$(1)-so/$(t) $(DIST_TESTS)/$(1)-a/$(t))

# Windows x86_64 against the DLL through its import library, and against the static library;
# packaging/windows-posix gives guarded.h its mmap. Static mingw runtime: the tests need no mingw
# DLL under Wine.
$(DIST_TESTS)/windows-x86_64-dll/%.exe: tests/c/%.c $(C_SUITE_DEPS) dist/windows-x86_64/room_errors.dll.lib \
		packaging/windows-posix/sys/mman.h
	@mkdir -p $(@D)
	$(MINGW_CC) -std=c11 -O2 $(CWARN) -pthread -Ipackaging/windows-posix -Iinclude $< \
		dist/windows-x86_64/room_errors.dll.lib -static -o $@
$(DIST_TESTS)/windows-x86_64-lib/%.exe: tests/c/%.c $(C_SUITE_DEPS) dist/windows-x86_64/room_errors.lib \
		packaging/windows-posix/sys/mman.h
	@mkdir -p $(@D)
	$(MINGW_CC) -std=c11 -O2 $(CWARN) -pthread -Ipackaging/windows-posix -Iinclude $< \
		dist/windows-x86_64/room_errors.lib -static -o $@
# A Wine prefix of our own, made once.
target/wine/system.reg:
	@mkdir -p $(@D)
	$(WINE_ENV) $(WINE) wineboot --init >$(@D)/wineboot.log 2>&1

test-dist: $(NATIVE_DIST) lib \
		$(call linux_tests,x86_64) $(call linux_tests,aarch64) \
		$(foreach t,$(DIST_C_SUITE),$(DIST_TESTS)/windows-x86_64-dll/$(t).exe $(DIST_TESTS)/windows-x86_64-lib/$(t).exe) \
		target/wine/system.reg
	cmp $(HEADER) dist/include/room_errors.h
	scripts/check-abi.sh dist/linux-x86_64/libroom_errors.so $(HEADER) include/room_errors.symbols \
		libroom_errors.so.$(MAJOR)
	scripts/check-abi.sh dist/linux-aarch64/libroom_errors.so $(HEADER) include/room_errors.symbols \
		libroom_errors.so.$(MAJOR)
	readelf -h dist/linux-aarch64/libroom_errors.so | grep -q 'Machine: *AArch64'
	packaging/string_blob.py $(SO) dist/linux-x86_64/libroom_errors.a dist/linux-aarch64/libroom_errors.so \
		dist/linux-aarch64/libroom_errors.a
	packaging/run-c-suite.sh env $(DIST_THREAD_CALLS) $(VECTORS_DIR) $(call linux_tests,x86_64)
	packaging/run-c-suite.sh "$(QEMU_AARCH64)" $(DIST_THREAD_CALLS) $(VECTORS_DIR) $(call linux_tests,aarch64)
	packaging/check-windows.sh dist/windows-x86_64 AMD64 include/room_errors.symbols $(SO)
	packaging/check-windows.sh dist/windows-aarch64 ARM64 include/room_errors.symbols $(SO)
	$(WINE_ENV) WINEPATH='Z:$(CURDIR)/dist/windows-x86_64' packaging/run-c-suite.sh $(WINE) $(DIST_THREAD_CALLS) $(VECTORS_DIR) \
		$(foreach t,$(DIST_C_SUITE),$(DIST_TESTS)/windows-x86_64-dll/$(t).exe $(DIST_TESTS)/windows-x86_64-lib/$(t).exe)
	$(PYTHON) packaging/check_apple.py dist/apple $(HEADER) include/room_errors.symbols $(SO)
	packaging/test-stamp.sh
	scripts/sha256sums.sh dist
	cd dist && sha256sum -c --quiet SHA256SUMS

# The size table of BENCHMARKS.md ("Artifacts"): every library and archive under dist/.
dist-sizes: dist
	@$(PYTHON) packaging/dist_sizes.py dist
