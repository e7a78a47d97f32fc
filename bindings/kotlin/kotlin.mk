# Kotlin/Android binding (bindings/kotlin): the library classes (one kotlinc run), the JNI glue for
# the host, and `make test-kotlin`: the JUnit suite (against the conformance vectors of `make
# vectors`), the Java API test and the example on this
# machine's JVM under -Xcheck:jni, loading classes.jar and jni/x86_64 from the built AAR
# (publish.mk builds it), plus the JVMs without a usable native library. `make bench-kotlin`
# times RoomErrors.message against a HashMap.

SUITES += kotlin
BENCH_PARTS += bench-kotlin
DEB_PACKAGES += kotlin junit4 openjdk-17-jdk-headless zip unzip

KOTLIN_DIR    := bindings/kotlin
KOTLIN_BUILD  := $(BUILD)/kotlin
KOTLINC       ?= kotlinc
# The JDK of the javac on PATH (include/jni.h, bin/java); override with `make KOTLIN_JDK=...`.
KOTLIN_JDK    ?= $(patsubst %/bin/javac,%,$(realpath $(shell command -v javac)))
KOTLIN_HOME   ?= $(dir $(realpath $(shell command -v $(KOTLINC))))..
KOTLIN_STDLIB ?= $(KOTLIN_HOME)/lib/kotlin-stdlib.jar
# The kotlin-stdlib the library is compiled against: the POM's dependency (a minimum for Gradle).
KOTLIN_STDLIB_VERSION := 1.3.31
JUNIT_CP      ?= /usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar
# -PrintWarnings silences the JVM's notice about the -noverify flag of Debian's kotlinc 1.3 launcher.
KOTLINC_RUN    = JAVA_HOME=$(KOTLIN_JDK) $(KOTLINC) -J-XX:-PrintWarnings -Werror -jvm-target 1.8 -no-reflect
JAVA_RUN       = $(KOTLIN_JDK)/bin/java -Xcheck:jni

KOTLIN_MAIN_SOURCES := $(sort $(wildcard $(KOTLIN_DIR)/src/main/kotlin/dev/roomerrors/*.kt))
KOTLIN_TEST_SOURCES := $(sort $(wildcard $(KOTLIN_DIR)/src/hostTest/kotlin/dev/roomerrors/*.kt)) \
	$(KOTLIN_DIR)/examples/Lookup.kt $(KOTLIN_DIR)/bench/Bench.kt
KOTLIN_CLASSES  := $(KOTLIN_BUILD)/classes.jar
KOTLIN_STUB     := $(KOTLIN_BUILD)/android-stub/android/os/LocaleList.class
KOTLIN_TESTS_JAR := $(KOTLIN_BUILD)/tests.jar
# The built AAR, unpacked: what the tests load.
KOTLIN_UNPACKED := $(KOTLIN_BUILD)/unpacked-aar
KOTLIN_HOST_JNI := $(KOTLIN_BUILD)/jni/linux-x86_64/libroom_errors_jni.so
# JUnit runs ConcurrencyTest first, so that its threads race to initialize the library's caches.
KOTLIN_JUNIT := dev.roomerrors.ConcurrencyTest dev.roomerrors.CatalogTest dev.roomerrors.LanguageTest \
	dev.roomerrors.RoomExceptionTest dev.roomerrors.VectorCountTest
KOTLIN_TEST_CP = $(KOTLIN_UNPACKED)/classes.jar:$(KOTLIN_TESTS_JAR):$(KOTLIN_BUILD)/android-stub:$(KOTLIN_STDLIB):$(JUNIT_CP)
KOTLIN_TEST_PROPS = -Droomerrors.vectors=$(CURDIR)/$(dir $(VECTORS)) -Droomerrors.version=$(VERSION) \
	-Droomerrors.langCases=tests/lang/cases.tsv

# The artifacts (publish.mk builds them).
KOTLIN_AAR       := dist/android/room-errors-$(VERSION).aar
KOTLIN_MAVEN_DIR := dist/maven/dev/roomerrors/room-errors/$(VERSION)
KOTLIN_MAVEN_FILES := $(addprefix $(KOTLIN_MAVEN_DIR)/room-errors-$(VERSION),.aar .pom -sources.jar)
KOTLIN_JVM_JAR   := dist/jvm/room-errors-$(VERSION).jar
KOTLIN_JVM_JNI   := dist/jvm/linux-x86_64/libroom_errors_jni.so
# Android ABI:Rust target.
KOTLIN_ABIS      := arm64-v8a:aarch64-linux-android armeabi-v7a:armv7-linux-androideabi \
	x86:i686-linux-android x86_64:x86_64-linux-android
KOTLIN_ABI_NAMES := $(foreach pair,$(KOTLIN_ABIS),$(firstword $(subst :, ,$(pair))))
KOTLIN_ANDROID_JNI := $(foreach abi,$(KOTLIN_ABI_NAMES),$(KOTLIN_BUILD)/jni/$(abi)/libroom_errors_jni.so)
KOTLIN_AAR_DIR   := $(KOTLIN_BUILD)/aar

# Flags of the JNI glue on every platform: only JNI_OnLoad exported, the static core inside, no
# undefined symbol, no C library (-nostdlib: no NEEDED entry).
KOTLIN_JNI_FLAGS = -std=c11 $(CWARN) -O2 -fPIC -ffreestanding -fvisibility=hidden -Iinclude \
	-I$(KOTLIN_DIR)/src/main/cpp/freestanding -I$(KOTLIN_JDK)/include -I$(KOTLIN_JDK)/include/linux \
	-shared -nostdlib -Wl,--exclude-libs,ALL -Wl,--gc-sections -Wl,-z,defs -Wl,-soname,libroom_errors_jni.so

.PHONY: test-kotlin bench-kotlin

# android.os.LocaleList's API for compiling and testing on a desktop JVM; never in classes.jar.
$(KOTLIN_STUB): $(KOTLIN_DIR)/src/androidStub/java/android/os/LocaleList.java
	@mkdir -p $(KOTLIN_BUILD)/android-stub
	$(KOTLIN_JDK)/bin/javac -Xlint:all -Werror --release 8 -d $(KOTLIN_BUILD)/android-stub $<

# The library alone (one kotlinc run): the classes.jar of the AAR and the JVM jar. Its module
# name names META-INF/room-errors.kotlin_module (the default, main, collides in an app's APK).
$(KOTLIN_CLASSES): $(KOTLIN_MAIN_SOURCES) $(KOTLIN_STUB)
	rm -rf $(KOTLIN_BUILD)/classes && mkdir -p $(KOTLIN_BUILD)/classes
	$(KOTLINC_RUN) -module-name room-errors -cp $(KOTLIN_BUILD)/android-stub -d $(KOTLIN_BUILD)/classes \
		$(KOTLIN_MAIN_SOURCES)
	rm -f $@ && cd $(KOTLIN_BUILD)/classes && zip -q -X -r $(CURDIR)/$@ dev META-INF

# The JNI library for desktop Linux, from the host's static core.
$(KOTLIN_HOST_JNI): $(KOTLIN_DIR)/src/main/cpp/room_errors_jni.c $(HEADER) $(STATIC)
	@mkdir -p $(@D)
	$(CC) $(KOTLIN_JNI_FLAGS) $< $(STATIC) -o $@

$(KOTLIN_UNPACKED)/classes.jar: $(KOTLIN_AAR)
	rm -rf $(KOTLIN_UNPACKED) && mkdir -p $(KOTLIN_UNPACKED)
	unzip -q $< -d $(KOTLIN_UNPACKED)
	touch $@

# The tests, the example and the benchmark, compiled against the AAR's classes.jar (one kotlinc run).
$(KOTLIN_TESTS_JAR): $(KOTLIN_TEST_SOURCES) $(KOTLIN_UNPACKED)/classes.jar $(KOTLIN_STUB)
	$(KOTLINC_RUN) -module-name room-errors-tests -cp $(KOTLIN_UNPACKED)/classes.jar:$(KOTLIN_BUILD)/android-stub:$(JUNIT_CP) \
		-d $@.tmp.jar $(KOTLIN_TEST_SOURCES)
	mv $@.tmp.jar $@

# 1. JUnit with the AAR's x86_64 library; 2. the Java API test (javac -Xlint:all -Werror, no
# android.jar); 3. the example; 4. JVMs with no library and with a broken one (the core's own
# libroom_errors.so under the JNI library's name: it loads, but registers no native). Any
# -Xcheck:jni complaint fails the suite.
test-kotlin: $(KOTLIN_TESTS_JAR) $(VECTORS) $(SO)
	rm -rf $(KOTLIN_BUILD)/java-test $(KOTLIN_BUILD)/no-library $(KOTLIN_BUILD)/broken-library
	mkdir -p $(KOTLIN_BUILD)/java-test $(KOTLIN_BUILD)/no-library $(KOTLIN_BUILD)/broken-library
	cp $(SO) $(KOTLIN_BUILD)/broken-library/libroom_errors_jni.so
	$(KOTLIN_JDK)/bin/javac -Xlint:all -Werror -cp $(KOTLIN_UNPACKED)/classes.jar:$(KOTLIN_STDLIB) \
		-d $(KOTLIN_BUILD)/java-test $(KOTLIN_DIR)/src/hostTest/java/JavaApiTest.java $(KOTLIN_DIR)/examples/Lookup.java
	@status=0; log=$(KOTLIN_BUILD)/junit.log; jni=-Djava.library.path=$(CURDIR)/$(KOTLIN_UNPACKED)/jni/x86_64; \
	$(JAVA_RUN) $$jni $(KOTLIN_TEST_PROPS) -cp $(KOTLIN_TEST_CP) org.junit.runner.JUnitCore $(KOTLIN_JUNIT) >$$log 2>&1 || status=1; \
	$(JAVA_RUN) $$jni -cp $(KOTLIN_UNPACKED)/classes.jar:$(KOTLIN_STDLIB):$(KOTLIN_BUILD)/java-test JavaApiTest >>$$log 2>&1 || status=1; \
	$(JAVA_RUN) $$jni -cp $(KOTLIN_UNPACKED)/classes.jar:$(KOTLIN_STDLIB):$(KOTLIN_BUILD)/java-test:$(KOTLIN_BUILD)/android-stub \
		JavaApiTest $(KOTLIN_UNPACKED)/classes.jar >>$$log 2>&1 || status=1; \
	$(JAVA_RUN) $$jni -Duser.language=en -Duser.country=US -cp $(KOTLIN_TEST_CP) LookupKt \
		>$(KOTLIN_BUILD)/lookup-kotlin.txt 2>>$$log || status=1; \
	$(JAVA_RUN) $$jni -cp $(KOTLIN_UNPACKED)/classes.jar:$(KOTLIN_STDLIB):$(KOTLIN_BUILD)/java-test Lookup \
		>$(KOTLIN_BUILD)/lookup-java.txt 2>>$$log || status=1; \
	cat $(KOTLIN_BUILD)/lookup-kotlin.txt $(KOTLIN_BUILD)/lookup-java.txt >>$$log; \
	for dir in no-library broken-library; do \
		echo "== without a usable native library: $$dir" >>$$log; \
		$(JAVA_RUN) -Djava.library.path=$(CURDIR)/$(KOTLIN_BUILD)/$$dir -cp $(KOTLIN_TEST_CP) \
			org.junit.runner.JUnitCore dev.roomerrors.NoNativeLibraryTest >>$$log 2>&1 || status=1; \
	done; \
	cat $$log; \
	if grep -q 'in native method\|^WARNING' $$log; then echo "-Xcheck:jni complained" >&2; status=1; fi; \
	scripts/check-readme-output.sh $(KOTLIN_DIR)/README.md "README.md#Android and the JVM (Kotlin, Java)" || status=1; \
	exit $$status

bench-kotlin: $(KOTLIN_TESTS_JAR)
	$(KOTLIN_JDK)/bin/java -Djava.library.path=$(CURDIR)/$(KOTLIN_UNPACKED)/jni/x86_64 \
		-cp $(KOTLIN_TEST_CP) BenchKt $(BENCH_ROUNDS)
