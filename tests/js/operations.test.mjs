// The operation option of the validation functions (default CreateUser; each operation checks its
// own request shape, and only the rules about members it carries run), requestModel(operation) and
// requestSchema(operation), in both entries.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import * as cuv from "../../pkg/node.js";
import * as cli from "../../pkg/cli-node.js";
import { assertMisuse, base, OPERATIONS, operationRequests, ROOT, ruleCases, USER, USER_ARN } from "./helpers.mjs";

const { shapes } = JSON.parse(readFileSync(join(ROOT, "tests/data/connect-user-operations-shapes.json"), "utf8"));
const codes = (result) => result.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.path)}`);
const standardValidate = (schema, value) => schema["~standard"].validate(value);
/** The message an unknown operation gets: every operation, in the core's order. */
const LISTED = new RegExp(`${OPERATIONS.map((name) => `"${name}"`).join(", ").replace(/, (?=[^,]*$)/, " or ")}$`);

describe("the operation option", () => {
  test("defaults to CreateUser: no option, undefined and \"CreateUser\" answer alike", () => {
    for (const request of [base(), base({ Username: "" }), { ...USER }, null]) {
      const expected = cuv.validate(request);
      assert.deepStrictEqual(cuv.validate(request, { operation: "CreateUser" }), expected);
      assert.deepStrictEqual(cuv.validate(request, { operation: undefined }), expected);
      assert.deepStrictEqual(cuv.applyFixes(request, null, { operation: "CreateUser" }), cuv.applyFixes(request));
    }
  });

  test("each operation's valid request passes as that operation and not as CreateUser", () => {
    for (const [operation, request] of Object.entries(operationRequests())) {
      const result = cuv.validate(request, { operation });
      assert.equal(result.valid, true, `${operation}: ${codes(result)}`);
      assert.ok(!result.diagnostics.some((d) => d.severity !== "info"), `${operation}: ${codes(result)}`);
      assert.equal(cuv.validate(request).valid, false, operation);
    }
  });

  test("UpdateUserConfig needs only UserId and InstanceId; a member of another operation is unknown", () => {
    assert.deepStrictEqual(cuv.validate({ ...USER }, { operation: "UpdateUserConfig" }), { valid: true, diagnostics: [] });
    assert.deepStrictEqual(codes(cuv.validate({ ...USER, Username: "mary" }, { operation: "UpdateUserConfig" })), [
      'unknown-member ["Username"]',
    ]);
    assert.deepStrictEqual(codes(cuv.validate(base(), { operation: "UpdateUserHierarchy" })).sort(), [
      'required ["UserId"]',
      'unknown-member ["RoutingProfileId"]',
      'unknown-member ["SecurityProfileIds"]',
      'unknown-member ["Username"]',
    ]);
  });

  test("an empty request misses exactly the operation's required members, as the service model has them", () => {
    for (const operation of OPERATIONS) {
      const required = cuv
        .validate({}, { operation })
        .diagnostics.filter((d) => d.code === "required")
        .map((d) => d.path[0]);
      assert.deepStrictEqual(required, shapes[`${operation}Request`].required, operation);
    }
  });

  test("the channel-list rules run in UpdateUserConfig, the PhoneConfig rules in UpdateUserPhoneConfig", () => {
    const duplicate = { ...USER, AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: false }, { Channel: "VOICE", AutoAccept: true }] };
    assert.deepStrictEqual(codes(cuv.validate(duplicate, { operation: "UpdateUserConfig" })), [
      'duplicate-channel ["AutoAcceptConfigs",1,"Channel"]',
    ]);
    const deskPhone = { ...USER, PhoneConfig: { PhoneType: "DESK_PHONE" } };
    assert.ok(codes(cuv.validate(deskPhone, { operation: "UpdateUserPhoneConfig" })).includes('desk-phone-number-required ["PhoneConfig","DeskPhoneNumber"]'));
  });

  test("CreateUser-only rules stay out of UpdateUserIdentityInfo: no Password, Username or profiles needed", () => {
    const identity = { ...USER, IdentityInfo: { FirstName: "Mary", LastName: "Major", Email: "mary@example.com" } };
    const managed = { operation: "UpdateUserIdentityInfo", identityManagementType: "CONNECT_MANAGED" };
    assert.deepStrictEqual(cuv.validate(identity, managed), { valid: true, diagnostics: [] });
    // Near miss: the identity rules themselves do run there.
    const nameless = { ...USER, IdentityInfo: { FirstName: "Mary", Email: "mary@example.com" } };
    assert.deepStrictEqual(codes(cuv.validate(nameless, managed)), ['name-required ["IdentityInfo","LastName"]']);
    // As CreateUser, the same instance needs a Password.
    const asCreate = cuv.validate({ ...base(), IdentityInfo: identity.IdentityInfo }, { identityManagementType: "CONNECT_MANAGED" });
    assert.ok(codes(asCreate).includes('password-required ["Password"]'), codes(asCreate).join(", "));
  });

  test("id rules read UserId: its fix is computed with the operation", () => {
    const request = { UserId: USER_ARN, InstanceId: USER.InstanceId };
    const options = { operation: "UpdateUserRoutingProfile" };
    const { diagnostics } = cuv.validate({ ...request, RoutingProfileId: "a1b2c3d4-5678-90ab-cdef-123456789012" }, options);
    const arn = diagnostics.find((d) => d.code === "arn-instead-of-id");
    assert.ok(arn, JSON.stringify(diagnostics));
    assert.deepStrictEqual(arn.path, ["UserId"]);
    assert.deepStrictEqual(arn.fix, { path: ["UserId"], value: USER.UserId });
    const fixed = { ...request, RoutingProfileId: "a1b2c3d4-5678-90ab-cdef-123456789012", UserId: USER.UserId };
    assert.deepStrictEqual(cuv.applyFixes({ ...request, RoutingProfileId: fixed.RoutingProfileId }, null, options), fixed);
    assert.deepStrictEqual(cuv.applyFix({ ...request, RoutingProfileId: fixed.RoutingProfileId }, arn, options), fixed);
    assert.deepStrictEqual(cuv.applyFixes({ ...request, RoutingProfileId: fixed.RoutingProfileId }, ["arn-instead-of-id"], options), fixed);
  });

  test("validateMany takes it for the whole batch, and answers as validate does", () => {
    for (const [operation, request] of Object.entries(operationRequests())) {
      const batch = [request, base(), {}, null];
      const options = { operation, identityManagementType: "SAML" };
      assert.deepStrictEqual(
        cuv.validateMany(batch, options),
        batch.map((r) => cuv.validate(r, options)),
        operation,
      );
    }
  });

  test("an unknown operation, or one that is not a string, throws TypeError listing the operations", () => {
    const calls = {
      validate: (options) => cuv.validate({}, options),
      validateMany: (options) => cuv.validateMany([{}], options),
      applyFixes: (options) => cuv.applyFixes({}, null, options),
      applyFix: (options) => cuv.applyFix({}, { code: "required", path: ["UserId"] }, options),
    };
    for (const [fn, call] of Object.entries(calls)) {
      for (const operation of ["DeleteUser", "createuser", "create-user", "", 0, null, true, ["CreateUser"], { name: "CreateUser" }]) {
        const error = assertMisuse(() => call({ operation }), new RegExp(`the operation option of ${fn}\\(\\) must be `));
        assert.match(error.message, LISTED);
      }
    }
    for (const entry of [cuv, cli]) assertMisuse(() => entry.validate({}, { operation: "UpdateUser" }), LISTED);
  });

  test("the /cli entry answers as the main entry", () => {
    for (const [operation, request] of Object.entries(operationRequests())) {
      const bad = { ...request, UserId: USER_ARN, extra: 1 };
      assert.deepStrictEqual(cli.validate(bad, { operation }), cuv.validate(bad, { operation }), operation);
      assert.deepStrictEqual(cli.applyFixes(bad, null, { operation }), cuv.applyFixes(bad, null, { operation }), operation);
      assert.deepStrictEqual(cli.requestModel(operation), cuv.requestModel(operation));
    }
  });
});

describe("requestModel(operation)", () => {
  test("each operation's input: its name, operation, CLI command and the model's members in order", () => {
    for (const operation of OPERATIONS) {
      const model = cuv.requestModel(operation);
      const shape = shapes[`${operation}Request`];
      assert.equal(model.type, "structure");
      assert.equal(model.name, `${operation}Request`);
      assert.equal(model.operation, operation);
      assert.equal(model.cliCommand, operation.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase());
      assert.deepStrictEqual(model.members.map((m) => m.name), Object.keys(shape.members), operation);
      assert.deepStrictEqual(
        model.members.filter((m) => m.required).map((m) => m.name).sort(),
        [...shape.required].sort(),
        operation,
      );
      for (const member of model.members) {
        assert.equal(member.cliOption, `--${member.name.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}`);
        assert.ok(member.doc.length > 10, `${operation}.${member.name}`);
      }
    }
  });

  test("defaults to CreateUser, and each call returns a fresh copy", () => {
    assert.deepStrictEqual(cuv.requestModel(), cuv.requestModel("CreateUser"));
    const first = cuv.requestModel("TagResource");
    first.members.pop();
    assert.equal(cuv.requestModel("TagResource").members.length, first.members.length + 1);
  });

  test("an unknown operation throws TypeError listing the operations", () => {
    for (const operation of ["DeleteUser", "update-user-config", null, 3, {}]) {
      assertMisuse(() => cuv.requestModel(operation), /requestModel\(\) needs an operation: "CreateUser", /);
    }
    assertMisuse(() => cuv.requestModel("x"), LISTED);
  });
});

describe("requestSchema(operation)", () => {
  test("a Standard Schema of that operation's requests: {value}, or the errors of validate() as issues", () => {
    for (const [operation, request] of Object.entries(operationRequests())) {
      const schema = cuv.requestSchema(operation);
      assert.equal(schema["~standard"].version, 1);
      assert.equal(schema["~standard"].vendor, "connect-user-validator");
      assert.deepStrictEqual(standardValidate(schema, request), { value: request });
      for (const value of [{}, base(), { ...request, UserId: 5 }, null]) {
        const errors = cuv
          .validate(value, { operation })
          .diagnostics.filter((d) => d.severity === "error")
          .flatMap((d) => [d.path, ...(d.related ?? [])].map((path) => ({ message: d.message, path, code: d.code })));
        assert.ok(errors.length > 0, `${operation}: ${JSON.stringify(value)}`);
        assert.deepStrictEqual(standardValidate(schema, value), { issues: errors }, operation);
      }
    }
  });

  test("withOptions sets the identity type and keeps the operation", () => {
    const nameless = { ...USER, IdentityInfo: { FirstName: "Mary" } };
    const schema = cuv.requestSchema("UpdateUserIdentityInfo");
    assert.deepStrictEqual(standardValidate(schema, nameless), { value: nameless });
    const managed = schema.withOptions({ identityManagementType: "CONNECT_MANAGED" });
    assert.notEqual(managed, schema);
    assert.deepStrictEqual(
      standardValidate(managed, nameless).issues.map(({ code, path }) => [code, path]),
      [["name-required", ["IdentityInfo", "LastName"]]],
    );
    // Still UpdateUserIdentityInfo's: no Username, profiles or Password wanted.
    const named = { ...USER, IdentityInfo: { FirstName: "Mary", LastName: "Major", Email: "mary@example.com" } };
    assert.deepStrictEqual(standardValidate(managed, named), { value: named });
    assert.deepStrictEqual(standardValidate(managed.withOptions({}), nameless), { value: nameless });
  });

  test("withOptions takes no operation: a schema's operation is its own", () => {
    assertMisuse(() => cuv.requestSchema("UpdateUserConfig").withOptions({ operation: "CreateUser" }), /withOptions\(\) has no option "operation"/);
    assertMisuse(() => cuv.createUserRequestSchema.withOptions({ operation: "UpdateUserConfig" }), /has no option "operation"/);
  });

  test("requestSchema() and requestSchema(\"CreateUser\") behave as createUserRequestSchema on every rule row", () => {
    const schemas = [cuv.requestSchema(), cuv.requestSchema("CreateUser")];
    for (const row of ruleCases()) {
      const configure = (schema) =>
        row.identityManagementType ? schema.withOptions({ identityManagementType: row.identityManagementType }) : schema;
      const expected = standardValidate(configure(cuv.createUserRequestSchema), row.request);
      for (const schema of schemas) assert.deepStrictEqual(standardValidate(configure(schema), row.request), expected, `line ${row.line}`);
    }
  });

  test("an unknown operation throws TypeError listing the operations", () => {
    for (const operation of ["DeleteUser", "tag-resource", null, 0]) {
      assertMisuse(() => cuv.requestSchema(operation), /requestSchema\(\) needs an operation: "CreateUser", /);
    }
    assertMisuse(() => cli.requestSchema("x"), LISTED);
  });
});
