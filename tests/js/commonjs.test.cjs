// CommonJS consumers: require() of pkg/node.cjs and pkg/cli-node.cjs gives a ready package,
// synchronously, with the same answers as the ESM entries.
"use strict";

const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { test } = require("node:test");

// Called at module top level, before any await: if require() were not synchronous this would throw.
const cuv = require("../../pkg/node.cjs");
const cli = require("../../pkg/cli-node.cjs");
const docsExample = JSON.parse(readFileSync(join(__dirname, "../../examples/aws-docs-example.json"), "utf8"));
const resultAtLoad = cuv.validate(docsExample);

test("require() returns a ready package: validate() works on the next line", () => {
  assert.equal(cuv.isReady(), true);
  assert.equal(resultAtLoad.valid, true);
  assert.ok(resultAtLoad.diagnostics.some((d) => d.code === "legacy-phone-config"));
});

test("require() is cached: a second require() is the same module object", () => {
  assert.equal(require("../../pkg/node.cjs"), cuv);
  assert.equal(require("../../pkg/cli-node.cjs"), cli);
});

test("CommonJS answers equal the ESM entry's", async () => {
  const esm = await import("../../pkg/node.js");
  const cliEsm = await import("../../pkg/cli-node.js");
  assert.deepStrictEqual(cuv.validate(docsExample), esm.validate(docsExample));
  assert.deepStrictEqual(cli.validate(docsExample), esm.validate(docsExample));
  assert.deepStrictEqual(cuv.applyFixes(docsExample), esm.applyFixes(docsExample));
  const options = { shell: "cmd", multiline: true };
  assert.equal(cli.toCliCommand(docsExample, options), cliEsm.toCliCommand(docsExample, options));
  assert.deepStrictEqual(cuv.rules(), esm.rules());
  // Misuse is a TypeError from both, with the same message.
  const message = (fn) => {
    try {
      fn();
    } catch (error) {
      assert.ok(error instanceof TypeError);
      return error.message;
    }
    assert.fail("expected a TypeError");
  };
  assert.equal(message(() => cuv.validate({}, { bogus: 1 })), message(() => esm.validate({}, { bogus: 1 })));
});
