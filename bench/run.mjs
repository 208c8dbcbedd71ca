// make bench: one Node process that measures this package's validate against ajv 8 (a JSON Schema
// generated from the service model) and zod 4 (the same constraints plus the documented cross-field
// rules) on the same inputs, in the same run, interleaved; then validateMany on 1,000 requests, the
// CLI syntax functions, cold start in Node and headless Chromium, and the shipped size.
// Writes bench/results.md and prints the same. Not a test: nothing here asserts a time.
//
//   npm ci --prefix bench && node bench/run.mjs      (from the repository root, after make pkg)

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = fileURLToPath(new URL(".", import.meta.url));
const RESULTS = join(BENCH, "results.md");

for (const [path, how] of [
  [join(ROOT, "pkg", "node.js"), "make pkg"],
  [join(BENCH, "node_modules", "ajv"), "npm ci --prefix bench"],
  [join(BENCH, "node_modules", "zod"), "npm ci --prefix bench"],
  [join(ROOT, "node_modules", "esbuild"), "npm ci (in the repository root)"],
  [join(ROOT, "target", "bench-core.md"), "make bench"],
  [join(ROOT, "target", "bench-boundary", "pkg"), "make bench"],
]) {
  if (!existsSync(path)) {
    console.error(`bench/run.mjs: ${path} is missing; run \`${how}\` first.`);
    process.exit(2);
  }
}

const { validate, validateMany } = await import("../pkg/node.js");
const cli = await import("../pkg/cli-node.js");
const { toCliCommand, toCliInputJson, parseCliCommand, parseShorthand } = cli;
const { createUserJsonSchema } = await import("./json-schema.mjs");
const { createUserSchema } = await import("./zod-schema.mjs");
const {
  CONFLICT_PROBLEMS,
  IDENTITY_TYPE,
  INVALID_PROBLEMS,
  bulkRequests,
  conflictRequest,
  docsExample,
  invalidRequest,
  maximalRequest,
} = await import("./inputs.mjs");
const { BATCH_NS, ROUNDS, compare } = await import("./timing.mjs");
const { browserBundles, compressedSizes, sizeRows, wasmComposition } = await import("./size.mjs");
const { chromiumColdStart, nodeColdStart } = await import("./cold-start.mjs");
const { boundaryComparison } = await import("./boundary.mjs");

const requireFromBench = createRequire(BENCH);
const Ajv = requireFromBench("ajv").default;
const versions = {
  ajv: requireFromBench("ajv/package.json").version,
  zod: requireFromBench("zod/package.json").version,
  ours: JSON.parse(readFileSync(join(ROOT, "pkg", "package.json"), "utf8")).version,
};

const progress = (text) => process.stderr.write(`bench: ${text}\n`);
const startedAt = new Date();
const loadAtStart = loadavg();
const clock = performance.now();

// ---------------------------------------------------------------------------------------------
// The three validators, each made once.

const options = { identityManagementType: IDENTITY_TYPE };
const jsonSchema = createUserJsonSchema();
const ajvCompileStart = performance.now();
const ajvValidate = new Ajv({ allErrors: true, strict: false }).compile(jsonSchema);
const ajvCompileMs = performance.now() - ajvCompileStart;
const zodSchema = createUserSchema(IDENTITY_TYPE);

/** A result with every diagnostic's message and help read, as a form that shows them does. */
function readText(result) {
  let characters = 0;
  for (const diagnostic of result.diagnostics) characters += diagnostic.message.length + (diagnostic.help?.length ?? 0);
  return characters;
}

const validators = {
  ours: (request) => readText(validate(request, options)),
  oursUnread: (request) => validate(request, options),
  oursCli: (request) => readText(cli.validate(request, options)),
  ajv: (request) => ajvValidate(request),
  zod: (request) => zodSchema.safeParse(request),
};

/** Each validator's problems as {path} (ours: errors only), to count and to check coverage. */
const problemsOf = {
  ours(request) {
    const issues = [];
    for (const d of validate(request, options).diagnostics) {
      if (d.severity !== "error") continue;
      issues.push({ path: d.path, related: d.related ?? [] });
    }
    return issues;
  },
  ajv(request) {
    if (ajvValidate(request)) return [];
    return ajvValidate.errors.map((error) => {
      const path = error.instancePath
        .split("/")
        .slice(1)
        .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      if (error.keyword === "required") path.push(error.params.missingProperty);
      if (error.keyword === "additionalProperties") path.push(error.params.additionalProperty);
      if (error.propertyName !== undefined) path.push(error.propertyName);
      if (error.keyword === "propertyNames") path.push(error.params.propertyName);
      return { path, related: [] };
    });
  },
  zod(request) {
    const result = zodSchema.safeParse(request);
    if (result.success) return [];
    return result.error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({ path: [...issue.path, key], related: [] }))
        : [{ path: issue.path, related: [] }],
    );
  },
};

const samePath = (a, b) => a.length === b.length && a.every((part, i) => part === b[i]);

const inputs = {
  "AWS docs example": docsExample,
  "maximal request": maximalRequest,
  "invalid request": invalidRequest,
};

// Every validator must agree on which inputs are valid; the invalid one is checked problem by problem.
for (const [label, request] of Object.entries(inputs)) {
  const expectValid = label !== "invalid request";
  for (const lib of ["ours", "ajv", "zod"]) {
    const valid = problemsOf[lib](request).length === 0;
    if (valid !== expectValid) throw new Error(`bench: ${lib} says the ${label} is ${valid ? "valid" : "invalid"}`);
  }
}
// The cross-field rules, where zod's superRefine runs (nothing else wrong): not timed.
const conflictCounts = Object.fromEntries(
  ["ours", "ajv", "zod"].map((lib) => [lib, problemsOf[lib](conflictRequest).length]),
);
const coverage = INVALID_PROBLEMS.map((problem) => {
  const row = { ...problem };
  for (const lib of ["ours", "ajv", "zod"]) {
    const issues = problemsOf[lib](invalidRequest);
    row[lib] = problem.paths.some((path) => issues.some((issue) => samePath(issue.path, path)));
  }
  return row;
});
const invalidCounts = {
  ours: problemsOf.ours(invalidRequest).length,
  oursAll: validate(invalidRequest, options).diagnostics.length,
  ajv: problemsOf.ajv(invalidRequest).length,
  zod: problemsOf.zod(invalidRequest).length,
};

// ---------------------------------------------------------------------------------------------
// validate, per input: the three libraries interleaved in every round.

const perInput = {};
for (const [label, request] of Object.entries(inputs)) {
  progress(`validate, ${label}`);
  perInput[label] = compare({
    ours: () => validators.ours(request),
    oursUnread: () => validators.oursUnread(request),
    oursCli: () => validators.oursCli(request),
    ajv: () => validators.ajv(request),
    zod: () => validators.zod(request),
  });
}

// ---------------------------------------------------------------------------------------------
// 1,000 requests: validateMany against a loop of validate (ajv and zod loops for context).

progress("1,000 requests");
const bulk = bulkRequests(1000);
const bulkValid = validateMany(bulk, options).filter((result) => result.valid).length;
const bulkTimes = compare({
  validateMany: () => {
    let characters = 0;
    for (const result of validateMany(bulk, options)) characters += readText(result);
    return characters;
  },
  validateLoop: () => {
    let characters = 0;
    for (const request of bulk) characters += readText(validate(request, options));
    return characters;
  },
  ajvLoop: () => {
    let valid = 0;
    for (const request of bulk) if (ajvValidate(request)) valid++;
    return valid;
  },
  zodLoop: () => {
    let valid = 0;
    for (const request of bulk) if (zodSchema.safeParse(request).success) valid++;
    return valid;
  },
});

// ---------------------------------------------------------------------------------------------
// The AWS CLI syntax, on the docs example.

progress("toCliCommand, parseCliCommand");
const docsCommand = toCliCommand(docsExample);
if (parseCliCommand(docsCommand).request === null) throw new Error("bench: parseCliCommand did not read the docs command");
const cliTimes = compare({
  toCliCommand: () => toCliCommand(docsExample),
  parseCliCommand: () => parseCliCommand(docsCommand),
});

// ---------------------------------------------------------------------------------------------
// Where our time goes: a tiny request, the JS<->wasm calls a validate makes, the JS side of a
// JSON-string interface.

progress("where the time goes");
const anatomyTimes = compare({
  "validate({}, options)": () => validate({}, options),
  "validate(docs example, options)": () => validate(docsExample, options),
  "validate(docs example) without options": () => validate(docsExample),
  "validate(maximal request, options)": () => validate(maximalRequest, options),
  "validate(invalid request, options)": () => validate(invalidRequest, options),
  "toCliInputJson(docs example, {indent: 0}): reads the object, returns one string": () =>
    toCliInputJson(docsExample, { indent: 0 }),
  'parseShorthand("a=b"): one small call': () => parseShorthand("a=b"),
  "validate(docs example), every fix read": () => validate(docsExample, options).diagnostics.map((d) => d.fix),
});

progress("ways to cross the boundary");
const crossings = await boundaryComparison(inputs);
const nativeCore = readFileSync(join(ROOT, "target", "bench-core.md"), "utf8").trim();

/** Counts the calls from the wasm into JavaScript, on a second instance of the package. */
async function boundaryCounter() {
  // wasm-bindgen's glue as make pkg left it, before it was bundled into the entries.
  const raw = await import("../target/wasm-bindgen/connect_user_validator.js?count-imports");
  const counts = new Map();
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function CountingInstance(module, imports) {
    const wrapped = {};
    for (const [space, functions] of Object.entries(imports)) {
      wrapped[space] = {};
      for (const [name, f] of Object.entries(functions)) {
        // `__wbg_set_2793…` → `set`; wasm-bindgen's casts are named by their comment.
        const cast = typeof f === "function" ? /Cast intrinsic for `([^`]*)`/.exec(String(f)) : null;
        const short = cast
          ? `cast ${cast[1]}`
          : name
              .replace(/^__wbg_/, "")
              .replace(/^__wbindgen_/, "")
              .replace(/_[0-9a-f]{16}$/, "");
        wrapped[space][name] =
          typeof f === "function"
            ? (...args) => {
                counts.set(short, (counts.get(short) ?? 0) + 1);
                return f(...args);
              }
            : f;
      }
    }
    return new Instance(module, wrapped);
  };
  let memory;
  try {
    ({ memory } = raw.initSync({ module: readFileSync(join(ROOT, "pkg", "connect_user_validator_bg.wasm")) }));
  } finally {
    WebAssembly.Instance = Instance;
  }
  const { Boundary, createApi } = await import("../pkg-template/api.js");
  const api = createApi(new Boundary(raw, () => memory));
  return (request) => {
    counts.clear();
    const result = api.validate(request, options);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    return { total, top, resultBytes: JSON.stringify(result).length };
  };
}
const countCalls = await boundaryCounter();
const boundary = {
  "{}": countCalls({}),
  "AWS docs example": countCalls(docsExample),
  "maximal request": countCalls(maximalRequest),
  "invalid request": countCalls(invalidRequest),
};

// ---------------------------------------------------------------------------------------------
// Shipped size, and the browser bundles the Chromium cold start loads.

progress("sizes (esbuild)");
const bundles = await browserBundles(jsonSchema);
const sizes = sizeRows(bundles);
const compositions = {
  "main entry": wasmComposition("connect_user_validator_bg.wasm"),
  "`/cli` entry": wasmComposition("connect_user_validator_cli_bg.wasm"),
};
const explanationsSize = compressedSizes(readFileSync(join(ROOT, "pkg", "explanations.json")));

// ---------------------------------------------------------------------------------------------
// Cold start.

progress("cold start, Node");
const scratch = mkdtempSync(join(tmpdir(), "cuv-bench-"));
let nodeCold;
try {
  const schemaFile = join(scratch, "create-user.schema.json");
  writeFileSync(schemaFile, JSON.stringify(jsonSchema));
  nodeCold = nodeColdStart(["ours", "ours /cli", "ajv", "zod"], schemaFile, 10);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

progress("cold start, Chromium");
const OURS_PAGE = "ours, main entry: `pkg/web.js`, its modules and .wasm preloaded";
const EMPTY_PAGE = "baseline: a page with an empty module script";
let browserCold;
try {
  browserCold = await chromiumColdStart(
    {
      [OURS_PAGE]: "/entry/main.html",
      "ours, `/cli` entry: `pkg/cli-web.js`, its modules and .wasm preloaded": "/entry/cli.html",
      "ours, main entry, esbuild bundle": "/bench/cold-start-bundle.html?lib=ours",
      "ours, `/cli` entry, esbuild bundle": "/bench/cold-start-bundle.html?lib=oursCli",
      "ajv, compiling the schema at start-up": "/bench/cold-start-bundle.html?lib=ajv",
      "ajv standalone": "/bench/cold-start-bundle.html?lib=ajvStandalone",
      zod: "/bench/cold-start-bundle.html?lib=zod",
      [EMPTY_PAGE]: "/baseline.html",
      "baseline: the bundle page with an empty bundle": "/bench/cold-start-bundle.html?lib=empty",
    },
    { ...bundles, empty: new TextEncoder().encode("export function check() { return []; }\n") },
    10,
  );
} catch (error) {
  browserCold = { error: String(error?.message ?? error).split("\n")[0] };
}

// ---------------------------------------------------------------------------------------------
// The report.

const fmt = (n, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ns = (t) => fmt(t.median);
const spread = (t) => `${fmt(t.p25)}–${fmt(t.p75)}`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ms = (value, digits = 1) => fmt(value, digits);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const yes = (value) => (value ? "yes" : "**no**");

const nodeVersion = process.version;
const chromiumVersion = browserCold.version ?? "not run";
const cpuModel = cpus()[0]?.model ?? "unknown CPU";
let gitHead = "";
try {
  gitHead = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
} catch {
  gitHead = "unknown";
}
const loadAtEnd = loadavg();
const elapsed = (performance.now() - clock) / 1000;

const lines = [];
const out = (text = "") => lines.push(text);

out("# Benchmark results");
out();
out(
  `Machine: ${cpus().length} cores (${cpuModel}), Node ${nodeVersion}, Chromium ${chromiumVersion}; ` +
    `connect-user-validator ${versions.ours} (\`pkg/\` at commit ${gitHead}), ajv ${versions.ajv}, zod ${versions.zod}. ` +
    `Run on ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC in ${fmt(elapsed)} s; ` +
    `load average ${loadAtStart.map((l) => l.toFixed(2)).join(" / ")} at the start and ${loadAtEnd.map((l) => l.toFixed(2)).join(" / ")} at the end.`,
);
out();
out(
  "**These numbers are from one run on a shared machine**: other work was running, so take them as " +
    "indications, not as final figures. Regenerate with `make bench` (`npm ci --prefix bench && node bench/run.mjs`).",
);
out();
out(
  `Method: one Node process; each case is warmed up for 300 ms, then timed in batches of at least ${BATCH_NS / 1e6} ms with ` +
    `\`process.hrtime.bigint()\`, ${ROUNDS} batches per case, the libraries interleaved in every round (the order rotates) ` +
    `so that noise hits them alike. The tables give the median of the ${ROUNDS} batches, and the middle half (p25–p75) to ` +
    `show the spread. Ratios are ours / theirs: below 1 means ours is faster.`,
);
out();
out("## The validators and the inputs");
out();
out(
  `- **ours**: \`validate(request, { identityManagementType: "${IDENTITY_TYPE}" })\` from \`pkg/node.js\`: the model ` +
    `constraints, every cross-field and identity-type rule, warnings and infos, each diagnostic's message and help ` +
    `read (a fix is computed only when read, and no row reads one but the one that says so).`,
);
out(
  `- **ajv ${versions.ajv}**: a JSON Schema generated from the botocore shapes by \`bench/json-schema.mjs\` (required ` +
    `members, types, lengths, ranges, enums, patterns, list and map sizes; no cross-field rules), compiled once with ` +
    `\`new Ajv({allErrors: true, strict: false})\` (${ms(ajvCompileMs)} ms).`,
);
out(
  `- **zod ${versions.zod}**: \`bench/zod-schema.mjs\`, the same constraints plus the documented cross-field rules in ` +
    `a \`superRefine\` (identity type, PhoneConfig conflicts, VOICE-only lists), \`safeParse\`. As zod does by default, ` +
    `the \`superRefine\` does not run when a member already failed (a wrong type anywhere), so it then reports no ` +
    `cross-field problem.`,
);
out(
  "- Inputs: the AWS docs example (`examples/aws-docs-example.json`, valid); a maximal valid request " +
    "(10 security profiles, 50 tags, every channel list with elements, every member but the legacy `PhoneConfig`, " +
    "each of whose fields would conflict with a channel list); an invalid request with " +
    `${INVALID_PROBLEMS.length} problems (\`bench/inputs.mjs\`).`,
);
out();

out("## validate: ns per call");
out();
out(
  "ours: the main entry, every diagnostic's `message` and `help` read after `validate`, as a form that shows them " +
    "does; ours unread: the result only; ours `/cli`: the `/cli` entry's `validate`, read.",
);
out();
out(`| input | ours | ours unread | ours \`/cli\` | ajv ${versions.ajv} | zod ${versions.zod} | ours / ajv | ours / zod |`);
out("|---|--:|--:|--:|--:|--:|--:|--:|");
for (const [label, t] of Object.entries(perInput)) {
  out(
    `| ${label} | ${ns(t.ours)} (${spread(t.ours)}) | ${ns(t.oursUnread)} (${spread(t.oursUnread)}) | ${ns(t.oursCli)} | ` +
      `${ns(t.ajv)} (${spread(t.ajv)}) | ${ns(t.zod)} (${spread(t.zod)}) | ` +
      `${ratio(t.ours.median, t.ajv.median)} | ${ratio(t.ours.median, t.zod.median)} |`,
  );
}
out();

out("## Coverage on the invalid request");
out();
out(
  `Problems reported: ours ${invalidCounts.ours} errors (${invalidCounts.oursAll} diagnostics with the warnings), ` +
    `ajv ${invalidCounts.ajv} errors, zod ${invalidCounts.zod} issues. A problem counts as found when the library ` +
    "reports an issue (ours: a diagnostic of severity error) at its path.",
);
out();
out("| problem | kind | ours | ajv | zod |");
out("|---|---|:-:|:-:|:-:|");
for (const row of coverage) out(`| ${row.what} | ${row.rule} | ${yes(row.ours)} | ${yes(row.ajv)} | ${yes(row.zod)} |`);
const found = (lib) => coverage.filter((row) => row[lib]).length;
out(`| **found** | | **${found("ours")} / ${coverage.length}** | **${found("ajv")} / ${coverage.length}** | **${found("zod")} / ${coverage.length}** |`);
out();
out(
  `zod's cross-field rules do work when nothing else is wrong: on a well-typed request with ${CONFLICT_PROBLEMS} ` +
    `cross-field problems only (\`conflictRequest\` in \`bench/inputs.mjs\`: LastName missing, four PhoneConfig conflicts, ` +
    `three non-VOICE channels) ours reports ${conflictCounts.ours} errors, zod ${conflictCounts.zod} issues and ajv ` +
    `${conflictCounts.ajv}. It is not timed.`,
);
out();

out("## 1,000 requests (Connect's bulk-import limit)");
out();
out(
  `The docs example, the maximal and the invalid request in turn, each with small variations ` +
    `(${bulkValid} of 1,000 valid). Total for the 1,000.`,
);
out();
out("| | ms for 1,000 (p25–p75) | µs per request |");
out("|---|--:|--:|");
const bulkLabels = {
  validateMany: "ours: `validateMany(requests)`, one call, every message and help read",
  validateLoop: "ours: 1,000 × `validate(request)`, every message and help read",
  ajvLoop: "ajv: 1,000 × `validate(request)`",
  zodLoop: "zod: 1,000 × `safeParse(request)`",
};
for (const [key, label] of Object.entries(bulkLabels)) {
  const t = bulkTimes[key];
  out(`| ${label} | ${ms(t.median / 1e6, 2)} (${ms(t.p25 / 1e6, 2)}–${ms(t.p75 / 1e6, 2)}) | ${ms(t.median / 1e3 / 1000, 2)} |`);
}
out();

out("## AWS CLI syntax, on the docs example");
out();
out("| function | ns per call (p25–p75) |");
out("|---|--:|");
out(`| \`toCliCommand(request)\` | ${ns(cliTimes.toCliCommand)} (${spread(cliTimes.toCliCommand)}) |`);
out(`| \`parseCliCommand(text)\` (the ${docsCommand.length}-character command) | ${ns(cliTimes.parseCliCommand)} (${spread(cliTimes.parseCliCommand)}) |`);
out();

out("## Cold start");
out();
out(
  "Node: a fresh `node` process per run (`bench/cold-start-node.mjs`) imports the library and validates the docs " +
    "example once; times are `performance.now()` inside it, from the process's start. Median of 10 runs per library, " +
    "interleaved, after one uncounted round. ajv reads the JSON Schema from a file and compiles it; zod builds its schema.",
);
out();
out(
  "| Node | first result, from process start (ms) | import → first result (ms) | of which import and set-up (ms) | of which the first call (ms) | process start → script (ms) |",
);
out("|---|--:|--:|--:|--:|--:|");
for (const [lib, t] of Object.entries(nodeCold)) {
  out(
    `| ${lib} | ${ms(t.firstResult)} | ${ms(t.importToResult)} | ${ms(t.importToReady)} | ${ms(t.firstCall)} | ${ms(t.importStart)} |`,
  );
}
out();
if (browserCold.error) {
  out(`Chromium: not measured (${browserCold.error}).`);
} else {
  out(
    `Headless Chromium ${browserCold.version} (playwright-core, \`/usr/bin/chromium\`, a fresh temporary profile), pages ` +
      "served by an in-process `node:http` server on 127.0.0.1 (`.wasm` as `application/wasm`, `no-store`). Each load " +
      "is in a new browser context (no HTTP or code cache); median of 10 loads per page, interleaved, after one " +
      "uncounted round. Times are `performance.now()` in the page, from navigation start (each column is its own " +
      "median). The entry pages (`entryPage()` in `bench/cold-start.mjs`) load an entry as its README recommends, " +
      "the `.wasm` preloaded and every module the entry imports modulepreloaded; the bundle pages load their bundle " +
      "with a dynamic `import()`, one more round trip; the two baselines show the floor of each kind of page.",
  );
  out();
  out("| Chromium page | first result (ms) | modules loaded (ms) | `init()` (ms) | first call (ms) |");
  out("|---|--:|--:|--:|--:|");
  for (const [label, t] of Object.entries(browserCold.results)) {
    out(`| ${label} | ${ms(t.firstResult)} | ${ms(t.modulesLoaded)} | ${ms(t.init)} | ${ms(t.firstCall)} |`);
  }
}
out();

out("## Shipped size");
out();
out(
  "Bytes; gzip level 9 and brotli quality 11 by `node:zlib`. The others are esbuild bundles (minified, ESM, for the " +
    "browser) of the library, its schema and one call; ajv standalone is the validation code generated ahead of time " +
    "by `ajv/dist/standalone` with the runtime helpers it imports.",
);
out();
out("| what | raw | gzip | brotli |");
out("|---|--:|--:|--:|");
for (const row of sizes) out(`| ${row.label} | ${fmt(row.raw)} | ${fmt(row.gzip)} | ${fmt(row.brotli)} |`);
out();
out(
  "What each `.wasm` is made of, by section; each part compressed on its own, so the parts' compressed sizes do not " +
    "add up exactly to the file's. Patterns, NFC and decimal conversions come from the JavaScript engine in the wasm " +
    "build, so it carries no Unicode tables and no float formatting or parsing.",
);
out();
out("| part of the wasm | raw | gzip | brotli |");
out("|---|--:|--:|--:|");
for (const [entry, composition] of Object.entries(compositions)) {
  for (const row of composition) out(`| ${entry}: ${row.label} | ${fmt(row.raw)} | ${fmt(row.gzip)} | ${fmt(row.brotli)} |`);
}
out();

out("## Where the time goes in our validate");
out();
out(
  "For whoever optimises the core next: the same method, ours only. `node bench/profile.mjs [docs|maximal|invalid|empty]` " +
    "splits a validate by Rust function under V8's profiler (with the named wasm that `make pkg` leaves in " +
    "`target/wasm-bindgen/`).",
);
out();
out("| call | ns per call (p25–p75) |");
out("|---|--:|");
for (const [label, t] of Object.entries(anatomyTimes)) out(`| ${label} | ${ns(t)} (${spread(t)}) |`);
out();
out(
  "Calls from the wasm into JavaScript during one `validate(request, options)` (counted on a second instance of the " +
    "package whose imports are wrapped: the patterns and NFC the core asks the JavaScript engine for), and the size " +
    "of the result as JSON:",
);
out();
out("| request | calls into JS | the most frequent | result as JSON (bytes) |");
out("|---|--:|---|--:|");
for (const [label, b] of Object.entries(boundary)) {
  out(`| ${label} | ${fmt(b.total)} | ${b.top.map(([name, n]) => `${name} ${n}`).join(", ") || "none"} | ${fmt(b.resultBytes)} |`);
}
out();
out("The native core (`cargo bench --bench core`, release build, no wasm and no JavaScript), ns per call:");
out();
out(nativeCore);
out();

out("## Ways for a request to cross into the wasm");
out();
out(
  "Each way reads the request into a tree in the wasm (`bench/boundary.mjs`, on a module that `make bench` builds " +
    "from `bench/boundary/`); no rules run. The package uses the tape: its JavaScript walker also names what JSON " +
    "has no form for (BigInt, cycles, throwing getters, Proxies) within the 500,000-value budget, so it needs no " +
    "second, careful path. Plain `JSON.stringify` is not correct on its own (NaN becomes null, undefined members " +
    "and functions vanish, `toJSON` runs, a cycle or a BigInt throws), so the replacer row is the fair JSON figure.",
);
out();
out("| request | tape (package) | JSON text, plain | JSON text with a replacer | serde-wasm-bindgen | of the tape: the JS walker | of JSON: `JSON.stringify` |");
out("|---|--:|--:|--:|--:|--:|--:|");
for (const [label, t] of Object.entries(crossings)) {
  out(
    `| ${label} | ${ns(t.tape)} | ${ns(t.json)} | ${ns(t.jsonReplacer)} | ${ns(t.serde)} | ${ns(t.tapeJsOnly)} | ${ns(t.stringifyOnly)} |`,
  );
}
out();

// The performance targets of issue 10 (ours: messages and help read).
const docs = perInput["AWS docs example"];
const maximal = perInput["maximal request"];
const invalid = perInput["invalid request"];
const manyMs = bulkTimes.validateMany.median / 1e6;
const loopMs = bulkTimes.validateLoop.median / 1e6;
const emptyNs = anatomyTimes["validate({}, options)"].median;
// The core makes typed findings; their text is rendered apart (by the package's JavaScript, or by
// Rust for the CLI), so the core's figure is the row without rendering.
const nativeDocsNs = Number(/\| validate\(docs example\) \| (\d+) \|/.exec(nativeCore)?.[1]);
const mainSize = sizes.find((row) => row.key === "oursMain");
const cliSize = sizes.find((row) => row.key === "oursCli");
const oursChromium = browserCold.results?.[OURS_PAGE];
const verdict = (met) => (met ? "met" : "not met");
const times = (a, b) => `${(a / b).toFixed(1)}×`;

out("## The performance targets");
out();
out("| figure | target | measured | |");
out("|---|---|--:|---|");
out(
  `| docs example | faster than zod, at most 3× ajv | ${ns(docs.ours)} ns: ${times(docs.ours.median, docs.zod.median)} zod, ` +
    `${times(docs.ours.median, docs.ajv.median)} ajv | ${verdict(docs.ours.median < docs.zod.median && docs.ours.median <= 3 * docs.ajv.median)} |`,
);
out(
  `| maximal request | at most 1.5× ajv | ${ns(maximal.ours)} ns: ${times(maximal.ours.median, maximal.ajv.median)} ajv | ` +
    `${verdict(maximal.ours.median <= 1.5 * maximal.ajv.median)} |`,
);
out(
  `| invalid request | faster than zod, at most 5× ajv | ${ns(invalid.ours)} ns: ${times(invalid.ours.median, invalid.zod.median)} zod, ` +
    `${times(invalid.ours.median, invalid.ajv.median)} ajv | ${verdict(invalid.ours.median < invalid.zod.median && invalid.ours.median <= 5 * invalid.ajv.median)} |`,
);
out(`| \`validateMany\`, 1,000 requests | under 5 ms | ${ms(manyMs, 2)} ms (a loop of \`validate\`: ${ms(loopMs, 2)} ms) | ${verdict(manyMs < 5)} |`);
out(`| \`validate({})\` | at most 2 µs | ${ms(emptyNs / 1000, 2)} µs | ${verdict(emptyNs <= 2000)} |`);
out(
  `| native core on the docs example (typed findings; their text is rendered apart) | at most 1 µs | ` +
    `${ms(nativeDocsNs / 1000, 2)} µs | ${verdict(nativeDocsNs <= 1000)} |`,
);
out();
out(
  "Where a target is missed, why: the time is spent in three places, each visible in the tables above. " +
    "(1) Reading the request into owned Rust values: every key and string is an allocation in the wasm's " +
    "allocator, and dropping them is as many frees again; on the maximal request that is most of the call " +
    "(the tape row of the crossing table against the walker's share). A reader that borrows strings from the tape " +
    "instead (a `Value<'a>`) would remove it. (2) The shipped wasm is built for size (`opt-level = \"z\"`, " +
    "`wasm-opt -Oz`); built for speed it runs about 1.5× faster and is about 35 KB gzip larger, which the size " +
    "targets of the package do not allow. (3) Each diagnostic object costs a few hundred nanoseconds in " +
    "JavaScript, and a fixable one more for its lazy `fix` accessor, which the own-property requirement makes " +
    "an accessor on the object itself rather than on a shared prototype. ajv and zod make no message, help or " +
    "fix, and check no cross-field or identity rule.",
);
out();
out("Issue 11's targets (sizes in gzip bytes as a bundler ships each entry: its .wasm and its minified JavaScript):");
out();
out("| figure | target | measured | |");
out("|---|---|--:|---|");
out(`| main entry (validation) | at most 60,000 bytes | ${fmt(mainSize.gzip)} bytes | ${verdict(mainSize.gzip <= 60_000)} |`);
out(`| \`/cli\` entry (everything) | at most 110,000 bytes | ${fmt(cliSize.gzip)} bytes | ${verdict(cliSize.gzip <= 110_000)} |`);
if (oursChromium) {
  const empty = browserCold.results[EMPTY_PAGE].firstResult;
  out(
    `| Chromium, navigation to the first result, main entry | at most the empty-module page + 30 ms (${ms(empty + 30)} ms) | ` +
      `${ms(oursChromium.firstResult)} ms | ${verdict(oursChromium.firstResult <= empty + 30)} |`,
  );
} else {
  out(`| Chromium, navigation to the first result, main entry | at most the empty-module page + 30 ms | not measured | |`);
}
out(
  `| Node, import to the first result, main entry | at most 10 ms | ${ms(nodeCold.ours.importToResult)} ms ` +
    `(\`/cli\`: ${ms(nodeCold["ours /cli"].importToResult)} ms) | ${verdict(nodeCold.ours.importToResult <= 10)} |`,
);
out();
if (oursChromium) {
  const emptyBundle = browserCold.results["baseline: the bundle page with an empty bundle"].firstResult;
  out(
    `Cold starts, why: on this harness any page that fetches a module at all pays for it: the bundle page with an ` +
      `empty bundle takes ${ms(emptyBundle)} ms against ${ms(browserCold.results[EMPTY_PAGE].firstResult)} ms for the ` +
      `inline empty module, so the main entry's ${ms(oursChromium.firstResult)} ms is ` +
      `${ms(oursChromium.firstResult - emptyBundle)} ms over a page that loads one empty module; of ours, \`init()\` ` +
      `(compiling the .wasm, streamed) takes ${ms(oursChromium.init)} ms and the first call ${ms(oursChromium.firstCall)} ms. ` +
      `In Node, ${ms(nodeCold.ours.importToReady)} ms of the ${ms(nodeCold.ours.importToResult)} ms are the import ` +
      "(reading and compiling the .wasm synchronously, and the JavaScript with its catalogue) and the rest the first " +
      "call, which compiles the patterns it meets. A smaller .wasm is the lever for both.",
  );
  out();
}
out(
  `The rule explanations (\`explanations.json\`, ${fmt(explanationsSize.gzip)} bytes gzip) load only when first asked ` +
    "for, in neither entry's figure. Where a size target is missed, why: the main .wasm's code is the rules, the " +
    "request reader and result encoder, the fixes and Rust's allocator, formatting and panic machinery; its data the " +
    "model and patterns. The `/cli` .wasm adds the shorthand parser and writer, shell quoting for three shells, the " +
    "command reader with the CLI's own checks (global options, a JMESPath parser for `--query`) and Python-exact " +
    "JSON, each with the messages the AWS CLI prints.",
);
out();

const report = `${lines.join("\n")}`;
writeFileSync(RESULTS, report);
process.stdout.write(report);
progress(`wrote ${RESULTS}`);
