# npm package `room-errors` (bindings/js): plain JavaScript (ES2019, ES module and CommonJS, no
# WebAssembly), generated from the catalog by `make generate` (catalog.js, cldr.js, locales/*.js)
# around hand-written parts (index.js the API, texts.js the loaded texts, negotiate.js the language
# negotiation ported from crates/core/src/lang). Staged in target/js/package and packed from there:
# tools/stage.mjs bundles the core into index.js and index.cjs with esbuild (English inside),
# minifies the language modules (locales/<tag>.js and .cjs) and writes the CommonJS declarations;
# package.json gets the version of Cargo.toml. The wasm32 build of the C library ships on its own,
# dist/wasm/room_errors.wasm.
#
# Suites, each against the conformance vectors of `make vectors` (target/vectors): js (node --test:
# the API, fallback, errors, the default language), js-pack (the tarball installed offline: import, require, `node --no-expose-wasm`, ICU),
# js-browser (headless Chromium loads two languages lazily; no other locale file is requested),
# js-bundle (esbuild and rollup from Debian build consumers, a lazy language is its own chunk;
# QuickJS from PyPI, an engine without WebAssembly, runs a bundle), js-types (tsc --strict).
# `make bench-js`: message() next to Map.get; `make size-js` (part of `make size`): gzipped sizes,
# where the core's bytes go, and each language's floor (its texts alone, gzipped).

JS_DIR      := bindings/js
JS_OUT      := target/js
JS_STAGE    := $(JS_OUT)/package
JS_WASM     := $(JS_OUT)/room_errors.wasm
JS_TGZ      := $(JS_OUT)/room-errors-$(VERSION).tgz
# `make vectors`'s directory (tests/tests.mk).
JS_VECTORS  := $(VECTORS_DIR)
JS_CASES    := tests/lang/cases.tsv
JS_SOURCES  := $(wildcard $(JS_DIR)/package/* $(JS_DIR)/package/locales/*) $(JS_DIR)/tools/stage.mjs $(JS_DIR)/README.md
# PyPI packages the suites need (`make deps` installs them, as the suites do when they are missing).
JS_PYTHON_PACKAGES := quickjs==1.19.4

# npm: its own package on Debian, bundled in nodejs builds that provide it (such as NodeSource's).
# webpack: Debian's package cannot be installed here (node-jest-worker's unmet dependency), so
# esbuild and rollup are the bundlers tested.
DEB_PACKAGES += nodejs node-typescript chromium python3 python3-icu esbuild rollup llvm-19 gzip \
	$(if $(shell command -v npm),,npm)
SUITES       += js js-pack js-browser js-bundle js-types
DIST_PARTS   += dist/wasm/room_errors.wasm dist/npm/room-errors-$(VERSION).tgz
BENCH_PARTS  += bench-js

.PHONY: js-deps test-js test-js-pack test-js-browser test-js-bundle test-js-types bench-js size-js
deps: js-deps
size: size-js

js-deps:
	@$(PYTHON) -c "import quickjs" 2>/dev/null || $(PYTHON) -m pip install --quiet $(JS_PYTHON_PACKAGES)

# The module without its custom sections (names, producers): nothing at run time reads them.
$(JS_WASM): target/cross/wasm32-unknown-unknown/release/room_errors.wasm
	@mkdir -p $(@D)
	llvm-strip-19 -o $@ $<

$(JS_STAGE)/package.json: $(JS_SOURCES)
	rm -rf $(JS_STAGE) $(JS_STAGE).tmp && mkdir -p $(JS_STAGE).tmp
	cp -r $(JS_DIR)/package/. $(JS_STAGE).tmp/
	cp $(JS_DIR)/README.md $(JS_STAGE).tmp/
	sed -i 's/^  "name": "room-errors",$$/&\n  "version": "$(VERSION)",/' $(JS_STAGE).tmp/package.json
	grep -q '"version": "$(VERSION)"' $(JS_STAGE).tmp/package.json
	node $(JS_DIR)/tools/stage.mjs $(JS_STAGE).tmp
	mv $(JS_STAGE).tmp $(JS_STAGE)

$(JS_TGZ): $(JS_STAGE)/package.json
	cd $(JS_OUT) && npm pack --silent --offline ./package >/dev/null

test-js: $(JS_STAGE)/package.json $(VECTORS)
	ROOM_ERRORS_PACKAGE=$(CURDIR)/$(JS_STAGE) ROOM_ERRORS_VECTORS=$(CURDIR)/$(JS_VECTORS) \
		ROOM_ERRORS_CASES=$(CURDIR)/$(JS_CASES) node --test $(JS_DIR)/tests/api.test.mjs

test-js-pack: $(JS_TGZ) $(VECTORS)
	$(JS_DIR)/tests/pack.sh $(JS_TGZ) $(JS_VECTORS) $(JS_CASES)

test-js-browser: $(JS_TGZ) $(VECTORS)
	$(JS_DIR)/tests/browser.sh $(JS_TGZ) $(JS_VECTORS) $(JS_CASES)

test-js-bundle: js-deps $(JS_TGZ) $(VECTORS)
	$(JS_DIR)/tests/bundle.sh $(JS_TGZ) $(JS_VECTORS) $(JS_CASES)

test-js-types: $(JS_STAGE)/package.json
	$(JS_DIR)/tests/types.sh $(JS_STAGE)

bench-js: $(JS_STAGE)/package.json
	node $(JS_DIR)/tests/bench.mjs $(JS_STAGE)

size-js: $(JS_STAGE)/package.json
	node $(JS_DIR)/tests/size.mjs $(JS_STAGE) $(JS_DIR)/package

dist/wasm/room_errors.wasm: $(JS_WASM)
	@mkdir -p $(@D)
	cp $< $@

dist/npm/room-errors-$(VERSION).tgz: $(JS_TGZ)
	@mkdir -p $(@D)
	cp $< $@
