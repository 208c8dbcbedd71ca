// Browsers and bundlers, the main entry (validation): `await init()` once, then every function is
// synchronous. The AWS CLI syntax is in `connect-user-validator/cli` (cli-web.js).
import * as glue from "./connect_user_validator.js";
import { Boundary, createApi } from "./api.js";
import { EXPORTS } from "./exports.js";
import { createLoader, loadExplanations as load } from "./loader.js";

const loader = createLoader(glue, EXPORTS, "./connect_user_validator_bg.js", () =>
  new URL("connect_user_validator_bg.wasm", import.meta.url),
);

export const { init, initSync, isReady } = loader;
export default init;

/** Fetches the explanations that explain() returns; see loader.js. */
export function loadExplanations(input = new URL("./explanations.json", import.meta.url)) {
  return load(input);
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
  requestModel,
  requestSchema,
  createUserRequestSchema,
} = createApi(new Boundary(glue, loader.memory));
