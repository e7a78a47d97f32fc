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

# Every file `make generate` writes (besides the header).
GENERATED := src/core/src/codes.rs docs/error-codes.md \
	bindings/cpp/include/room_errors_catalog.hpp \
	bindings/swift/Sources/RoomErrors/Catalog.swift \
	bindings/kotlin/src/main/kotlin/dev/roomerrors/Catalog.kt \
	bindings/js/package/catalog.js bindings/js/package/catalog.d.ts \
	bindings/python/src/room_errors/_catalog.py \
	bindings/csharp/src/RoomErrors/Catalog.g.cs

.PHONY: all lib example generate test deps dist bench test-rust test-clippy test-fmt test-generated test-c \
	test-cli test-readme clean

all: example

lib:
	$(CARGO) build --release --quiet -p room-errors
	ln -sf libroom_errors.so $(SO).$(MAJOR)

$(SO) $(STATIC): lib

example: lib
	@mkdir -p $(BUILD)
	$(CC) -std=c99 $(CWARN) -Iinclude examples/lookup.c -L$(LIB_DIR) -Wl,-rpath,'$$ORIGIN/../release' \
		-lroom_errors -o $(BUILD)/lookup
	$(BUILD)/lookup

generate:
	$(CARGO) run --quiet -p room-errors-codegen -- .
	cbindgen --quiet --config cbindgen.toml --crate room-errors-core -o $(HEADER) src/core

deps:
	@scripts/install-deps.sh $(sort $(DEB_PACKAGES))
	@$(PYTHON) -c "import bidi" 2>/dev/null || $(PYTHON) -m pip install --quiet python-bidi
	@scripts/check-toolchains.sh

test: deps
	@scripts/run-suites.sh $(SUITES)

test-rust:
	$(CARGO) build --quiet -p room-errors
	$(CARGO) test --workspace --quiet
	$(CARGO) test --release --quiet -p room-errors-core --test sweep -- --ignored

test-clippy:
	$(CARGO) clippy --workspace --lib --bins --tests --quiet -- -D warnings

test-fmt:
	$(CARGO) fmt --all -- --check

test-generated: generate
	@scripts/check-fresh.sh $(HEADER) $(GENERATED)

test-c: lib
	@mkdir -p $(BUILD)
	$(CC) -std=c99 $(CWARN) -Iinclude tests/c/test_api.c -L$(LIB_DIR) -Wl,-rpath,$(CURDIR)/$(LIB_DIR) \
		-lroom_errors -o $(BUILD)/test_api
	$(BUILD)/test_api

test-cli:
	$(CARGO) test --quiet -p room-err

test-readme: example
	@scripts/check-readme-output.sh

clean:
	$(CARGO) clean

# Each binding, the proofs (bench/), fuzzing, packaging and test groups add their own rules, suites, Debian packages and
# `make dist` parts (DIST_PARTS) and `make bench` parts (BENCH_PARTS) in their *.mk file.
DIST_PARTS :=
BENCH_PARTS :=
-include $(sort $(wildcard */*.mk bindings/*/*.mk))

# `make bench`: every benchmark, each timing its lookups next to an anchor in the same run.
bench: $(BENCH_PARTS)

# `make dist`: every artifact users install, under dist/, and dist/SHA256SUMS over all of them.
dist: $(DIST_PARTS)
	scripts/sha256sums.sh dist
