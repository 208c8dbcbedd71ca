// Worker for web.test.mjs: loads an entry's browser module (pkg/web.js, or pkg/cli-web.js for the
// /cli entry) in a fresh module graph (each worker has its own), initialises it one way, and posts
// back what it saw. The main thread does the asserting.

import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { CLI_FUNCTION_NAMES, exerciseApi, FUNCTION_NAMES, wasmModule } from "./helpers.mjs";

const ENTRIES = {
  main: { web: "web.js", glue: "connect_user_validator", functions: FUNCTION_NAMES, other: "connect_user_validator_cli" },
  cli: {
    web: "cli-web.js",
    glue: "connect_user_validator_cli",
    functions: [...FUNCTION_NAMES, ...CLI_FUNCTION_NAMES],
    other: "connect_user_validator",
  },
};
const entry = ENTRIES[workerData.entry];
const pkgFile = (name) => new URL(`../../pkg/${name}`, import.meta.url);
const web = await import(pkgFile(entry.web).href);
const bytes = readFileSync(pkgFile(`${entry.glue}_bg.wasm`));
/** The other entry's .wasm, which this entry must refuse. */
const otherBytes = readFileSync(pkgFile(`${entry.other}_bg.wasm`));

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

/** How a promise settled: "resolved", or the rejection's class and message. */
function settled(promise) {
  return promise.then(
    () => "resolved",
    (error) => ({ constructorName: error?.constructor?.name, message: error?.message }),
  );
}

/**
 * Modules that are not the package's, by what is wrong with them: the bytes of an HTML page, a
 * truncated .wasm, modules with other exports, and for each export that wasm-bindgen's glue calls
 * (read from the glue itself), one with every other.
 */
function notOurs() {
  // wasm-bindgen's glue as make pkg left it, before it was bundled into the entry.
  const glue = readFileSync(new URL(`../../target/wasm-bindgen/${entry.glue}.js`, import.meta.url), "utf8");
  const called = new Set([...glue.matchAll(/\bwasm\.(\w+)/g)].map((match) => match[1]));
  const kinds = Object.fromEntries(
    WebAssembly.Module.exports(new WebAssembly.Module(bytes))
      .filter(({ name }) => called.has(name))
      .map(({ name, kind }) => [name, kind]),
  );
  if (Object.keys(kinds).length !== called.size) throw new Error("the glue calls exports the .wasm lacks");
  const glueImports = WebAssembly.Module.imports(new WebAssembly.Module(bytes))[0].module;
  const modules = {
    "an HTML page": new TextEncoder().encode("<!doctype html><title>index</title>"),
    "half of the .wasm": bytes.subarray(0, bytes.length >> 1),
    "an empty module": wasmModule(),
    "a module with other exports": wasmModule({ exports: { memory: "memory", main: "function" } }),
    "every export, and an import from another module": wasmModule({ exports: kinds, imports: [["env", "now"]] }),
    "every export, and an import the glue lacks": wasmModule({ exports: kinds, imports: [[glueImports, "__wbg_missing"]] }),
    "the other entry's .wasm": otherBytes,
  };
  for (const name of called) {
    const { [name]: _, ...others } = kinds;
    modules[`every export but ${name}`] = wasmModule({ exports: others });
  }
  return { modules, kinds };
}

/** Every function, and the schema, called before init has finished. */
function callsBeforeInit() {
  const calls = Object.fromEntries(entry.functions.map((name) => [name, outcome(() => web[name]("x"))]));
  calls["createUserRequestSchema['~standard'].validate"] = outcome(() => web.createUserRequestSchema["~standard"].validate({}));
  calls["createUserRequestSchema.withOptions(SAML)"] = outcome(() => web.createUserRequestSchema.withOptions({ identityManagementType: "SAML" }));
  calls["requestSchema('UpdateUserConfig').withOptions(SAML)"] = outcome(() =>
    web.requestSchema("UpdateUserConfig").withOptions({ identityManagementType: "SAML" }),
  );
  return calls;
}

// Count streaming compilations, and anything the package warns about (such as a fallback).
let streamed = 0;
const compileStreaming = WebAssembly.compileStreaming;
WebAssembly.compileStreaming = (...args) => {
  streamed += 1;
  return compileStreaming.apply(WebAssembly, args);
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
  case "not ours, then ours": {
    const { modules } = notOurs();
    report.refused = {};
    for (const [what, module] of Object.entries(modules)) {
      report.refused[what] = {
        init: await settled(web.init(module)),
        initSync: outcome(() => web.initSync(module)),
        ready: web.isReady(),
        validate: outcome(() => web.validate({})),
      };
    }
    await web.init(bytes);
    break;
  }
  case "a module that fails to start": {
    const { kinds } = notOurs();
    report.first = await settled(web.init(wasmModule({ exports: kinds, trapping: ["__wbindgen_start"] })));
    report.retry = await settled(web.init(bytes));
    report.retrySync = outcome(() => web.initSync(bytes));
    report.validate = outcome(() => web.validate({}));
    break;
  }
  case "concurrent": {
    const bad = web.init(wasmModule());
    const good = web.init(bytes);
    report.sameWhilePending = bad === good;
    report.concurrentFailure = await settled(good);
    report.readyAfterConcurrentFailure = web.isReady();
    const first = web.init(bytes);
    web.initSync(bytes);
    report.readyRightAfter = web.isReady();
    report.sameAfterInitSync = web.init(bytes) === first;
    report.concurrentSuccess = await settled(Promise.all([first, web.init(bytes)]));
    break;
  }
  default:
    throw new Error(`unknown variant ${workerData.variant}`);
}

await web.loadExplanations(new Response(readFileSync(pkgFile("explanations.json"))));
report.readyAfter = web.isReady();
report.streamed = streamed;
report.warnings = warnings;
if (report.readyAfter) {
  report.results = exerciseApi(web);
}
report.earlyBogusSchema = earlyBogusSchema;
parentPort.postMessage(report);
