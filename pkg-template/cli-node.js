// Node.js, ESM, the /cli entry: the validation functions and the AWS CLI syntax, over one .wasm
// built with the `cli` feature, instantiated synchronously at import.
import { readFileSync } from "node:fs";
import * as glue from "./connect_user_validator_cli.js";
import { Boundary, createApi, setExplanations } from "./api.js";
import { createCliApi } from "./cli-api.js";

const { memory } = glue.initSync({
  module: readFileSync(new URL("./connect_user_validator_cli_bg.wasm", import.meta.url)),
});
setExplanations(() => JSON.parse(readFileSync(new URL("./explanations.json", import.meta.url), "utf8")));
const boundary = new Boundary(glue, () => memory);

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

export { init as default, init, initSync, isReady, loadExplanations } from "./node-ready.js";
