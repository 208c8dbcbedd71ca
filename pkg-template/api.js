// The public API over the wasm-bindgen exports, shared by the Node and browser entry points.
// It adds the readiness check, moves requests and results across the boundary as JSON text, and
// makes the Standard Schema object; every check lives in the wasm core.

/**
 * How each export is called: `request` and `options` are the positions of the arguments that cross
 * as JSON text (followed by the value itself, for what JSON cannot say); `json` means the result
 * comes back as JSON text.
 */
const FUNCTIONS = {
  validate: { request: 0, options: 1, json: true },
  validateMany: { request: 0, options: 1, json: true },
  explain: { json: true },
  rules: { json: true },
  applyFixes: { request: 0, options: 2, json: true },
  redactPassword: { request: 0, json: true },
  toCliInputJson: { request: 0, options: 1 },
  toShorthand: { request: 0, json: true },
  toCliArgv: { request: 0, options: 1, json: true },
  toCliCommand: { request: 0, options: 1 },
  parseCliCommand: { json: true },
  parseShorthand: { json: true },
  skeleton: {},
  requestModel: { json: true },
};

/**
 * @param {Record<string, Function>} raw the wasm-bindgen exports
 * @param {() => boolean} isReady whether the wasm is instantiated
 */
export function createApi(raw, isReady) {
  const api = {};
  for (const [name, call] of Object.entries(FUNCTIONS)) {
    const arity = Math.max(call.request ?? -1, call.options ?? -1) + 1;
    api[name] = (...args) => {
      if (!isReady()) throw new Error("connect-user-validator: call init() first");
      const passed = [];
      for (let at = 0; at < Math.max(arity, args.length); at++) {
        if (at === call.request || at === call.options) passed.push(plainJson(args[at]));
        passed.push(args[at]);
      }
      const result = raw[name](...passed);
      return call.json && typeof result === "string" ? parseResult(result) : result;
    };
  }
  api.createUserRequestSchema = standardSchema(api.validate, isReady, undefined);
  return api;
}

/**
 * A result of the core, as JSON text. A request read from JSON as Python reads it (a pasted
 * command, say) may hold NaN, Infinity or -Infinity, which the core writes as Python does and
 * JSON.parse refuses; those come back as numbers, by way of strings that start with a lone
 * surrogate, which no string the core writes can hold.
 */
function parseResult(text) {
  try {
    return JSON.parse(text);
  } catch {
    const marked = text.replace(/"[^"\\]*(?:\\.[^"\\]*)*"|-?Infinity|NaN/g, (token) =>
      token.startsWith('"') ? token : `"\\ud800${token}"`,
    );
    return JSON.parse(marked, (_, value) => (isMarked(value) ? Number(value.slice(1)) : value));
  }
}

/** Whether `value` is a string that parseResult made: a lone high surrogate, then the number. */
function isMarked(value) {
  if (typeof value !== "string" || value.charCodeAt(0) !== 0xd800) return false;
  const next = value.charCodeAt(1);
  return !(next >= 0xdc00 && next <= 0xdfff);
}

const PLAIN_TAGS = new Set(["[object Object]", "[object Array]"]);
const typeTag = Object.prototype.toString;
const NOT_PLAIN = Symbol("not plain JSON");

/**
 * The most values one argument crosses as JSON text: an object used in several places is written
 * at each use, so 23 objects that each hold the next one twice would make gigabytes. The core's
 * reader has the same budget (MAX_VALUES in src/wasm.rs) and reports what is over it.
 */
const MAX_VALUES = 500_000;

/** Stops JSON.stringify at the first value whose JSON form would differ from the value itself. */
function plainOnly(key, value) {
  const original = this[key];
  switch (typeof original) {
    case "string":
    case "boolean":
      return value;
    case "number":
      // 1e21 and up are written with an exponent, which would read as a fraction.
      if (Number.isFinite(original) && Math.abs(original) < 1e21) return value;
      break;
    case "object":
      if (original === null) return value;
      if (typeof original.toJSON !== "function" && PLAIN_TAGS.has(typeTag.call(original))) return value;
      break;
    case "undefined":
      // An undefined member is absent, as in JSON; an undefined array item is not.
      if (!Array.isArray(this)) return value;
      break;
  }
  throw NOT_PLAIN;
}

/**
 * The value as JSON text when JSON says exactly what it is (plain objects, arrays, strings,
 * booleans, whole and fractional numbers) in at most MAX_VALUES values, else undefined: the core
 * then reads the value itself and names what JSON cannot hold (a BigInt, a Map, a cycle, a getter
 * that throws, …) or what is too large.
 */
function plainJson(value) {
  let left = MAX_VALUES;
  try {
    return JSON.stringify(value, function (key, member) {
      if (--left < 0) throw NOT_PLAIN;
      return plainOnly.call(this, key, member);
    });
  } catch {
    return undefined;
  }
}

/** A Standard Schema v1 object: errors become issues, on each path a conflict involves. */
function standardSchema(validate, isReady, options) {
  if (options !== undefined && isReady()) {
    // Checks the options now (an unknown name or value throws TypeError); before init() a
    // schema can still be made, and its options are checked at its first use.
    validate({}, options);
  }
  return {
    "~standard": {
      version: 1,
      vendor: "connect-user-validator",
      validate(value) {
        const { diagnostics } = validate(value, options);
        const issues = [];
        for (const diagnostic of diagnostics) {
          if (diagnostic.severity !== "error") continue;
          const { message, code } = diagnostic;
          for (const path of [diagnostic.path, ...(diagnostic.related ?? [])]) {
            issues.push({ message, path, code });
          }
        }
        return issues.length === 0 ? { value } : { issues };
      },
    },
    withOptions(newOptions) {
      return standardSchema(validate, isReady, newOptions);
    },
  };
}
