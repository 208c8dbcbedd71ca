// Neither .wasm carries message, help or explanation text: the package renders every diagnostic
// from its generated catalogue, and explanations load only when asked for.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CLI_TEMPLATES } from "../../pkg-template/catalogue-cli.js";
import { MEMBERS, RULES } from "../../pkg-template/catalogue.js";
import { CLI_WASM_PATH, PKG, WASM_PATH } from "./helpers.mjs";

const explanations = JSON.parse(readFileSync(join(PKG, "explanations.json"), "utf8"));

/** The literal text of a template: its text pieces of at least `min` characters. */
function literals(template, min) {
  return template.filter((piece) => typeof piece === "string" && piece.length >= min);
}

const templates = [...RULES, ...CLI_TEMPLATES].flatMap((rule) => [...(rule.messages ?? []), ...(rule.helps ?? [])]);
const texts = [
  ...RULES.flatMap((rule) => [rule.title, rule.summary]),
  ...templates.flatMap((template) => literals(template, 16)),
  ...Object.values(explanations).flatMap((markdown) => markdown.split("\n").filter((line) => line.length >= 40)),
  ...MEMBERS.map(([, doc]) => doc),
];

for (const [entry, path] of [
  ["main", WASM_PATH],
  ["/cli", CLI_WASM_PATH],
]) {
  test(`the ${entry} entry's .wasm holds none of the catalogue's texts`, () => {
    const wasm = readFileSync(path);
    assert.ok(texts.length > 500, `${texts.length} texts`);
    const found = texts.filter((text) => wasm.includes(Buffer.from(text)));
    assert.deepEqual(found, []);
  });
}
