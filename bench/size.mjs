// What a browser downloads: our .wasm and JS glue, against ajv with its compiled schema and zod with
// the hand-written schema, each bundled and minified for the browser by esbuild (the repository's
// own, in the root node_modules). Sizes raw, gzip level 9 and brotli quality 11 (node:zlib).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = fileURLToPath(new URL(".", import.meta.url));
const PKG = `${ROOT}pkg/`;
const esbuild = createRequire(ROOT)("esbuild");
const requireFromBench = createRequire(BENCH);

export function compressedSizes(bytes) {
  const buffer = Buffer.from(bytes);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

function add(a, b) {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

/**
 * One minified ESM bundle for the browser of the module text `contents`, resolved in bench/;
 * `virtual` maps extra module names to their source text (the generated ajv code).
 */
async function bundle(contents, name, virtual = {}) {
  const plugins = [];
  if (Object.keys(virtual).length > 0) {
    plugins.push({
      name: "virtual-modules",
      setup(build) {
        const filter = new RegExp(`^(${Object.keys(virtual).join("|")})$`);
        build.onResolve({ filter }, (args) => ({ path: args.path, namespace: "virtual" }));
        build.onLoad({ filter: /.*/, namespace: "virtual" }, (args) => ({
          contents: virtual[args.path],
          resolveDir: BENCH,
          loader: "js",
        }));
      },
    });
  }
  const result = await esbuild.build({
    stdin: { contents, resolveDir: BENCH, sourcefile: `${name}.mjs`, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "error",
    legalComments: "none",
    plugins,
  });
  return result.outputFiles[0].contents;
}

/** The ajv standalone module of `jsonSchema`: validation code generated ahead of time. */
function ajvStandaloneSource(jsonSchema) {
  const Ajv = requireFromBench("ajv").default;
  const standaloneCode = requireFromBench("ajv/dist/standalone").default;
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
  return standaloneCode(ajv, ajv.compile(jsonSchema));
}

/**
 * The browser bundles, each exporting `check(request)` that returns the list of problems; also
 * used by the Chromium cold start. Returns {name: Uint8Array}.
 */
export async function browserBundles(jsonSchema) {
  const schemaText = JSON.stringify(jsonSchema);
  const ajvStandalone = ajvStandaloneSource(jsonSchema);
  return {
    // What an app bundles to use our main entry: web.js and what it imports, tree-shaken.
    ours: await bundle(
      `import init, { validate } from ${JSON.stringify(`${PKG}web.js`)};
       export { init };
       export function check(request) { return validate(request, { identityManagementType: "CONNECT_MANAGED" }).diagnostics; }`,
      "ours",
    ),
    // The /cli entry, for a page that validates and writes and reads commands.
    oursCli: await bundle(
      `import init, { validate, toCliCommand, parseCliCommand } from ${JSON.stringify(`${PKG}cli-web.js`)};
       export { init, toCliCommand, parseCliCommand };
       export function check(request) { return validate(request, { identityManagementType: "CONNECT_MANAGED" }).diagnostics; }`,
      "ours-cli",
    ),
    // ajv compiling the schema in the browser at start-up.
    ajv: await bundle(
      `import Ajv from "ajv";
       const validate = new Ajv({ allErrors: true, strict: false }).compile(${schemaText});
       export function check(request) { return validate(request) ? [] : validate.errors; }`,
      "ajv",
    ),
    // ajv's validation code generated ahead of time, with only the runtime helpers it needs.
    ajvStandalone: await bundle(
      `import validate from "ajv-standalone-code";
       export function check(request) { return validate(request) ? [] : validate.errors; }`,
      "ajv-standalone",
      { "ajv-standalone-code": ajvStandalone },
    ),
    zod: await bundle(
      `import { createUserSchema } from "./zod-schema.mjs";
       const schema = createUserSchema("CONNECT_MANAGED");
       export function check(request) { const result = schema.safeParse(request); return result.success ? [] : result.error.issues; }`,
      "zod",
    ),
  };
}

/** Rows of the size table: {label, raw, gzip, brotli, total?, key?}. */
export function sizeRows(bundles) {
  const rows = [];
  for (const [key, bundleName, wasmFile, label] of [
    ["oursMain", "ours", "connect_user_validator_bg.wasm", "main entry (validation)"],
    ["oursCli", "oursCli", "connect_user_validator_cli_bg.wasm", "`/cli` entry"],
  ]) {
    const wasm = compressedSizes(readFileSync(`${PKG}${wasmFile}`));
    const js = compressedSizes(bundles[bundleName]);
    rows.push(
      { label: `ours, ${label}: \`${wasmFile}\``, ...wasm, key: `${key}Wasm` },
      { label: `ours, ${label}: its JavaScript, bundled and minified by esbuild`, ...js },
      { label: `**ours, ${label}: as a bundler ships it (wasm + minified JavaScript)**`, ...add(wasm, js), total: true, key },
    );
  }
  rows.push(
    { label: "**ajv 8 + compiled-at-start-up schema** (esbuild bundle, minified)", ...compressedSizes(bundles.ajv), total: true },
    { label: "**ajv 8 standalone code + its runtime** (esbuild bundle, minified)", ...compressedSizes(bundles.ajvStandalone), total: true },
    { label: "**zod 4 + our zod schema** (esbuild bundle, minified)", ...compressedSizes(bundles.zod), total: true },
  );
  return rows;
}

const WASM_SECTIONS = { 1: "types", 2: "imports", 3: "functions", 5: "memory", 6: "globals", 7: "exports", 10: "code", 11: "data" };

/** Reads an unsigned LEB128 at `offset`; returns [value, next offset]. */
function readUleb(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, offset];
    shift += 7;
  }
}

/**
 * What our .wasm is made of: its code and data sections, and the rest. Each part is compressed on
 * its own, so the parts' gzip sizes do not add up exactly to the whole file's.
 */
export function wasmComposition(wasmFile) {
  const bytes = readFileSync(`${PKG}${wasmFile}`);
  const sections = new Map();
  let offset = 8; // magic and version
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, start] = readUleb(bytes, offset + 1);
    const name = WASM_SECTIONS[id] ?? "other";
    sections.set(name, [...(sections.get(name) ?? []), bytes.subarray(start, start + size)]);
    offset = start + size;
  }
  const part = (name) => compressedSizes(Buffer.concat(sections.get(name) ?? []));
  const rest = [...sections.keys()].filter((name) => name !== "code" && name !== "data");
  return [
    { label: "code section (the compiled Rust)", ...part("code") },
    { label: "data section (string constants and tables; no message, help or explanation text)", ...part("data") },
    { label: `everything else (${rest.join(", ")})`, ...compressedSizes(Buffer.concat(rest.flatMap((name) => sections.get(name)))) },
  ];
}
