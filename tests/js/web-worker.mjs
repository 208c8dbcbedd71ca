// Worker for web.test.mjs: loads pkg/web.js in a fresh module graph (each worker has its own),
// initialises it one way, and posts back what it saw. The main thread does the asserting.

import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { exerciseApi, FUNCTION_NAMES } from "./helpers.mjs";

const wasmUrl = new URL("../../pkg/connect_user_validator_bg.wasm", import.meta.url);
const web = await import(new URL("../../pkg/web.js", import.meta.url).href);
const bytes = readFileSync(wasmUrl);

/** What calling `fn` did: its error's class and message, or that it returned. */
function outcome(fn) {
  try {
    fn();
    return { returned: true };
  } catch (error) {
    return {
      isError: error instanceof Error,
      isTypeError: error instanceof TypeError,
      constructorName: error?.constructor?.name,
      message: error?.message,
    };
  }
}

/** Every function, and the schema, called before init has finished. */
function callsBeforeInit() {
  const calls = Object.fromEntries(FUNCTION_NAMES.map((name) => [name, outcome(() => web[name]("x"))]));
  calls["createUserRequestSchema['~standard'].validate"] = outcome(() => web.createUserRequestSchema["~standard"].validate({}));
  calls["createUserRequestSchema.withOptions(SAML)"] = outcome(() => web.createUserRequestSchema.withOptions({ identityManagementType: "SAML" }));
  return calls;
}

// Count streaming instantiations, and anything wasm-bindgen warns about (such as a fallback).
let streamed = 0;
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = (...args) => {
  streamed += 1;
  return instantiateStreaming.apply(WebAssembly, args);
};
const warnings = [];
console.warn = (...args) => warnings.push(args.map(String).join(" "));

const report = {
  exports: Object.keys(web).sort(),
  defaultIsInit: web.default === web.init,
  readyBefore: web.isReady(),
  before: callsBeforeInit(),
};

// A schema made before init: its options are checked at once.
const earlyBogusSchema = outcome(() => web.createUserRequestSchema.withOptions({ bogus: 1 }));

switch (workerData.variant) {
  case "bytes":
  case "Response":
  case "WebAssembly.Module": {
    const input = {
      bytes,
      Response: new Response(bytes, { headers: { "content-type": "application/wasm" } }),
      "WebAssembly.Module": new WebAssembly.Module(bytes),
    }[workerData.variant];
    const first = web.init(input);
    const second = web.init(input);
    const third = web.init();
    report.samePromise = first === second && second === third;
    report.isPromise = first instanceof Promise;
    report.readyWhilePending = web.isReady();
    report.resolvedWith = await first;
    report.samePromiseAfter = web.init() === first;
    break;
  }
  case "initSync bytes":
    report.initSyncReturned = typeof web.initSync(bytes);
    report.readyRightAfter = web.isReady();
    break;
  case "initSync WebAssembly.Module":
    report.initSyncReturned = typeof web.initSync(new WebAssembly.Module(bytes));
    report.readyRightAfter = web.isReady();
    break;
  case "failed load, then retry": {
    // A server answering 404: the load fails, and must not be memoised.
    const failing = web.init(new Response("missing", { status: 404, statusText: "Not Found" }));
    report.failure = await failing.then(() => null, (error) => String(error?.message ?? error));
    report.readyAfterFailure = web.isReady();
    report.stillThrows = outcome(() => web.validate({}));
    const retry = web.init(bytes);
    report.retryIsNewPromise = retry !== failing;
    await retry;
    break;
  }
  default:
    throw new Error(`unknown variant ${workerData.variant}`);
}

await web.loadExplanations(new Response(readFileSync(new URL("../../pkg/explanations.json", import.meta.url))));
report.readyAfter = web.isReady();
report.streamed = streamed;
report.warnings = warnings;
report.results = exerciseApi(web);
report.earlyBogusSchema = earlyBogusSchema;
parentPort.postMessage(report);
