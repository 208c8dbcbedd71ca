// pkg/index.d.ts in TypeScript projects with and without the DOM lib, skipLibCheck off. A project
// with neither the DOM lib nor @types/node (a worker, a library) must still type-check it.
// tests/pkg/pack-and-install.mjs checks the installed package with @types/node; this needs only
// the repository's own typescript devDependency, which `make pkg` installs.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ts = (() => {
  try {
    return createRequire(import.meta.url)("typescript");
  } catch {
    throw new Error("typescript is not installed: run npm ci in the repository root (make pkg does)");
  }
})();

/** The diagnostics of `source`, as a module next to pkg/index.d.ts, with the given libs and no @types. */
function typeCheck(source, lib) {
  const file = fileURLToPath(new URL("../../pkg/consumer-check.ts", import.meta.url));
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    lib,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? source : readFile.call(host, name));
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile.call(host, name, version, ...rest);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

test("without the DOM lib or @types/node: no global URL, Request or Response needed", () => {
  const source = `
    import init, { validate, type InitInput } from "./index.js";
    const input: InitInput = new Uint8Array(8);
    await init(input);
    validate({});
  `;
  assert.deepStrictEqual(typeCheck(source, ["lib.es2022.d.ts"]), []);
});

test("with the DOM lib: init() takes a URL, a Request and a Response", () => {
  const source = `
    import init, { type InitInput } from "./index.js";
    const inputs: InitInput[] = [new URL("https://example.com/x.wasm"), new Request("x.wasm"), new Response("")];
    await init(inputs[0]);
  `;
  assert.deepStrictEqual(typeCheck(source, ["lib.es2022.d.ts", "lib.dom.d.ts"]), []);
});

test("cli.d.ts: the /cli entry's declarations are the main entry's and the AWS CLI syntax's", () => {
  const source = `
    import init, { validate, toCliCommand, parseCliCommand, type CommandOptions, type ParsedCommand, type ValidationResult } from "./cli.js";
    await init(new Uint8Array(8));
    const options: CommandOptions = { shell: "powershell", multiline: true };
    const parsed: ParsedCommand = parseCliCommand(toCliCommand({ Username: "mary" }, options));
    const result: ValidationResult = validate(parsed.request);
    result.diagnostics.map((d) => d.code);
  `;
  assert.deepStrictEqual(typeCheck(source, ["lib.es2022.d.ts"]), []);
});

test("index.d.ts declares no AWS CLI syntax", () => {
  const source = `import { toCliCommand } from "./index.js";`;
  assert.match(typeCheck(source, ["lib.es2022.d.ts"]).join("\n"), /has no exported member 'toCliCommand'/);
});
