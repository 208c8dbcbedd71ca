// Loading in Node: ESM (pkg/node.js) and CommonJS (pkg/node.cjs) are ready at import, with no
// init() to await, and answer identically. The package's exports map resolves both.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import * as esm from "../../pkg/node.js";
import { exerciseApi, FUNCTION_NAMES, PKG, scratchDir } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const cjs = require("../../pkg/node.cjs");

test("ESM and CommonJS export the same names: the functions, the schema, init, initSync, isReady, loadExplanations", () => {
  const names = [...FUNCTION_NAMES, "createUserRequestSchema", "default", "init", "initSync", "isReady", "loadExplanations"].sort();
  assert.deepStrictEqual(Object.keys(esm).sort(), names);
  assert.deepStrictEqual(Object.keys(cjs).sort(), names);
  for (const name of FUNCTION_NAMES) {
    assert.equal(typeof esm[name], "function", name);
    assert.equal(typeof cjs[name], "function", name);
  }
});

test("index.d.ts declares exactly what both entries export", () => {
  const types = readFileSync(join(PKG, "index.d.ts"), "utf8");
  // A function declared with overloads appears once.
  const declared = [...new Set([...types.matchAll(/^export (?:declare )?(?:default )?(?:function|const) (\w+)/gm)].map((m) => m[1]))];
  assert.deepStrictEqual(declared.sort(), [...FUNCTION_NAMES, "createUserRequestSchema", "init", "initSync", "isReady", "loadExplanations"].sort());
  assert.match(types, /^export \{ init \};$/m);
  assert.equal(readFileSync(join(PKG, "index.d.cts"), "utf8"), types);
});

test("both are ready at once: isReady() is true and init() resolves to undefined", async () => {
  for (const api of [esm, cjs]) {
    assert.equal(api.isReady(), true);
    assert.equal(api.default, api.init);
    assert.equal(await api.init(), undefined);
    assert.equal(api.initSync(), undefined);
  }
});

test("ESM and CommonJS give identical answers", () => {
  assert.deepStrictEqual(exerciseApi(cjs), exerciseApi(esm));
});

/** Runs a script in a fresh Node process from `cwd`; its stdout is JSON. */
function runNode(args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test("a fresh process can call validate() on the line after require() or import, synchronously", () => {
  const call = "JSON.stringify(m.validate({Username: 'mary'}).diagnostics.map((d) => d.code))";
  const fromCjs = runNode(["-e", `const m = require(${JSON.stringify(join(PKG, "node.cjs"))}); console.log(${call});`]);
  const fromEsm = runNode(["--input-type=module", "-e", `import * as m from ${JSON.stringify(join(PKG, "node.js"))}; console.log(${call});`]);
  assert.deepStrictEqual(fromCjs, fromEsm);
  assert.ok(fromCjs.includes("required"));
});

test("the package name resolves through the exports map to the Node entries and the .wasm subpath", () => {
  // A throwaway project whose node_modules links to pkg/, as npm would install it.
  const project = join(scratchDir(), "project");
  mkdirSync(join(project, "node_modules"), { recursive: true });
  symlinkSync(PKG, join(project, "node_modules", "connect-user-validator"), "dir");
  const script = `
    const { createRequire } = require("node:module");
    const r = createRequire(${JSON.stringify(join(project, "index.js"))});
    const m = r("connect-user-validator");
    import("connect-user-validator").then((e) => console.log(JSON.stringify({
      require: r.resolve("connect-user-validator"),
      wasm: r.resolve("connect-user-validator/connect_user_validator_bg.wasm"),
      sameAnswer: JSON.stringify(e.validate({})) === JSON.stringify(m.validate({})),
      ready: e.isReady() && m.isReady(),
    })));`;
  const answer = runNode(["-e", script], project);
  assert.equal(answer.require, join(PKG, "node.cjs"));
  assert.equal(answer.wasm, join(PKG, "connect_user_validator_bg.wasm"));
  assert.equal(answer.sameAnswer, true);
  assert.equal(answer.ready, true);
  const manifest = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  assert.equal(Object.keys(manifest.exports["."])[0], "types", "types come first");
  assert.equal(manifest.sideEffects, false);
});
