# Test groups under tests/: the differential test against ICU (tests/icu) and the shared language
# cases (tests/lang/cases.tsv, read by the core's and the bindings' tests).

DEB_PACKAGES += python3-icu
SUITES += icu

# Debian's python3-icu is built for Debian's own python3.
ICU_PYTHON ?= /usr/bin/python3

.PHONY: test-icu

test-icu: lib
	ROOM_ERRORS_LIB=$(CURDIR)/$(SO) $(ICU_PYTHON) tests/icu/compare.py

# The conformance vectors (tests/vectors/vectors.c): the C library's answers as TSV files under
# target/vectors, written at test time and read by every binding's suite.
VECTORS_DIR := target/vectors
VECTORS     := $(VECTORS_DIR)/stamp

.PHONY: vectors
vectors: $(VECTORS)

$(VECTORS): lib tests/vectors/vectors.c tests/lang/cases.tsv $(HEADER)
	@mkdir -p $(BUILD) $(VECTORS_DIR)
	$(CC) -std=c99 $(CWARN) -Iinclude tests/vectors/vectors.c -L$(LIB_DIR) -Wl,-rpath,$(CURDIR)/$(LIB_DIR) \
		-lroom_errors -o $(BUILD)/vectors
	$(BUILD)/vectors $(VECTORS_DIR) tests/lang/cases.tsv
	touch $@
