// One cold start in a fresh Node process: import the library, validate the AWS docs example once,
// and print how long that took as JSON. performance.now() counts from the process's time origin
// (its start), so `firstResult` includes Node's own start-up; `importToResult` is from the line
// before the import to the first result.
//
//   node bench/cold-start-node.mjs ours|"ours /cli"|ajv|zod [json-schema-file]
// (run by run.mjs, which spawns it ~10 times per library and takes the medians)

import { readFileSync } from "node:fs";

const scriptStart = performance.now();
const lib = process.argv[2];
const request = JSON.parse(readFileSync(new URL("../examples/aws-docs-example.json", import.meta.url), "utf8"));
const importStart = performance.now();
let valid;
let ready; // imported, and the schema compiled or built
if (lib === "ours" || lib === "ours /cli") {
  // Instantiates the wasm synchronously.
  const { validate } = await import(lib === "ours" ? "../pkg/node.js" : "../pkg/cli-node.js");
  ready = performance.now();
  valid = validate(request, { identityManagementType: "CONNECT_MANAGED" }).valid;
} else if (lib === "ajv") {
  // A team ships the JSON Schema as a file and compiles it at start-up.
  const { default: Ajv } = await import("ajv");
  const schema = JSON.parse(readFileSync(process.argv[3], "utf8"));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  ready = performance.now();
  valid = validate(request);
} else if (lib === "zod") {
  const { createUserSchema } = await import("./zod-schema.mjs");
  const schema = createUserSchema("CONNECT_MANAGED");
  ready = performance.now();
  valid = schema.safeParse(request).success;
} else {
  throw new Error(`cold-start-node.mjs: unknown library ${lib}`);
}
const firstResult = performance.now();
process.stdout.write(
  `${JSON.stringify({
    lib,
    valid,
    scriptStart,
    importStart,
    ready,
    firstResult,
    importToResult: firstResult - importStart,
    importToReady: ready - importStart,
    firstCall: firstResult - ready,
  })}\n`,
);
