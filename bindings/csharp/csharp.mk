# C# binding (bindings/csharp, namespace RoomErrors, .NET Standard 2.0) for .NET, Mono and Unity,
# compiled by Mono's mcs against the .NET Framework 4.7.1 reference assemblies with warnings as
# errors; tools/NetStandardCheck.cs keeps it to the .NET Standard 2.0 types.
#
# `make dist` parts (tools/nupkg.py, tools/unity.py, both reproducible):
#   dist/nuget/RoomErrors.VERSION.nupkg          lib/netstandard2.0/RoomErrors.{dll,xml} and
#                                                runtimes/{linux-x64,linux-arm64,win-x64,win-arm64}/native/
#   dist/unity/dev.roomerrors.room-errors-VERSION.tgz   package.json, Runtime/ (sources, .asmdef),
#                                                Plugins/ for Linux, Windows, Android (4 ABIs), iOS
# The native files: the Linux and Android libraries of the release and cross builds (stripped
# here), packaging.mk's Windows DLLs and the XCFramework's ios-arm64 static library.
#
# Suite csharp: the netstandard check; the P/Invoke imports of the assembly and of the Unity
# package's sources built for the iOS player, the iOS Editor and Android; the NUnit suite (tests/*Tests.cs) under nunit-console,
# compiled against the assembly taken out of the .nupkg and loading the .nupkg's linux-x64 library
# (the suite checks /proc/self/maps), over the conformance vectors; the consumer program against the
# package; tools/check_packages.py on both packages. `make bench-csharp`: bench/Bench.cs.

CS_DIR      := bindings/csharp
CS_OUT      := target/csharp
CS_SOURCES  := $(sort $(wildcard $(CS_DIR)/src/RoomErrors/*.cs))
CS_TESTS    := $(sort $(wildcard $(CS_DIR)/tests/*Tests.cs)) $(CS_DIR)/tests/Vectors.cs
CS_DLL      := $(CS_OUT)/lib/RoomErrors.dll
CS_NUPKG    := dist/nuget/RoomErrors.$(VERSION).nupkg
CS_UNITY    := dist/unity/dev.roomerrors.room-errors-$(VERSION).tgz
CS_PKG      := $(CS_OUT)/nupkg
CS_PKG_LIB  := $(CS_PKG)/lib/netstandard2.0/RoomErrors.dll
CS_PKG_NATIVE := $(CS_PKG)/runtimes/linux-x64/native
CS_MCS      := mcs -sdk:4.7.1 -warnaserror+ -warn:4 -nologo
MONO        := mono
NUNIT_CONSOLE := nunit-console
NUNIT_FRAMEWORK = $(firstword $(wildcard /usr/lib/cli/nunit.framework-*/nunit.framework.dll))
NETSTANDARD_DLL := /usr/lib/mono/4.7.1-api/Facades/netstandard.dll
CECIL_DLL    = $(firstword $(wildcard /usr/lib/mono/gac/Mono.Cecil/0.11.*/Mono.Cecil.dll))
# The NUnit suite's floor of checks (NUnit asserts; it runs about 11,700).
CS_MIN_CHECKS := 9000

# The Linux libraries, stripped as packaging.mk strips them, under the name DllImport looks for.
CS_LINUX_SO = $(CS_OUT)/linux/$(1)/libroom_errors.so
# RID=FILE: the .nupkg's native libraries.
CS_RUNTIMES := linux-x64=$(call CS_LINUX_SO,x86_64) linux-arm64=$(call CS_LINUX_SO,aarch64) \
	win-x64=dist/windows-x86_64/room_errors.dll win-arm64=dist/windows-aarch64/room_errors.dll
# ABI:TRIPLE of the Android libraries; KEY=FILE: the Unity package's plugins (keys of tools/unity.py).
CS_ANDROID  := arm64-v8a:aarch64-linux-android armeabi-v7a:armv7-linux-androideabi x86:i686-linux-android \
	x86_64:x86_64-linux-android
CS_ANDROID_SO = $(CS_OUT)/android/$(1)/libroom_errors.so
CS_IOS_LIB  := dist/apple/RoomErrors.xcframework/ios-arm64/libroom_errors.a
CS_PLUGINS  := $(CS_RUNTIMES) \
	$(foreach pair,$(CS_ANDROID),android-$(firstword $(subst :, ,$(pair)))=$(call CS_ANDROID_SO,$(firstword $(subst :, ,$(pair))))) \
	ios-arm64=$(CS_IOS_LIB)
plugin_files = $(foreach pair,$(1),$(lastword $(subst =, ,$(pair))))

DEB_PACKAGES += mono-devel libmono-cecil-private-cil nunit-console libnunit-cil-dev llvm-19 python3 unzip
SUITES       += csharp
DIST_PARTS   += $(CS_NUPKG) $(CS_UNITY)
BENCH_PARTS  += bench-csharp

.PHONY: test-csharp bench-csharp

$(CS_DLL): $(CS_SOURCES)
	@mkdir -p $(@D)
	$(CS_MCS) -target:library -optimize+ -doc:$(@D)/RoomErrors.xml -out:$@ $^

$(CS_OUT)/NetStandardCheck.exe $(CS_OUT)/PInvokeCheck.exe: $(CS_OUT)/%.exe: $(CS_DIR)/tools/%.cs
	@mkdir -p $(@D)
	$(CS_MCS) -r:$(CECIL_DLL) -out:$@ $<

$(call CS_LINUX_SO,x86_64): $(SO)
	@mkdir -p $(@D)
	llvm-strip-19 --strip-all -o $@ $<
$(call CS_LINUX_SO,aarch64): target/cross/aarch64-unknown-linux-gnu/release/libroom_errors.so
	@mkdir -p $(@D)
	llvm-strip-19 --strip-all -o $@ $<

# Each Android ABI's library, stripped as packaging.mk strips the Linux ones.
define cs_android_so
$(call CS_ANDROID_SO,$(1)): target/cross/$(2)/release/libroom_errors.so
	@mkdir -p $$(@D)
	llvm-strip-19 --strip-all -o $$@ $$<
endef
$(foreach pair,$(CS_ANDROID),$(eval $(call cs_android_so,$(firstword $(subst :, ,$(pair))),$(lastword $(subst :, ,$(pair))))))
$(CS_IOS_LIB): dist/apple/RoomErrors.xcframework/Info.plist

$(CS_NUPKG): $(CS_DLL) $(CS_DIR)/README.md $(CS_DIR)/tools/nupkg.py $(call plugin_files,$(CS_RUNTIMES))
	$(PYTHON) $(CS_DIR)/tools/nupkg.py $(VERSION) $@ $(CS_DLL) $(CS_OUT)/lib/RoomErrors.xml $(CS_DIR)/README.md $(CS_RUNTIMES)

$(CS_UNITY): $(CS_SOURCES) $(CS_DIR)/README.md $(CS_DIR)/tools/unity.py $(call plugin_files,$(CS_PLUGINS))
	$(PYTHON) $(CS_DIR)/tools/unity.py $(VERSION) $@ $(CS_DIR)/src/RoomErrors $(CS_DIR)/README.md $(CS_PLUGINS)

# The .nupkg unpacked, as a consumer's build would find it.
$(CS_PKG)/stamp: $(CS_NUPKG)
	rm -rf $(@D) && mkdir -p $(@D)
	cd $(@D) && unzip -q $(CURDIR)/$<
	touch $@

$(CS_OUT)/run/RoomErrors.Tests.dll: $(CS_PKG)/stamp $(CS_TESTS)
	@mkdir -p $(@D)
	cp $(CS_PKG_LIB) $(@D)/
	$(CS_MCS) -target:library -r:$(CS_PKG_LIB) -r:$(NUNIT_FRAMEWORK) -out:$@ $(CS_TESTS)

$(CS_OUT)/run/Consumer.exe: $(CS_PKG)/stamp $(CS_DIR)/tests/Consumer.cs
	@mkdir -p $(@D)
	cp $(CS_PKG_LIB) $(@D)/
	$(CS_MCS) -r:$(CS_PKG_LIB) -out:$@ $(CS_DIR)/tests/Consumer.cs

$(CS_OUT)/run/Bench.exe: $(CS_PKG)/stamp $(CS_DIR)/bench/Bench.cs
	@mkdir -p $(@D)
	cp $(CS_PKG_LIB) $(@D)/
	$(CS_MCS) -optimize+ -r:$(CS_PKG_LIB) -out:$@ $(CS_DIR)/bench/Bench.cs

# The Unity package's sources compiled as Unity's player and Editor builds define them:
# $(call cs_unity_build,NAME,DEFINES,MODULE) checks that its P/Invokes import from MODULE.
define cs_unity_build
	$(CS_MCS) -target:library -define:'$(2)' -out:$(CS_OUT)/unity/$(1).dll $(CS_OUT)/unity/package/Runtime/*.cs
	$(MONO) $(CS_OUT)/PInvokeCheck.exe $(CS_OUT)/unity/$(1).dll $(3) include/room_errors.symbols
endef

# The package's library, found by the name DllImport("room_errors") asks for; the environment
# gives the default-language test a LANGUAGE list that differs from LANG.
CS_RUN = cd $(CS_OUT)/run && env -u LC_ALL -u LC_MESSAGES LANG=zh_TW.UTF-8 LANGUAGE=ja:en ROOM_ERRORS_EXPECTED_DEFAULT=ja \
	ROOM_ERRORS_VECTORS=$(CURDIR)/$(VECTORS_DIR) ROOM_ERRORS_EXPECTED_LIB=$(CURDIR)/$(CS_PKG_NATIVE)/libroom_errors.so \
	LD_LIBRARY_PATH=$(CURDIR)/$(CS_PKG_NATIVE)

test-csharp: $(CS_NUPKG) $(CS_UNITY) $(VECTORS) $(CS_OUT)/NetStandardCheck.exe $(CS_OUT)/PInvokeCheck.exe \
		$(CS_OUT)/run/RoomErrors.Tests.dll $(CS_OUT)/run/Consumer.exe $(CS_OUT)/run/Bench.exe
	$(MONO) $(CS_OUT)/NetStandardCheck.exe $(CS_PKG_LIB) $(NETSTANDARD_DLL)
	$(MONO) $(CS_OUT)/PInvokeCheck.exe $(CS_PKG_LIB) room_errors include/room_errors.symbols
	rm -rf $(CS_OUT)/unity && mkdir -p $(CS_OUT)/unity && tar -xzf $(CS_UNITY) -C $(CS_OUT)/unity
	$(call cs_unity_build,ios-player,UNITY_IOS,__Internal)
	$(call cs_unity_build,ios-editor,UNITY_IOS;UNITY_EDITOR,room_errors)
	$(call cs_unity_build,android-player,UNITY_ANDROID,room_errors)
	$(CS_RUN) $(NUNIT_CONSOLE) -nologo -noshadow RoomErrors.Tests.dll -xml=result.xml
	$(PYTHON) $(CS_DIR)/tools/nunit_checks.py $(CS_OUT)/run/result.xml $(CS_MIN_CHECKS)
	$(CS_RUN) $(MONO) Consumer.exe
	$(CS_RUN) $(MONO) Bench.exe 1 >/dev/null
	$(PYTHON) $(CS_DIR)/tools/check_packages.py $(VERSION) $(VECTORS_DIR)/meta.tsv include/room_errors.symbols $(CS_NUPKG) $(CS_UNITY) \
		$(CS_DIR)/src/RoomErrors $(CS_RUNTIMES) -- $(CS_PLUGINS)

bench-csharp: $(CS_OUT)/run/Bench.exe
	$(CS_RUN) $(MONO) Bench.exe
