// Browsers and bundlers: `await init()` once, then every function is synchronous.
import initWasm, * as raw from "./connect_user_validator.js";
import { createApi, setExplanations } from "./api.js";

let memory;
let pending;

/**
 * Loads the wasm: from the package's own `connect_user_validator_bg.wasm` (resolved against this
 * module's URL, streamed when the server sends `application/wasm`), or from the URL, Response or
 * bytes given. Idempotent: every call returns the same promise; a failed load can be retried.
 */
export default function init(input) {
  pending ??= initWasm(input === undefined ? undefined : { module_or_path: input }).then(
    (exports) => {
      memory = exports.memory;
    },
    (error) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
export { init };

/** Instantiates synchronously from the wasm bytes or a compiled WebAssembly.Module. */
export function initSync(module) {
  memory ??= raw.initSync({ module }).memory;
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
  formatPath,
  toCliInputJson,
  toShorthand,
  toCliArgv,
  toCliCommand,
  parseCliCommand,
  parseShorthand,
  skeleton,
  requestModel,
  createUserRequestSchema,
} = createApi(raw, () => memory);
