// Loading a .wasm in browsers and bundlers, for both entries (web.js and cli-web.js): each entry
// makes one loader for its own module and wasm-bindgen glue. Compiles streamed where the server
// allows, checks the module against the glue before the glue may keep it, and memoises.

import { setExplanations } from "./api.js";

/**
 * @param {object} glue the entry's wasm-bindgen glue: its default export and initSync
 * @param {Record<string, string>} exports every export the glue calls, with its kind (generated)
 * @param {string} glueImports the one import module the glue provides (named after its own file)
 * @param {() => URL} defaultWasmUrl where the glue itself would look for the .wasm
 */
export function createLoader(glue, exports, glueImports, defaultWasmUrl) {
  /** The module's memory, once an instance has started: the API reads its results there. */
  let memory;
  let pending;
  /**
   * Why the package can never become ready: wasm-bindgen's glue keeps the first instance it
   * finishes, even one whose start failed, and hands that same instance to every later init().
   */
  let broken;

  /**
   * Throws unless `module` has every export the glue calls, and imports only from the glue. The
   * glue must never finish another module: it would keep it, and every call would fail from then
   * on. With imports from the glue alone, an import it lacks is a LinkError, before the glue keeps
   * anything.
   */
  function checkInterface(module) {
    const notOurs = (what) =>
      new Error(`connect-user-validator: the WebAssembly module given to init() is not this package's .wasm (${what})`);
    const foreign = WebAssembly.Module.imports(module).find((entry) => entry.module !== glueImports);
    if (foreign) throw notOurs(`it imports from ${JSON.stringify(foreign.module)}`);
    const kinds = new Map(WebAssembly.Module.exports(module).map(({ name, kind }) => [name, kind]));
    const missing = Object.entries(exports)
      .filter(([name, kind]) => kinds.get(name) !== kind)
      .map(([name]) => name);
    if (missing.length > 0) {
      const more = missing.length > 3 ? ` and ${missing.length - 3} more` : "";
      throw notOurs(`it does not export ${missing.slice(0, 3).join(", ")}${more}`);
    }
  }

  /**
   * Hands a checked module to the glue (`start(module)` returns nothing, or a promise), and notes
   * when a failure may leave the glue holding the instance.
   */
  function instantiate(module, start) {
    checkInterface(module);
    const started = (instance) => {
      memory = instance.memory;
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
      const result = start(module);
      return result instanceof Promise ? result.then(started, failed) : started(result);
    } catch (error) {
      return failed(error);
    }
  }

  return {
    memory: () => memory,

    /**
     * Loads the wasm: from the entry's own .wasm (resolved against its module's URL, streamed
     * when the server sends `application/wasm`), or from the URL, Response, bytes or
     * `WebAssembly.Module` given. Idempotent: every call returns the same promise; a failed load
     * can be retried, and a module that is not this package's is refused before it is used.
     */
    init(input) {
      if (broken) return Promise.reject(broken);
      // After initSync() there is nothing to load.
      if (memory) return (pending ??= Promise.resolve());
      pending ??= compile(input === undefined ? defaultWasmUrl() : input)
        .then((module) => instantiate(module, (module_or_path) => glue.default({ module_or_path })))
        .then(undefined, (error) => {
          pending = undefined;
          throw error;
        });
      return pending;
    },

    /** Instantiates synchronously from the wasm bytes or a compiled WebAssembly.Module. */
    initSync(module) {
      if (broken) throw broken;
      if (memory) return;
      instantiate(module instanceof WebAssembly.Module ? module : new WebAssembly.Module(module), (checked) =>
        glue.initSync({ module: checked }),
      );
    },

    /** Whether init() has finished, so the other functions can be called. */
    isReady() {
      return memory !== undefined;
    },
  };
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

let explanations;

/**
 * Fetches the rule explanations that explain() and rules() return, from `input` (the package's
 * own `explanations.json` by default, which each entry resolves), a URL or a Response. Until then
 * their `explanation` is undefined; a page that never explains never downloads them. Memoised; a
 * failed load can be retried.
 */
export function loadExplanations(input) {
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
