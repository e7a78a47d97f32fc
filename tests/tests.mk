# The tests beside the suites of the Makefile and of each binding, and the proofs (BENCHMARKS.md):
# the locked ABI, the panic guard, hostile tags, threads, dlopen cycles, the C and Python tests
# under ASan/UBSan and valgrind, and the differential test against ICU (tests/icu) over the
# shared language cases (tests/lang/cases.tsv, read by the core's and the bindings' tests too).

DEB_PACKAGES += binutils python3 valgrind python3-icu
SUITES += abi panic tags threads dlopen asan valgrind icu

.PHONY: test-abi test-panic test-tags test-threads test-dlopen test-asan test-valgrind test-icu

PROOF_DIR := $(BUILD)/proofs
RPATH     := -Wl,-rpath,$(CURDIR)/$(LIB_DIR)
# Every C test linked against the release library: the API contract (test_api.c, which reads the
# conformance vectors), hostile tags and threads. test_dlopen.c loads the library itself.
LINKED_TESTS := test_api test_tags test_threads
# $(call c_test_args,NAME): the arguments of test NAME.
c_test_args = $(if $(filter test_api,$(1)),$(VECTORS_DIR))
SANITIZE  := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
VALGRIND  := valgrind -q --error-exitcode=1
MEMCHECK  := $(VALGRIND) --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect
# Debian's CPython (package python3): its own start-up is memcheck-clean, which not every build
# of CPython is (pyenv's reports uninitialised reads before running any code).
VALGRIND_PYTHON ?= /usr/bin/python3

# $(call c_test,NAME,FLAGS,DIR): builds tests/c/NAME.c with FLAGS into DIR/NAME.
define c_test
	@mkdir -p $(3)
	$(CC) -std=c11 $(2) $(CWARN) -pthread -Iinclude tests/c/$(1).c -L$(LIB_DIR) $(RPATH) -lroom_errors \
		-o $(3)/$(1)
endef

# $(call dlopen_test,FLAGS,DIR): builds tests/c/test_dlopen.c with FLAGS into DIR/test_dlopen.
define dlopen_test
	@mkdir -p $(2)
	$(CC) -std=c11 $(1) $(CWARN) -Iinclude tests/c/test_dlopen.c -ldl -o $(2)/test_dlopen
endef

# The header of the last release: the current one must keep all of it (see CHANGELOG.md).
ABI_RELEASED := tests/abi/room_errors-1.1.0.h

test-abi: $(SO)
	scripts/check-abi.sh $(SO) $(HEADER) include/room_errors.symbols libroom_errors.so.$(MAJOR)
	$(PYTHON) scripts/check-abi-compat.py $(ABI_RELEASED) $(HEADER)

# The probe's build fails by design, so cargo would redo it on every run: its proof is kept, as a
# stamp holding the compiler's version, until the library, the sources it is built from
# (cross.mk's CORE_SOURCES) or the compiler change.
PANIC_STAMP := $(PROOF_DIR)/panic-guard.stamp
test-panic: $(PANIC_STAMP)
	@echo "the panic guard is proven for the current library, sources and compiler ($<)"

$(PANIC_STAMP): $(SO) $(CORE_SOURCES) scripts/check-panic-guard.sh \
		$(shell rustc -V | cmp -s - $(PANIC_STAMP) || echo FORCE)
	@mkdir -p $(@D)
	CARGO="$(CARGO)" scripts/check-panic-guard.sh $(SO) $(PROOF_DIR)/panic-probe
	rustc -V >$@

test-tags: $(SO)
	$(call c_test,test_tags,-O2,$(PROOF_DIR))
	$(PROOF_DIR)/test_tags

# 16 threads x 1,000,000 calls natively; under valgrind's tools, INSTRUMENTED_CALLS each: they
# watch every access, and each thread's final pass over every code, language and string
# (test_threads.c, `worker`) reaches everything whatever the count.
INSTRUMENTED_CALLS := 20000
test-threads: $(SO)
	$(call c_test,test_threads,-O1 -g,$(PROOF_DIR))
	$(PROOF_DIR)/test_threads 1000000
	$(VALGRIND) --tool=helgrind $(PROOF_DIR)/test_threads $(INSTRUMENTED_CALLS)
	$(VALGRIND) --tool=drd $(PROOF_DIR)/test_threads $(INSTRUMENTED_CALLS)

test-dlopen: $(SO)
	$(call dlopen_test,-O2,$(PROOF_DIR))
	$(PROOF_DIR)/test_dlopen $(CURDIR)/$(SO) 1000
	ROOM_ERRORS_LIB=$(SO) $(PYTHON) -m unittest discover -s tests/python -p test_loading.py -v

# The Rust library is not instrumented (stable Rust has no ASan); its reads are watched by the
# guard pages of test_tags and by memcheck in test-valgrind.
test-asan: $(SO)
	$(foreach t,$(LINKED_TESTS),$(call c_test,$(t),-O1 -g $(SANITIZE),$(PROOF_DIR)/asan)$(newline))
	$(call dlopen_test,-O1 -g $(SANITIZE),$(PROOF_DIR)/asan)
	$(foreach t,$(LINKED_TESTS),$(PROOF_DIR)/asan/$(t) $(call c_test_args,$(t))$(newline))
	$(PROOF_DIR)/asan/test_dlopen $(CURDIR)/$(SO) 1000

test-valgrind: $(SO)
	$(foreach t,$(LINKED_TESTS),$(call c_test,$(t),-O1 -g,$(PROOF_DIR)/memcheck)$(newline))
	$(call dlopen_test,-O1 -g,$(PROOF_DIR)/memcheck)
	$(MEMCHECK) $(PROOF_DIR)/memcheck/test_api $(VECTORS_DIR)
	$(MEMCHECK) $(PROOF_DIR)/memcheck/test_tags
	$(MEMCHECK) $(PROOF_DIR)/memcheck/test_threads $(INSTRUMENTED_CALLS)
	$(MEMCHECK) $(PROOF_DIR)/memcheck/test_dlopen $(CURDIR)/$(SO) 1000
	cd tests/python && ROOM_ERRORS_LIB=$(CURDIR)/$(SO) ROOM_ERRORS_LOAD_CYCLES=100 ROOM_ERRORS_UNDER_VALGRIND=1 \
		PYTHONMALLOC=malloc \
		$(MEMCHECK) $(VALGRIND_PYTHON) -m unittest test_api test_loading

# A line break: $(foreach) with it expands to one recipe line per item.
define newline


endef

# Debian's python3-icu is built for Debian's own python3.
ICU_PYTHON ?= /usr/bin/python3

test-icu: $(SO)
	ROOM_ERRORS_LIB=$(CURDIR)/$(SO) $(ICU_PYTHON) tests/icu/compare.py

# The conformance vectors (tests/vectors/vectors.c): the C library's answers as TSV files under
# target/vectors, written at test time and read by every binding's suite.
VECTORS_DIR := target/vectors
VECTORS     := $(VECTORS_DIR)/stamp

.PHONY: vectors
vectors: $(VECTORS)

# Every run of the C suite (tests/c/test_api.c) checks the library it runs on against them.
test-c test-asan test-valgrind test-dist test-kotlin-android: $(VECTORS)

$(VECTORS): $(SO) tests/vectors/vectors.c tests/lang/cases.tsv $(HEADER)
	@mkdir -p $(BUILD) $(VECTORS_DIR)
	$(CC) -std=c99 $(CWARN) -Iinclude tests/vectors/vectors.c -L$(LIB_DIR) -Wl,-rpath,$(CURDIR)/$(LIB_DIR) \
		-lroom_errors -o $(BUILD)/vectors
	$(BUILD)/vectors $(VECTORS_DIR) tests/lang/cases.tsv
	touch $@

# `make test-limits`: the table layout past the limits of today's catalog (README, "Adding a
# code"). tests/limits/synthesize.py grows the catalog to LIMITS_CODES codes whose name segment and
# language segments pass 64 KiB; a copy of the core crate under LIMITS_DIR builds it (generated,
# never committed) and tests/limits/limits.rs checks every code and language against it.
SUITES += limits
LIMITS_DIR   := target/limits
LIMITS_CODES := 4096
.PHONY: test-limits
test-limits:
	@rm -rf $(LIMITS_DIR) && mkdir -p $(LIMITS_DIR)/core/tests
	cp -r crates/core/Cargo.toml crates/core/build crates/core/src $(LIMITS_DIR)/core/
	cp tests/limits/limits.rs $(LIMITS_DIR)/core/tests/
	sed -e 's/^members = .*/members = ["core"]/' -e '/^default-members/d' Cargo.toml > $(LIMITS_DIR)/Cargo.toml
	$(PYTHON) tests/limits/synthesize.py $(LIMITS_CODES) crates/core/src/catalog.rs \
		$(LIMITS_DIR)/core/src/catalog.rs $(LIMITS_DIR)/expected.tsv
	LIMITS_EXPECTED=$(CURDIR)/$(LIMITS_DIR)/expected.tsv scripts/cargo-test-floor.sh 1 \
		$(CARGO) test --quiet --manifest-path $(LIMITS_DIR)/Cargo.toml --test limits -- --nocapture
