// Node.js, ESM: the wasm is instantiated synchronously at import, so every function is ready.
import { readFileSync } from "node:fs";
import * as raw from "./connect_user_validator.js";
import { createApi, setExplanations } from "./api.js";

const { memory } = raw.initSync({ module: readFileSync(new URL("./connect_user_validator_bg.wasm", import.meta.url)) });
setExplanations(() => JSON.parse(readFileSync(new URL("./explanations.json", import.meta.url), "utf8")));

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

/** The explanations are read on first use in Node; kept so code written for browsers runs unchanged. */
export function loadExplanations() {
  return Promise.resolve();
}
