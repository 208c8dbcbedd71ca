// Browsers and bundlers: `await init()` once, then every function is synchronous.
import initWasm, * as raw from "./connect_user_validator.js";
import { createApi } from "./api.js";

let ready = false;
let pending;

/**
 * Loads the wasm: from the package's own `connect_user_validator_bg.wasm` (resolved against this
 * module's URL, streamed when the server sends `application/wasm`), or from the URL, Response or
 * bytes given. Idempotent: every call returns the same promise; a failed load can be retried.
 */
export default function init(input) {
  pending ??= initWasm(input === undefined ? undefined : { module_or_path: input }).then(
    () => {
      ready = true;
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
  if (!ready) {
    raw.initSync({ module });
    ready = true;
  }
}

/** Whether init() has finished, so the other functions can be called. */
export function isReady() {
  return ready;
}

export const {
  validate,
  validateMany,
  explain,
  rules,
  applyFixes,
  redactPassword,
  toCliInputJson,
  toShorthand,
  toCliArgv,
  toCliCommand,
  parseCliCommand,
  parseShorthand,
  skeleton,
  requestModel,
  createUserRequestSchema,
} = createApi(raw, () => ready);
