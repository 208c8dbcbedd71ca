// Node.js, CommonJS: the wasm is instantiated synchronously at require, so every function is ready.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const raw = require("./connect_user_validator.cjs");
const { createApi, setExplanations } = require("./api.cjs");

const { memory } = raw.initSync({ module: readFileSync(join(__dirname, "connect_user_validator_bg.wasm")) });
setExplanations(() => JSON.parse(readFileSync(join(__dirname, "explanations.json"), "utf8")));

/** Nothing to wait for in Node; kept so code written for browsers runs unchanged. */
function init() {
  return Promise.resolve();
}

module.exports = {
  ...createApi(raw, () => memory),
  init,
  default: init,
  initSync() {},
  isReady: () => true,
  loadExplanations: () => Promise.resolve(),
};
// Marks the exports as an ES module's, so that `import init from "connect-user-validator"` compiled
// to CommonJS (TypeScript's esModuleInterop, bundlers) takes exports.default, as index.d.cts says.
Object.defineProperty(module.exports, "__esModule", { value: true });
