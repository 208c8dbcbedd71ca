// The package's renderer (pkg-template/render.js, bundled into each entry) on each kind of
// argument and format, with the expectations of src/render.rs's own tests: the two renderers of the
// one catalogue must agree, and tests/js/native.test.mjs compares them on every rule case besides.

import assert from "node:assert/strict";
import { test } from "node:test";
import { RULES } from "../../pkg-template/catalogue.js";
import * as render from "../../pkg-template/render.js";

/** A diagnostic whose message is a one-placeholder template: `{value:format}`. */
function shown(kind, value, format = "") {
  const rule = { code: "test", messages: [[["value", format]]], helps: [] };
  RULES.push(rule);
  try {
    return render.message({ rule: RULES.length - 1, message: 0, help: -1, path: [], args: { value: { kind, value } } });
  } finally {
    RULES.pop();
  }
}

test("each kind shows as its format says", () => {
  assert.equal(shown(render.TEXT, 'a"b'), '"a\\"b"');
  assert.equal(shown(render.TEXT, "x".repeat(100)), `"${"x".repeat(60)}…"`);
  assert.equal(shown(render.TEXT, "x".repeat(100), "raw"), "x".repeat(100));
  // As src/syntax/json.rs writes them: controls, DEL and C1, and what hides or reorders text.
  assert.equal(shown(render.TEXT, "a\u0001\u007f\u0085\u202e\u200b\u2028\u{e0041}é"), '"a\\u0001\\u007f\\u0085\\u202e\\u200b\\u2028\\udb40\\udc41é"');
  assert.equal(shown(render.TEXT, "it's\ta\u00a0\u{1F600}", "repr"), '"it\'s\\ta\\xa0\u{1F600}"');
  assert.equal(shown(render.TEXT, "us west", "repr"), "'us west'");
  assert.equal(shown(render.WORDS, ["A"]), "A");
  assert.equal(shown(render.WORDS, ["A", "B", "C"]), "A, B or C");
  assert.equal(shown(render.WORDS, ["A", "B", "C"], "and"), "A, B and C");
  assert.equal(shown(render.WORDS, ["A", "B", "C"], "list"), "A, B, C");
  assert.equal(shown(render.WORDS, ["A", "B", "C"], "pipes"), "A | B | C");
  assert.equal(shown(render.WORD, "instance", "article"), "an instance");
  assert.equal(shown(render.WORD, "routing profile", "article"), "a routing profile");
  assert.equal(shown(render.INT, 1, "count item"), "1 item");
  assert.equal(shown(render.INT, 2, "count item"), "2 items");
  assert.equal(shown(render.INT, 0, "count entry"), "0 entries");
  assert.equal(shown(render.INT, 2, "count key"), "2 keys");
  assert.equal(shown(render.INT, 4980, "count more member"), "4980 more members");
  assert.equal(shown(render.INT, 1, "count more finding"), "1 more finding");
  assert.deepEqual([0, 999, 1000, -2_000_000].map((n) => shown(render.INT, n, "thousands")), ["0", "999", "1,000", "-2,000,000"]);
  assert.equal(shown(render.PATH, ["AutoAcceptConfigs", 0, "Channel"]), "AutoAcceptConfigs[0].Channel");
  assert.equal(shown(render.PATH, ["Tags", "cost center"]), 'Tags["cost center"]');
  assert.equal(shown(render.PATH, []), "(request)");
});

test("unprintable characters are named by code point", () => {
  const chars = [..."a b\u200B\u202E\u0301\u00A0\t\uE000é"].map((c) => c.codePointAt(0));
  assert.equal(shown(render.CHARS, chars), "'a', space, 'b', U+200B, U+202E, U+0301, U+00A0, U+0009, U+E000, 'é'");
});

test("long numbers are described, others shown as the core writes them", () => {
  assert.equal(shown(render.NUMBER, "99999999999999999999"), "99999999999999999999");
  assert.equal(shown(render.NUMBER, { negative: false, digits: 5000 }), "an integer of 5,000 digits");
  assert.equal(shown(render.NUMBER, { negative: true, digits: 30 }), "a negative integer of 30 digits");
  assert.equal(shown(render.NUMBER, "-1e+300"), "-1e+300");
});
