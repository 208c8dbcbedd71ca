// Node.js, ESM: the wasm is instantiated synchronously at import, so every function is ready.
import { readFileSync } from "node:fs";
import * as raw from "./connect_user_validator.js";
import { createApi } from "./api.js";

raw.initSync({ module: readFileSync(new URL("./connect_user_validator_bg.wasm", import.meta.url)) });

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
} = createApi(raw, () => true);

/** Nothing to wait for in Node; kept so code written for browsers runs unchanged. */
export default function init() {
  return Promise.resolve();
}
export { init };

/** Already instantiated in Node. */
export function initSync() {}

export function isReady() {
  return true;
}
