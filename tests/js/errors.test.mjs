// Misuse (a wrong option, a wrong argument type) throws a real TypeError that names the problem;
// request content never throws.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
// The /cli entry: validation and the AWS CLI syntax.
import * as cuv from "../../pkg/cli-node.js";
import { assertMisuse, base, docsExample } from "./helpers.mjs";

const request = () => docsExample();

describe("unknown option names throw, naming the option", () => {
  const calls = {
    validate: (o) => cuv.validate(request(), o),
    validateMany: (o) => cuv.validateMany([request()], o),
    applyFixes: (o) => cuv.applyFixes(request(), undefined, o),
    toCliInputJson: (o) => cuv.toCliInputJson(request(), o),
    toCliArgv: (o) => cuv.toCliArgv(request(), o),
    toCliCommand: (o) => cuv.toCliCommand(request(), o),
    toShorthand: (o) => cuv.toShorthand(request(), o),
    skeleton: (o) => cuv.skeleton(o),
  };
  for (const [name, call] of Object.entries(calls)) {
    test(name, () => {
      assertMisuse(() => call({ bogus: 1 }), /bogus/);
      // Named with the value undefined, which JSON and an absent option would drop.
      assertMisuse(() => call({ bogus: undefined }), /bogus/);
      // A near miss in case or spelling is not silently ignored either.
      assertMisuse(() => call({ IdentityManagementType: "SAML" }), /IdentityManagementType/);
      // An options argument that is not an object.
      for (const notObject of ["SAML", 5, true, ["SAML"], () => {}]) {
        assertMisuse(() => call(notObject), new RegExp(`${name}\\(\\)`));
      }
      // No options, null and {} are all fine.
      assert.doesNotThrow(() => call(undefined));
      assert.doesNotThrow(() => call(null));
      assert.doesNotThrow(() => call({}));
    });
  }

  test("an options object that cannot be read (a revoked Proxy) is misuse, not a crash", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assertMisuse(() => cuv.validate(request(), proxy), /validate\(\)/);
  });
});

describe("bad option values throw, naming the option", () => {
  test("identityManagementType of validate, validateMany and applyFixes", () => {
    for (const bad of ["saml", "Connect_Managed", "", 1, null, true, ["SAML"]]) {
      const options = { identityManagementType: bad };
      assertMisuse(() => cuv.validate(request(), options), /identityManagementType.*CONNECT_MANAGED/);
      assertMisuse(() => cuv.validateMany([request()], options), /identityManagementType/);
      assertMisuse(() => cuv.applyFixes(request(), undefined, options), /identityManagementType/);
    }
    // undefined is an absent option, as with the AWS SDK.
    assert.deepStrictEqual(cuv.validate(request(), { identityManagementType: undefined }), cuv.validate(request()));
  });

  test("applyFixes codes must be an array of known rule codes", () => {
    assertMisuse(() => cuv.applyFixes(request(), ["legacy-phone-config", "no-such-rule"]), /no-such-rule/);
    assertMisuse(() => cuv.applyFixes(request(), [42]), /42/);
    assertMisuse(() => cuv.applyFixes(request(), "legacy-phone-config"), /codes/);
    assertMisuse(() => cuv.applyFixes(request(), { 0: "type", length: 1 }), /codes/);
    assertMisuse(() => cuv.applyFixes(request(), [undefined]), /not a rule code/);
    assert.doesNotThrow(() => cuv.applyFixes(request(), null));
    assert.doesNotThrow(() => cuv.applyFixes(request(), []));
  });

  test("toCliInputJson indent must be a whole number from 0 to 10", () => {
    for (const bad of [-1, 11, 2.5, NaN, Infinity, 1e9]) {
      assertMisuse(() => cuv.toCliInputJson(request(), { indent: bad }), /indent.*0 to 10/);
    }
    for (const bad of ["2", true, null, [2], 2n]) assertMisuse(() => cuv.toCliInputJson(request(), { indent: bad }), /indent/);
    for (const good of [0, 1, 4, 10, 2.0]) assert.doesNotThrow(() => cuv.toCliInputJson(request(), { indent: good }));
  });

  test("the operation of the AWS CLI syntax functions must be an AWS operation name", () => {
    const calls = {
      toCliInputJson: (operation) => cuv.toCliInputJson(request(), { operation }),
      toShorthand: (operation) => cuv.toShorthand(request(), { operation }),
      toCliArgv: (operation) => cuv.toCliArgv(request(), { operation }),
      toCliCommand: (operation) => cuv.toCliCommand(request(), { operation }),
      skeleton: (operation) => cuv.skeleton({ operation }),
    };
    for (const [name, call] of Object.entries(calls)) {
      for (const bad of ["createUser", "create-user", "DeleteUser", "", null, 0, ["CreateUser"]]) {
        assertMisuse(() => call(bad), new RegExp(`operation option of ${name}\\(\\).*"CreateUser".*"UntagResource"`));
      }
      assert.doesNotThrow(() => call(undefined));
      assert.doesNotThrow(() => call("TagResource"));
    }
  });

  test("toCliArgv syntax must be shorthand or json", () => {
    for (const bad of ["JSON", "yaml", "", 1, null, true]) {
      assertMisuse(() => cuv.toCliArgv(request(), { syntax: bad }), /syntax.*shorthand.*json/);
    }
  });

  test("toCliCommand shell, syntax, multiline and redactPassword", () => {
    for (const bad of ["bash", "zsh", "PowerShell", "", 0, null]) {
      assertMisuse(() => cuv.toCliCommand(request(), { shell: bad }), /shell.*posix.*powershell.*cmd/);
    }
    assertMisuse(() => cuv.toCliCommand(request(), { syntax: "xml" }), /syntax/);
    for (const bad of ["yes", 1, 0, null, "true"]) {
      assertMisuse(() => cuv.toCliCommand(request(), { multiline: bad }), /multiline.*true or false/);
      assertMisuse(() => cuv.toCliCommand(request(), { redactPassword: bad }), /redactPassword.*true or false/);
    }
    assertMisuse(() => cuv.toCliCommand(request(), { redact: true }), /redact/);
  });
});

describe("wrong argument types throw", () => {
  test("createUserRequestSchema.withOptions({bogus: 1})", () => {
    assertMisuse(() => cuv.createUserRequestSchema.withOptions({ bogus: 1 }), /bogus/);
    assertMisuse(() => cuv.createUserRequestSchema.withOptions({ bogus: undefined }), /bogus/);
    assertMisuse(() => cuv.createUserRequestSchema.withOptions({ identityManagementType: "saml" }), /identityManagementType/);
  });

  test("explain() needs a string", () => {
    for (const bad of [123, undefined, null, ["type"], { code: "type" }]) assertMisuse(() => cuv.explain(bad), /explain\(\)/);
    assert.equal(cuv.explain(""), undefined);
    assert.equal(cuv.explain("TYPE"), undefined);
  });

  test("parseCliCommand() and parseShorthand() need a string", () => {
    for (const bad of [5, null, undefined, ["aws"], { text: "aws" }]) {
      assertMisuse(() => cuv.parseCliCommand(bad), /parseCliCommand\(\)/);
      assertMisuse(() => cuv.parseShorthand(bad), /parseShorthand\(\)/);
    }
  });

  test("validateMany() needs an array", () => {
    for (const bad of ["x", undefined, null, 5, { 0: base(), length: 1 }, new Set([base()])]) {
      assertMisuse(() => cuv.validateMany(bad), /validateMany\(\)/);
    }
  });

  test("validateMany() takes at most 100,000 requests a call", () => {
    assertMisuse(() => cuv.validateMany(Array.from({ length: 100_001 }, () => ({}))), /100,000/);
    assert.equal(cuv.validateMany(Array.from({ length: 100_000 }, () => null)).length, 100_000);
  });

  test("validateMany() does not take an array it cannot read for an empty batch", () => {
    // Answering [] would let `results.every((r) => r.valid)` pass a batch nobody checked.
    const unreadable = new Proxy([base(), { Username: 5 }], {
      get(target, key) {
        if (key === "length") throw new Error("length trap");
        return Reflect.get(target, key);
      },
    });
    let answer;
    try {
      answer = cuv.validateMany(unreadable);
    } catch (error) {
      assert.ok(error instanceof TypeError && error.message.startsWith("connect-user-validator:"), String(error));
      return;
    }
    assert.notDeepStrictEqual(answer, [], "an unreadable batch came back as an empty one");
  });
});

test("request content never throws, whatever the options", () => {
  const contents = [null, undefined, 5, "x", [], {}, base({ Username: 5 }), base({ Tags: { "": "" } })];
  for (const content of contents) {
    for (const identityManagementType of [undefined, "CONNECT_MANAGED", "SAML", "EXISTING_DIRECTORY"]) {
      assert.doesNotThrow(() => cuv.validate(content, { identityManagementType }));
      assert.doesNotThrow(() => cuv.applyFixes(content, null, { identityManagementType }));
    }
    assert.doesNotThrow(() => cuv.toCliCommand(content, { shell: "cmd", syntax: "json", multiline: true, redactPassword: true }));
  }
  for (const text of ["", "aws", "\u0000", "'", "\\", "$(", "aws connect create-user " + "--x ".repeat(10_000)]) {
    assert.doesNotThrow(() => cuv.parseCliCommand(text));
    assert.doesNotThrow(() => cuv.parseShorthand(text));
  }
});
