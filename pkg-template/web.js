// Browsers and bundlers: `await init()` once, then every function is synchronous.
import initWasm, * as raw from "./connect_user_validator.js";
import { createApi, setExplanations } from "./api.js";
import { EXPORTS } from "./exports.js";

/** The module's memory, once an instance has started: the API reads its results there. */
let memory;
let pending;
/**
 * Why the package can never become ready: wasm-bindgen's glue keeps the first instance it
 * finishes, even one whose start failed, and hands that same instance to every later init().
 */
let broken;

/** The one import module the glue provides (named after its own file). */
const GLUE_IMPORTS = "./connect_user_validator_bg.js";

/**
 * Throws unless `module` has every export the glue calls, and imports only from the glue. The glue
 * must never finish another module: it would keep it, and every call would fail from then on. With
 * imports from the glue alone, an import it lacks is a LinkError, before the glue keeps anything.
 */
function checkInterface(module) {
  const notOurs = (what) =>
    new Error(`connect-user-validator: the WebAssembly module given to init() is not this package's .wasm (${what})`);
  const foreign = WebAssembly.Module.imports(module).find((entry) => entry.module !== GLUE_IMPORTS);
  if (foreign) throw notOurs(`it imports from ${JSON.stringify(foreign.module)}`);
  const kinds = new Map(WebAssembly.Module.exports(module).map(({ name, kind }) => [name, kind]));
  const missing = Object.entries(EXPORTS)
    .filter(([name, kind]) => kinds.get(name) !== kind)
    .map(([name]) => name);
  if (missing.length > 0) {
    const more = missing.length > 3 ? ` and ${missing.length - 3} more` : "";
    throw notOurs(`it does not export ${missing.slice(0, 3).join(", ")}${more}`);
  }
}

/** Where the glue itself would look for the .wasm: beside this package's JavaScript. */
function defaultWasmUrl() {
  return new URL("connect_user_validator_bg.wasm", import.meta.url);
}

/**
 * Compiles the .wasm from a URL, Request, Response or bytes as wasm-bindgen's glue would (streamed
 * when the server sends `application/wasm`, else after a console warning from the bytes), so that
 * its exports can be checked before the glue instantiates it.
 */
async function compile(input) {
  input = await input;
  if (input instanceof WebAssembly.Module) return input;
  if (typeof input === "string" || input instanceof URL || (typeof Request === "function" && input instanceof Request)) {
    input = await fetch(input);
  }
  if (typeof Response !== "function" || !(input instanceof Response)) return WebAssembly.compile(input);
  if (!input.ok) throw new Error(`failed to fetch Wasm: ${input.status} ${input.statusText} fetching '${input.url}'`);
  if (typeof WebAssembly.compileStreaming === "function") {
    try {
      return await WebAssembly.compileStreaming(input);
    } catch (error) {
      const sameOrigin = ["basic", "cors", "default"].includes(input.type);
      if (!sameOrigin || input.headers.get("Content-Type") === "application/wasm") throw error;
      console.warn(
        "`WebAssembly.compileStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.compile` which is slower. Original error:\n",
        error,
      );
    }
  }
  return WebAssembly.compile(await input.arrayBuffer());
}

/**
 * Hands a checked module to the glue (`glue(module)` returns nothing, or a promise), and notes when
 * a failure may leave the glue holding the instance.
 */
function instantiate(module, glue) {
  checkInterface(module);
  const started = (exports) => {
    memory = exports.memory;
  };
  const failed = (error) => {
    // A link error comes before the glue keeps the instance; after anything else (a trap in the
    // module's start) it may have kept it.
    if (!(error instanceof WebAssembly.LinkError)) {
      broken = new Error("connect-user-validator: the WebAssembly module failed to start; reload the page to load it again", {
        cause: error,
      });
    }
    throw error;
  };
  try {
    const result = glue(module);
    return result instanceof Promise ? result.then(started, failed) : started(result);
  } catch (error) {
    return failed(error);
  }
}

/**
 * Loads the wasm: from the package's own `connect_user_validator_bg.wasm` (resolved against this
 * module's URL, streamed when the server sends `application/wasm`), or from the URL, Response,
 * bytes or `WebAssembly.Module` given. Idempotent: every call returns the same promise; a failed
 * load can be retried, and a module that is not this package's is refused before it is used.
 */
export default function init(input) {
  if (broken) return Promise.reject(broken);
  // After initSync() there is nothing to load.
  if (memory) return (pending ??= Promise.resolve());
  pending ??= compile(input === undefined ? defaultWasmUrl() : input)
    .then((module) => instantiate(module, (module_or_path) => initWasm({ module_or_path })))
    .then(undefined, (error) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
export { init };

/** Instantiates synchronously from the wasm bytes or a compiled WebAssembly.Module. */
export function initSync(module) {
  if (broken) throw broken;
  if (memory) return;
  instantiate(module instanceof WebAssembly.Module ? module : new WebAssembly.Module(module), (checked) =>
    raw.initSync({ module: checked }),
  );
}

/** Whether init() has finished, so the other functions can be called. */
export function isReady() {
  return memory !== undefined;
}

let explanations;

/**
 * Fetches the rule explanations that explain() and rules() return, from the package's own
 * `explanations.json`, or the URL or Response given. Until then their `explanation` is
 * undefined; a page that never explains never downloads them. Memoised; a failed load can be
 * retried.
 */
export function loadExplanations(input = new URL("./explanations.json", import.meta.url)) {
  explanations ??= Promise.resolve(input instanceof Response ? input : fetch(input))
    .then((response) => {
      if (!response.ok) throw new Error(`connect-user-validator: ${input} answered ${response.status}`);
      return response.json();
    })
    .then(
      (loaded) => setExplanations(() => loaded),
      (error) => {
        explanations = undefined;
        throw error;
      },
    );
  return explanations;
}

export const {
  validate,
  validateMany,
  explain,
  rules,
  applyFixes,
  applyFix,
  redactPassword,
  formatPath,
  toCliInputJson,
  toShorthand,
  toCliArgv,
  toCliCommand,
  parseCliCommand,
  parseCliInputJson,
  parseShorthand,
  skeleton,
  requestModel,
  createUserRequestSchema,
} = createApi(raw, () => memory);
