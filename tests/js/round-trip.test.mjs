// A request written as a POSIX command reads back as the same request:
// parseCliCommand(toCliCommand(r)).request deep-equals r, for every syntax and layout.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
// The /cli entry: validation and the AWS CLI syntax.
import * as cuv from "../../pkg/cli-node.js";
import { base, docsExample, parseLenientJson, ruleCases, sampleRequests, toLenientJson } from "./helpers.mjs";

/** Whether `value` is JSON data (no NaN or Infinity, which no command can carry). */
function isJsonData(value) {
  if (typeof value === "number") return Number.isFinite(value);
  if (value && typeof value === "object") return Object.values(value).every(isJsonData);
  return true;
}

/** Values a command could easily get wrong: leading dashes, empty values, shell and CLI syntax. */
function edgeValues() {
  const edges = {
    "values starting with -": base({ Username: "--password", Password: "-p w", Tags: { "-k": "-v" } }),
    "empty values": base({ Username: "", SecurityProfileIds: ["", "-a"], Tags: { "": "" }, IdentityInfo: {} }),
    "CLI-looking values": base({ Username: "file://x", Password: "http://x", HierarchyGroupId: "$HOME", DirectoryUserId: "~" }),
    "shorthand-looking values": base({ Username: "a=b", IdentityInfo: { FirstName: "[x]", LastName: "{y}" }, Tags: { a: "[b]", "c=d": "e,f" } }),
    "JSON-looking values": base({ Username: "null", Password: "{}", DirectoryUserId: "[1]" }),
    "control and separator characters": base({ Username: "\u0000", Password: "x\u2028y\u0085z" }),
    "bidirectional and invisible characters": base({
      Username: "admin\u202Egnp.exe",
      Password: "P\u200Bass1",
      IdentityInfo: { FirstName: "\u2066x\u2069", LastName: "\u00ADy\u200D" },
      SecurityProfileIds: ["\u061C", "a\u200E"],
      Tags: { "k\u200F": "\uFEFFv\u{E0041}" },
    }),
    "values of the wrong type": base({
      Username: 5,
      AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: "true" }],
      PhoneConfig: { AfterContactWorkTimeLimit: 1.5 },
      Tags: { a: 1 },
    }),
  };
  return Object.fromEntries(Object.entries(edges).map(([name, request]) => [`edge: ${name}`, request]));
}

function requests() {
  return {
    "docs example": docsExample(),
    ...sampleRequests(),
    ...edgeValues(),
    ...Object.fromEntries(ruleCases().filter((row) => isJsonData(row.request)).map((row) => [`rule row ${row.line}`, row.request])),
  };
}

describe("parseCliCommand(toCliCommand(r)).request deep-equals r (posix)", () => {
  for (const [name, request] of Object.entries(requests())) {
    test(name, () => {
      for (const syntax of ["shorthand", "json"]) {
        for (const multiline of [false, true]) {
          const command = cuv.toCliCommand(request, { shell: "posix", syntax, multiline });
          // What shows is what runs: no character that hides or reorders text is written raw.
          assert.doesNotMatch(command, /[\p{Cf}\u2028\u2029]/u);
          const parsed = cuv.parseCliCommand(command);
          // As Python's JSON holds the request: -0 is 0, NaN stays NaN.
          const expected = parseLenientJson(toLenientJson(request));
          assert.deepStrictEqual(parsed.request, expected, `${syntax}, multiline ${multiline}:\n${command}`);
          assert.deepStrictEqual(parsed.diagnostics, [], command);
          // The shell's default and an explicit posix are the same command.
          if (!multiline && syntax === "shorthand") assert.equal(cuv.toCliCommand(request), command);
        }
      }
    });
  }
});

test("a redacted command reads back with the password replaced, and nothing else changed", () => {
  for (const request of Object.values(sampleRequests())) {
    const parsed = cuv.parseCliCommand(cuv.toCliCommand(request, { redactPassword: true, multiline: true }));
    const expected = "Password" in request ? { ...request, Password: "********" } : request;
    assert.deepStrictEqual(parsed.request, expected);
    if (request.Password) assert.ok(!cuv.toCliCommand(request, { redactPassword: true }).includes(request.Password));
  }
});

test("the docs example survives the JSON document and the shorthand words too", () => {
  const request = docsExample();
  assert.deepStrictEqual(JSON.parse(cuv.toCliInputJson(request)), request);
  // Shorthand is model-free (every scalar a string), so compare structures of strings only.
  const words = cuv.toShorthand(request);
  assert.deepStrictEqual(cuv.parseShorthand(words["--identity-info"][0]), { ok: true, value: request.IdentityInfo });
  // The argv holds each option once, followed by its words.
  const argv = cuv.toCliArgv(request);
  assert.equal(argv.filter((w) => w === "--username").length, 1);
  assert.equal(argv[argv.indexOf("--username") + 1], "Mary");
});

/** One request per operation other than CreateUser, with values a command could get wrong. */
const OPERATION_REQUESTS = {
  UpdateUserIdentityInfo: { IdentityInfo: { FirstName: "Zoë 😀", LastName: "a=b,c" }, UserId: "-u", InstanceId: "$i" },
  UpdateUserPhoneConfig: { PhoneConfig: { PhoneType: "DESK_PHONE", AutoAccept: false, AfterContactWorkTimeLimit: 60, DeskPhoneNumber: "+15555551212" }, UserId: "u", InstanceId: "i" },
  UpdateUserConfig: {
    AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: true, AgentFirstCallbackAutoAccept: false }],
    AfterContactWorkConfigs: [{ Channel: "CHAT", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 30 } }],
    PersistentConnectionConfigs: [],
    UserId: "u",
    InstanceId: "i",
  },
  UpdateUserSecurityProfiles: { SecurityProfileIds: ["p1", "-p2", "[x"], UserId: "u", InstanceId: "i" },
  UpdateUserRoutingProfile: { RoutingProfileId: "-r=x", UserId: "u", InstanceId: "i" },
  UpdateUserHierarchy: { UserId: "u", InstanceId: "i" },
  TagResource: { resourceArn: "arn:aws:connect:us-west-2:123456789012:instance/i/agent/u", tags: { "a b": "c,d", e: "[f]" } },
  UntagResource: { resourceArn: "arn:aws:connect:us-west-2:123456789012:instance/i/agent/u", tagKeys: ["a b", "--c"] },
};

const COMMANDS = {
  UpdateUserIdentityInfo: "update-user-identity-info",
  UpdateUserPhoneConfig: "update-user-phone-config",
  UpdateUserConfig: "update-user-config",
  UpdateUserSecurityProfiles: "update-user-security-profiles",
  UpdateUserRoutingProfile: "update-user-routing-profile",
  UpdateUserHierarchy: "update-user-hierarchy",
  TagResource: "tag-resource",
  UntagResource: "untag-resource",
};

describe("every operation's commands read back as its request, with the operation", () => {
  for (const [operation, request] of Object.entries(OPERATION_REQUESTS)) {
    test(operation, () => {
      for (const syntax of ["shorthand", "json"]) {
        assert.deepStrictEqual(cuv.toCliArgv(request, { operation, syntax }).slice(0, 2), ["connect", COMMANDS[operation]]);
        for (const multiline of [false, true]) {
          const command = cuv.toCliCommand(request, { operation, syntax, multiline });
          assert.ok(command.startsWith(`aws connect ${COMMANDS[operation]} `), command);
          assert.deepStrictEqual(cuv.parseCliCommand(command), { operation, request, diagnostics: [] }, command);
        }
      }
      // The document and the skeleton list the input's members in the same (model) order.
      const skeletonKeys = Object.keys(JSON.parse(cuv.skeleton({ operation })));
      const documentKeys = Object.keys(JSON.parse(cuv.toCliInputJson(request, { operation })));
      assert.deepStrictEqual(documentKeys, skeletonKeys.filter((key) => key in request));
      assert.deepStrictEqual(Object.keys(cuv.toShorthand(request, { operation })), documentKeys.map(optionName));
    });
  }

  test("CreateUser is the default operation", () => {
    const request = docsExample();
    assert.equal(cuv.toCliCommand(request, { operation: "CreateUser" }), cuv.toCliCommand(request));
    assert.equal(cuv.skeleton({ operation: "CreateUser" }), cuv.skeleton());
    assert.equal(cuv.parseCliCommand(cuv.toCliCommand(request)).operation, "CreateUser");
  });
});

/** botocore's xform_name with `--`: `resourceArn` is `--resource-arn`. */
function optionName(member) {
  return `--${member.replace(/(?<=[a-z0-9])([A-Z])/g, "-$1").toLowerCase()}`;
}
