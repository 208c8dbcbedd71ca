// The .wasm carries no message, help or explanation text: the package renders every diagnostic
// from its generated catalogue, and explanations load only when asked for.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { MEMBERS, RULES } from "../../pkg/catalogue.js";
import { PKG, WASM_PATH } from "./helpers.mjs";

const wasm = readFileSync(WASM_PATH);
const explanations = JSON.parse(readFileSync(join(PKG, "explanations.json"), "utf8"));

/** The literal text of a compiled template: its string pieces of at least `min` characters. */
function literals(template, min) {
  return [...template.toString().matchAll(/"((?:[^"\\]|\\.)*)"/g)]
    .map((match) => JSON.parse(`"${match[1]}"`))
    .filter((piece) => piece.length >= min);
}

test("the .wasm holds none of the catalogue's texts", () => {
  const texts = [
    ...RULES.flatMap((rule) => [rule.title, rule.summary]),
    ...RULES.flatMap((rule) => [...rule.messages, ...rule.helps].flatMap((template) => literals(template, 16))),
    ...Object.values(explanations).flatMap((markdown) => markdown.split("\n").filter((line) => line.length >= 40)),
    ...MEMBERS.map(([, doc]) => doc),
  ];
  assert.ok(texts.length > 500, `${texts.length} texts`);
  const found = texts.filter((text) => wasm.includes(Buffer.from(text)));
  assert.deepEqual(found, []);
});
