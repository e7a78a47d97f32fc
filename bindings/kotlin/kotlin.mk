# Kotlin/Android binding (bindings/kotlin): the JNI glue built for the host JVM from the same C file
# as on Android, and the JUnit 4 tests run against it under -Xcheck:jni. The Android build itself
# (Gradle, the NDK, scripts/build-android.sh) cannot run here.

SUITES += kotlin
DEB_PACKAGES += kotlin junit4 openjdk-17-jdk-headless

KOTLIN_DIR    := bindings/kotlin
KOTLIN_BUILD  := $(BUILD)/kotlin
KOTLIN_JNI    := $(KOTLIN_BUILD)/libroom_errors_jni.so
KOTLIN_JAR    := $(KOTLIN_BUILD)/room-errors-tests.jar
KOTLINC       ?= kotlinc
# The JDK of the javac on PATH (include/jni.h, bin/java); override with `make KOTLIN_JDK=...`.
KOTLIN_JDK    ?= $(patsubst %/bin/javac,%,$(realpath $(shell command -v javac)))
KOTLIN_STDLIB ?= $(dir $(realpath $(shell command -v $(KOTLINC))))../lib/kotlin-stdlib.jar
JUNIT_CP      ?= /usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar

KOTLIN_SOURCES := $(wildcard $(KOTLIN_DIR)/src/main/kotlin/dev/roomerrors/*.kt \
	$(KOTLIN_DIR)/src/hostTest/kotlin/dev/roomerrors/*.kt) $(KOTLIN_DIR)/examples/Lookup.kt
# JUnit runs ConcurrencyTest first, so that its threads race to initialize the library's caches.
KOTLIN_TESTS := dev.roomerrors.ConcurrencyTest $(filter-out dev.roomerrors.ConcurrencyTest, \
	$(patsubst %.kt,dev.roomerrors.%,$(notdir $(wildcard $(KOTLIN_DIR)/src/hostTest/kotlin/dev/roomerrors/*Test.kt))))
KOTLIN_JAVA  = $(KOTLIN_JDK)/bin/java -Xcheck:jni -Djava.library.path=$(CURDIR)/$(KOTLIN_BUILD) \
	-cp $(KOTLIN_JAR):$(KOTLIN_STDLIB):$(JUNIT_CP)

.PHONY: kotlin-jni test-kotlin

# libroom_errors_jni.so for the host: static libroom_errors.a inside, only JNI_OnLoad exported.
kotlin-jni: lib
	@mkdir -p $(KOTLIN_BUILD)
	$(CC) -std=c11 $(CWARN) -O2 -fPIC -shared -fvisibility=hidden -Iinclude \
		-I$(KOTLIN_JDK)/include -I$(KOTLIN_JDK)/include/linux $(KOTLIN_DIR)/src/main/cpp/room_errors_jni.c \
		$(STATIC) -Wl,--exclude-libs,ALL -Wl,--gc-sections -Wl,-z,defs -o $(KOTLIN_JNI)

# One kotlinc run for the library, its tests and the example (kotlinc is slow). -PrintWarnings
# silences the JVM's notice about the -noverify flag of Debian's kotlinc 1.3 launcher.
$(KOTLIN_JAR): $(KOTLIN_SOURCES)
	@mkdir -p $(KOTLIN_BUILD)
	JAVA_HOME=$(KOTLIN_JDK) $(KOTLINC) -J-XX:-PrintWarnings -Werror -jvm-target 1.8 -no-reflect \
		-cp $(JUNIT_CP) -d $@.tmp.jar $^
	mv $@.tmp.jar $@

# The UTF-16 conversion over the whole catalog, then JUnit and the example on the JVM; any
# -Xcheck:jni complaint ("... in native method") fails the suite.
test-kotlin: kotlin-jni $(KOTLIN_JAR)
	$(CC) -std=c11 $(CWARN) -Iinclude -I$(KOTLIN_DIR)/src/main/cpp $(KOTLIN_DIR)/src/hostTest/c/test_utf16.c \
		$(STATIC) -o $(KOTLIN_BUILD)/test_utf16
	$(KOTLIN_BUILD)/test_utf16
	@status=0; \
	$(KOTLIN_JAVA) org.junit.runner.JUnitCore $(KOTLIN_TESTS) >$(KOTLIN_BUILD)/junit.log 2>&1 || status=1; \
	$(KOTLIN_JAVA) -Duser.language=en -Duser.country=US LookupKt >>$(KOTLIN_BUILD)/junit.log 2>&1 || status=1; \
	cat $(KOTLIN_BUILD)/junit.log; \
	if grep -q 'in native method' $(KOTLIN_BUILD)/junit.log; then echo "-Xcheck:jni complained" >&2; status=1; fi; \
	exit $$status
