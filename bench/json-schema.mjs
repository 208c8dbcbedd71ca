// Generates a JSON Schema (draft-07, as ajv 8 compiles by default) of the CreateUser request from
// the botocore C2J shapes in tests/data/connect-create-user-shapes.json: what a team would hand
// to ajv. It holds the model's constraints only (required members, types, lengths, ranges, enums,
// patterns, list and map sizes), so no rule that spans two members.
//
//   node bench/json-schema.mjs            prints the schema
//   import { createUserJsonSchema } from "./json-schema.mjs"

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SHAPES_PATH = fileURLToPath(new URL("../tests/data/connect-create-user-shapes.json", import.meta.url));

/**
 * The model's patterns as the service means them, for JavaScript regular expressions with the
 * `u` flag (ajv's default `unicodeRegExp: true`, which the TagKey pattern's `\p{…}` needs).
 */
function pattern(shapeName, modelPattern) {
  // PhoneNumber's pattern is double-escaped in the model (`\\+[1-9]\\d{1,14}$` matches a literal
  // backslash); what the service means is E.164.
  if (shapeName === "PhoneNumber") return "^\\+[1-9][0-9]{1,14}$";
  // Password's pattern is written between slashes, `/…/`, as a JavaScript literal would be.
  if (modelPattern.length > 1 && modelPattern.startsWith("/") && modelPattern.endsWith("/")) {
    return modelPattern.slice(1, -1);
  }
  // Everything else as the model has it (SensitivePhoneNumber `\+[1-9]\d{1,14}$`, TagKey).
  return modelPattern;
}

/** @param {{shapes: Record<string, any>}} model the C2J document */
export function createUserJsonSchema(model = JSON.parse(readFileSync(SHAPES_PATH, "utf8"))) {
  const { shapes } = model;
  const definitions = {};

  function ref(name) {
    if (!(name in definitions)) {
      definitions[name] = null; // reserves the name: recursion stops here
      definitions[name] = convert(name, shapes[name]);
    }
    return { $ref: `#/definitions/${name}` };
  }

  function convert(name, shape) {
    switch (shape.type) {
      case "string": {
        const schema = { type: "string" };
        if (shape.min !== undefined) schema.minLength = shape.min;
        if (shape.max !== undefined) schema.maxLength = shape.max;
        if (shape.enum) schema.enum = [...shape.enum];
        if (shape.pattern !== undefined) schema.pattern = pattern(name, shape.pattern);
        return schema;
      }
      case "integer":
      case "long": {
        const schema = { type: "integer" };
        if (shape.min !== undefined) schema.minimum = shape.min;
        if (shape.max !== undefined) schema.maximum = shape.max;
        return schema;
      }
      case "boolean":
        return { type: "boolean" };
      case "list": {
        const schema = { type: "array", items: ref(shape.member.shape) };
        if (shape.min !== undefined) schema.minItems = shape.min;
        if (shape.max !== undefined) schema.maxItems = shape.max;
        return schema;
      }
      case "map": {
        const schema = {
          type: "object",
          propertyNames: ref(shape.key.shape),
          additionalProperties: ref(shape.value.shape),
        };
        if (shape.min !== undefined) schema.minProperties = shape.min;
        if (shape.max !== undefined) schema.maxProperties = shape.max;
        return schema;
      }
      case "structure": {
        const properties = {};
        for (const [member, { shape: memberShape }] of Object.entries(shape.members)) {
          properties[member] = ref(memberShape);
        }
        const schema = { type: "object", properties, additionalProperties: false };
        if (shape.required?.length) schema.required = [...shape.required];
        return schema;
      }
      default:
        throw new Error(`json-schema.mjs: shape ${name} has type ${shape.type}, which this generator does not know`);
    }
  }

  const root = ref("CreateUserRequest");
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://example.invalid/connect/CreateUserRequest.json",
    title: "Amazon Connect CreateUser request (from the botocore service model)",
    ...root,
    definitions,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(createUserJsonSchema(), null, 2)}\n`);
}
