# npm package `room-errors` (bindings/js): the wasm32 build of the library with an ES module (and a
# CommonJS entry for Node) around it, staged in target/js/package and packed from there: the
# sources, the stripped wasm, package.json given the version of Cargo.toml; tools/stage.mjs strips
# the shipped JavaScript's comments and writes index.cjs and index.d.cts.
#
# Suites: js (node --test over the API against the C library), js-pack (the tarball installed
# offline into a scratch project, imported by name), js-browser (headless Chromium, strict CSP),
# js-types (tsc --strict over ES module and CommonJS TypeScript consumers). `make bench-js`: message() next to a Map.

JS_DIR     := bindings/js
JS_OUT     := target/js
JS_STAGE   := $(JS_OUT)/package
JS_WASM    := $(JS_OUT)/room_errors.wasm
JS_TGZ     := $(JS_OUT)/room-errors-$(VERSION).tgz
JS_FIXTURE := $(JS_OUT)/fixture.json
JS_SOURCES := $(wildcard $(JS_DIR)/package/*) $(JS_DIR)/tools/stage.mjs $(JS_DIR)/README.md

# npm: its own package on Debian, bundled in nodejs builds that provide it (such as NodeSource's).
DEB_PACKAGES += nodejs node-typescript chromium python3 llvm-19 gzip $(if $(shell command -v npm),,npm)
SUITES       += js js-pack js-browser js-types
DIST_PARTS   += dist/wasm/room_errors.wasm dist/npm/room-errors-$(VERSION).tgz
BENCH_PARTS  += bench-js

.PHONY: test-js test-js-pack test-js-browser test-js-types bench-js

# The module without its custom sections (names, producers): nothing at run time reads them.
$(JS_WASM): target/cross/wasm32-unknown-unknown/release/room_errors.wasm
	@mkdir -p $(@D)
	llvm-strip-19 -o $@ $<

$(JS_STAGE)/package.json: $(JS_SOURCES) $(JS_WASM)
	rm -rf $(JS_STAGE) $(JS_STAGE).tmp && mkdir -p $(JS_STAGE).tmp
	cp $(JS_DIR)/package/* $(JS_DIR)/README.md $(JS_WASM) $(JS_STAGE).tmp/
	sed -i 's/^  "name": "room-errors",$$/&\n  "version": "$(VERSION)",/' $(JS_STAGE).tmp/package.json
	grep -q '"version": "$(VERSION)"' $(JS_STAGE).tmp/package.json
	node $(JS_DIR)/tools/stage.mjs $(JS_STAGE).tmp
	mv $(JS_STAGE).tmp $(JS_STAGE)

$(JS_TGZ): $(JS_STAGE)/package.json
	cd $(JS_OUT) && npm pack --silent --offline ./package >/dev/null

# The C library's answers, generated at test time (never committed).
$(JS_FIXTURE): $(SO) $(JS_DIR)/tests/fixture.py tests/lang/cases.tsv
	@mkdir -p $(@D)
	$(PYTHON) $(JS_DIR)/tests/fixture.py $(SO) tests/lang/cases.tsv > $@

test-js: $(JS_STAGE)/package.json $(JS_FIXTURE)
	ROOM_ERRORS_FIXTURE=$(CURDIR)/$(JS_FIXTURE) node --test $(JS_DIR)/tests/api.test.mjs $(JS_DIR)/tests/size.test.mjs

test-js-pack: $(JS_TGZ) $(JS_FIXTURE)
	$(JS_DIR)/tests/pack.sh $(JS_TGZ) $(JS_FIXTURE)

test-js-browser: $(JS_TGZ) $(JS_FIXTURE)
	$(JS_DIR)/tests/browser.sh $(JS_TGZ) $(JS_FIXTURE)

test-js-types: $(JS_STAGE)/package.json
	$(JS_DIR)/tests/types.sh $(JS_STAGE)

bench-js: $(JS_TGZ)
	node $(JS_DIR)/tests/bench.mjs $(JS_STAGE)

dist/wasm/room_errors.wasm: $(JS_WASM)
	@mkdir -p $(@D)
	cp $< $@

dist/npm/room-errors-$(VERSION).tgz: $(JS_TGZ)
	@mkdir -p $(@D)
	cp $< $@
