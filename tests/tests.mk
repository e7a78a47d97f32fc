# Test groups under tests/: the differential test against ICU (tests/icu) and the shared language
# cases (tests/lang/cases.tsv, read by the core's and the bindings' tests).

DEB_PACKAGES += python3-icu
SUITES += icu

# Debian's python3-icu is built for Debian's own python3.
ICU_PYTHON ?= /usr/bin/python3

.PHONY: test-icu

test-icu: lib
	ROOM_ERRORS_LIB=$(CURDIR)/$(SO) $(ICU_PYTHON) tests/icu/compare.py
