// The public API over the wasm-bindgen exports, shared by the Node and browser entry points.
// It adds the readiness check and the Standard Schema object; every check lives in the wasm core.

const FUNCTIONS = [
  "validate",
  "validateMany",
  "explain",
  "rules",
  "applyFixes",
  "toCliInputJson",
  "toShorthand",
  "toCliArgv",
  "toCliCommand",
  "parseCliCommand",
  "parseShorthand",
  "skeleton",
  "requestModel",
];

/**
 * @param {Record<string, Function>} raw the wasm-bindgen exports
 * @param {() => boolean} isReady whether the wasm is instantiated
 */
export function createApi(raw, isReady) {
  const api = {};
  for (const name of FUNCTIONS) {
    api[name] = (...args) => {
      if (!isReady()) throw new Error("connect-user-validator: call init() first");
      return raw[name](...args);
    };
  }
  api.createUserRequestSchema = standardSchema(api.validate, isReady, undefined);
  return api;
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
