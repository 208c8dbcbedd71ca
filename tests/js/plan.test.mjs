// planUserUpdate: the same plan as the native CLI's `plan --format json`, from every entry; plain
// data; options checked; never a throw for any two values.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import * as main from "../../pkg/node.js";
import * as cli from "../../pkg/cli-node.js";
import { assertDiagnostic, assertMisuse, assertPlainData, DESCRIBED_USER, native, samplePlans, writeScratch } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const ENTRIES = { main, cli, mainCjs: require("../../pkg/node.cjs"), cliCjs: require("../../pkg/cli-node.cjs") };
const CODES = new Set(main.rules().map((rule) => rule.code));

/** The native CLI's plan of the two users. */
function nativePlan(current, desired, identityType) {
  const files = [current, desired].map((user) => writeScratch(JSON.stringify(user)));
  const identity = identityType === undefined ? [] : ["--identity-type", identityType];
  return JSON.parse(native(["plan", "--format", "json", ...identity, ...files]).stdout);
}

test("planUserUpdate() is the native CLI's plan, from every entry, fixes included", () => {
  for (const identityType of [undefined, "CONNECT_MANAGED"]) {
    for (const [current, desired] of samplePlans()) {
      const expected = nativePlan(current, desired, identityType);
      for (const [name, api] of Object.entries(ENTRIES)) {
        const options = identityType === undefined ? undefined : { identityManagementType: identityType };
        // JSON reads each fix, which the core computes on demand.
        const plan = JSON.parse(JSON.stringify(api.planUserUpdate(current, desired, options)));
        assert.deepStrictEqual(plan, expected, `${name}: ${JSON.stringify(desired)}`);
      }
    }
  }
});

test("a plan is plain data: calls of { operation, request, diagnostics }, then the plan's diagnostics", () => {
  const edited = structuredClone(DESCRIBED_USER);
  Object.assign(edited.User, { RoutingProfileId: "b2c3d4e5-6789-01ab-cdef-234567890123", HierarchyGroupId: null, Tags: { pilot: null } });
  const plan = main.planUserUpdate(DESCRIBED_USER, edited);
  assertPlainData(plan, "plan");
  assert.deepStrictEqual(Object.keys(plan), ["calls", "diagnostics"]);
  assert.deepStrictEqual(
    plan.calls.map((call) => call.operation),
    ["UpdateUserRoutingProfile", "UpdateUserHierarchy", "UntagResource"],
  );
  for (const call of plan.calls) {
    assert.deepStrictEqual(Object.keys(call), ["operation", "request", "diagnostics"]);
    call.diagnostics.forEach((d, i) => assertDiagnostic(d, CODES, `${call.operation}.diagnostics[${i}]`));
  }
  assert.deepStrictEqual(plan.calls[1].request, {
    UserId: DESCRIBED_USER.User.Id,
    InstanceId: "0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d",
  });
  assert.deepStrictEqual(plan.calls[2].request, { resourceArn: DESCRIBED_USER.User.Arn, tagKeys: ["pilot"] });
  plan.diagnostics.forEach((d, i) => assertDiagnostic(d, CODES, `diagnostics[${i}]`));
  assert.deepStrictEqual(
    plan.diagnostics.map((d) => [d.code, d.path, d.related]),
    [
      ["plan-absent-kept", [], [["Tags", "team"]]],
      ["plan-clear-undocumented", ["HierarchyGroupId"], undefined],
    ],
  );
  // No change, no call.
  assert.deepStrictEqual(main.planUserUpdate(DESCRIBED_USER, DESCRIBED_USER.User), { calls: [], diagnostics: [] });
});

test("a fix of a planned call's diagnostic is computed for that call's request", () => {
  const profile = "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
  const other = "1c4a7b5f-2d3e-4f6a-9b0c-1d2e3f4a5b6c";
  const plan = cli.planUserUpdate(DESCRIBED_USER, { SecurityProfileIds: [profile, other, other] });
  const [call] = plan.calls;
  assert.equal(call.operation, "UpdateUserSecurityProfiles");
  const duplicate = call.diagnostics.find((d) => d.code === "duplicate-security-profile");
  assert.deepStrictEqual(duplicate.fix, { path: ["SecurityProfileIds"], value: [profile, other] });
});

test("planUserUpdate() checks its options and never throws for any two values", () => {
  assertMisuse(() => main.planUserUpdate({}, {}, { operation: "CreateUser" }), /planUserUpdate\(\) has no option "operation"/);
  assertMisuse(() => main.planUserUpdate({}, {}, { identityManagementType: "LDAP" }), /identityManagementType/);
  assertMisuse(() => main.planUserUpdate({}, {}, 5), /options of planUserUpdate\(\) must be an object/);
  const cyclic = { User: { ...DESCRIBED_USER.User } };
  cyclic.User.Tags = { self: cyclic };
  const throwing = new Proxy({}, { ownKeys() { throw new Error("no"); } });
  const odd = [undefined, null, 1n, Symbol("s"), () => 1, "user", [], new Map(), cyclic, throwing, { User: throwing }, { __proto__: null, Id: 1 }];
  for (const current of odd) {
    for (const desired of [...odd, DESCRIBED_USER]) {
      const plan = main.planUserUpdate(current, desired);
      assertPlainData(plan, "plan");
    }
  }
  const plan = main.planUserUpdate(DESCRIBED_USER, cyclic);
  assert.deepStrictEqual(plan.calls.map((call) => call.operation), ["TagResource"]);
  assert.ok(plan.calls[0].diagnostics.some((d) => d.code === "type"), JSON.stringify(plan.calls[0].diagnostics));
});
