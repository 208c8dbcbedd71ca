#!/usr/bin/env node
// Size is a test: each entry of the npm package against its budget, as a bundler ships it.
//
// The table lists every .wasm, JavaScript and JSON file that `npm pack` puts in the tarball, each
// raw, gzip (level 9) and brotli (quality 11) with node:zlib, each file compressed on its own;
// "browser" rows sum what a browser loads for an entry before any bundler minifies it (its web
// entry point, what that imports, and its .wasm). Then each entry as shipped: its .wasm (gzip -9)
// plus its JavaScript bundled and minified by esbuild from a module that imports what a page of
// that entry uses (`init`, `validate`; for /cli also `toCliCommand`, `parseCliCommand`). The rule
// explanations (explanations.json) are fetched only when asked for, so no budget counts them.
// Exits 1 when an entry is over its budget, or when an entry's imports differ from its BROWSER
// list below.
//
//   node tests/pkg/size.mjs [--pkg DIR] [--json]
//
// DIR defaults to $PKG or pkg (built by `make pkg`). --json prints the numbers as JSON.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const esbuild = createRequire(path.join(ROOT, "package.json"))("esbuild");

// The budgets, in bytes gzip, of each entry as shipped (.wasm + minified JavaScript). Issue 11's
// targets are 60 KB (60,000 bytes) for the main entry and 110 KB for /cli; the build is above both
// while the work to shrink it goes on, so each budget is the size measured when the update
// operations and planUserUpdate came in (issue 12: 83,630 and 145,013) rounded up to the next KB,
// plus 2 KB: growth fails, and each budget comes down to its target as the build shrinks. The
// sizes are tracked in bench/results.md.
const MAIN_BUDGET_GZIP = 86_000; // target 60_000
const CLI_BUDGET_GZIP = 148_000; // target 110_000

/**
 * Each entry: its web entry point, what a page imports from it, the files a browser loads for it
 * (the entry point, one module bundled by make pkg, and its .wasm), and its budget.
 */
const ENTRIES = {
  main: {
    name: "connect-user-validator",
    web: "web.js",
    imports: ["init", "validate"],
    browser: ["web.js", "connect_user_validator_bg.wasm"],
    budget: MAIN_BUDGET_GZIP,
  },
  cli: {
    name: "connect-user-validator/cli",
    web: "cli-web.js",
    imports: ["init", "validate", "toCliCommand", "parseCliCommand"],
    browser: ["cli-web.js", "connect_user_validator_cli_bg.wasm"],
    budget: CLI_BUDGET_GZIP,
  },
};

const args = process.argv.slice(2);
const pkgIndex = args.indexOf("--pkg");
const pkgDir = path.resolve(ROOT, pkgIndex >= 0 ? args[pkgIndex + 1] : (process.env.PKG ?? "pkg"));
const asJson = args.includes("--json");

if (!fs.existsSync(path.join(pkgDir, "package.json"))) {
  console.error(`size: ${pkgDir} has no package.json; build it with make pkg`);
  process.exit(2);
}

// The files npm would publish.
const [packed] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts", "--loglevel=error"], {
    cwd: pkgDir,
    encoding: "utf8",
  }),
);
const shipped = packed.files.map((f) => f.path).sort();

function sizes(file, bytes) {
  return {
    file,
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith(".wasm") ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      },
    }).length,
  };
}

const measure = (file) => sizes(file, fs.readFileSync(path.join(pkgDir, file)));

function sum(file, rows) {
  return rows.reduce((total, row) => ({ file, raw: total.raw + row.raw, gzip: total.gzip + row.gzip, brotli: total.brotli + row.brotli }), {
    file,
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

const wasm = shipped.filter((f) => f.endsWith(".wasm")).map(measure);
const js = shipped.filter((f) => /\.(c|m)?js$/.test(f)).map(measure);
const json = shipped.filter((f) => f.endsWith(".json") && f !== "package.json").map(measure);
const jsTotal = sum("JavaScript", js);
const total = sum("total", [...wasm, jsTotal]);
const problems = [];

/**
 * The entry as a bundler ships it: its .wasm, and its JavaScript bundled and minified by esbuild;
 * also checks that what esbuild bundled is the entry's BROWSER list.
 */
function shippedEntry(key, entry) {
  const page = `${key}-page.js`;
  const result = esbuild.buildSync({
    stdin: {
      contents: `export { ${entry.imports.join(", ")} } from "./${entry.web}";\n`,
      resolveDir: pkgDir,
      sourcefile: page,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    legalComments: "none",
    metafile: true,
    write: false,
    logLevel: "error",
  });
  const bundled = Object.keys(result.metafile.inputs)
    .map((input) => path.relative(pkgDir, path.resolve(input)))
    .filter((input) => input !== page && !input.startsWith(".."))
    .sort();
  const listed = entry.browser.filter((file) => !file.endsWith(".wasm")).sort();
  if (JSON.stringify(bundled) !== JSON.stringify(listed)) {
    problems.push(`${entry.name}: esbuild bundled ${bundled.join(", ")}; its BROWSER list in size.mjs says ${listed.join(", ")}`);
  }
  const wasmFile = entry.browser.find((file) => file.endsWith(".wasm"));
  const wasmRow = wasm.find((row) => row.file === wasmFile);
  if (!wasmRow) {
    problems.push(`${entry.name}: the package has no ${wasmFile}`);
    return undefined;
  }
  const bundle = sizes(`${entry.web} bundled, minified`, result.outputFiles[0].contents);
  const shippedTotal = sum(`${entry.name} shipped`, [wasmRow, bundle]);
  const withinBudget = shippedTotal.gzip <= entry.budget;
  if (!withinBudget) problems.push(`${entry.name}: ${shippedTotal.gzip} bytes gzip, over its budget of ${entry.budget}`);
  return {
    imports: entry.imports,
    browser: sum(`browser (${entry.name})`, [...wasm, ...js].filter((row) => entry.browser.includes(row.file))),
    wasm: wasmRow,
    bundle,
    shipped: shippedTotal,
    budget: { gzip: entry.budget },
    withinBudget,
  };
}

const entries = Object.fromEntries(Object.entries(ENTRIES).map(([key, entry]) => [key, shippedEntry(key, entry)]));
const ok = problems.length === 0;

if (asJson) {
  console.log(
    JSON.stringify(
      { package: `${packed.name}@${packed.version}`, tarball: packed.size, wasm, js, json, jsTotal, total, entries, ok, problems },
      null,
      2,
    ),
  );
} else {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const browserRows = Object.values(entries)
    .filter(Boolean)
    .map((entry) => entry.browser);
  const rows = [...wasm, ...js, ...json, jsTotal, total, ...browserRows];
  const width = Math.max(...rows.map((r) => r.file.length));
  const line = (r) =>
    `${r.file.padEnd(width)}  ${kib(r.raw).padStart(10)}  ${kib(r.gzip).padStart(10)}  ${kib(r.brotli).padStart(10)}`;
  console.log(`${packed.name}@${packed.version} (${pkgDir === path.join(ROOT, "pkg") ? "pkg" : pkgDir})`);
  console.log(`${"file".padEnd(width)}  ${"raw".padStart(10)}  ${"gzip -9".padStart(10)}  ${"brotli 11".padStart(10)}`);
  for (const row of [...wasm, ...js]) console.log(line(row));
  for (const row of json) console.log(`${line(row)}  (fetched when explanations are asked for)`);
  console.log("-".repeat(width + 36));
  for (const row of [jsTotal, total, ...browserRows]) console.log(line(row));
  console.log("");
  console.log("Each entry as a bundler ships it: its .wasm and its JavaScript bundled and minified by esbuild (gzip -9, bytes).");
  for (const [key, entry] of Object.entries(entries)) {
    if (!entry) continue;
    const { name } = ENTRIES[key];
    console.log(
      `${name} (${entry.imports.join(", ")}): ${entry.wasm.file} ${entry.wasm.gzip} + JavaScript ${entry.bundle.gzip} = ` +
        `${entry.shipped.gzip} ${entry.withinBudget ? "≤" : ">"} budget ${entry.budget.gzip}: ${entry.withinBudget ? "ok" : "OVER BUDGET"}`,
    );
  }
  for (const problem of problems) console.log(`FAIL  ${problem}`);
}
// exitCode, not exit(): stdout to a pipe is written asynchronously and exit() could cut it short.
process.exitCode = ok ? 0 : 1;
