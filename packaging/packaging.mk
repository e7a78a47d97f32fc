# `make install` and `make uninstall` (packaging/install.sh; the installed paths are listed in
# packaging/install/files.txt), the native `make dist` parts (Linux x86_64 and aarch64, Windows
# x86_64 and aarch64, the Apple XCFramework and its zip, the header) and `make test-dist`, which
# builds and checks them:
# - linux-*: the archive as a user gets it (packaging/check-linux-archive.sh: unpacked and moved,
#   its layout and SONAME link, C and C++ consumers built with pkg-config and CMake against it
#   alone and run), the locked ABI (scripts/check-abi.sh), and the C suite (tests/c) against its
#   .so and its .a: natively, and for aarch64 built with aarch64-linux-gnu-gcc, run under qemu;
# - windows-*: packaging/check-windows.sh; x86_64: the C suite built with mingw against the DLL's
#   import library and against the static library, run under Wine; both: a C consumer linked by
#   lld-link against each library (packaging/link-windows.sh), the x86_64 ones run under Wine;
# - apple: packaging/check_apple.py (structure, load commands, symbols, no bitcode, the zip), each
#   slice linked into a C program by ld64.lld against a libSystem stub, its platform and minimum OS
#   checked (packaging/link-apple.sh), and scripts/stamp-swift-package.sh on a copy of
#   Package.swift (packaging/test-stamp.sh);
# - every library that cannot run here holds the native build's string blob (string_blob.py);
# - dist/SHA256SUMS, written afresh, passes `sha256sum -c`.
# Needs packaging/cross.mk (included before this file) for the cross builds.

DEB_PACKAGES += binutils python3 llvm-19 lld-19 clang-19 cmake pkgconf g++ gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user \
	gcc-mingw-w64-x86-64 wine64
SUITES += dist

.PHONY: test-dist dist-sizes install uninstall

# `make install PREFIX=/usr/local DESTDIR=`: builds the libraries first only if they are missing,
# so that `sudo make install` after `make` needs no Rust toolchain.
install:
	@test -f $(SO) -a -f $(STATIC) || $(MAKE) --no-print-directory lib
	@DESTDIR="$(DESTDIR)" packaging/install.sh install "$(PREFIX)" $(VERSION)

uninstall:
	@DESTDIR="$(DESTDIR)" packaging/install.sh uninstall "$(PREFIX)" $(VERSION)

WINDOWS_FILES := room_errors.dll room_errors.dll.lib room_errors.lib include/room_errors.h include/room_errors.hpp \
	include/room_errors_catalog.hpp
XCFRAMEWORK   := dist/apple/RoomErrors.xcframework
APPLE_TRIPLES := aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin
# The Linux archive of ARCH; packaging/linux-tree.sh writes it and the tree it holds, dist/linux-ARCH.
linux_archive = dist/room-errors-$(VERSION)-linux-$(1).tar.gz
LINUX_TREE_DEPS := packaging/linux-tree.sh packaging/own-objects.sh $(HEADER) $(wildcard bindings/cpp/include/*.hpp) \
	$(wildcard packaging/install/*.in)
NATIVE_DIST   := dist/include/room_errors.h \
	$(foreach arch,x86_64 aarch64,$(call linux_archive,$(arch))) \
	$(foreach arch,x86_64 aarch64,$(addprefix dist/windows-$(arch)/,$(WINDOWS_FILES))) \
	$(XCFRAMEWORK).zip $(XCFRAMEWORK).zip.sha256
DIST_PARTS += $(NATIVE_DIST)

dist/include/room_errors.h: $(HEADER)
	@mkdir -p $(@D)
	cp $< $@

# Shared libraries ship stripped (the dynamic symbol table stays), static libraries with their own
# objects only (packaging/own-objects.sh); DLLs and import libraries as built.
$(call linux_archive,x86_64): $(SO) $(STATIC) $(LINUX_TREE_DEPS)
	packaging/linux-tree.sh dist/linux-x86_64 $@ $(SO) $(STATIC) $(VERSION)
$(call linux_archive,aarch64): $(CROSS_DIR)/aarch64-unknown-linux-gnu/release/libroom_errors.so \
		$(CROSS_DIR)/aarch64-unknown-linux-gnu/release/libroom_errors.a $(LINUX_TREE_DEPS)
	packaging/linux-tree.sh dist/linux-aarch64 $@ $(wordlist 1,2,$^) $(VERSION)

dist/windows-%/room_errors.lib: $(CROSS_DIR)/%-pc-windows-msvc/release/room_errors.lib packaging/own-objects.sh
	@mkdir -p $(@D)
	packaging/own-objects.sh $< $@
# Each Windows folder holds the headers a compiler needs, as each Linux archive does.
dist/windows-%/include/room_errors.h: $(HEADER)
	@mkdir -p $(@D)
	cp $< $@
dist/windows-%/include/room_errors.hpp: bindings/cpp/include/room_errors.hpp
	@mkdir -p $(@D)
	cp $< $@
dist/windows-%/include/room_errors_catalog.hpp: bindings/cpp/include/room_errors_catalog.hpp
	@mkdir -p $(@D)
	cp $< $@
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
# (found through the rpath, under its SONAME link in the archive's tree) and against its .a.
define linux_c_suite
$(DIST_TESTS)/$(1)-so/%: tests/c/%.c $(C_SUITE_DEPS) $(call linux_archive,$(1))
	@mkdir -p $$(@D)
	$(2) -std=c11 -O2 $(CWARN) -pthread -Idist/linux-$(1)/include $$< -Ldist/linux-$(1)/lib -lroom_errors \
		-Wl,-rpath,$(CURDIR)/dist/linux-$(1)/lib -o $$@
$(DIST_TESTS)/$(1)-a/%: tests/c/%.c $(C_SUITE_DEPS) $(call linux_archive,$(1))
	@mkdir -p $$(@D)
	$(2) -std=c11 -O2 $(CWARN) -pthread -Idist/linux-$(1)/include $$< dist/linux-$(1)/lib/libroom_errors.a -o $$@
endef
$(eval $(call linux_c_suite,x86_64,$(CC)))
$(eval $(call linux_c_suite,aarch64,$(AARCH64_CC)))
linux_tests = $(foreach t,$(DIST_C_SUITE),$(DIST_TESTS)/$(1)-so/$(t) $(DIST_TESTS)/$(1)-a/$(t))

# Windows x86_64 against the DLL through its import library, and against the static library, with
# the folder's own header; packaging/windows-posix gives guarded.h its mmap. Static mingw
# runtime: the tests need no mingw DLL under Wine.
$(DIST_TESTS)/windows-x86_64-dll/%.exe: tests/c/%.c $(C_SUITE_DEPS) dist/windows-x86_64/room_errors.dll.lib \
		dist/windows-x86_64/include/room_errors.h packaging/windows-posix/sys/mman.h
	@mkdir -p $(@D)
	$(MINGW_CC) -std=c11 -O2 $(CWARN) -pthread -Ipackaging/windows-posix -Idist/windows-x86_64/include $< \
		dist/windows-x86_64/room_errors.dll.lib -static -o $@
$(DIST_TESTS)/windows-x86_64-lib/%.exe: tests/c/%.c $(C_SUITE_DEPS) dist/windows-x86_64/room_errors.lib \
		dist/windows-x86_64/include/room_errors.h packaging/windows-posix/sys/mman.h
	@mkdir -p $(@D)
	$(MINGW_CC) -std=c11 -O2 $(CWARN) -pthread -Ipackaging/windows-posix -Idist/windows-x86_64/include $< \
		dist/windows-x86_64/room_errors.lib -static -o $@
# A Wine prefix of our own, made once.
target/wine/system.reg:
	@mkdir -p $(@D)
	$(WINE_ENV) $(WINE) wineboot --init >$(@D)/wineboot.log 2>&1

test-dist: $(NATIVE_DIST) $(SO) example \
		$(call linux_tests,x86_64) $(call linux_tests,aarch64) \
		$(foreach t,$(DIST_C_SUITE),$(DIST_TESTS)/windows-x86_64-dll/$(t).exe $(DIST_TESTS)/windows-x86_64-lib/$(t).exe) \
		target/wine/system.reg
	cmp $(HEADER) dist/include/room_errors.h
	$(BUILD)/lookup >$(DIST_TESTS)/lookup.out
	packaging/check-linux-archive.sh $(call linux_archive,x86_64) $(VERSION) $(DIST_TESTS)/archive-x86_64 env \
		$(CC) $(DIST_TESTS)/lookup.out c++
	packaging/check-linux-archive.sh $(call linux_archive,aarch64) $(VERSION) $(DIST_TESTS)/archive-aarch64 \
		"$(QEMU_AARCH64)" $(AARCH64_CC) $(DIST_TESTS)/lookup.out
	$(foreach arch,x86_64 aarch64,scripts/check-abi.sh dist/linux-$(arch)/lib/libroom_errors.so.$(VERSION) $(HEADER) \
		include/room_errors.symbols libroom_errors.so.$(MAJOR)$(newline))
	readelf -h dist/linux-aarch64/lib/libroom_errors.so.$(VERSION) | grep -q 'Machine: *AArch64'
	packaging/string_blob.py $(SO) dist/linux-x86_64/lib/libroom_errors.a \
		dist/linux-aarch64/lib/libroom_errors.so.$(VERSION) dist/linux-aarch64/lib/libroom_errors.a
	packaging/run-c-suite.sh env $(DIST_THREAD_CALLS) $(VECTORS_DIR) $(call linux_tests,x86_64)
	packaging/run-c-suite.sh "$(QEMU_AARCH64)" $(DIST_THREAD_CALLS) $(VECTORS_DIR) $(call linux_tests,aarch64)
	packaging/check-windows.sh dist/windows-x86_64 AMD64 include/room_errors.symbols $(SO)
	packaging/check-windows.sh dist/windows-aarch64 ARM64 include/room_errors.symbols $(SO)
	$(WINE_ENV) WINEPATH='Z:$(CURDIR)/dist/windows-x86_64' packaging/run-c-suite.sh $(WINE) $(DIST_THREAD_CALLS) $(VECTORS_DIR) \
		$(foreach t,$(DIST_C_SUITE),$(DIST_TESTS)/windows-x86_64-dll/$(t).exe $(DIST_TESTS)/windows-x86_64-lib/$(t).exe)
	$(WINE_ENV) packaging/link-windows.sh dist $(DIST_TESTS)/link-windows $(WINE)
	$(PYTHON) packaging/check_apple.py dist/apple $(HEADER) include/room_errors.symbols $(SO)
	packaging/link-apple.sh $(XCFRAMEWORK) $(DIST_TESTS)/link-apple
	packaging/test-stamp.sh
	scripts/sha256sums.sh dist
	cd dist && sha256sum -c --quiet SHA256SUMS

# The size table of BENCHMARKS.md ("Artifacts"): every library and archive under dist/.
dist-sizes: dist
	@$(PYTHON) packaging/dist_sizes.py dist
