// Browsers and bundlers, the /cli entry: the validation functions and the AWS CLI syntax, over one
// .wasm built with the `cli` feature. `await init()` once, then every function is synchronous.
import * as glue from "./connect_user_validator_cli.js";
import { Boundary, createApi } from "./api.js";
import { createCliApi } from "./cli-api.js";
import { EXPORTS } from "./cli-exports.js";
import { createLoader, loadExplanations as load } from "./loader.js";

const loader = createLoader(glue, EXPORTS, "./connect_user_validator_cli_bg.js", () =>
  new URL("connect_user_validator_cli_bg.wasm", import.meta.url),
);

export const { init, initSync, isReady } = loader;
export default init;

/** Fetches the explanations that explain() returns; see loader.js. */
export function loadExplanations(input = new URL("./explanations.json", import.meta.url)) {
  return load(input);
}

const boundary = new Boundary(glue, loader.memory);

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
} = createApi(boundary);

export const {
  toCliInputJson,
  toShorthand,
  toCliArgv,
  toCliCommand,
  parseCliCommand,
  parseCliInputJson,
  parseShorthand,
  skeleton,
} = createCliApi(boundary);
