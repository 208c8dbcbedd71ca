#!/usr/bin/env node
// The shipped size of the npm package: the .wasm and every JavaScript file that `npm pack` puts in
// the tarball (the wasm-bindgen glue and the entry points), each raw, gzip (level 9) and brotli
// (quality 11) with node:zlib, each file compressed on its own. "browser" is what a browser loads
// from the package (web.js and what it imports, and the .wasm), before any bundler minifies it.
// Exits 1 when the total gzip (the .wasm and all JavaScript) exceeds the budget of 200 KiB.
//
//   node tests/pkg/size.mjs [--pkg DIR] [--json]
//
// DIR defaults to $PKG or pkg (built by `make pkg`). --json prints the numbers as JSON.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// The whole package in one entry: the hardening of pasted commands (a JMESPath reader for --query,
// exact Python integers, tables of invisible characters) took it past the earlier 160 KiB. The
// split into a validation entry and a /cli entry, each with its own budget, comes next.
const BUDGET_GZIP = 200 * 1024;
/** What a browser loads: web.js and its imports, and the .wasm. */
const BROWSER = ["web.js", "api.js", "connect_user_validator.js", "connect_user_validator_bg.wasm"];

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

function measure(file) {
  const bytes = fs.readFileSync(path.join(pkgDir, file));
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

function sum(file, rows) {
  return rows.reduce((total, row) => ({ file, raw: total.raw + row.raw, gzip: total.gzip + row.gzip, brotli: total.brotli + row.brotli }), {
    file,
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

const wasmFiles = shipped.filter((f) => f.endsWith(".wasm"));
if (wasmFiles.length !== 1) {
  console.error(`size: expected one .wasm in the package, found ${wasmFiles.length}`);
  process.exit(2);
}
const wasm = measure(wasmFiles[0]);
const js = shipped.filter((f) => /\.(c|m)?js$/.test(f)).map(measure);
const jsTotal = sum("JavaScript", js);
const total = sum("total", [wasm, jsTotal]);
const browser = sum("browser", [wasm, ...js].filter((row) => BROWSER.includes(row.file)));
const withinBudget = total.gzip <= BUDGET_GZIP;

if (asJson) {
  console.log(
    JSON.stringify(
      {
        package: `${packed.name}@${packed.version}`,
        tarball: packed.size,
        budget: { gzip: BUDGET_GZIP },
        withinBudget,
        wasm,
        js,
        jsTotal,
        browser,
        total,
      },
      null,
      2,
    ),
  );
} else {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const rows = [wasm, ...js, jsTotal, browser, total];
  const width = Math.max(...rows.map((r) => r.file.length));
  const line = (r) =>
    `${r.file.padEnd(width)}  ${kib(r.raw).padStart(10)}  ${kib(r.gzip).padStart(10)}  ${kib(r.brotli).padStart(10)}`;
  console.log(`${packed.name}@${packed.version} (${pkgDir === path.join(ROOT, "pkg") ? "pkg" : pkgDir})`);
  console.log(`${"file".padEnd(width)}  ${"raw".padStart(10)}  ${"gzip -9".padStart(10)}  ${"brotli 11".padStart(10)}`);
  console.log(line(wasm));
  for (const row of js) console.log(line(row));
  console.log("-".repeat(width + 36));
  console.log(line(jsTotal));
  console.log(line(browser));
  console.log(line(total));
  console.log(
    `total gzip ${total.gzip} bytes ${withinBudget ? "≤" : ">"} budget ${BUDGET_GZIP} bytes (${kib(BUDGET_GZIP)}): ${withinBudget ? "ok" : "OVER BUDGET"}`,
  );
}
// exitCode, not exit(): stdout to a pipe is written asynchronously and exit() could cut it short.
process.exitCode = withinBudget ? 0 : 1;
