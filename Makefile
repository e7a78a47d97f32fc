# room-errors: `make` builds the libraries and runs the example; `make test` runs every suite.
# Each binding and the benchmarks add their own rules and suites in their *.mk file below.

CARGO    ?= cargo
CC       ?= cc
PYTHON   ?= python3
PREFIX   ?= /usr/local
DESTDIR  ?=

LIB_DIR  := target/release
SO       := $(LIB_DIR)/libroom_errors.so
STATIC   := $(LIB_DIR)/libroom_errors.a
HEADER   := include/room_errors.h
BUILD    := target/make
CWARN    := -Wall -Wextra -Werror -pedantic
VERSION  := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml)
MAJOR    := $(firstword $(subst ., ,$(VERSION)))

# Debian packages `make test` installs when missing (when run as root on Debian).
DEB_PACKAGES := cbindgen gcc python3 git
# Suites `make test` runs, each as `make test-NAME`.
SUITES := rust clippy fmt generated c cli readme

# Where `make test-generated` generates afresh, to compare with the tree.
GENERATED_CHECK := target/generated

.PHONY: all lib FORCE example generate test deps dist bench test-rust test-clippy test-fmt test-generated test-c \
	test-cli test-readme clean

all: example

# The release libraries are real files: cargo runs every time (FORCE) and decides whether they are
# stale, and rewrites them only then, so what depends on them rebuilds only when they changed.
$(SO) $(STATIC) &: FORCE
	$(CARGO) build --release --quiet -p room-errors
	ln -sf libroom_errors.so $(SO).$(MAJOR)

lib: $(SO) $(STATIC)

FORCE:

example: $(SO)
	@mkdir -p $(BUILD)
	$(CC) -std=c99 $(CWARN) -Iinclude examples/lookup.c -L$(LIB_DIR) -Wl,-rpath,'$$ORIGIN/../release' \
		-lroom_errors -o $(BUILD)/lookup
	$(BUILD)/lookup

# $(call generate_into,ROOT): every generated file, below ROOT (the header by cbindgen, the rest by
# the generator); each is rewritten only when its content changes.
define generate_into
	$(CARGO) run --quiet -p room-errors-codegen -- $(1)
	@mkdir -p $(1)/$(dir $(HEADER))
	cbindgen --quiet --config cbindgen.toml --crate room-errors -o $(1)/$(HEADER) crates/ffi
endef

generate:
	$(call generate_into,.)

deps:
	@scripts/install-deps.sh $(sort $(DEB_PACKAGES))
	@$(PYTHON) -c "import bidi" 2>/dev/null || $(PYTHON) -m pip install --quiet python-bidi
	@scripts/check-toolchains.sh

# Long single-threaded suites that run beside the others (scripts/run-suites.sh --beside).
BESIDE_SUITES = fuzz threads valgrind

# First the libraries of every cross target, two builds at a time (each triple has a target
# directory of its own): the suites and `make dist` then find them built.
test: deps
	@start=$$(date +%s); $(MAKE) --no-print-directory -j2 $(SO) cross || echo "cross builds failed"; \
		echo "cross libraries: $$(( $$(date +%s) - start )) s"
	@scripts/run-suites.sh --beside "$(filter $(BESIDE_SUITES),$(SUITES))" $(SUITES)

test-rust:
	$(CARGO) build --quiet -p room-errors
	scripts/cargo-test-floor.sh 80 $(CARGO) test --workspace --quiet
	scripts/cargo-test-floor.sh 2 $(CARGO) test --release --quiet -p room-errors --lib tests::sweep -- --ignored

test-clippy:
	$(CARGO) clippy --workspace --lib --bins --tests --quiet -- -D warnings

test-fmt:
	$(CARGO) fmt --all -- --check

# Generates into a directory of its own and compares: the tree is never written.
test-generated:
	@rm -rf $(GENERATED_CHECK)
	$(call generate_into,$(GENERATED_CHECK))
	@scripts/check-fresh.sh $(GENERATED_CHECK) .

# The C suite's contract test against the conformance vectors; first, every test of the suite
# must call every exported function (include/room_errors.symbols).
C_SUITE_CALLS := test_api test_threads test_dlopen
test-c: $(SO)
	@mkdir -p $(BUILD)/calls
	$(foreach t,$(C_SUITE_CALLS),$(CC) -std=c11 $(CWARN) -Iinclude -c tests/c/$(t).c -o $(BUILD)/calls/$(t).o &&) true
	scripts/check-c-calls.sh include/room_errors.symbols $(foreach t,$(C_SUITE_CALLS),$(BUILD)/calls/$(t).o)
	$(CC) -std=c99 $(CWARN) -Iinclude tests/c/test_api.c -L$(LIB_DIR) -Wl,-rpath,$(CURDIR)/$(LIB_DIR) \
		-lroom_errors -o $(BUILD)/test_api
	$(BUILD)/test_api $(VECTORS_DIR)

test-cli:
	scripts/cargo-test-floor.sh 11 $(CARGO) test --quiet -p room-err

test-readme: example
	@scripts/check-readme-output.sh

clean:
	$(CARGO) clean

# Each area adds its own rules, suites, Debian packages, `make dist` parts (DIST_PARTS) and
# `make bench` parts (BENCH_PARTS) in its *.mk file, included in this order: the cross builds
# first (their variables are used by the packaging and the bindings), then the tests and proofs,
# the benchmarks, fuzzing, packaging, and the bindings. A new *.mk file is added here.
DIST_PARTS :=
BENCH_PARTS :=
MAKEFILES_INCLUDED := packaging/cross.mk tests/tests.mk bench/bench.mk fuzz/fuzz.mk packaging/packaging.mk \
	bindings/cpp/cpp.mk bindings/js/js.mk bindings/kotlin/kotlin.mk bindings/kotlin/publish.mk \
	bindings/python/python.mk bindings/swift/swift.mk tests/formats/formats.mk bindings/csharp/csharp.mk
include $(MAKEFILES_INCLUDED)

# `make bench`: every benchmark, each timing its lookups next to an anchor in the same run.
bench: $(BENCH_PARTS)

# `make dist`: every artifact users install, under dist/, and dist/SHA256SUMS over all of them.
dist: $(DIST_PARTS)
	scripts/sha256sums.sh dist
