// Loading in Node: both entries, ESM (pkg/node.js, pkg/cli-node.js) and CommonJS (pkg/node.cjs,
// pkg/cli-node.cjs), are ready at import, with no init() to await, and answer identically. The
// package's exports map resolves all four.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import * as esm from "../../pkg/node.js";
import * as cliEsm from "../../pkg/cli-node.js";
import { CLI_FUNCTION_NAMES, exerciseApi, FUNCTION_NAMES, LOADING_NAMES, PKG, scratchDir } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const cjs = require("../../pkg/node.cjs");
const cliCjs = require("../../pkg/cli-node.cjs");

test("the main entry exports validation and no AWS CLI syntax, in ESM and CommonJS alike", () => {
  const names = [...FUNCTION_NAMES, ...LOADING_NAMES].sort();
  assert.deepStrictEqual(Object.keys(esm).sort(), names);
  assert.deepStrictEqual(Object.keys(cjs).sort(), names);
  for (const name of FUNCTION_NAMES) {
    assert.equal(typeof esm[name], "function", name);
    assert.equal(typeof cjs[name], "function", name);
  }
});

test("the /cli entry exports everything of the main entry and the AWS CLI syntax, in ESM and CommonJS alike", () => {
  const names = [...FUNCTION_NAMES, ...CLI_FUNCTION_NAMES, ...LOADING_NAMES].sort();
  assert.deepStrictEqual(Object.keys(cliEsm).sort(), names);
  assert.deepStrictEqual(Object.keys(cliCjs).sort(), names);
  for (const name of [...FUNCTION_NAMES, ...CLI_FUNCTION_NAMES]) {
    assert.equal(typeof cliEsm[name], "function", name);
    assert.equal(typeof cliCjs[name], "function", name);
  }
});

/** The functions and constants a declaration file declares (overloads once). */
function declared(types) {
  return [...new Set([...types.matchAll(/^export (?:declare )?(?:default )?(?:function|const) (\w+)/gm)].map((m) => m[1]))].sort();
}

test("index.d.ts declares exactly what the main entry exports, cli.d.ts what /cli adds", () => {
  const types = readFileSync(join(PKG, "index.d.ts"), "utf8");
  const loading = LOADING_NAMES.filter((name) => name !== "default");
  assert.deepStrictEqual(declared(types), [...FUNCTION_NAMES, ...loading].sort());
  assert.match(types, /^export \{ init \};$/m);
  assert.equal(readFileSync(join(PKG, "index.d.cts"), "utf8"), types);
  const cliTypes = readFileSync(join(PKG, "cli.d.ts"), "utf8");
  assert.deepStrictEqual(declared(cliTypes), [...CLI_FUNCTION_NAMES].sort());
  assert.match(cliTypes, /^export \* from "\.\/index\.js";$/m);
  assert.match(cliTypes, /^export \{ default \} from "\.\/index\.js";$/m);
  assert.equal(readFileSync(join(PKG, "cli.d.cts"), "utf8"), cliTypes.replaceAll('"./index.js"', '"./index.cjs"'));
});

test("all four are ready at once: isReady() is true and init() resolves to undefined", async () => {
  for (const api of [esm, cjs, cliEsm, cliCjs]) {
    assert.equal(api.isReady(), true);
    assert.equal(api.default, api.init);
    assert.equal(await api.init(), undefined);
    assert.equal(api.initSync(), undefined);
  }
});

test("ESM and CommonJS give identical answers, for each entry", () => {
  assert.deepStrictEqual(exerciseApi(cjs), exerciseApi(esm));
  assert.deepStrictEqual(exerciseApi(cliCjs), exerciseApi(cliEsm));
});

test("the two entries answer alike where they overlap: validation is the same core", () => {
  const { toCliInputJson, ...validation } = exerciseApi(cliEsm);
  assert.equal(typeof toCliInputJson, "object");
  assert.deepStrictEqual(Object.fromEntries(Object.keys(exerciseApi(esm)).map((key) => [key, validation[key]])), exerciseApi(esm));
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
    const c = r("connect-user-validator/cli");
    Promise.all([import("connect-user-validator"), import("connect-user-validator/cli")]).then(([e, ce]) => console.log(JSON.stringify({
      require: r.resolve("connect-user-validator"),
      requireCli: r.resolve("connect-user-validator/cli"),
      wasm: r.resolve("connect-user-validator/connect_user_validator_bg.wasm"),
      cliWasm: r.resolve("connect-user-validator/connect_user_validator_cli_bg.wasm"),
      sameAnswer: JSON.stringify(e.validate({})) === JSON.stringify(m.validate({})),
      sameCliAnswer: ce.toCliCommand({ Username: "a b" }) === c.toCliCommand({ Username: "a b" }),
      mainHasNoCli: e.toCliCommand === undefined && m.toCliCommand === undefined,
      ready: e.isReady() && m.isReady() && ce.isReady() && c.isReady(),
    })));`;
  const answer = runNode(["-e", script], project);
  assert.equal(answer.require, join(PKG, "node.cjs"));
  assert.equal(answer.requireCli, join(PKG, "cli-node.cjs"));
  assert.equal(answer.wasm, join(PKG, "connect_user_validator_bg.wasm"));
  assert.equal(answer.cliWasm, join(PKG, "connect_user_validator_cli_bg.wasm"));
  assert.equal(answer.sameAnswer, true);
  assert.equal(answer.sameCliAnswer, true);
  assert.equal(answer.mainHasNoCli, true);
  assert.equal(answer.ready, true);
  const manifest = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  assert.equal(Object.keys(manifest.exports["."])[0], "types", "types come first");
  assert.equal(Object.keys(manifest.exports["./cli"])[0], "types", "types come first");
  assert.equal(manifest.sideEffects, false);
});
