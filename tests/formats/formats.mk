# The catalog in apps' and translators' formats (issue 28): `room-err export` writes them, `make dist`
# puts every format under dist/resources/, `room-err import` brings PO and XLIFF back into the
# catalog. Suite `formats` (tests/formats/check.py): every file read by an independent reader and
# compared with the C library, msgfmt --check, pofilter (findings allowed only with a reason in
# tests/formats/pofilter-allowed.tsv), xmllint, import round trips and refusals, and the reference
# page in headless Chromium.

FORMATS_CATALOG := crates/core/src/catalog.rs
FORMATS_OUT     := target/formats
ROOM_ERR        := target/release/room-err
# Debian's python3-polib and translate-toolkit are built for Debian's own python3.
FORMATS_PYTHON  ?= /usr/bin/python3

DEB_PACKAGES += gettext translate-toolkit python3-polib libxml2-utils chromium
SUITES       += formats
DIST_PARTS   += dist/resources

.PHONY: room-err test-formats dist/resources

room-err:
	$(CARGO) build --release --quiet -p room-err

# Dated by the last commit (SOURCE_DATE_EPOCH), so that the same tree gives the same files.
dist/resources: room-err
	rm -rf $@ $@.tmp
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct) $(ROOM_ERR) export --format all --out $@.tmp
	mv $@.tmp $@

test-formats: $(SO) room-err
	ROOM_ERRORS_LIB=$(CURDIR)/$(SO) $(FORMATS_PYTHON) tests/formats/check.py $(ROOM_ERR) $(FORMATS_CATALOG) $(FORMATS_OUT)
