// A 10 MB string as the Username and as a tag key, through every function that takes a request.
// Each call runs in its own worker so that the calls share the machine's cores.

import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import { BASE_REQUEST } from "./helpers.mjs";

function runWorker(fn, placement) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./huge-strings-worker.mjs", import.meta.url), {
      workerData: { fn, placement, base: BASE_REQUEST },
    });
    worker.once("message", (message) => {
      worker.terminate();
      resolve(message);
    });
    worker.once("error", reject);
  });
}

const FUNCTIONS = ["validate", "validateMany", "schema", "applyFixes", "toCliArgv", "toCliCommand", "toCliInputJson", "toShorthand"];
const DIAGNOSING = new Set(["validate", "validateMany"]);

describe("a 10 MB string", { concurrency: Math.max(1, Math.min(4, availableParallelism())) }, () => {
  for (const placement of ["Username", "tag key"]) {
    // The length rule reports it at the member, without repeating 10 MB in the message.
    const expectedPath = placement === "Username" ? ["Username"] : ["Tags", "<BIG>"];
    for (const fn of FUNCTIONS) {
      test(`as the ${placement}: ${fn}()`, async () => {
        const answer = await runWorker(fn, placement);
        assert.ok(!("threw" in answer), `${fn}() threw ${answer.threw}: ${answer.message}`);
        assert.equal(answer.untouched, true, "the input is not changed");
        if (DIAGNOSING.has(fn)) {
          const length = answer.summary.find((d) => d.code === "length");
          assert.ok(length, `no length diagnostic: ${JSON.stringify(answer.summary)}`);
          assert.equal(length.severity, "error");
          assert.deepStrictEqual(length.path, expectedPath);
          for (const d of answer.summary) assert.ok(d.messageLength < 1000, `${d.code} message of ${d.messageLength} characters`);
        } else if (fn === "schema") {
          assert.ok(answer.summary.some((issue) => issue.code === "length" && JSON.stringify(issue.path) === JSON.stringify(expectedPath)));
        } else {
          assert.equal(answer.summary, true, `${fn}() keeps the 10 MB value`);
        }
      });
    }
  }
});
