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
# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)

.PHONY: test demo docs fuzz lint toolchain shells test-native check-wasm test-differential wasm-bindgen-cli pkg

## Everything: lint, native Rust tests, the wasm32 build and the differential tests against the AWS CLI.
test: lint test-native check-wasm test-differential

toolchain:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt

## bash, dash and zsh run the emitted commands in the tests.
shells:
	@.ci/install-packages bash=bash dash=dash zsh=zsh

$(VENV)/installed: tests/differential/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --requirement $<
	touch $@

lint: toolchain
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings

test-native: shells
	$(CARGO) test --locked

check-wasm: toolchain
	$(CARGO) build --locked --lib --target wasm32-unknown-unknown

## The shorthand parser, the emitted argv and commands, against awscli 1.46.3 and real shells.
test-differential: $(VENV)/installed shells
	$(CARGO) build --locked --release --bin connect-user-validator
	$(PYTHON) tests/differential/shorthand.py $(RELEASE_BINARY)
	$(PYTHON) tests/differential/argv.py $(RELEASE_BINARY) --count 2000

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

## The npm package in pkg/: the size-optimised wasm, wasm-bindgen's web glue (and a CommonJS copy
## of it), wasm-opt -Oz from npm's binaryen, and the entry points and types of pkg-template/.
pkg: toolchain wasm-bindgen-cli node_modules/installed
	$(CARGO) build --locked --lib --target wasm32-unknown-unknown --profile wasm-release
	rm -rf pkg $(BINDGEN_OUT)
	wasm-bindgen --target web --no-typescript --out-dir $(BINDGEN_OUT) $(WASM)
	mkdir -p pkg
	node_modules/.bin/wasm-opt -Oz $(BINDGEN_OUT)/connect_user_validator_bg.wasm -o pkg/connect_user_validator_bg.wasm
	cp $(BINDGEN_OUT)/connect_user_validator.js pkg/
	cp pkg-template/package.json pkg-template/README.md pkg-template/api.js pkg-template/node.js \
		pkg-template/node.cjs pkg-template/web.js pkg-template/index.d.ts pkg/
	cp pkg/index.d.ts pkg/index.d.cts
	for module in connect_user_validator api; do \
		node_modules/.bin/esbuild --format=cjs --platform=node --log-level=error pkg/$$module.js --outfile=pkg/$$module.cjs; \
	done

## Regenerates docs/rules.md from the rule modules.
docs:
	$(CARGO) run --quiet --locked -- rules --format markdown > docs/rules.md

demo:
	@echo "The playground is not built yet; see README.md. Meanwhile: cargo run -- check examples/aws-docs-example.json"
