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
	gcc-arm-linux-gnueabi libc6-dev-armel-cross

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

# The artifacts' contents and every JNI library's ELF facts, then the C contract suite under qemu
# against the aarch64 and armv7 Android builds of the core that the JNI libraries link in.
test-kotlin-android: $(KOTLIN_AAR) $(KOTLIN_MAVEN_FILES) $(KOTLIN_JVM_JAR) $(KOTLIN_JVM_JNI)
	$(PYTHON) $(KOTLIN_DIR)/src/hostTest/python/check_artifacts.py --version $(VERSION) \
		--stdlib-version $(KOTLIN_STDLIB_VERSION) --aar $(KOTLIN_AAR) --maven $(KOTLIN_MAVEN_DIR) \
		--jvm-jar $(KOTLIN_JVM_JAR) --jvm-jni $(KOTLIN_JVM_JNI) --sources $(KOTLIN_DIR)/src/main/kotlin
	@mkdir -p $(KOTLIN_BUILD)/qemu
	aarch64-linux-gnu-gcc -std=c99 $(CWARN) -Iinclude tests/c/test_api.c \
		target/cross/aarch64-linux-android/release/libroom_errors.a -o $(KOTLIN_BUILD)/qemu/test_api-aarch64
	qemu-aarch64 -L /usr/aarch64-linux-gnu $(KOTLIN_BUILD)/qemu/test_api-aarch64
	arm-linux-gnueabi-gcc -std=c99 $(CWARN) -Iinclude tests/c/test_api.c \
		target/cross/armv7-linux-androideabi/release/libroom_errors.a -o $(KOTLIN_BUILD)/qemu/test_api-armv7
	qemu-arm -L /usr/arm-linux-gnueabi $(KOTLIN_BUILD)/qemu/test_api-armv7
