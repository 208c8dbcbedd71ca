// Numbers JSON or Python cannot hold exactly, as JavaScript values and in pasted commands: each is
// named in its message (a long one by its length), emitted as the AWS CLI reads it back (NaN and
// Infinity as Python's JSON writes them, never null), and read back from a command as a number.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
// The /cli entry: validation and the AWS CLI syntax.
import * as cuv from "../../pkg/cli-node.js";
import { base } from "./helpers.mjs";

const AT = ["PhoneConfig", "AfterContactWorkTimeLimit"];
const withLimit = (limit) => base({ PhoneConfig: { PhoneType: "SOFT_PHONE", AfterContactWorkTimeLimit: limit } });

/** The errors of validate() on the limit, as [code, message]. */
function errorsAt(request) {
  return cuv
    .validate(request)
    .diagnostics.filter((d) => d.severity === "error" && d.path.join(".") === AT.join("."))
    .map((d) => [d.code, d.message]);
}

describe("a number JSON cannot hold exactly, as a JavaScript value", () => {
  const name = "PhoneConfig.AfterContactWorkTimeLimit";
  const cases = [
    [NaN, "type", `${name} must be an integer, not NaN.`, "NaN"],
    [Infinity, "type", `${name} must be an integer, not Infinity.`, "Infinity"],
    [-Infinity, "type", `${name} must be an integer, not -Infinity.`, "-Infinity"],
    [Number("9".repeat(5000)), "type", `${name} must be an integer, not Infinity.`, "Infinity"],
    [30.5, "type", `${name} must be an integer, not the float 30.5.`, "30.5"],
    [-0, null, null, "0"],
    [2 ** 53 + 2, "acw-range", `${name} is 9007199254740994 seconds; the maximum is 2,000,000 (about 23 days).`, "9007199254740994"],
    [1e21, "acw-range", `${name} is 1000000000000000000000 seconds; the maximum is 2,000,000 (about 23 days).`, "1000000000000000000000"],
    [Number.MAX_VALUE, "acw-range", `${name} is an integer of 309 digits; the maximum is 2,000,000 (about 23 days).`, `17976931348623157${"0".repeat(292)}`],
    // The digits JSON.stringify writes, whichever way the number crosses.
    [-(2 ** 64), "range", `${name} is -18446744073709552000; the minimum is 0.`, "-18446744073709552000"],
  ];
  for (const [limit, code, message, written] of cases) {
    test(`${String(limit).slice(0, 30)}: named in the message and written as ${written.slice(0, 30)}`, () => {
      const request = withLimit(limit);
      assert.deepStrictEqual(errorsAt(request), code ? [[code, message]] : []);
      const json = `{"PhoneType":"SOFT_PHONE","AfterContactWorkTimeLimit":${written}}`;
      assert.deepStrictEqual(cuv.toCliArgv(request, { syntax: "json" }).slice(2, 4), ["--username", "mary"]);
      const argv = cuv.toCliArgv(request, { syntax: "json" });
      assert.equal(argv[argv.indexOf("--phone-config") + 1], json);
      for (const text of [cuv.toCliCommand(request), cuv.toCliInputJson(request), ...cuv.toCliArgv(request)]) {
        assert.ok(!text.includes("null"), text.slice(0, 200));
      }
      assert.ok(cuv.toCliInputJson(request, { indent: 0 }).includes(`"AfterContactWorkTimeLimit":${written}}`));
    });
  }

  test("a BigInt is named as one", () => {
    assert.deepStrictEqual(errorsAt(withLimit(10n)), [["type", "PhoneConfig.AfterContactWorkTimeLimit must be an integer, not a BigInt."]]);
  });
});

describe("numbers in a pasted command come back as numbers", () => {
  const command = (value) =>
    `aws connect create-user --username mary --security-profile-ids p --routing-profile-id r --instance-id i --phone-config ${value}`;
  const limitOf = (parsed) => parsed.request?.PhoneConfig?.AfterContactWorkTimeLimit;

  test("NaN and the infinities in JSON values, as Python's JSON reads them", () => {
    for (const [literal, number] of [["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity], ["1e400", Infinity]]) {
      const parsed = cuv.parseCliCommand(command(`'{"AfterContactWorkTimeLimit": ${literal}}'`));
      assert.deepStrictEqual(parsed.diagnostics, []);
      assert.ok(Object.is(limitOf(parsed), number), `${literal}: ${limitOf(parsed)}`);
      // Not null, so validating the request names what was pasted.
      assert.match(errorsAt(parsed.request)[0][1], new RegExp(`not ${literal === "1e400" ? "Infinity" : literal}\\.$`));
    }
  });

  test("strings that read like those numbers stay strings, whatever they hold", () => {
    for (const username of ["NaN", "-Infinity", "\ud800NaN".slice(1), "\u{10000}NaN", '"NaN"']) {
      const request = base({ Username: username, PhoneConfig: { AfterContactWorkTimeLimit: NaN } });
      const parsed = cuv.parseCliCommand(cuv.toCliCommand(request));
      assert.equal(parsed.request.Username, username);
      assert.ok(Number.isNaN(parsed.request.PhoneConfig.AfterContactWorkTimeLimit));
      const fixed = cuv.applyFixes(request);
      assert.equal(fixed.Username, username);
      assert.ok(Number.isNaN(fixed.PhoneConfig.AfterContactWorkTimeLimit), "applyFixes keeps NaN, not null");
    }
  });

  test("shorthand goes through Python's int(): exact, NaN refused, more than 4,300 digits refused", () => {
    assert.equal(limitOf(cuv.parseCliCommand(command("AfterContactWorkTimeLimit=99999999999999999999"))), 1e20);
    const nan = cuv.parseCliCommand(command("AfterContactWorkTimeLimit=NaN"));
    assert.deepStrictEqual(
      nan.diagnostics.map((d) => [d.code, d.message]),
      [["cli-type-conversion", "invalid literal for int() with base 10: 'NaN'"]],
    );
    const long = cuv.parseCliCommand(command(`AfterContactWorkTimeLimit=${"9".repeat(5000)}`));
    assert.equal(long.diagnostics.length, 1);
    assert.match(long.diagnostics[0].message, /Exceeds the limit \(4300 digits\) for integer string conversion: value has 5000 digits/);
    assert.ok(long.diagnostics[0].message.length < 300, "the value is not repeated");
  });
});
