// Node.js, ESM, the main entry (validation): the wasm is instantiated synchronously at import, so
// every function is ready. The AWS CLI syntax is in `connect-user-validator/cli` (cli-node.js).
import { readFileSync } from "node:fs";
import * as glue from "./connect_user_validator.js";
import { Boundary, createApi, setExplanations } from "./api.js";

const { memory } = glue.initSync({ module: readFileSync(new URL("./connect_user_validator_bg.wasm", import.meta.url)) });
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
  requestModel,
  requestSchema,
  createUserRequestSchema,
} = createApi(new Boundary(glue, () => memory));

export { init as default, init, initSync, isReady, loadExplanations } from "./node-ready.js";
