// Worker for huge-strings.test.mjs: calls one function on a request with a 10 MB string and posts
// back a small summary (posting the 10 MB answers back would only slow the suite down).

import { parentPort, workerData } from "node:worker_threads";
import * as cuv from "../../pkg/cli-node.js";

const { fn, placement, base } = workerData;
const BIG = "x".repeat(10 * 1024 * 1024);

function makeRequest() {
  return placement === "Username" ? { ...structuredClone(base), Username: BIG } : { ...structuredClone(base), Tags: { [BIG]: "v" } };
}

/** A diagnostic with the 10 MB string replaced by "<BIG>" wherever it appears. */
function summarize(diagnostic) {
  const shrink = (value) => (value === BIG ? "<BIG>" : value);
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    path: diagnostic.path.map(shrink),
    messageLength: diagnostic.message.length,
  };
}

const CALLS = {
  validate: (r) => cuv.validate(r).diagnostics.map(summarize),
  validateMany: (r) => cuv.validateMany([r])[0].diagnostics.map(summarize),
  schema: (r) => {
    const answer = cuv.createUserRequestSchema["~standard"].validate(r);
    return (answer.issues ?? []).map((issue) => ({ code: issue.code, path: issue.path.map((s) => (s === BIG ? "<BIG>" : s)) }));
  },
  applyFixes: (r) => {
    const fixed = cuv.applyFixes(r);
    return placement === "Username" ? fixed.Username === BIG : Object.hasOwn(fixed.Tags, BIG) && fixed.Tags[BIG] === "v";
  },
  toCliArgv: (r) => cuv.toCliArgv(r).some((word) => word.includes(BIG)),
  toCliCommand: (r) => cuv.toCliCommand(r, { shell: "posix" }).includes(BIG),
  toCliInputJson: (r) => {
    const parsed = JSON.parse(cuv.toCliInputJson(r, { indent: 0 }));
    return placement === "Username" ? parsed.Username === BIG : parsed.Tags[BIG] === "v";
  },
  toShorthand: (r) => Object.values(cuv.toShorthand(r)).some((words) => words.some((word) => word.includes(BIG))),
};

const request = makeRequest();
try {
  const summary = CALLS[fn](request);
  const untouched = placement === "Username" ? request.Username === BIG : Object.keys(request.Tags).length === 1 && request.Tags[BIG] === "v";
  parentPort.postMessage({ summary, untouched });
} catch (error) {
  parentPort.postMessage({ threw: error?.constructor?.name, message: String(error?.message).slice(0, 500) });
}
