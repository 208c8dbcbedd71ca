#!/usr/bin/env node
// The npm package as its users get it: `npm pack` of the built package, installed from the tarball
// into fresh projects under the system's temporary directory (removed afterwards), and used there.
// Both entries: `connect-user-validator` (validation) and `connect-user-validator/cli` (validation
// and the AWS CLI syntax, over its own .wasm).
//
//   pack            the tarball holds what package.json names, and the README
//   publint         publint on the tarball: no error, warning or suggestion; and it lints every
//                   condition of both entries (each entry's files taken out, publint reports each)
//   declarations    the shipped .d.ts and .d.cts of each entry have no `any` and declare the same
//                   exports; cli.d.ts declares all of index.d.ts's
//   node            ESM import and CommonJS require of each entry, synchronous, the whole API
//                   (fixtures/node): the main entry without the AWS CLI syntax, the /cli entry with
//                   it and agreeing with the main entry; each entry's browser loader refuses the
//                   other entry's .wasm
//   typescript      tsc --strict on a consumer of each entry (fixtures/typescript) that uses
//                   @aws-sdk/client-connect's CreateUserCommandInput, under moduleResolution bundler,
//                   node10 (typesVersions) and node16 (.mts and .cts), then compiled and run
//   vite            a Vite app for each entry, built and opened in headless Chromium (each with its
//                   own .wasm only, no request to another origin, "call init() first" before
//                   init), and the Vite dev server with the README's config
//   forms           @hookform/resolvers' standardSchemaResolver and TanStack Form's FormApi
//   readme          the README's examples, run or type-checked where they belong, and its API tables
//
// Run from the repository root after `make pkg`:  node tests/pkg/pack-and-install.mjs
// Options: --pkg DIR (default $PKG or pkg), --only GROUP[,GROUP] (the groups above), --keep (keep
// the temporary projects and print where). Prints one line per check with its time; exits 1 when
// any check failed. Installs use npm's own cache with --prefer-offline, so a second run is fast.

import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import fsp from "node:fs/promises";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { CHROMIUM, CHROMIUM_ARGS } from "../chromium.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const FIXTURES = path.join(HERE, "fixtures");
const TEMPLATE_README = path.join(ROOT, "pkg-template/README.md");
const TOOLS = path.join(ROOT, "node_modules/.bin");
const rootRequire = createRequire(path.join(ROOT, "package.json"));

/** Every package installed into the test projects, at an exact version. */
const VERSIONS = {
  "@aws-sdk/client-connect": "3.1136.0",
  "@types/node": "20.19.43",
  vite: "7.3.8",
  react: "19.3.1",
  "react-dom": "19.3.1",
  "@types/react": "19.3.3",
  "react-hook-form": "7.92.0",
  "@hookform/resolvers": "7.0.9",
  "@standard-schema/spec": "1.1.0",
  "@tanstack/form-core": "1.33.5",
  "@tanstack/react-form": "1.33.5",
};
const INIT_ERROR = "Error: connect-user-validator: call init() first";

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const option = (name) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
const PKG_DIR = path.resolve(ROOT, option("--pkg") ?? process.env.PKG ?? "pkg");
const ONLY = option("--only")?.split(",");
const KEEP = argv.includes("--keep");
const GROUPS = ["pack", "publint", "declarations", "node", "typescript", "vite", "forms", "readme"];
for (const group of ONLY ?? []) {
  if (!GROUPS.includes(group)) throw new Error(`--only: unknown group ${group}; the groups are ${GROUPS.join(", ")}`);
}
const wanted = (group) => !ONLY || ONLY.includes(group);

// ---------------------------------------------------------------------------------------------
// Checks: one line each, with its time.

const outcomes = [];
const passed = new Set();

/**
 * Runs one named check. `needs` names earlier checks it cannot run without; when one of them did
 * not pass, this one is skipped (and counted as not passed). What `fn` returns is printed after it.
 */
async function check(name, fn, needs = []) {
  const missing = needs.filter((need) => !passed.has(need));
  if (missing.length > 0) {
    outcomes.push({ name, status: "skip" });
    console.log(`skip  ${name}  (needs: ${missing.join(", ")})`);
    return undefined;
  }
  const start = performance.now();
  try {
    const note = await fn();
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    passed.add(name);
    outcomes.push({ name, status: "ok", seconds });
    console.log(`ok    ${name}  ${seconds} s${typeof note === "string" && note ? `  — ${note}` : ""}`);
    return note;
  } catch (error) {
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    outcomes.push({ name, status: "FAIL", seconds });
    const text = (error?.stack && !error.handled ? error.stack : String(error?.message ?? error)).trim();
    console.log(`FAIL  ${name}  ${seconds} s\n${text.replace(/^/gm, "      ")}`);
    return undefined;
  }
}

/** An Error whose message is the whole story (no stack needed). */
function failure(message) {
  const error = new Error(message);
  error.handled = true;
  return error;
}

function expect(condition, message) {
  if (!condition) throw failure(message);
}

function expectEqual(actual, expected, what) {
  if (!isDeepStrictEqual(actual, expected)) {
    throw failure(`${what}:\n  expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(actual)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Processes and files

/** Runs a command; resolves with its stdout, rejects with its whole output when it fails. */
function run(command, args, { cwd, env, timeout = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const output = `${stdout}${stderr}`.trim();
          reject(failure(`${[command, ...args].join(" ")} (in ${cwd ?? "."}) failed: ${error.message.split("\n")[0]}\n${output}`));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

/** Runs tsc; on failure, the error keeps only tsc's diagnostics (not a --traceResolution trace). */
async function tsc(args, cwd) {
  try {
    return await run(path.join(TOOLS, "tsc"), args, { cwd });
  } catch (error) {
    const lines = error.message.split("\n");
    const kept = [];
    let inDiagnostic = false;
    for (const line of lines.slice(1)) {
      if (/^\S.*\(\d+,\d+\): error TS\d+:/.test(line) || /^error TS\d+:/.test(line)) inDiagnostic = true;
      else if (!/^\s/.test(line)) inDiagnostic = false;
      if (inDiagnostic) kept.push(line);
    }
    throw failure(`tsc ${args.join(" ")} (in ${cwd}):\n${kept.join("\n")}`);
  }
}

const write = (file, text) => fsp.mkdir(path.dirname(file), { recursive: true }).then(() => fsp.writeFile(file, text));
const copy = (from, to) => fsp.mkdir(path.dirname(to), { recursive: true }).then(() => fsp.copyFile(from, to));

/** A fresh project directory with a package.json. */
async function project(name, type) {
  const dir = path.join(WORK, name);
  await fsp.mkdir(dir, { recursive: true });
  await write(
    path.join(dir, "package.json"),
    `${JSON.stringify({ name: `cuv-test-${name}`, private: true, version: "0.0.0", ...(type ? { type } : {}) }, null, 2)}\n`,
  );
  return dir;
}

/** npm install of the tarball and the named packages, at the versions of VERSIONS. */
async function install(dir, names) {
  const specs = names.map((name) => {
    expect(VERSIONS[name], `no pinned version for ${name}`);
    return `${name}@${VERSIONS[name]}`;
  });
  await run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--ignore-scripts",
      "--save-exact",
      "--loglevel=error",
      TARBALL,
      ...specs,
    ],
    { cwd: dir },
  );
  const installed = JSON.parse(await fsp.readFile(path.join(dir, "node_modules/connect-user-validator/package.json"), "utf8"));
  return `${installed.name}@${installed.version}${specs.length ? ` + ${specs.length} packages` : ""}`;
}

// ---------------------------------------------------------------------------------------------
// README examples: a fenced block after `<!-- test: TAG -->` is an example to run or type-check;
// a block after `<!-- output -->` is what the example before it prints. Lines with `// → TEXT`
// give printed lines too.

function readmeExamples(text) {
  const examples = [];
  const pattern = /<!-- (test: ([\w-]+)|output) -->\s*\n```[^\n]*\n([\s\S]*?)\n```/g;
  for (const match of text.matchAll(pattern)) {
    const line = text.slice(0, match.index).split("\n").length;
    if (match[1] === "output") {
      expect(examples.length > 0, `README.md:${line}: an output block before any example`);
      examples.at(-1).output = match[3].split("\n");
    } else {
      examples.push({ tag: match[2], code: `${match[3]}\n`, line, output: undefined });
    }
  }
  for (const example of examples) {
    const arrows = [...example.code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]);
    if (arrows.length > 0) {
      expect(!example.output, `README.md:${example.line}: both an output block and // → lines`);
      example.output = arrows;
    }
  }
  return examples;
}

function compareOutput(example, printed) {
  if (!example.output) return;
  const lines = printed.replace(/\n$/, "").split("\n");
  if (!isDeepStrictEqual(lines, example.output)) {
    throw failure(
      `README.md:${example.line} (${example.tag}) prints something else than the README shows:\n` +
        `  README:\n${example.output.map((l) => `    ${l}`).join("\n")}\n  printed:\n${lines.map((l) => `    ${l}`).join("\n")}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Declarations: the value exports of a .d.ts (with those of what it re-exports with `export *`),
// and every `any` in it.

/** The declaration file a relative module specifier in a .d.ts names: "./index.js" is index.d.ts. */
function declarationFile(from, specifier) {
  return path.resolve(path.dirname(from), specifier.replace(/\.(c|m)?js$/, ".d.$1ts"));
}

function inspectDeclarations(file) {
  const ts = rootRequire("typescript");
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const problems = [];
  const where = (node) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${path.basename(file)}:${line + 1}:${character + 1}`;
  };
  const needsType = (node) =>
    (ts.isParameter(node) ||
      ts.isPropertySignature(node) ||
      ts.isPropertyDeclaration(node) ||
      ts.isVariableDeclaration(node)) &&
    !node.type;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) problems.push(`${where(node)}: any`);
    if (needsType(node)) problems.push(`${where(node)}: ${node.name.getText()} has no type (implicitly any)`);
    if ((ts.isFunctionDeclaration(node) || ts.isMethodSignature(node)) && !node.type) {
      problems.push(`${where(node)}: ${node.name?.getText() ?? "function"} has no return type (implicitly any)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  /** Declared here; `values` adds what `export *` re-exports. The default export is neither. */
  const own = new Set();
  const reexported = new Set();
  for (const statement of source.statements) {
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement) && exported && !isDefault && statement.name) own.add(statement.name.text);
    if (ts.isVariableStatement(statement) && exported) {
      for (const declaration of statement.declarationList.declarations) own.add(declaration.name.getText());
    }
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) continue;
    if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if (!element.isTypeOnly && element.name.text !== "default") own.add(element.name.text);
      }
    } else if (!statement.exportClause && statement.moduleSpecifier) {
      const target = declarationFile(file, statement.moduleSpecifier.text);
      for (const name of inspectDeclarations(target).values) reexported.add(name);
    }
  }
  return { problems, own: [...own].sort(), values: [...new Set([...own, ...reexported])].sort() };
}

// ---------------------------------------------------------------------------------------------
// Browser: one headless Chromium with a fresh profile, pages served from 127.0.0.1.

let browserContext;
async function browser() {
  if (!browserContext) {
    const { chromium } = rootRequire("playwright-core");
    const profile = await fsp.mkdtemp(path.join(WORK, "chromium-profile-"));
    browserContext = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
    });
  }
  return browserContext;
}

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/** A static server for `root` on 127.0.0.1, on a free port. */
async function serveStatic(root) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = path.join(root, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await fsp.readFile(file);
      response.writeHead(200, { "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Opens `url`, waits for `document.body.dataset.state === "done"`, and returns what the page
 * printed and requested. Fails on a page error, a console warning or error, a failed response,
 * or a request to another origin.
 */
async function openPage(url, { allowWarnings = false } = {}) {
  const context = await browser();
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const requests = [];
  const logs = [];
  const problems = [];
  // Counts compileStreaming calls, to see the .wasm compiled while it downloads.
  await page.addInitScript(() => {
    const original = WebAssembly.compileStreaming;
    window.__streamed = 0;
    WebAssembly.compileStreaming = (...args) => {
      window.__streamed += 1;
      return original.apply(WebAssembly, args);
    };
  });
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "log") logs.push(message.text());
    else if (message.type() === "error" || (message.type() === "warning" && !allowWarnings)) {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  // A page error ends the wait: the page will not finish.
  let stop;
  const stopped = new Promise((resolve) => (stop = resolve));
  page.on("pageerror", () => stop());
  try {
    await page.goto(url);
    const finished = page
      .waitForFunction(() => document.body?.dataset.state === "done", null, { timeout: 15_000 })
      .then(() => true, () => false);
    if (!(await Promise.race([finished, stopped.then(() => false)]))) problems.push("the page did not finish");
    const result = await page.evaluate(() => ({
      text: document.querySelector("#result")?.textContent ?? "",
      streamed: window.__streamed,
    }));
    const foreign = requests.filter((r) => !r.startsWith("data:") && new URL(r).origin !== origin);
    if (foreign.length > 0) problems.push(`requests to another origin: ${foreign.join(", ")}`);
    if (problems.length > 0) throw failure(`${url}:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    return { ...result, logs, requests };
  } finally {
    await page.close();
  }
}

/** What the main entry's test page (fixtures/vite/main.js) must render, computed in Node. */
function expectedTestPage(nodeMain, requests) {
  return {
    readyBefore: false,
    validateBefore: INIT_ERROR,
    schemaBefore: INIT_ERROR,
    memoised: true,
    readyAfter: true,
    conflict: nodeMain.validate(requests.conflict),
    issues: nodeMain.createUserRequestSchema["~standard"].validate(requests.conflict).issues,
  };
}

/**
 * What the /cli entry's test page (fixtures/vite/cli-main.js) must render, computed in Node with
 * the /cli entry, and with the main entry where both entries must agree.
 */
function expectedCliPage(nodeMain, nodeCli, requests) {
  const parsed = nodeCli.parseCliCommand(nodeCli.toCliCommand(requests.conflict, { multiline: true }));
  expectEqual(parsed, { operation: "CreateUser", request: requests.conflict, diagnostics: [] }, "the /cli entry in Node reads its own command");
  return JSON.parse(
    JSON.stringify({
      readyBefore: false,
      validateBefore: INIT_ERROR,
      commandBefore: INIT_ERROR,
      parseBefore: INIT_ERROR,
      memoised: true,
      readyAfter: true,
      conflict: nodeMain.validate(requests.conflict),
      command: nodeCli.toCliCommand(requests.valid, { redactPassword: true }),
      parsed,
      parsedValidation: nodeMain.validate(requests.conflict),
    }),
  );
}

/** Throws unless the page fetched exactly one .wasm, the one named `wasm` (or a hashed asset of it). */
function expectWasm(page, wasm) {
  const fetched = page.requests.filter((url) => new URL(url).pathname.endsWith(".wasm"));
  const stem = wasm.replace(/\.wasm$/, "");
  const own = (url) => new RegExp(`/${stem}(-[\\w-]+)?\\.wasm$`).test(new URL(url).pathname);
  expect(fetched.length === 1 && own(fetched[0]), `the page fetched ${fetched.join(", ") || "no .wasm"}, not ${wasm} alone`);
}

/** Starts `vite` (the dev server) in `dir` on a free port; resolves when it listens. */
async function startViteDev(dir, configFile) {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const port = probe.address().port;
  await new Promise((r) => probe.close(r));
  const child = spawn(
    process.execPath,
    [path.join(dir, "node_modules/vite/bin/vite.js"), "--config", configFile, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
  );
  let output = "";
  const url = `http://127.0.0.1:${port}/`;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(failure(`vite dev did not start:\n${output}`)), 30_000);
    const onData = (data) => {
      output += data;
      if (output.includes(url)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(failure(`vite dev exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      child.removeAllListeners("exit");
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await once(child, "exit");
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------

const WORK = await fsp.mkdtemp(path.join(os.tmpdir(), "cuv-pkg-"));
let TARBALL;
let declared = null;
const cleanups = [];
const started = performance.now();

async function cleanup() {
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
  await browserContext?.close().catch(() => {});
  if (KEEP) console.log(`kept: ${WORK}`);
  else await fsp.rm(WORK, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => cleanup().finally(() => process.exit(130)));
}

console.log(`package: ${path.relative(ROOT, PKG_DIR) || "."}  work: ${WORK}`);
const readmeText = await fsp.readFile(TEMPLATE_README, "utf8");
let examples = [];
await check("readme: examples found", () => {
  examples = readmeExamples(readmeText);
  const counts = {};
  for (const e of examples) counts[e.tag] = (counts[e.tag] ?? 0) + 1;
  for (const tag of ["node-esm", "node-cjs", "browser", "browser-cli", "browser-url", "vite-config", "tsx", "ts"]) {
    expect(counts[tag], `pkg-template/README.md has no <!-- test: ${tag} --> example`);
  }
  return Object.entries(counts)
    .map(([tag, n]) => `${n} ${tag}`)
    .join(", ");
});
const examplesTagged = (tag) => examples.filter((e) => e.tag === tag);
/** The examples of `tag` run one after the other: what they print together. */
const examplesTogether = (tag) => {
  const tagged = examplesTagged(tag);
  return { tag, line: tagged.map((e) => e.line).join(", "), output: tagged.flatMap((e) => e.output ?? []) };
};

// pack --------------------------------------------------------------------------------------------

await check("pack: npm pack", async () => {
  expect(fs.existsSync(path.join(PKG_DIR, "package.json")), `${PKG_DIR} has no package.json: run make pkg`);
  const [packed] = JSON.parse(
    await run("npm", ["pack", "--json", "--ignore-scripts", "--loglevel=error", "--pack-destination", WORK, PKG_DIR], { cwd: WORK }),
  );
  TARBALL = path.join(WORK, packed.filename);
  const files = packed.files.map((f) => f.path).sort();
  const manifest = JSON.parse(await fsp.readFile(path.join(PKG_DIR, "package.json"), "utf8"));
  // Every file package.json points at is in the tarball.
  const targets = new Set();
  const collect = (value) => {
    if (typeof value === "string") targets.add(value.replace(/^\.\//, ""));
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(manifest.exports);
  for (const field of ["main", "module", "types", "browser", "typesVersions"]) collect(manifest[field]);
  targets.delete("package.json");
  for (const target of targets) expect(files.includes(target), `package.json names ${target}, which is not in the tarball`);
  // ... and nothing unexpected is: the files list, package.json, the README and licence files.
  const allowed = new Set([...(manifest.files ?? []), "package.json", "README.md"]);
  const extra = files.filter((f) => !allowed.has(f) && !/^LICEN[SC]E/i.test(f));
  expect(extra.length === 0, `unexpected files in the tarball: ${extra.join(", ")}`);
  expect(!manifest.dependencies && !manifest.peerDependencies, "the package has dependencies");
  return `${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KiB packed`;
});

if (wanted("pack")) {
  await check(
    "pack: README is the package's README",
    async () => {
      const shipped = await fsp.readFile(path.join(PKG_DIR, "README.md"), "utf8");
      expect(shipped === readmeText, "the README in the package is not pkg-template/README.md: rebuild it with make pkg");
    },
    ["pack: npm pack"],
  );
}

if (wanted("publint")) {
  /** publint's messages on `pack` (the tarball, or its files under `pkgDir`), with their text. */
  async function lint(pack, pkgDir) {
    const { publint } = await import(rootRequire.resolve("publint"));
    const { formatMessage } = await import(rootRequire.resolve("publint/utils"));
    const result = await publint({ pack, pkgDir, level: "suggestion", strict: false });
    return result.messages.map((m) => ({ ...m, text: `${m.type} ${m.code}: ${formatMessage(m, result.pkg, { color: false })}` }));
  }
  await check(
    "publint: no messages",
    async () => {
      const tarball = await fsp.readFile(TARBALL);
      const messages = await lint({ tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) });
      expect(messages.length === 0, messages.map((m) => m.text).join("\n"));
      const { version } = JSON.parse(await fsp.readFile(path.join(ROOT, "node_modules/publint/package.json"), "utf8"));
      return `publint ${version}`;
    },
    ["pack: npm pack"],
  );
  await check(
    "publint: lints every condition of both entries",
    async () => {
      // No messages could also mean that publint never looked at an entry. Taken out of the
      // tarball, each entry's files must be reported missing, at every condition that names them.
      const { unpack } = await import(createRequire(rootRequire.resolve("publint")).resolve("@publint/pack"));
      const { files, rootDir } = await unpack(await fsp.readFile(TARBALL));
      const manifest = JSON.parse(await fsp.readFile(path.join(PKG_DIR, "package.json"), "utf8"));
      const notes = [];
      for (const entry of [".", "./cli"]) {
        const conditions = [];
        const walk = (value, keys) => {
          if (typeof value === "string") conditions.push({ keys, file: value.replace(/^\.\//, "") });
          else for (const [key, inner] of Object.entries(value)) walk(inner, [...keys, key]);
        };
        walk(manifest.exports[entry], ["exports", entry]);
        const removed = new Set(conditions.map((c) => `${rootDir}/${c.file}`));
        const messages = await lint({ files: files.filter((f) => !removed.has(f.name)) }, rootDir);
        const missing = new Set(messages.filter((m) => m.code === "FILE_DOES_NOT_EXIST").map((m) => m.path.join(" ")));
        const unseen = conditions.filter((c) => !missing.has(c.keys.join(" ")));
        const named = unseen.map((c) => `${c.keys.join(".")} (${c.file})`).join(", ");
        expect(unseen.length === 0, `publint did not report the missing ${named}:\n${messages.map((m) => m.text).join("\n")}`);
        notes.push(`${entry}: ${conditions.length} conditions`);
      }
      return notes.join(", ");
    },
    ["pack: npm pack"],
  );
}

{
  await check("declarations: no any, the same exports in .d.ts and .d.cts, cli.d.ts has index.d.ts's", async () => {
    const found = {};
    for (const [entry, name] of [
      ["main", "index"],
      ["cli", "cli"],
    ]) {
      const esm = inspectDeclarations(path.join(PKG_DIR, `${name}.d.ts`));
      const cjs = inspectDeclarations(path.join(PKG_DIR, `${name}.d.cts`));
      const problems = [...esm.problems, ...cjs.problems];
      expect(problems.length === 0, problems.join("\n"));
      expectEqual(cjs.values, esm.values, `value exports of ${name}.d.cts and ${name}.d.ts`);
      found[entry] = esm.values;
    }
    const lacking = found.main.filter((name) => !found.cli.includes(name));
    expect(lacking.length === 0, `cli.d.ts does not declare ${lacking.join(", ")}`);
    declared = found;
    return `main ${found.main.length} value exports, /cli ${found.cli.length} (and each its default export)`;
  });
}

// node ---------------------------------------------------------------------------------------------

let nodeDir;
if (wanted("node") || wanted("readme") || wanted("vite")) {
  await check(
    "node: install",
    async () => {
      nodeDir = await project("node");
      for (const file of await fsp.readdir(path.join(FIXTURES, "node"))) {
        await copy(path.join(FIXTURES, "node", file), path.join(nodeDir, file));
      }
      await copy(path.join(FIXTURES, "requests.json"), path.join(nodeDir, "requests.json"));
      return install(nodeDir, []);
    },
    ["pack: npm pack"],
  );
}
const nodeEnv = () => ({ CUV_DECLARED: declared ? JSON.stringify(declared) : "" });
if (wanted("node")) {
  for (const [what, file] of [
    ["node: main entry, ESM import, synchronous, whole API, no AWS CLI syntax", "esm.mjs"],
    ["node: main entry, CommonJS require, synchronous, whole API, no AWS CLI syntax", "cjs.cjs"],
    ["node: /cli entry, ESM import, whole API, agrees with the main entry", "cli-esm.mjs"],
    ["node: /cli entry, CommonJS require, whole API, agrees with the main entry", "cli-cjs.cjs"],
  ]) {
    await check(
      what,
      async () => `${(await run(process.execPath, [file], { cwd: nodeDir, env: nodeEnv() })).trim()} exports checked`,
      ["node: install"],
    );
  }
  await check(
    "node: each entry's browser loader (web.js, cli-web.js) refuses the other entry's .wasm",
    async () => (await run(process.execPath, ["wrong-wasm.mjs"], { cwd: nodeDir })).trim(),
    ["node: install"],
  );
}
if (wanted("readme")) {
  await check(
    "readme: Node examples print what the README shows",
    async () => {
      const runnable = examples.filter((e) => e.tag === "node-esm" || e.tag === "node-cjs");
      for (const [i, example] of runnable.entries()) {
        const file = `readme-${i + 1}.${example.tag === "node-esm" ? "mjs" : "cjs"}`;
        await write(path.join(nodeDir, file), example.code);
        compareOutput(example, await run(process.execPath, [file], { cwd: nodeDir }));
      }
      return `${runnable.length} examples`;
    },
    ["node: install", "readme: examples found"],
  );
}

// typescript ---------------------------------------------------------------------------------------

let tsDir;
if (wanted("typescript") || wanted("readme")) {
  await check(
    "typescript: install",
    async () => {
      tsDir = await project("typescript");
      return install(tsDir, ["@aws-sdk/client-connect", "@types/node"]);
    },
    ["pack: npm pack"],
  );
}
if (tsDir && (wanted("typescript") || wanted("readme"))) {
  const common = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUnusedLocals: true,
    skipLibCheck: false,
    target: "es2022",
    noEmit: true,
  };
  // One consumer per entry, as .ts (bundler, node10), .mts and .cts (node16).
  const consumers = ["consumer", "cli-consumer"];
  for (const name of consumers) {
    const text = await fsp.readFile(path.join(FIXTURES, `typescript/${name}.ts`), "utf8");
    for (const ext of ["ts", "mts", "cts"]) await write(path.join(tsDir, `${name}.${ext}`), text);
  }
  // The README's examples: TypeScript as is; JavaScript checked with checkJs.
  const readmeFiles = { bundler: [], node16: [] };
  for (const [i, example] of examples.entries()) {
    const target = {
      ts: ["bundler", "ts"],
      browser: ["bundler", "mjs"],
      "browser-cli": ["bundler", "mjs"],
      "browser-url": ["bundler", "mjs"],
      "node-esm": ["node16", "mjs"],
      "node-cjs": ["node16", "cjs"],
    }[example.tag];
    if (!target) continue;
    const file = `readme-${i + 1}.${target[1]}`;
    await write(path.join(tsDir, file), example.code);
    readmeFiles[target[0]].push(file);
  }
  // Vite's `?url` imports, as vite/client declares them.
  await write(path.join(tsDir, "vite-url.d.ts"), 'declare module "*?url" {\n  const url: string;\n  export default url;\n}\n');
  await write(
    path.join(tsDir, "tsconfig.bundler.json"),
    JSON.stringify({
      compilerOptions: {
        ...common,
        // The declarations themselves are checked under node16; here it is how they are used.
        skipLibCheck: true,
        module: "preserve",
        moduleResolution: "bundler",
        lib: ["es2022", "dom"],
        types: ["node"],
        allowJs: true,
        checkJs: true,
      },
      files: [...consumers.map((name) => `${name}.ts`), "vite-url.d.ts", ...readmeFiles.bundler],
    }),
  );
  // node16 without the DOM lib, as a Node project has it: the declarations must not need it.
  // Also compiled, to run the output: what TypeScript believes about the module is what Node gives.
  await write(
    path.join(tsDir, "tsconfig.node16.json"),
    JSON.stringify({
      compilerOptions: {
        ...common,
        noEmit: false,
        outDir: "out",
        module: "node16",
        moduleResolution: "node16",
        lib: ["es2022"],
        types: ["node"],
        allowJs: true,
        checkJs: true,
      },
      files: [...consumers.flatMap((name) => [`${name}.mts`, `${name}.cts`]), ...readmeFiles.node16],
    }),
  );
  // node10 (`"moduleResolution": "node"`) knows no exports map: "types" gives the main entry's
  // declarations and typesVersions the /cli entry's.
  await write(
    path.join(tsDir, "tsconfig.node10.json"),
    JSON.stringify({
      compilerOptions: {
        ...common,
        module: "commonjs",
        moduleResolution: "node10",
        esModuleInterop: true,
        lib: ["es2022"],
        types: ["node"],
      },
      files: consumers.map((name) => `${name}.ts`),
    }),
  );
  const version = (await tsc(["--version"], tsDir)).trim();
  /** Where a --traceResolution trace resolved each entry to, as "entry → file" strings. */
  const resolved = (trace) =>
    new Set(
      [...trace.matchAll(/Module name '(connect-user-validator(?:\/cli)?)' was successfully resolved to '([^']+)'/g)].map(
        (m) => `${m[1]} → ${path.basename(m[2])}`,
      ),
    );
  const expectResolved = (trace, expected) => {
    const found = resolved(trace);
    const lacking = expected.filter((e) => !found.has(e));
    expect(lacking.length === 0, `not resolved: ${lacking.join(", ")}; resolved: ${[...found].join(", ")}`);
    return expected.join(", ");
  };
  await check(
    'typescript: strict, moduleResolution "bundler" (consumer.ts, cli-consumer.ts, README examples)',
    async () => {
      const trace = await tsc(["-p", "tsconfig.bundler.json", "--traceResolution"], tsDir);
      return `${version}; ${expectResolved(trace, ["connect-user-validator → index.d.ts", "connect-user-validator/cli → cli.d.ts"])}`;
    },
    ["typescript: install"],
  );
  await check(
    'typescript: strict, moduleResolution "node16", no DOM lib (.mts and .cts of both consumers, README examples)',
    async () => {
      const trace = await tsc(["-p", "tsconfig.node16.json", "--traceResolution"], tsDir);
      return expectResolved(trace, [
        "connect-user-validator → index.d.ts",
        "connect-user-validator → index.d.cts",
        "connect-user-validator/cli → cli.d.ts",
        "connect-user-validator/cli → cli.d.cts",
      ]);
    },
    ["typescript: install"],
  );
  await check(
    'typescript: strict, moduleResolution "node10" (both consumers; /cli by typesVersions)',
    async () => {
      const trace = await tsc(["-p", "tsconfig.node10.json", "--traceResolution"], tsDir);
      return expectResolved(trace, ["connect-user-validator → index.d.ts", "connect-user-validator/cli → cli.d.ts"]);
    },
    ["typescript: install"],
  );
  await check(
    "typescript: the compiled node16 consumers run (both entries, ESM and CommonJS, default import included)",
    async () => {
      // tsc emits despite type errors, so this runs (and tells its own story) either way.
      const files = consumers.flatMap((name) => [`out/${name}.mjs`, `out/${name}.cjs`]);
      for (const file of files) {
        expect(fs.existsSync(path.join(tsDir, file)), `tsc wrote no ${file}`);
        const printed = (await run(process.execPath, [file], { cwd: tsDir })).trim();
        expect(printed === "ok", `${file} printed ${printed}`);
      }
      return `${files.length} files`;
    },
    ["typescript: install"],
  );
}

// vite ---------------------------------------------------------------------------------------------

let viteDir;
/** Each entry's Vite app: its pages (fixtures/vite), its .wasm, and where `vite build` writes it. */
const VITE_APPS = {
  main: { input: ["index", "readme", "explicit"], wasm: "connect_user_validator_bg.wasm", outDir: "dist-main" },
  cli: { input: ["cli", "cli-readme"], wasm: "connect_user_validator_cli_bg.wasm", outDir: "dist-cli" },
};
if (wanted("vite")) {
  await check(
    "vite: install",
    async () => {
      viteDir = await project("vite", "module");
      for (const file of await fsp.readdir(path.join(FIXTURES, "vite"))) {
        await copy(path.join(FIXTURES, "vite", file), path.join(viteDir, file));
      }
      await copy(path.join(FIXTURES, "requests.json"), path.join(viteDir, "requests.json"));
      const [urlExample] = examplesTagged("browser-url");
      const [configExample] = examplesTagged("vite-config");
      expect(urlExample && configExample, "README examples browser-url and vite-config");
      // A page runs every example of its tag, one module each, one after the other in README order
      // (dynamic imports: sibling static imports would interleave at a top-level await).
      for (const [tag, file] of [
        ["browser", "readme-example"],
        ["browser-cli", "cli-readme-example"],
      ]) {
        const tagged = examplesTagged(tag);
        expect(tagged.length > 0, `no README example ${tag}`);
        for (const [i, example] of tagged.entries()) await write(path.join(viteDir, `${file}-${i + 1}.js`), example.code);
        await write(path.join(viteDir, `${file}.js`), tagged.map((_, i) => `await import("./${file}-${i + 1}.js");\n`).join(""));
      }
      await write(path.join(viteDir, "explicit-example.js"), urlExample.code);
      await write(path.join(viteDir, "readme.vite.config.js"), configExample.code);
      // The README's configuration, plus the pages of this test: one app per entry.
      for (const [app, { input, outDir }] of Object.entries(VITE_APPS)) {
        const pages = input.map((page) => `${JSON.stringify(page)}: ${JSON.stringify(`${page}.html`)}`).join(", ");
        await write(
          path.join(viteDir, `${app}.vite.config.js`),
          `import { mergeConfig } from "vite";\nimport readme from "./readme.vite.config.js";\n\n` +
            `export default mergeConfig(readme, { build: { outDir: ${JSON.stringify(outDir)}, rollupOptions: { input: { ${pages} } } } });\n`,
        );
      }
      // Without it: to see whether the README's note on the dev server is still needed.
      await write(path.join(viteDir, "plain.vite.config.js"), `export default { cacheDir: "node_modules/.vite-plain" };\n`);
      return install(viteDir, ["vite"]);
    },
    ["pack: npm pack", "readme: examples found"],
  );
  for (const [app, { wasm, outDir }] of Object.entries(VITE_APPS)) {
    await check(
      `vite: vite build of the ${app} app (the ${app === "main" ? "main" : "/cli"} entry)`,
      async () => {
        await run(
          process.execPath,
          [path.join(viteDir, "node_modules/vite/bin/vite.js"), "build", "--config", `${app}.vite.config.js`, "--logLevel", "warn"],
          { cwd: viteDir, env: { NO_COLOR: "1" } },
        );
        const assets = await fsp.readdir(path.join(viteDir, outDir, "assets"));
        const emitted = assets.filter((f) => f.endsWith(".wasm"));
        expect(emitted.length === 1, `${outDir}/assets has ${emitted.length} .wasm files: ${assets.join(", ")}`);
        const original = await fsp.readFile(path.join(viteDir, "node_modules/connect-user-validator", wasm));
        const bytes = await fsp.readFile(path.join(viteDir, outDir, "assets", emitted[0]));
        expect(original.equals(bytes), `the emitted ${emitted[0]} is not the package's ${wasm}`);
        return `emitted ${emitted[0]}`;
      },
      ["vite: install"],
    );
  }
  const requests = JSON.parse(await fsp.readFile(path.join(FIXTURES, "requests.json"), "utf8"));
  /** Each entry as Node loads it, for the results the pages must show. */
  const nodeApi = (entry) => createRequire(path.join(nodeDir, "package.json"))(entry);
  /** Opens the test pages of `app` at `base` and checks what they show and fetch; returns a note. */
  async function openApp(app, base, { readmeOnly = false } = {}) {
    const { wasm } = VITE_APPS[app];
    if (app === "main") {
      const main = await openPage(`${base}index.html`);
      expectEqual(JSON.parse(main.text), expectedTestPage(nodeApi("connect-user-validator"), requests), "the main test page");
      expectWasm(main, wasm);
      expect(main.streamed >= 1, "the .wasm was not compiled with WebAssembly.compileStreaming");
      const readme = await openPage(`${base}readme.html`);
      compareOutput(examplesTogether("browser"), readme.logs.join("\n"));
      expectWasm(readme, wasm);
      if (readmeOnly) return `${main.requests.length} requests`;
      const explicit = await openPage(`${base}explicit.html`);
      compareOutput(examplesTagged("browser-url")[0], explicit.logs.join("\n"));
      expectWasm(explicit, wasm);
      return `${main.requests.length} requests`;
    }
    const cli = await openPage(`${base}cli.html`);
    const expected = expectedCliPage(nodeApi("connect-user-validator"), nodeApi("connect-user-validator/cli"), requests);
    expectEqual(JSON.parse(cli.text), expected, "the /cli test page");
    expectWasm(cli, wasm);
    expect(cli.streamed >= 1, "the .wasm was not compiled with WebAssembly.compileStreaming");
    const readme = await openPage(`${base}cli-readme.html`);
    compareOutput(examplesTogether("browser-cli"), readme.logs.join("\n"));
    expectWasm(readme, wasm);
    return `${cli.requests.length} requests`;
  }
  for (const app of Object.keys(VITE_APPS)) {
    await check(
      `vite: the built ${app} app in headless Chromium, loading ${VITE_APPS[app].wasm} only`,
      async () => {
        const server = await serveStatic(path.join(viteDir, VITE_APPS[app].outDir));
        cleanups.push(server.close);
        try {
          return `${await openApp(app, `${server.origin}/`)}, all to ${server.origin}`;
        } finally {
          await server.close();
        }
      },
      [`vite: vite build of the ${app} app (the ${app === "main" ? "main" : "/cli"} entry)`, "node: install"],
    );
  }
  await check(
    "vite: dev server with the README's config, in headless Chromium (both apps)",
    async () => {
      const dev = await startViteDev(viteDir, "main.vite.config.js");
      cleanups.push(dev.stop);
      try {
        await openApp("main", dev.url, { readmeOnly: true });
        await openApp("cli", dev.url);
      } finally {
        await dev.stop();
      }
    },
    ["vite: install", "node: install"],
  );
  await check(
    "vite: the dev server needs the README's optimizeDeps.exclude",
    async () => {
      const dev = await startViteDev(viteDir, "plain.vite.config.js");
      cleanups.push(dev.stop);
      const failures = [];
      try {
        for (const page of ["index.html", "cli.html"]) {
          try {
            await openPage(`${dev.url}${page}`, { allowWarnings: true });
          } catch (error) {
            failures.push(error);
          }
        }
      } finally {
        await dev.stop();
      }
      expect(failures.length === 2, "a page works without optimizeDeps.exclude: the README's note is out of date");
      const pageErrors = failures.map((failure) => {
        const pageError = String(failure.message).split("\n").find((line) => line.includes("page error"));
        if (pageError === undefined) throw failure;
        return pageError.trim();
      });
      return `both pages fail without it (${pageErrors[0]})`;
    },
    ["vite: install"],
  );
}

// forms --------------------------------------------------------------------------------------------

let formsDir;
if (wanted("forms") || wanted("readme")) {
  await check(
    "forms: install",
    async () => {
      formsDir = await project("forms", "module");
      for (const file of ["rhf.mjs", "tanstack.mjs"]) await copy(path.join(FIXTURES, "forms", file), path.join(formsDir, file));
      await copy(path.join(FIXTURES, "requests.json"), path.join(formsDir, "requests.json"));
      return install(formsDir, [
        "react",
        "react-dom",
        "@types/react",
        "react-hook-form",
        "@hookform/resolvers",
        "@standard-schema/spec",
        "@tanstack/form-core",
        "@tanstack/react-form",
      ]);
    },
    ["pack: npm pack"],
  );
}
if (wanted("forms")) {
  await check(
    "forms: react-hook-form standardSchemaResolver puts errors on the right paths",
    async () => {
      await run(process.execPath, ["rhf.mjs"], { cwd: formsDir });
      return `@hookform/resolvers ${VERSIONS["@hookform/resolvers"]}, react-hook-form ${VERSIONS["react-hook-form"]}`;
    },
    ["forms: install"],
  );
  await check(
    "forms: TanStack Form (FormApi, validators.onChange) puts errors on the right fields",
    async () => {
      await run(process.execPath, ["tanstack.mjs"], { cwd: formsDir });
      return `@tanstack/form-core ${VERSIONS["@tanstack/form-core"]}`;
    },
    ["forms: install"],
  );
}
if (wanted("readme") || wanted("forms")) {
  await check(
    "readme: React Hook Form and TanStack Form examples type-check (strict, TSX)",
    async () => {
      const files = [];
      for (const [i, example] of examplesTagged("tsx").entries()) {
        const file = `readme-${i + 1}.tsx`;
        await write(path.join(formsDir, file), example.code);
        files.push(file);
      }
      await write(
        path.join(formsDir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            noUnusedLocals: true,
            // connect-user-validator's declarations are checked in the typescript project.
            skipLibCheck: true,
            jsx: "react-jsx",
            module: "preserve",
            moduleResolution: "bundler",
            target: "es2022",
            lib: ["es2022", "dom"],
            types: [],
          },
          files,
        }),
      );
      await tsc(["-p", "tsconfig.json"], formsDir);
      return `${files.length} examples`;
    },
    ["forms: install", "readme: examples found"],
  );
  await check("readme: the API tables list every export of each entry", async () => {
    /** The names in the first column of the table after `marker`. */
    const table = (marker) => {
      const text = readmeText.split(marker)[1] ?? "";
      const rows = text.slice(0, text.search(/\n\n|$/)).matchAll(/^\| `(\w+)/gm);
      return [...rows].map((m) => m[1]).sort();
    };
    const main = table("<!-- api -->");
    const cli = table("<!-- api-cli -->");
    const mainTemplate = inspectDeclarations(path.join(ROOT, "pkg-template/index.d.ts")).values;
    const cliTemplate = inspectDeclarations(path.join(ROOT, "pkg-template/cli.d.ts")).own;
    expectEqual(main, mainTemplate, "README's main API table against pkg-template/index.d.ts");
    expectEqual(cli, cliTemplate, "README's /cli API table against what pkg-template/cli.d.ts adds");
    const listed = [...main, ...cli];
    const missing = [...new Set([...(declared?.main ?? []), ...(declared?.cli ?? [])])].filter((name) => !listed.includes(name));
    expect(missing.length === 0, `exported by the package but not in the README: ${missing.join(", ")}`);
    return `main ${main.length} exports, /cli ${cli.length} more`;
  });
}

// --------------------------------------------------------------------------------------------------

await cleanup();
const count = (status) => outcomes.filter((o) => o.status === status).length;
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(`total ${total} s`);
console.log(`${count("ok")} passed, ${count("FAIL")} failed, ${count("skip")} skipped`);
// exitCode, not exit(): stdout to a pipe is written asynchronously and exit() could cut it short.
process.exitCode = count("ok") === outcomes.length ? 0 : 1;
