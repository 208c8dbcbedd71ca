// The browser entry (pkg/web.js) run in Node: nothing but the catalogue works before init(), init() is memoised and
// takes bytes, a Response (streamed) or a compiled Module, initSync() works, and afterwards every
// answer equals the Node entry's. Each variant loads web.js fresh in its own worker thread, since
// a module graph (and wasm-bindgen's glue in it) is initialised only once per thread.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import * as node from "../../pkg/node.js";
import { CATALOGUE_FUNCTIONS, exerciseApi, FUNCTION_NAMES } from "./helpers.mjs";

function loadIn(variant) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./web-worker.mjs", import.meta.url), { workerData: { variant } });
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

/** The checks every variant shares: the state before init, and the answers after it. */
function assertBeforeAndAfter(report) {
  assert.deepStrictEqual(report.exports, Object.keys(node).sort(), "the same exports as node.js");
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
  assert.equal(Object.keys(report.before).length, FUNCTION_NAMES.length + 2);
  assert.equal(report.readyAfter, true, "isReady() after init");
  assert.deepStrictEqual(report.warnings, []);
  assert.deepStrictEqual(report.results, EXPECTED_NODE_RESULTS, "after init, web.js answers like node.js");
  // A bad option of a schema made before init throws at once.
  assert.equal(report.earlyBogusSchema.isTypeError, true, JSON.stringify(report.earlyBogusSchema));
  assert.match(report.earlyBogusSchema.message, /^connect-user-validator: .*bogus/);
}

describe("pkg/web.js in Node", { concurrency: true }, () => {
  for (const variant of ["bytes", "Response", "WebAssembly.Module"]) {
    test(`init(${variant}) is memoised and makes everything work`, async () => {
      const report = await loadIn(variant);
      assertBeforeAndAfter(report);
      assert.equal(report.isPromise, true);
      assert.equal(report.samePromise, true, "repeated init() calls return the same promise");
      assert.equal(report.samePromiseAfter, true, "and still the same one after it resolved");
      assert.equal(report.readyWhilePending, false, "not ready until the promise resolves");
      assert.equal(report.resolvedWith, undefined, "init() resolves to undefined");
      // A Response with the wasm content type goes through instantiateStreaming, once.
      assert.equal(report.streamed, variant === "Response" ? 1 : 0, "instantiateStreaming calls");
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
});
