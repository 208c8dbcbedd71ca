// createUserRequestSchema is a Standard Schema v1 (https://standardschema.dev): synchronous,
// `{value}` for a valid request, `{issues}` (errors only, one per path a conflict involves).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as cuv from "../../pkg/node.js";
import { base, docsExample, ruleCases } from "./helpers.mjs";

const { createUserRequestSchema: schema } = cuv;
const CODES = new Set(cuv.rules().map((rule) => rule.code));
const standardValidate = (s, value) => s["~standard"].validate(value);

/** The issues the contract derives from validate(): each error on its path and its related paths. */
function expectedIssues(value, options) {
  return cuv
    .validate(value, options)
    .diagnostics.filter((d) => d.severity === "error")
    .flatMap((d) => [d.path, ...(d.related ?? [])].map((path) => ({ message: d.message, path, code: d.code })));
}

describe("createUserRequestSchema['~standard']", () => {
  test("has version 1, the vendor name and a validate function", () => {
    const props = schema["~standard"];
    assert.equal(props.version, 1);
    assert.equal(props.vendor, "connect-user-validator");
    assert.equal(typeof props.validate, "function");
    assert.equal(typeof schema.withOptions, "function");
  });

  test("a valid request gives {value} holding the very same object, synchronously", () => {
    for (const request of [base(), docsExample()]) {
      const answer = standardValidate(schema, request);
      assert.ok(!(answer instanceof Promise), "synchronous");
      assert.deepStrictEqual(Object.keys(answer), ["value"]);
      assert.equal(answer.value, request);
    }
  });

  test("an invalid request gives {issues}, each with message, path and code", () => {
    const request = base({ Username: "", Tags: { "aws:reserved": "x" }, PhoneConfig: { PhoneType: "FAX" } });
    const answer = standardValidate(schema, request);
    assert.deepStrictEqual(Object.keys(answer), ["issues"]);
    assert.ok(answer.issues.length >= 3);
    for (const issue of answer.issues) {
      assert.deepStrictEqual(Object.keys(issue).sort(), ["code", "message", "path"]);
      assert.equal(typeof issue.message, "string");
      assert.ok(Array.isArray(issue.path));
      assert.ok(CODES.has(issue.code));
    }
  });

  test("a request that fits no identity-management type has issues on the members that decided it", () => {
    // CONNECT_MANAGED needs the names; SAML and EXISTING_DIRECTORY forbid the Password.
    const request = base({ Username: "a", Password: "Hunter2-Hunter2" });
    const { issues } = standardValidate(schema, request);
    assert.deepStrictEqual(
      issues.map(({ code, path }) => [code, path]),
      [
        ["identity-type-inferred", []],
        ["identity-type-inferred", ["IdentityInfo", "FirstName"]],
        ["identity-type-inferred", ["IdentityInfo", "LastName"]],
        ["identity-type-inferred", ["Password"]],
      ],
    );
    assert.ok(issues.every(({ message }) => !message.includes("Hunter2")));
    // Near misses: the names make CONNECT_MANAGED fit; with a type, that type's own rules speak.
    const named = base({ Username: "a", Password: "Hunter2-Hunter2", IdentityInfo: { FirstName: "Mary", LastName: "Major" } });
    assert.deepStrictEqual(standardValidate(schema, named), { value: named });
    const saml = standardValidate(schema.withOptions({ identityManagementType: "SAML" }), request);
    assert.ok(saml.issues.every(({ code }) => code !== "identity-type-inferred"));
    assert.ok(saml.issues.some(({ code }) => code === "password-not-allowed"));
  });

  test("only error diagnostics become issues: warnings and infos leave a request valid", () => {
    // The docs example has id-format warnings and a legacy-phone-config info.
    const request = docsExample();
    const severities = new Set(cuv.validate(request).diagnostics.map((d) => d.severity));
    assert.deepStrictEqual([...severities].sort(), ["info", "warning"]);
    assert.deepStrictEqual(standardValidate(schema, request), { value: request });
  });

  test("the issues are exactly the errors of validate(), on their paths and related paths, for every rule row", () => {
    for (const row of ruleCases()) {
      const options = row.identityManagementType ? { identityManagementType: row.identityManagementType } : undefined;
      const s = options ? schema.withOptions(options) : schema;
      const issues = expectedIssues(row.request, options);
      const answer = standardValidate(s, row.request);
      assert.deepStrictEqual(answer, issues.length ? { issues } : { value: row.request }, `line ${row.line}`);
    }
  });

  test("a PhoneConfig / AutoAcceptConfigs conflict is an issue on both sides", () => {
    const request = base({ PhoneConfig: { PhoneType: "SOFT_PHONE", AutoAccept: true }, AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: false }] });
    const conflict = standardValidate(schema, request).issues.filter((issue) => issue.code === "phone-config-conflict");
    assert.deepStrictEqual(
      conflict.map((issue) => issue.path),
      [["PhoneConfig", "AutoAccept"], ["AutoAcceptConfigs"]],
    );
    assert.equal(conflict[0].message, conflict[1].message);
  });

  test("a value that is not an object is one issue at []", () => {
    for (const value of [null, undefined, 42, "mary", []]) {
      const { issues } = standardValidate(schema, value);
      assert.equal(issues.length, 1);
      assert.deepStrictEqual(issues[0].path, []);
      assert.equal(issues[0].code, "type");
    }
  });
});

describe("createUserRequestSchema.withOptions()", () => {
  const noPassword = () => base({ IdentityInfo: { FirstName: "Mary", LastName: "Major", Email: "mary@example.com" } });

  test("with CONNECT_MANAGED a missing Password is an issue; the default schema does not require it", () => {
    const request = noPassword();
    assert.deepStrictEqual(standardValidate(schema, request), { value: request });
    const managed = schema.withOptions({ identityManagementType: "CONNECT_MANAGED" });
    const { issues } = standardValidate(managed, request);
    assert.ok(issues.some((issue) => issue.code === "password-required" && JSON.stringify(issue.path) === '["Password"]'), JSON.stringify(issues));
  });

  test("with SAML a Password is an issue", () => {
    const saml = schema.withOptions({ identityManagementType: "SAML" });
    const { issues } = standardValidate(saml, docsExample());
    assert.ok(issues.some((issue) => issue.code === "password-not-allowed"));
  });

  test("returns a new schema, leaves the original alone, and can be configured again", () => {
    const managed = schema.withOptions({ identityManagementType: "CONNECT_MANAGED" });
    assert.notEqual(managed, schema);
    assert.equal(managed["~standard"].version, 1);
    assert.equal(managed["~standard"].vendor, "connect-user-validator");
    const request = noPassword();
    assert.deepStrictEqual(standardValidate(schema, request), { value: request });
    const directory = managed.withOptions({ identityManagementType: "EXISTING_DIRECTORY" });
    assert.deepStrictEqual(standardValidate(directory, request), { value: request });
    // {} and undefined are the default schema's behaviour.
    assert.deepStrictEqual(standardValidate(schema.withOptions({}), request), { value: request });
    assert.deepStrictEqual(standardValidate(schema.withOptions(undefined), request), { value: request });
  });
});
