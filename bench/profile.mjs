// Where validate spends its time, by Rust function: runs validate in a loop under V8's sampling
// profiler and prints the share of samples per function (inclusive and self). The shipped wasm has
// no function names (wasm-opt drops them), so this loads wasm-bindgen's output from before wasm-opt,
// `target/wasm-bindgen/connect_user_validator_bg.wasm`, left there by `make pkg`, with the glue of
// the same wasm-bindgen run. Not part of `make bench`; the profiler slows every call,
// so read the shares, not the times.
//
//   node bench/profile.mjs [docs|maximal|invalid|empty] [path/to/named.wasm]

import { existsSync, readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { IDENTITY_TYPE, docsExample, invalidRequest, maximalRequest } from "./inputs.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const input = process.argv[2] ?? "docs";
const wasmPath = process.argv[3] ?? `${ROOT}target/wasm-bindgen/connect_user_validator_bg.wasm`;
const request = { docs: docsExample, maximal: maximalRequest, invalid: invalidRequest, empty: {} }[input];
if (request === undefined) {
  console.error("usage: node bench/profile.mjs [docs|maximal|invalid|empty] [path/to/named.wasm]");
  process.exit(2);
}
if (!existsSync(wasmPath)) {
  console.error(`bench/profile.mjs: ${wasmPath} is missing; \`make pkg\` leaves it there.`);
  process.exit(2);
}
const raw = await import("../target/wasm-bindgen/connect_user_validator.js?profile");
const { memory } = raw.initSync({ module: readFileSync(wasmPath) });
const { Boundary, createApi } = await import("../pkg-template/api.js");
const api = createApi(new Boundary(raw, () => memory));
const options = { identityManagementType: IDENTITY_TYPE };
for (let i = 0; i < 3000; i++) api.validate(request, options);

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const start = performance.now();
let calls = 0;
while (performance.now() - start < 3000) {
  api.validate(request, options);
  calls++;
}
const { profile } = await session.post("Profiler.stop");
session.disconnect();

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const total = profile.samples.length;

const name = (node) =>
  (node.callFrame.functionName || "(anonymous)")
    .replace(/::h[0-9a-f]{16}$/, "")
    .replace(/\[[0-9a-f]{16}\]/g, "");
const self = new Map();
const inclusive = new Map();
for (const [id, count] of hits) {
  const leaf = name(nodes.get(id));
  self.set(leaf, (self.get(leaf) ?? 0) + count);
  const seen = new Set();
  for (let current = id; current !== undefined; current = parents.get(current)) {
    const label = name(nodes.get(current));
    if (seen.has(label)) continue;
    seen.add(label);
    inclusive.set(label, (inclusive.get(label) ?? 0) + count);
  }
}

const share = (count) => `${((100 * count) / total).toFixed(1).padStart(5)} %`;
const categories = [
  ["JavaScript: the request onto a tape (Tape.write in api.js)", "write"],
  ["wasm: reading the tape (wire::read_tapes)", "connect_user_validator::wire::read_tapes"],
  ["wasm: the rules (validation::validate)", "connect_user_validator::validation::validate"],
  ["wasm: the result into words (wire::Encoder::result)", "connect_user_validator::wire::Encoder::result"],
  ["JavaScript: diagnostic objects (readDiagnostics in api.js)", "readDiagnostics"],
];
console.log(`validate(${input}): ${calls} calls in 3 s under the profiler, ${total} samples`);
for (const [label, fn] of categories) console.log(`${share(inclusive.get(fn) ?? 0)}  ${label}`);
console.log("\ninclusive, top 30:");
for (const [label, count] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${share(count)}  ${label}`);
}
console.log("\nself, top 20:");
for (const [label, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${share(count)}  ${label}`);
