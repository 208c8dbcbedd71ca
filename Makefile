# connect-user-validator: `make test` runs every test, `make demo` serves the playground.
# Each target installs what it needs first, so both work on a fresh machine.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

CARGO ?= cargo
VENV := .venv
PYTHON := $(VENV)/bin/python
RELEASE_BINARY := target/release/connect-user-validator
WASM := target/wasm32-unknown-unknown/wasm-release/connect_user_validator.wasm
BINDGEN_OUT := target/wasm-bindgen
# Where `make pkg` assembles the npm package.
PKG ?= pkg
# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)

.PHONY: test demo generated fuzz lint toolchain shells chromium test-native test-differential test-wasm test-js test-pkg \
	test-www wasm-bindgen-cli pkg www-pkg bench

## Everything: lint; the Rust tests natively, then compiled to wasm32 in Node and in headless
## Chromium; the differential tests against the AWS CLI; the built package in Node; the package
## packed and installed as users install it.
test: lint test-native test-wasm test-differential test-js test-pkg test-www

toolchain:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

## bash, dash and zsh run the emitted commands in the tests.
shells:
	@.ci/install-packages bash=bash dash=dash zsh=zsh

## Debian's own python3 makes a venv only with python3-venv (ensurepip) installed.
$(VENV)/installed: tests/differential/requirements.txt
	@python3 -c 'import ensurepip' 2>/dev/null || .ci/install-packages python3-venv
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --requirement $<
	touch $@

lint: toolchain
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings
	$(CARGO) clippy --locked --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings
	$(CARGO) clippy --locked --lib --target wasm32-unknown-unknown --no-default-features --features cli -- -D warnings

test-native: shells
	$(CARGO) test --locked

## Debian's chromium and its driver, for the browser tests (never a downloaded browser).
chromium:
	@.ci/install-packages chromium=chromium chromedriver=chromium-driver

## The Rust tests compiled to wasm32: in Node, then in headless Chromium (see .cargo/config.toml).
test-wasm: toolchain wasm-bindgen-cli chromium
	$(CARGO) test --locked --target wasm32-unknown-unknown
	WASM_BINDGEN_USE_BROWSER=1 $(CARGO) test --locked --target wasm32-unknown-unknown

## node --test against the built pkg/, compared with the native CLI.
test-js: pkg
	$(CARGO) build --locked --release --bin connect-user-validator
	node --test tests/js/*.test.mjs tests/js/*.test.cjs

## npm pack, installed into fresh projects (both entries in Node ESM and CommonJS, TypeScript, Vite
## in Chromium; react-hook-form, TanStack Form), publint, each entry's shipped size against its
## budget, and no AWS CLI syntax code in the main entry's .wasm.
test-pkg: pkg chromium
	node tests/pkg/pack-and-install.mjs --pkg $(PKG)
	node tests/pkg/size.mjs --pkg $(PKG)
	node tests/pkg/wasm-split.mjs --pkg $(PKG) --bindgen $(BINDGEN_OUT)

## The shorthand parser, the emitted argv and commands, the CLI's own checks (global options,
## --query), against awscli 1.46.3 and real shells.
test-differential: $(VENV)/installed shells
	$(CARGO) build --locked --release --bin connect-user-validator
	$(PYTHON) tests/differential/shorthand.py $(RELEASE_BINARY)
	$(PYTHON) tests/differential/argv.py $(RELEASE_BINARY) --count 2000 --per-operation 300
	$(PYTHON) tests/differential/cli_checks.py $(RELEASE_BINARY) --count 3000
	$(PYTHON) tests/differential/edge_numbers.py $(RELEASE_BINARY)

bench/node_modules/installed: bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund --loglevel=error
	touch $@

## validate against ajv and zod, validateMany, the CLI syntax, cold starts and shipped size, side by
## side in one run: writes bench/results.md. Numbers, not tests: run it on a quiet machine.
bench: pkg chromium bench/node_modules/installed
	cd bench/boundary && $(CARGO) build --locked --release --target wasm32-unknown-unknown --target-dir ../../target/bench-boundary
	wasm-bindgen --target web --no-typescript --out-dir target/bench-boundary/pkg \
		target/bench-boundary/wasm32-unknown-unknown/release/boundary_bench.wasm
	$(CARGO) bench --locked --bench core > target/bench-core.md
	node bench/run.mjs

## The fuzz targets with many more cases, and how parse time grows with input size.
fuzz:
	PROPTEST_CASES=20000 $(CARGO) test --locked --release --test fuzz --test shorthand
	$(CARGO) bench --locked --bench linearity

wasm-bindgen-cli:
	@[ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" = "$(WASM_BINDGEN_VERSION)" ] || \
		$(CARGO) install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

node_modules/installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## The npm package in pkg/, two entries from one crate: the main entry's validation .wasm (built
## without the `cli` feature) and the /cli entry's .wasm (with it), each size-optimised by wasm-opt
## -Oz from npm's binaryen; then pkg-template/assemble.mjs bundles each entry point with
## wasm-bindgen's glue into one module and adds the declarations and explanations.
pkg: toolchain wasm-bindgen-cli node_modules/installed
	rm -rf $(PKG) $(BINDGEN_OUT)
	mkdir -p $(PKG)
	$(CARGO) build --locked --lib --target wasm32-unknown-unknown --profile wasm-release --no-default-features
	wasm-bindgen --target web --no-typescript --out-dir $(BINDGEN_OUT) $(WASM)
	$(CARGO) build --locked --lib --target wasm32-unknown-unknown --profile wasm-release --no-default-features --features cli
	wasm-bindgen --target web --no-typescript --out-dir $(BINDGEN_OUT) --out-name connect_user_validator_cli $(WASM)
	for name in connect_user_validator connect_user_validator_cli; do \
		node_modules/.bin/wasm-opt -Oz $(BINDGEN_OUT)/$${name}_bg.wasm -o $(PKG)/$${name}_bg.wasm; \
	done
	node pkg-template/assemble.mjs $(BINDGEN_OUT) $(PKG)

## Regenerates what is generated from the rule modules and the model: docs/rules.md and the
## package's catalogue.js and explanations.json (a test fails when they are stale).
generated:
	UPDATE_GENERATED=1 $(CARGO) test --locked --quiet --test rule_docs generated_files_are_up_to_date

## The playground's own copy of the package (www/ is deployable as is, pkg included).
www-pkg: pkg
	rm -rf www/pkg
	cp -r $(PKG) www/pkg

## The playground in headless Chromium (Playwright): requests, fields, conflicts, paste, share
## links, keyboard, and screenshots in tests/www/screenshots/.
test-www: www-pkg chromium shells
	node --test tests/www/*.test.mjs

## Builds the playground and serves it on http://127.0.0.1:8080 (Ctrl-C stops it).
demo: www-pkg
	@echo "Serving the playground on http://127.0.0.1:8080"
	python3 -m http.server 8080 --bind 127.0.0.1 --directory www
