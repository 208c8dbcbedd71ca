// Node.js, CommonJS, the main entry (validation): the wasm is instantiated synchronously at
// require, so every function is ready. The AWS CLI syntax is in `connect-user-validator/cli`.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const glue = require("./connect_user_validator.js");
const { Boundary, createApi, setExplanations } = require("./api.js");
const nodeReady = require("./node-ready.js");

const { memory } = glue.initSync({ module: readFileSync(join(__dirname, "connect_user_validator_bg.wasm")) });
setExplanations(() => JSON.parse(readFileSync(join(__dirname, "explanations.json"), "utf8")));

module.exports = { ...createApi(new Boundary(glue, () => memory)), ...nodeReady, default: nodeReady.init };
// Marks the exports as an ES module's, so that `import init from "connect-user-validator"` compiled
// to CommonJS (TypeScript's esModuleInterop, bundlers) takes exports.default, as index.d.cts says.
Object.defineProperty(module.exports, "__esModule", { value: true });
