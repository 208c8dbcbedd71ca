// Node.js, CommonJS, the /cli entry: the validation functions and the AWS CLI syntax, over one
// .wasm built with the `cli` feature, instantiated synchronously at require.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const glue = require("./connect_user_validator_cli.js");
const { Boundary, createApi, setExplanations } = require("./api.js");
const { createCliApi } = require("./cli-api.js");
const nodeReady = require("./node-ready.js");

const { memory } = glue.initSync({ module: readFileSync(join(__dirname, "connect_user_validator_cli_bg.wasm")) });
setExplanations(() => JSON.parse(readFileSync(join(__dirname, "explanations.json"), "utf8")));
const boundary = new Boundary(glue, () => memory);

module.exports = { ...createApi(boundary), ...createCliApi(boundary), ...nodeReady, default: nodeReady.init };
// Marks the exports as an ES module's, so that `import init from "connect-user-validator/cli"`
// compiled to CommonJS (TypeScript's esModuleInterop, bundlers) takes exports.default.
Object.defineProperty(module.exports, "__esModule", { value: true });
