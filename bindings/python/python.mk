# Python package `room_errors` (distribution `room-errors`, bindings/python): pure Python over
# ctypes, the library inside the wheel as room_errors/_libroom_errors.so. tools/build_wheel.py
# writes the wheels with the standard library; the aarch64 one holds packaging/cross.sh's build.
#
# Suite python: the x86_64 wheel installed alone into a fresh venv (pip --no-index) and
# bindings/python/tests run there against the conformance vectors (`make vectors`, target/vectors)
# and `python -m room_errors` against the Rust CLI; mypy --strict on the package and on a
# consumer; auditwheel show on both wheels; the aarch64 wheel's library dlopened under qemu-aarch64;
# tests/python (Arabic display, dlopen cycles) through the package's ctypes declarations.
# `make bench-python`: message() next to a dict lookup of the same strings.

PY_DIR      := bindings/python
PY_OUT      := target/python
PY_VENV     := $(PY_OUT)/venv
PY_SOURCES  := $(wildcard $(PY_DIR)/src/room_errors/*) $(PY_DIR)/tools/build_wheel.py $(PY_DIR)/README.md
PY_WHEEL    = dist/python/room_errors-$(VERSION)-py3-none-manylinux_2_17_$(1).whl
PY_X86      := $(call PY_WHEEL,x86_64)
PY_ARM      := $(call PY_WHEEL,aarch64)
PY_ARM_SO   := target/cross/aarch64-unknown-linux-gnu/release/libroom_errors.so
PY_CLI      := target/debug/room-err
# PyPI packages the suite needs (`make deps` installs them, as the suite does when they are missing).
PYTHON_PACKAGES := mypy==2.4.1 auditwheel==6.8.2

DEB_PACKAGES += python3 python3-venv qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross
SUITES       += python
DIST_PARTS   += $(PY_X86) $(PY_ARM)
BENCH_PARTS  += bench-python

.PHONY: python-deps test-python bench-python
deps: python-deps

python-deps:
	@$(PYTHON) -c "import mypy, auditwheel" 2>/dev/null || $(PYTHON) -m pip install --quiet $(PYTHON_PACKAGES)

$(PY_X86): $(SO) $(PY_SOURCES)
	$(PYTHON) $(PY_DIR)/tools/build_wheel.py $(SO) manylinux_2_17_x86_64 $(VERSION) $(@D) >/dev/null

$(PY_ARM): $(PY_ARM_SO) $(PY_SOURCES)
	$(PYTHON) $(PY_DIR)/tools/build_wheel.py $(PY_ARM_SO) manylinux_2_17_aarch64 $(VERSION) $(@D) >/dev/null

# Runs $(1) in bindings/python/tests with the venv's Python, without any path to the source tree.
PY_IN_VENV = cd $(PY_DIR)/tests && env -u ROOM_ERRORS_LIB -u PYTHONPATH ROOM_ERRORS_VECTORS=$(CURDIR)/$(dir $(VECTORS)) \
	ROOM_ERRORS_LANG_CASES=$(CURDIR)/tests/lang/cases.tsv ROOM_ERR_CLI=$(CURDIR)/$(PY_CLI) $(CURDIR)/$(PY_VENV)/bin/python $(1)

test-python: python-deps $(PY_X86) $(PY_ARM) $(VECTORS)
	$(CARGO) build --quiet -p room-err
	rm -rf $(PY_VENV) && $(PYTHON) -m venv $(PY_VENV)
	$(PY_VENV)/bin/python -m pip install --quiet --no-index $(PY_X86)
	$(call PY_IN_VENV,-m unittest -v test_vectors test_api test_cli)
	$(call PY_IN_VENV,consumer.py) >/dev/null
	mkdir -p $(PY_OUT)/examples
	for example in readme alert; do \
		($(call PY_IN_VENV,../examples/$$example.py)) >$(CURDIR)/$(PY_OUT)/examples/$$example.txt || exit 1; \
	done
	scripts/check-readme-output.sh $(PY_DIR)/README.md README.md#Python
	$(PYTHON) -m mypy --strict --no-incremental $(PY_DIR)/src/room_errors
	cd $(PY_DIR)/tests && $(PYTHON) -m mypy --strict --no-incremental --python-executable $(CURDIR)/$(PY_VENV)/bin/python consumer.py \
		../examples/readme.py ../examples/alert.py
	$(PYTHON) -m auditwheel show $(PY_X86) | tr '\n' ' ' | grep -q 'requires no external shared libraries'
	$(PYTHON) -m auditwheel show $(PY_ARM) | tr '\n' ' ' | grep -q 'requires no external shared libraries'
	$(PYTHON) $(PY_DIR)/tests/check_wheels.py $(PY_OUT)/check $(PY_X86) $(PY_ARM)
	ROOM_ERRORS_LIB=$(CURDIR)/$(SO) $(PYTHON) -m unittest discover -s tests/python -v

bench-python: $(PY_X86)
	rm -rf $(PY_OUT)/bench-venv && $(PYTHON) -m venv $(PY_OUT)/bench-venv
	$(PY_OUT)/bench-venv/bin/python -m pip install --quiet --no-index $(PY_X86)
	env -u ROOM_ERRORS_LIB $(PY_OUT)/bench-venv/bin/python $(PY_DIR)/tests/bench.py
