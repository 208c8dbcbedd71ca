// requestModel(): the request's shapes for form builders, with every member's documentation (the
// catalogue keeps each text once and refers to it), a fresh copy on every call, before init too.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import * as cuv from "../../pkg/node.js";
import { ROOT } from "./helpers.mjs";

/** Every member of every structure in `shape`, with its structure's name. */
function members(shape, owner = "CreateUserRequest", out = []) {
  for (const member of shape.members ?? []) {
    out.push({ owner, ...member });
    members(member.shape, member.shape.name, out);
  }
  if (shape.member) members(shape.member, shape.member.name, out);
  return out;
}

test("every member has its documentation as text, and the top level its CLI option", () => {
  const model = cuv.requestModel();
  assert.equal(model.type, "structure");
  assert.equal(model.name, "CreateUserRequest");
  const all = members(model);
  assert.ok(all.length > 35, `${all.length} members`);
  for (const member of all) {
    assert.equal(typeof member.doc, "string", `${member.owner}.${member.name}`);
    assert.ok(member.doc.length > 10, `${member.owner}.${member.name}`);
  }
  assert.deepStrictEqual(
    model.members.map((member) => member.cliOption),
    model.members.map((member) => `--${member.name.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}`),
  );
});

test("the members and required flags are the service model's", () => {
  const { shapes } = JSON.parse(readFileSync(join(ROOT, "tests/data/connect-create-user-shapes.json"), "utf8"));
  const request = shapes.CreateUserRequest;
  const model = cuv.requestModel();
  assert.deepStrictEqual(
    model.members.map((member) => member.name),
    Object.keys(request.members),
  );
  assert.deepStrictEqual(
    model.members.filter((member) => member.required).map((member) => member.name).sort(),
    [...request.required].sort(),
  );
});

test("each call returns a fresh copy", () => {
  const first = cuv.requestModel();
  first.members[0].doc = "changed";
  first.members.pop();
  const second = cuv.requestModel();
  assert.notEqual(second.members[0].doc, "changed");
  assert.equal(second.members.length, first.members.length + 1);
});
