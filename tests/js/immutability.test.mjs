// No function changes the request it is given: a deep clone taken before each call still equals
// the request after it, and a Proxy around every object of the request sees no write at all.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
// The /cli entry: validation and the AWS CLI syntax.
import * as cuv from "../../pkg/cli-node.js";
import { docsExample, parseLenientJson, ruleCases, sampleRequests, toLenientJson } from "./helpers.mjs";

const IDENTITY_TYPES = ["CONNECT_MANAGED", "SAML", "EXISTING_DIRECTORY"];

/** Every call that takes a request, with the options that change what it does. */
const CALLS = {
  "validate()": (r) => cuv.validate(r),
  ...Object.fromEntries(IDENTITY_TYPES.map((t) => [`validate() with ${t}`, (r) => cuv.validate(r, { identityManagementType: t })])),
  "validateMany()": (r) => cuv.validateMany([r, r], { identityManagementType: "CONNECT_MANAGED" }),
  "applyFixes()": (r) => cuv.applyFixes(r),
  "applyFixes() with no codes": (r) => cuv.applyFixes(r, []),
  "applyFixes() with some codes": (r) => cuv.applyFixes(r, ["arn-instead-of-id", "name-not-nfc", "legacy-phone-config"]),
  ...Object.fromEntries(IDENTITY_TYPES.map((t) => [`applyFixes() with ${t}`, (r) => cuv.applyFixes(r, null, { identityManagementType: t })])),
  "redactPassword()": (r) => cuv.redactPassword(r),
  "toCliInputJson()": (r) => cuv.toCliInputJson(r, { indent: 2 }),
  "toShorthand()": (r) => cuv.toShorthand(r),
  "toCliArgv() shorthand": (r) => cuv.toCliArgv(r),
  "toCliArgv() json": (r) => cuv.toCliArgv(r, { syntax: "json" }),
  ...Object.fromEntries(
    ["posix", "powershell", "cmd"].map((shell) => [
      `toCliCommand() ${shell}`,
      (r) => cuv.toCliCommand(r, { shell, multiline: true, redactPassword: true }),
    ]),
  ),
  "schema validate": (r) => cuv.createUserRequestSchema["~standard"].validate(r),
  "schema withOptions validate": (r) =>
    cuv.createUserRequestSchema.withOptions({ identityManagementType: "SAML" })["~standard"].validate(r),
};

/** Requests whose fixes change something, so that applyFixes() has work to do. */
function requestsWithFixes() {
  const samples = sampleRequests();
  return {
    "docs example (PhoneConfig to migrate)": docsExample(),
    "ARNs and names needing NFC": samples["ARNs and a name needing NFC"],
    "a phone conflict": samples["newlines and a phone conflict"],
  };
}

function allRequests() {
  return {
    ...requestsWithFixes(),
    ...sampleRequests(),
    ...Object.fromEntries(ruleCases().map((row) => [`rule row ${row.line}`, row.request])),
  };
}

describe("a deep clone before each call equals the request after it", () => {
  for (const [name, request] of Object.entries(allRequests())) {
    test(name, () => {
      for (const [call, fn] of Object.entries(CALLS)) {
        const before = structuredClone(request);
        fn(request);
        assert.deepStrictEqual(request, before, `${call} changed the request`);
      }
    });
  }
});

/**
 * A copy of `value` in which every object and array is a Proxy that records writes of any kind
 * (set, defineProperty, deleteProperty, setPrototypeOf, preventExtensions) in `writes`.
 */
function watched(value, writes, path = []) {
  if (value === null || typeof value !== "object") return value;
  const target = Array.isArray(value) ? [] : {};
  for (const [key, member] of Object.entries(value)) {
    Object.defineProperty(target, key, {
      value: watched(member, writes, [...path, key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const record = (trap) => (t, key) => {
    writes.push(`${trap} ${JSON.stringify([...path, ...(key === undefined ? [] : [String(key)])])}`);
    return false;
  };
  return new Proxy(target, {
    set: record("set"),
    defineProperty: record("defineProperty"),
    deleteProperty: record("deleteProperty"),
    setPrototypeOf: record("setPrototypeOf"),
    preventExtensions: record("preventExtensions"),
  });
}

describe("no function writes to any object of the request", () => {
  for (const [name, request] of Object.entries({ ...requestsWithFixes(), ...sampleRequests() })) {
    test(name, () => {
      for (const [call, fn] of Object.entries(CALLS)) {
        const writes = [];
        const answer = fn(watched(request, writes));
        assert.deepStrictEqual(writes, [], `${call} wrote to the request`);
        // The Proxies are transparent: same answer as for the plain request (schema `value` aside).
        const plain = fn(structuredClone(request));
        if (!call.startsWith("schema") || "issues" in plain) assert.deepStrictEqual(answer, plain, call);
      }
    });
  }
});

describe("applyFixes() returns a new request and leaves the input alone", () => {
  for (const [name, request] of Object.entries(requestsWithFixes())) {
    test(name, () => {
      const before = structuredClone(request);
      const fixed = cuv.applyFixes(request);
      assert.deepStrictEqual(request, before);
      assert.notDeepStrictEqual(fixed, request, "the fixes change something");
      // No object of the answer is an object of the input, so editing one cannot edit the other.
      const inputs = new Set();
      (function collect(v) {
        if (v && typeof v === "object") {
          inputs.add(v);
          Object.values(v).forEach(collect);
        }
      })(request);
      (function check(v, where) {
        if (v && typeof v === "object") {
          assert.ok(!inputs.has(v), `${where} is shared with the input`);
          Object.entries(v).forEach(([k, m]) => check(m, `${where}.${k}`));
        }
      })(fixed, "fixed");
      // Applying the fixes again changes nothing more.
      assert.deepStrictEqual(cuv.applyFixes(fixed), fixed);
    });
  }

  test("applyFixes(r, []) is an equal copy, as Python's JSON holds it", () => {
    // Results are JSON data as Python reads it: NaN and Infinity stay numbers, -0 is 0.
    for (const request of Object.values(allRequests())) {
      const copy = cuv.applyFixes(request, []);
      assert.notEqual(copy, request);
      assert.deepStrictEqual(copy, parseLenientJson(toLenientJson(request)));
    }
  });
});
