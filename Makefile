# connect-user-validator: `make test` runs every test, `make demo` serves the playground.
# Each target installs what it needs first, so both work on a fresh machine.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

CARGO ?= cargo

.PHONY: test demo docs toolchain test-native check-wasm

## Everything: native Rust tests and the wasm32 build.
test: toolchain test-native check-wasm

toolchain:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

test-native:
	$(CARGO) test --locked

check-wasm: toolchain
	$(CARGO) build --locked --lib --target wasm32-unknown-unknown

## Regenerates docs/rules.md from the rule modules.
docs:
	$(CARGO) run --quiet --locked -- rules --format markdown > docs/rules.md

demo:
	@echo "The playground is not built yet; see README.md. Meanwhile: cargo run -- check examples/aws-docs-example.json"
