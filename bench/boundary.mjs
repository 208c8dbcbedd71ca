// The ways a request can cross into the wasm, measured side by side (issue 10): each reads the
// request into a tree in the wasm, on a module built by `make bench` from bench/boundary/.
//
// - tape: the package's way. Its JavaScript walker (`Tape` in pkg-template/api.js) writes the request into a
//   scratch buffer, copied into wasm memory in one piece; `wire::read_tapes` reads it.
// - JSON text: `JSON.stringify`, `TextEncoder.encodeInto` into wasm memory, the core's JSON reader.
//   Plain `JSON.stringify` is not enough on its own: it writes NaN as null, drops undefined members
//   and functions, calls toJSON and throws on a cycle or a BigInt; so the second row adds the
//   replacer that would name those, and a request with a cycle would still need the walker.
// - serde-wasm-bindgen: the wasm reads the JavaScript value itself, one import call per property.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Tape } from "../pkg-template/api.js";
import { compare } from "./timing.mjs";

const GLUE = fileURLToPath(new URL("../target/bench-boundary/pkg/boundary_bench.js", import.meta.url));
const WASM = fileURLToPath(new URL("../target/bench-boundary/pkg/boundary_bench_bg.wasm", import.meta.url));

/** What plain JSON.stringify would get wrong, named, as the package's walker names it. */
function careful(_key, value) {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : { unsupported: String(value) };
    case "bigint":
    case "undefined":
    case "function":
    case "symbol":
      return { unsupported: typeof value };
    default:
      return value;
  }
}

/** ns per request for each way to cross, on each of `inputs` ({label: request}). */
export async function boundaryComparison(inputs) {
  const raw = await import(GLUE);
  const { memory } = raw.initSync({ module: readFileSync(WASM) });
  const tape = new Tape();
  const encoder = new TextEncoder();
  const viaTape = (request) => {
    tape.reset();
    tape.write(request);
    const address = raw.scratch(tape.length);
    new Uint8Array(memory.buffer, address, tape.length).set(tape.bytes.subarray(0, tape.length));
    return raw.read_tape(tape.length);
  };
  const viaJson = (text) => {
    const address = raw.scratch(text.length * 3);
    const { written } = encoder.encodeInto(text, new Uint8Array(memory.buffer, address, text.length * 3));
    return raw.read_json(written);
  };
  const rows = {};
  for (const [label, request] of Object.entries(inputs)) {
    if (viaTape(request) !== 1 || !viaJson(JSON.stringify(request)) || !raw.read_serde(request)) {
      throw new Error(`bench/boundary.mjs: a reader refused the ${label}`);
    }
    rows[label] = compare(
      {
        tape: () => viaTape(request),
        json: () => viaJson(JSON.stringify(request)),
        jsonReplacer: () => viaJson(JSON.stringify(request, careful)),
        serde: () => raw.read_serde(request),
        tapeJsOnly: () => {
          tape.reset();
          tape.write(request);
          return tape.length;
        },
        stringifyOnly: () => JSON.stringify(request),
      },
      { rounds: 9, batchNs: 30e6 },
    );
  }
  return rows;
}
