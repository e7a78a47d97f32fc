# The benchmarks and the size budget (BENCHMARKS.md): `make bench` (speed against
# sqlite3_errstr), `make size`, and the suites that check that both still run and hold.

DEB_PACKAGES += binutils libsqlite3-dev python3
SUITES += bench size

.PHONY: bench-c size test-bench test-size

# Rounds of `make bench` (BENCH_ROUNDS=... to change).
BENCH_ROUNDS ?= 3000

$(PROOF_DIR)/bench: bench/bench.c $(HEADER) $(SO)
	@mkdir -p $(PROOF_DIR)
	$(CC) -std=c11 -O2 $(CWARN) -Iinclude bench/bench.c -L$(LIB_DIR) $(RPATH) -lroom_errors -lsqlite3 -o $@

BENCH_PARTS += bench-c
bench-c: $(PROOF_DIR)/bench
	$(PROOF_DIR)/bench $(BENCH_ROUNDS)

size: $(SO)
	$(PYTHON) scripts/size.py $(SO)

# The benchmark is not a timed test: this only checks that it builds and runs.
test-bench: $(PROOF_DIR)/bench
	$(PROOF_DIR)/bench 3 >$(PROOF_DIR)/bench.out
	grep -q '^| sqlite3_errstr (anchor) | ' $(PROOF_DIR)/bench.out
	@echo "the benchmark builds and runs"

test-size: $(SO)
	$(PYTHON) scripts/size.py $(SO) --check
