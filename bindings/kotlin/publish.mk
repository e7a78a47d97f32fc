# The Android and desktop-JVM artifacts of bindings/kotlin, built here without the Android SDK or
# NDK, and `make test-kotlin-android`, which checks them:
#   dist/android/room-errors-VERSION.aar     classes.jar, AndroidManifest.xml, proguard.txt, R.txt,
#                                            jni/{arm64-v8a,armeabi-v7a,x86,x86_64}/libroom_errors_jni.so
#   dist/maven/dev/roomerrors/room-errors/VERSION/room-errors-VERSION.{aar,pom} and -sources.jar
#   dist/jvm/room-errors-VERSION.jar         the same classes, and linux-x86_64/libroom_errors_jni.so
# Each JNI library is room_errors_jni.c compiled freestanding by clang-19 for the ABI (API 21) and
# linked by lld with the ABI's static core from packaging/cross.sh (target/cross/TRIPLE/release).
# The paths are set in kotlin.mk (included first).

SUITES += kotlin-android
DIST_PARTS += $(KOTLIN_AAR) $(KOTLIN_MAVEN_FILES) $(KOTLIN_JVM_JAR) $(KOTLIN_JVM_JNI)
DEB_PACKAGES += clang-19 lld-19 binutils qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross \
	gcc-arm-linux-gnueabi libc6-dev-armel-cross gcc-i686-linux-gnu libc6-dev-i386-cross

.PHONY: test-kotlin-android

# $(call kotlin_android_jni,ABI,TRIPLE): the rule of one ABI's JNI library. 16 KB pages for every
# ABI (Google Play requires them on the 64-bit ones); both hash styles for Android before API 23.
define kotlin_android_jni
$(KOTLIN_BUILD)/jni/$(1)/libroom_errors_jni.so: $(KOTLIN_DIR)/src/main/cpp/room_errors_jni.c $(HEADER) \
		target/cross/$(2)/release/libroom_errors.a
	@mkdir -p $$(@D)
	clang-19 --target=$(subst armv7-,armv7a-,$(2))21 -fuse-ld=lld $$(KOTLIN_JNI_FLAGS) \
		-Wl,-z,max-page-size=16384 -Wl,--hash-style=both $$< target/cross/$(2)/release/libroom_errors.a -o $$@
endef
$(foreach pair,$(KOTLIN_ABIS),$(eval $(call kotlin_android_jni,$(firstword $(subst :, ,$(pair))),$(lastword $(subst :, ,$(pair))))))

$(KOTLIN_AAR): $(KOTLIN_CLASSES) $(KOTLIN_ANDROID_JNI) $(KOTLIN_DIR)/publish/AndroidManifest.xml \
		$(KOTLIN_DIR)/publish/proguard.txt
	rm -rf $(KOTLIN_AAR_DIR) && mkdir -p $(KOTLIN_AAR_DIR) $(@D)
	cp $(KOTLIN_CLASSES) $(KOTLIN_DIR)/publish/AndroidManifest.xml $(KOTLIN_DIR)/publish/proguard.txt $(KOTLIN_AAR_DIR)/
	: >$(KOTLIN_AAR_DIR)/R.txt
	$(foreach abi,$(KOTLIN_ABI_NAMES),mkdir -p $(KOTLIN_AAR_DIR)/jni/$(abi) && \
		cp $(KOTLIN_BUILD)/jni/$(abi)/libroom_errors_jni.so $(KOTLIN_AAR_DIR)/jni/$(abi)/ &&) true
	rm -f $@ && cd $(KOTLIN_AAR_DIR) && zip -q -X -r $(CURDIR)/$@ AndroidManifest.xml classes.jar proguard.txt R.txt jni

$(KOTLIN_MAVEN_DIR)/room-errors-$(VERSION).aar: $(KOTLIN_AAR)
	@mkdir -p $(@D)
	cp $< $@

$(KOTLIN_MAVEN_DIR)/room-errors-$(VERSION).pom: $(KOTLIN_DIR)/publish/room-errors.pom.in Cargo.toml
	@mkdir -p $(@D)
	sed -e 's/@VERSION@/$(VERSION)/' -e 's/@KOTLIN_STDLIB_VERSION@/$(KOTLIN_STDLIB_VERSION)/' $< >$@

# The Kotlin sources under their package path, as IDEs expect them.
$(KOTLIN_MAVEN_DIR)/room-errors-$(VERSION)-sources.jar: $(KOTLIN_MAIN_SOURCES)
	@mkdir -p $(@D)
	rm -f $@ && cd $(KOTLIN_DIR)/src/main/kotlin && zip -q -X $(CURDIR)/$@ $(patsubst $(KOTLIN_DIR)/src/main/kotlin/%,%,$^)

$(KOTLIN_JVM_JAR): $(KOTLIN_CLASSES)
	@mkdir -p $(@D)
	cp $< $@

$(KOTLIN_JVM_JNI): $(KOTLIN_HOST_JNI)
	@mkdir -p $(@D)
	cp $< $@

# The C compiler and runner of each ABI's tests here: Debian's cross compilers for glibc (the
# Android libraries need no C library, so glibc's loader takes them), qemu-user for the arm and
# x86 ABIs (armv7 is soft-float like Debian's armel), the host itself for x86_64.
KOTLIN_ABI_CC  := arm64-v8a:aarch64-linux-gnu-gcc armeabi-v7a:arm-linux-gnueabi-gcc x86:i686-linux-gnu-gcc x86_64:$(CC)
KOTLIN_ABI_RUN := arm64-v8a:qemu-aarch64%-L%/usr/aarch64-linux-gnu armeabi-v7a:qemu-arm%-L%/usr/arm-linux-gnueabi \
	x86:qemu-i386%-L%/usr/i686-linux-gnu x86_64:
kotlin_abi_field = $(subst %, ,$(patsubst $(1):%,%,$(filter $(1):%,$(2))))

# The artifacts' contents and every JNI library's ELF facts; then per ABI, the C contract suite
# against the Android build of the core that the JNI library links in, and fake_jvm.c, which
# loads the AAR's JNI library itself, registers its natives and compares every answer with C.
test-kotlin-android: $(KOTLIN_AAR) $(KOTLIN_MAVEN_FILES) $(KOTLIN_JVM_JAR) $(KOTLIN_JVM_JNI)
	$(PYTHON) $(KOTLIN_DIR)/src/hostTest/python/check_artifacts.py --version $(VERSION) \
		--stdlib-version $(KOTLIN_STDLIB_VERSION) --aar $(KOTLIN_AAR) --maven $(KOTLIN_MAVEN_DIR) \
		--jvm-jar $(KOTLIN_JVM_JAR) --jvm-jni $(KOTLIN_JVM_JNI) --sources $(KOTLIN_DIR)/src/main/kotlin
	rm -rf $(KOTLIN_BUILD)/abi-tests && mkdir -p $(KOTLIN_BUILD)/abi-tests
	unzip -q $(KOTLIN_AAR) 'jni/*' -d $(KOTLIN_BUILD)/abi-tests
	$(foreach pair,$(KOTLIN_ABIS),$(call kotlin_abi_test,$(firstword $(subst :, ,$(pair))),$(lastword $(subst :, ,$(pair))))$(newline))

# $(call kotlin_abi_test,ABI,TRIPLE): the recipe lines of one ABI's C contract and fake_jvm runs.
define kotlin_abi_test
	$(call kotlin_abi_field,$(1),$(KOTLIN_ABI_CC)) -std=c11 $(CWARN) -O1 -Iinclude tests/c/test_api.c \
		target/cross/$(2)/release/libroom_errors.a -o $(KOTLIN_BUILD)/abi-tests/test_api-$(1)
	$(call kotlin_abi_field,$(1),$(KOTLIN_ABI_RUN)) $(KOTLIN_BUILD)/abi-tests/test_api-$(1) $(VECTORS_DIR)
	$(call kotlin_abi_field,$(1),$(KOTLIN_ABI_CC)) -std=c11 $(CWARN) -O1 -Iinclude -I$(KOTLIN_JDK)/include \
		-I$(KOTLIN_JDK)/include/linux $(KOTLIN_DIR)/src/hostTest/c/fake_jvm.c \
		target/cross/$(2)/release/libroom_errors.a -o $(KOTLIN_BUILD)/abi-tests/fake_jvm-$(1)
	$(call kotlin_abi_field,$(1),$(KOTLIN_ABI_RUN)) $(KOTLIN_BUILD)/abi-tests/fake_jvm-$(1) \
		$(KOTLIN_BUILD)/abi-tests/jni/$(1)/libroom_errors_jni.so
endef
