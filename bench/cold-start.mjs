// Cold start: a fresh Node process from start to the first result, and headless Chromium from
// navigation to the first result (a fresh browser context per load, so no HTTP or code cache).

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./timing.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/chromium.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const esbuild = createRequire(ROOT)("esbuild");
const DOCS_EXAMPLE = JSON.parse(readFileSync(join(ROOT, "examples", "aws-docs-example.json"), "utf8"));
const CHILD = fileURLToPath(new URL("./cold-start-node.mjs", import.meta.url));


function summarise(samples, keys) {
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key]))]));
}

/**
 * Spawns `node bench/cold-start-node.mjs LIB` `runs` times per library, interleaved.
 * @returns {Record<string, {firstResult: number, importToResult: number, importToReady: number, firstCall: number,
 *   importStart: number, runs: number}>} ms
 */
export function nodeColdStart(libs, schemaFile, runs = 10) {
  const samples = Object.fromEntries(libs.map((lib) => [lib, []]));
  for (let run = 0; run < runs + 1; run++) {
    for (const lib of libs) {
      const child = spawnSync(process.execPath, [CHILD, lib, schemaFile], { cwd: ROOT, encoding: "utf8" });
      if (child.status !== 0) throw new Error(`cold start of ${lib} failed: ${child.stderr}`);
      // The first round warms the OS file cache and is not counted.
      if (run > 0) samples[lib].push(JSON.parse(child.stdout));
    }
  }
  return Object.fromEntries(
    libs.map((lib) => [
      lib,
      {
        ...summarise(samples[lib], ["firstResult", "importToResult", "importToReady", "firstCall", "importStart"]),
        runs: samples[lib].length,
      },
    ]),
  );
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

// The floor: a page whose module script only records the time.
const BASELINE_PAGE =
  '<!doctype html><meta charset="utf-8"><title>baseline</title>' +
  "<script type=module>window.coldStart = { firstResult: performance.now(), modulesLoaded: performance.now(), ready: performance.now(), problems: 0 };</script>\n";

/** The entries' browser modules and their .wasm files. */
export const ENTRIES = {
  main: { module: "web.js", wasm: "connect_user_validator_bg.wasm" },
  cli: { module: "cli-web.js", wasm: "connect_user_validator_cli_bg.wasm" },
};

/**
 * A page that loads an entry of the package as its README recommends: the .wasm preloaded and
 * every module the entry imports modulepreloaded (read from the import graph), so that all
 * download at once; then it awaits init() and validates the AWS docs example once.
 */
function entryPage(entry) {
  const { module, wasm } = ENTRIES[entry];
  const { metafile } = esbuild.buildSync({
    entryPoints: [join(ROOT, "pkg", module)],
    bundle: true,
    write: false,
    metafile: true,
    logLevel: "error",
    format: "esm",
  });
  const modules = Object.keys(metafile.inputs).map((input) => `/pkg/${input.split("/").pop()}`);
  return `<!doctype html>
<meta charset="utf-8">
<title>cold start: ${module}</title>
<link rel="preload" href="/pkg/${wasm}" as="fetch" type="application/wasm" crossorigin>
${modules.map((path) => `<link rel="modulepreload" href="${path}">`).join("\n")}
<script type="module">
  import init, { validate } from "/pkg/${module}";
  const modulesLoaded = performance.now();
  await init();
  const ready = performance.now();
  const result = validate(${JSON.stringify(DOCS_EXAMPLE)}, { identityManagementType: "CONNECT_MANAGED" });
  const firstResult = performance.now();
  window.coldStart = { firstResult, modulesLoaded, ready, valid: result.valid, problems: result.diagnostics.length };
</script>
`;
}

/** Serves pkg/ and bench/ from the repository, the in-memory bundles under /bundles/, /baseline.html and /entry/NAME.html. */
function serve(bundles) {
  const wasmFiles = Object.fromEntries(
    Object.values(ENTRIES).map(({ wasm }) => [wasm, readFileSync(join(ROOT, "pkg", wasm))]),
  );
  const pages = Object.fromEntries(Object.keys(ENTRIES).map((entry) => [`/entry/${entry}.html`, entryPage(entry)]));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    let body;
    let type;
    if (path === "/baseline.html") {
      body = Buffer.from(BASELINE_PAGE);
      type = TYPES[".html"];
    } else if (pages[path]) {
      body = Buffer.from(pages[path]);
      type = TYPES[".html"];
    } else if (path.startsWith("/bundles/")) {
      const name = path.slice("/bundles/".length);
      if (wasmFiles[name]) {
        body = wasmFiles[name]; // what a bundler would emit next to the bundle
      } else if (name.endsWith(".js") && bundles[name.slice(0, -3)]) {
        body = bundles[name.slice(0, -3)];
      }
      type = TYPES[extname(name)];
    } else {
      const file = normalize(join(ROOT, path));
      if ((file.startsWith(join(ROOT, "pkg")) || file.startsWith(join(ROOT, "bench"))) && TYPES[extname(file)]) {
        try {
          body = readFileSync(file);
          type = TYPES[extname(file)];
        } catch {
          body = undefined;
        }
      }
    }
    if (body === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": type, "content-length": body.length, "cache-control": "no-store" });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Loads each page `runs` times (after one load that is not counted), interleaved, each in a new
 * browser context. `pages` maps a label to a path on the server.
 * @returns {Promise<{version: string, results: Record<string, {firstResult: number, modulesLoaded: number, ready: number,
 *   init: number, firstCall: number, runs: number}>}>} ms (medians, each column on its own)
 */
export async function chromiumColdStart(pages, bundles, runs = 10) {
  const { chromium } = createRequire(ROOT)("playwright-core");
  const server = await serve(bundles);
  const origin = `http://127.0.0.1:${server.address().port}`;
  // launch() gives the browser a fresh, temporary user-data dir, removed at close().
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const samples = Object.fromEntries(Object.keys(pages).map((label) => [label, []]));
  try {
    for (let run = 0; run < runs + 1; run++) {
      for (const [label, path] of Object.entries(pages)) {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          const errors = [];
          page.on("pageerror", (error) => errors.push(error.message));
          await page.goto(`${origin}${path}`);
          const handle = await page.waitForFunction(() => window.coldStart, null, { timeout: 30_000 });
          const result = await handle.jsonValue();
          if (errors.length) throw new Error(`${label}: ${errors.join("; ")}`);
          if (run > 0) {
            samples[label].push({ ...result, init: result.ready - result.modulesLoaded, firstCall: result.firstResult - result.ready });
          }
        } finally {
          await context.close();
        }
      }
    }
    const version = browser.version();
    const results = Object.fromEntries(
      Object.entries(samples).map(([label, list]) => [
        label,
        {
          ...summarise(list, ["firstResult", "modulesLoaded", "ready", "init", "firstCall"]),
          runs: list.length,
          problems: list[0]?.problems,
        },
      ]),
    );
    return { version, results };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
