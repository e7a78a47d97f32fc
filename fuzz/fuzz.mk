# Coverage-guided fuzzing of tag and list parsing (libFuzzer from clang-19, the Rust library
# instrumented with rustc's sanitizer-coverage passes): `make fuzz FUZZ_SECONDS=N` runs for N
# seconds (default 600); `make test` runs it for about a minute (test-fuzz). Any crash, read past
# the NUL (guard page), answer outside the catalog's languages or leak fails. New inputs go to
# target/fuzz/corpus; the committed seeds in fuzz/corpus are only read.

DEB_PACKAGES += clang-19 libclang-rt-19-dev
SUITES += fuzz

FUZZ_SECONDS ?= 600
FUZZ_DIR     := target/fuzz
FUZZ_TARGET  := x86_64-unknown-linux-gnu
FUZZ_LIB     := $(FUZZ_DIR)/$(FUZZ_TARGET)/release/libroom_errors.a
FUZZ_BIN     := $(FUZZ_DIR)/harness
# The explicit --target keeps the flags off the build script (which would then fail to link);
# only the static library is built (the shared one links with -z defs, and the coverage hooks
# are the harness's).
FUZZ_RUSTFLAGS := -C passes=sancov-module -C llvm-args=-sanitizer-coverage-level=3 \
	-C llvm-args=-sanitizer-coverage-inline-8bit-counters -C llvm-args=-sanitizer-coverage-pc-table \
	-C llvm-args=-sanitizer-coverage-trace-compares

.PHONY: fuzz test-fuzz $(FUZZ_LIB)

$(FUZZ_LIB):
	RUSTFLAGS="$(FUZZ_RUSTFLAGS)" $(CARGO) rustc --release --quiet -p room-errors --crate-type staticlib \
		--target $(FUZZ_TARGET) --target-dir $(FUZZ_DIR)

$(FUZZ_BIN): fuzz/harness.c tests/c/guarded.h $(HEADER) $(FUZZ_LIB)
	clang-19 -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude fuzz/harness.c $(FUZZ_LIB) -o $@

# $(call run_fuzzer,SECONDS)
define run_fuzzer
	@mkdir -p $(FUZZ_DIR)/corpus
	$(FUZZ_BIN) -max_total_time=$(1) -max_len=4096 -timeout=10 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_DIR)/corpus fuzz/corpus
endef

fuzz: $(FUZZ_BIN)
	$(call run_fuzzer,$(FUZZ_SECONDS))

test-fuzz: $(FUZZ_BIN)
	$(call run_fuzzer,60)
