// The browser modules of both entries (pkg/web.js, pkg/cli-web.js) run in Node: nothing but the
// catalogue works before init(), init() is memoised and takes bytes, a Response (streamed) or a
// compiled Module, initSync() works, each refuses any module but its own (the other entry's .wasm
// too), and afterwards every answer equals the Node entry's. Each variant loads the module fresh
// in its own worker thread, since a module graph (and wasm-bindgen's glue in it) is initialised
// only once per thread.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import * as cliNode from "../../pkg/cli-node.js";
import * as mainNode from "../../pkg/node.js";
import { CATALOGUE_FUNCTIONS, exerciseApi } from "./helpers.mjs";

for (const [entry, node, file] of [
  ["main", mainNode, "pkg/web.js"],
  ["cli", cliNode, "pkg/cli-web.js"],
]) {
  describeEntry(entry, node, file);
}

function describeEntry(entry, node, file) {
function loadIn(variant) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./web-worker.mjs", import.meta.url), { workerData: { variant, entry } });
    worker.once("message", (report) => {
      worker.terminate();
      resolve(report);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`worker exited with ${code} before reporting`)));
  });
}

const EXPECTED_NODE_RESULTS = exerciseApi(node);
const NOT_READY = "connect-user-validator: call init() first";
/** What both entries export to load, besides their functions. */
const LOADING = ["default", "init", "initSync", "isReady", "loadExplanations"];

/** The checks every variant shares: the state before init, and the answers after it. */
function assertBeforeAndAfter(report) {
  assert.deepStrictEqual(report.exports, Object.keys(node).sort(), "the same exports as the Node module");
  assert.equal(report.readyBefore, false, "isReady() before init");
  assert.equal(report.defaultIsInit, true, "the default export is init");
  for (const [name, outcome] of Object.entries(report.before)) {
    if (name.includes("withOptions")) {
      // Making a configured schema before init is allowed; its options are checked at once.
      assert.deepStrictEqual(outcome, { returned: true }, name);
      continue;
    }
    if (CATALOGUE_FUNCTIONS.includes(name)) {
      // These read the catalogue, not the wasm: a form can be built while the wasm loads.
      assert.ok(outcome.returned || outcome.isTypeError, `${name} before init: ${JSON.stringify(outcome)}`);
      continue;
    }
    assert.deepStrictEqual(
      outcome,
      { isError: true, isTypeError: false, constructorName: "Error", message: NOT_READY },
      `${name} before init`,
    );
  }
  const functions = Object.keys(node).filter((name) => typeof node[name] === "function" && !LOADING.includes(name));
  assert.equal(Object.keys(report.before).length, functions.length + 3);
  assert.equal(report.readyAfter, true, "isReady() after init");
  assert.deepStrictEqual(report.warnings, []);
  assert.deepStrictEqual(report.results, EXPECTED_NODE_RESULTS, `after init, ${file} answers like the Node module`);
  // A bad option of a schema made before init throws at once.
  assert.equal(report.earlyBogusSchema.isTypeError, true, JSON.stringify(report.earlyBogusSchema));
  assert.match(report.earlyBogusSchema.message, /^connect-user-validator: .*bogus/);
}

describe(`${file} in Node`, { concurrency: true }, () => {
  for (const variant of ["bytes", "Response", "WebAssembly.Module"]) {
    test(`init(${variant}) is memoised and makes everything work`, async () => {
      const report = await loadIn(variant);
      assertBeforeAndAfter(report);
      assert.equal(report.isPromise, true);
      assert.equal(report.samePromise, true, "repeated init() calls return the same promise");
      assert.equal(report.samePromiseAfter, true, "and still the same one after it resolved");
      assert.equal(report.readyWhilePending, false, "not ready until the promise resolves");
      assert.equal(report.resolvedWith, undefined, "init() resolves to undefined");
      // A Response with the wasm content type is compiled while it streams in, once.
      assert.equal(report.streamed, variant === "Response" ? 1 : 0, "compileStreaming calls");
    });
  }

  for (const variant of ["initSync bytes", "initSync WebAssembly.Module"]) {
    test(`${variant} makes everything work at once`, async () => {
      const report = await loadIn(variant);
      assertBeforeAndAfter(report);
      assert.equal(report.initSyncReturned, "undefined", "initSync() returns nothing, as index.d.ts says (void)");
      assert.equal(report.readyRightAfter, true);
    });
  }

  test("a failed load leaves the package unready and can be retried", async () => {
    const report = await loadIn("failed load, then retry");
    assertBeforeAndAfter(report);
    assert.match(report.failure ?? "", /404/, "init() rejects with the server's status");
    assert.equal(report.readyAfterFailure, false);
    assert.equal(report.stillThrows.message, NOT_READY);
    assert.equal(report.retryIsNewPromise, true);
  });

  // wasm-bindgen's glue keeps the first instance it finishes, even a module that is not ours, and
  // hands it to every later init(): the package must refuse such a module before the glue sees it.
  test("a module that is not the package's is refused, and the real one still loads after it", async () => {
    const report = await loadIn("not ours, then ours");
    assertBeforeAndAfter(report);
    const cases = Object.entries(report.refused);
    assert.ok(cases.length > 10, "every export the glue calls has its own case");
    for (const [what, seen] of cases) {
      assert.notEqual(seen.init, "resolved", `init(${what})`);
      assert.equal(seen.initSync.returned, undefined, `initSync(${what})`);
      assert.equal(seen.ready, false, what);
      assert.equal(seen.validate.message, NOT_READY, what);
    }
    const notOurs = /^connect-user-validator: the WebAssembly module given to init\(\) is not this package's \.wasm/;
    for (const what of ["an empty module", "a module with other exports", "every export but __wbindgen_free", "the other entry's .wasm"]) {
      assert.match(report.refused[what].init.message, notOurs, what);
      assert.match(report.refused[what].initSync.message, notOurs, what);
    }
    assert.match(report.refused["an empty module"].init.message, /does not export memory, \w+, \w+ and \d+ more\)$/);
    assert.match(report.refused["every export, and an import from another module"].init.message, /imports from "env"/);
    assert.equal(report.refused["every export, and an import the glue lacks"].init.constructorName, "LinkError");
    assert.equal(report.refused["an HTML page"].init.constructorName, "CompileError");
    assert.equal(report.refused["half of the .wasm"].init.constructorName, "CompileError");
  });

  test("a module that fails to start keeps init() failing", async () => {
    const report = await loadIn("a module that fails to start");
    assert.equal(report.first.constructorName, "RuntimeError", JSON.stringify(report.first));
    const broken = "connect-user-validator: the WebAssembly module failed to start; reload the page to load it again";
    assert.deepStrictEqual(report.retry, { constructorName: "Error", message: broken });
    assert.equal(report.retrySync.message, broken);
    assert.equal(report.validate.message, NOT_READY);
    assert.equal(report.readyAfter, false);
  });

  test("concurrent init() calls share one load, whatever their arguments", async () => {
    const report = await loadIn("concurrent");
    assert.equal(report.sameWhilePending, true);
    assert.match(report.concurrentFailure.message, /is not this package's \.wasm/);
    assert.equal(report.readyAfterConcurrentFailure, false);
    assert.equal(report.readyRightAfter, true, "initSync() during a pending init()");
    assert.equal(report.sameAfterInitSync, true);
    assert.equal(report.concurrentSuccess, "resolved");
    assert.equal(report.readyAfter, true);
    assert.deepStrictEqual(report.results, EXPECTED_NODE_RESULTS);
  });
});
}
