#!/usr/bin/env node
// The main entry's .wasm holds no AWS CLI syntax code; the /cli entry's holds it all:
//
//   exports     the main .wasm exports none of the AWS CLI syntax functions, which the /cli .wasm
//               exports, and the /cli .wasm exports everything the main one does
//   names       wasm-bindgen's output before wasm-opt (target/wasm-bindgen, which `make pkg`
//               leaves), which still has the name section that wasm-opt strips from the shipped
//               .wasm: no function of the main .wasm is in the modules of the AWS CLI syntax, and
//               the /cli .wasm has functions in each of them (so that the check can fail)
//   size        the main .wasm is at least 40 KB smaller (raw) than the /cli .wasm: a bound that
//               holds however the code is named
//
//   node tests/pkg/wasm-split.mjs [--pkg DIR] [--bindgen DIR]
//
// DIR defaults to $PKG or pkg, and target/wasm-bindgen. Exits 1 when a check fails.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MAIN = "connect_user_validator";
const CLI = "connect_user_validator_cli";
/** The .wasm exports of the AWS CLI syntax (src/wasm.rs, behind the `cli` feature). */
const CLI_EXPORTS = [
  "toCliInputJson",
  "toShorthand",
  "toCliArgv",
  "toCliCommand",
  "parseCliCommand",
  "parseCliInputJson",
  "parseShorthand",
  "skeleton",
  "unreadableCommand",
];
/**
 * The Rust modules of the AWS CLI syntax, as they appear in function names (wasm-ld writes them
 * demangled: `connect_user_validator::syntax::shell::split::h…`). syntax::json (writing JSON) and
 * syntax::invisible serve validation too.
 */
const CLI_MODULES = [
  "syntax::shell",
  "syntax::shorthand",
  "syntax::command",
  "syntax::jmespath",
  "syntax::emit",
  "syntax::coerce",
  "syntax::options",
  "rules::command",
  "wasm::cli",
].map((module) => `connect_user_validator::${module}::`);
/** How much larger the /cli .wasm must be, at least: its syntax code is well over 100 KB raw. */
const MIN_DIFFERENCE = 40_000;

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const pkgDir = path.resolve(ROOT, option("--pkg") ?? process.env.PKG ?? "pkg");
const bindgenDir = path.resolve(ROOT, option("--bindgen") ?? "target/wasm-bindgen");

let failed = 0;
function check(name, fn) {
  try {
    console.log(`ok    ${name}  — ${fn()}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL  ${name}\n${String(error.message).replace(/^/gm, "      ")}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const loadWasm = (dir, name) => new WebAssembly.Module(fs.readFileSync(path.join(dir, `${name}_bg.wasm`)));
const exportNames = (wasm) => WebAssembly.Module.exports(wasm).map(({ name }) => name);

/** The function names of the name section (subsection 1) of `wasm`, or undefined without one. */
function functionNames(wasm) {
  const [section] = WebAssembly.Module.customSections(wasm, "name");
  if (!section) return undefined;
  const bytes = new Uint8Array(section);
  let at = 0;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const decoder = new TextDecoder();
  const names = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 1) {
      for (let count = leb(); count > 0; count -= 1) {
        leb(); // the function index
        const length = leb();
        names.push(decoder.decode(bytes.subarray(at, at + length)));
        at += length;
      }
    }
    at = end;
  }
  return names;
}

console.log(`package: ${path.relative(ROOT, pkgDir) || "."}  before wasm-opt: ${path.relative(ROOT, bindgenDir)}`);
const shipped = { main: loadWasm(pkgDir, MAIN), cli: loadWasm(pkgDir, CLI) };

check("exports: the main .wasm exports no AWS CLI syntax function", () => {
  const main = exportNames(shipped.main);
  const cli = exportNames(shipped.cli);
  const inMain = CLI_EXPORTS.filter((name) => main.includes(name));
  expect(inMain.length === 0, `the main .wasm exports ${inMain.join(", ")}`);
  const notInCli = CLI_EXPORTS.filter((name) => !cli.includes(name));
  expect(notInCli.length === 0, `the /cli .wasm does not export ${notInCli.join(", ")}: is CLI_EXPORTS out of date?`);
  const lacking = main.filter((name) => !cli.includes(name));
  expect(lacking.length === 0, `the /cli .wasm does not export ${lacking.join(", ")}, which the main .wasm does`);
  return `main ${main.length} exports, /cli ${cli.length}`;
});

check("names: no function of the main .wasm is AWS CLI syntax code (before wasm-opt)", () => {
  // The shipped .wasm has no names: wasm-opt strips them. wasm-bindgen's output has them, and is
  // the same build when it has the package's exports and imports (whose names carry a hash).
  const before = { main: loadWasm(bindgenDir, MAIN), cli: loadWasm(bindgenDir, CLI) };
  const imports = (module) => WebAssembly.Module.imports(module).map(({ module: from, name }) => `${from} ${name}`).sort();
  for (const key of ["main", "cli"]) {
    const same =
      JSON.stringify(exportNames(before[key]).sort()) === JSON.stringify(exportNames(shipped[key]).sort()) &&
      JSON.stringify(imports(before[key])) === JSON.stringify(imports(shipped[key]));
    expect(same, `the ${key} .wasm in ${bindgenDir} is not from the package's build: run make pkg`);
  }
  const main = functionNames(before.main);
  const cli = functionNames(before.cli);
  expect(main && cli, `wasm-bindgen's output in ${bindgenDir} has no name section`);
  const found = main.filter((name) => CLI_MODULES.some((module) => name.includes(module)));
  expect(found.length === 0, `the main .wasm has ${found.length} functions of the AWS CLI syntax:\n${found.slice(0, 10).join("\n")}`);
  const absent = CLI_MODULES.filter((module) => !cli.some((name) => name.includes(module)));
  expect(absent.length === 0, `the /cli .wasm has no function named ${absent.join(", ")}…: are the names still written so?`);
  return `main ${main.length} functions, none of ${CLI_MODULES.length} modules; /cli ${cli.length} functions`;
});

check(`size: the main .wasm is at least ${MIN_DIFFERENCE} bytes smaller than the /cli .wasm (raw)`, () => {
  const main = fs.statSync(path.join(pkgDir, `${MAIN}_bg.wasm`)).size;
  const cli = fs.statSync(path.join(pkgDir, `${CLI}_bg.wasm`)).size;
  expect(cli - main >= MIN_DIFFERENCE, `main ${main} bytes, /cli ${cli}: ${cli - main} bytes apart`);
  return `main ${main} bytes, /cli ${cli}: ${cli - main} apart`;
});

process.exitCode = failed === 0 ? 0 : 1;
