// Request content never throws: every function that takes a request answers for any JavaScript
// value, and validate() says what is wrong and where. (10 MB strings are in huge-strings.test.mjs.)

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
// The /cli entry: validation and the AWS CLI syntax.
import * as cuv from "../../pkg/cli-node.js";
import {
  assertPlainData,
  assertValidationResult,
  base,
  BASE_REQUEST,
  docsExample,
  parseLenientJson,
} from "./helpers.mjs";

const CODES = new Set(cuv.rules().map((rule) => rule.code));
const SHELLS = ["posix", "powershell", "cmd"];

// ---------------------------------------------------------------------------------------------
// What each function must return for any input

/** Calls every request-taking function on `make()` (a fresh value each time) and checks each answer. */
function exerciseAll(make) {
  const result = cuv.validate(make());
  assertValidationResult(result, CODES, "validate()");

  const many = cuv.validateMany([make(), make()]);
  assert.equal(many.length, 2);
  many.forEach((r, i) => assertValidationResult(r, CODES, `validateMany()[${i}]`));
  assert.deepStrictEqual(many[0], result, "validateMany() answers like validate()");

  const fixed = cuv.applyFixes(make());
  assertPlainData(fixed, "applyFixes()");

  for (const syntax of ["shorthand", "json"]) {
    const argv = cuv.toCliArgv(make(), { syntax });
    assertPlainData(argv, "toCliArgv()");
    assert.ok(argv.every((word) => typeof word === "string"));
    assert.deepStrictEqual(argv.slice(0, 2), ["connect", "create-user"]);
  }
  for (const shell of SHELLS) {
    const command = cuv.toCliCommand(make(), { shell, multiline: true, redactPassword: true });
    assert.equal(typeof command, "string");
    assert.ok(command.startsWith("aws connect create-user"), command.slice(0, 80));
  }

  const inputJson = cuv.toCliInputJson(make());
  assert.equal(typeof inputJson, "string");
  assert.equal(typeof parseLenientJson(inputJson), "object");

  const shorthand = cuv.toShorthand(make());
  assertPlainData(shorthand, "toShorthand()");
  for (const [option, words] of Object.entries(shorthand)) {
    assert.ok(option.startsWith("--") && words.every((word) => typeof word === "string"), option);
  }

  const value = make();
  const standard = cuv.createUserRequestSchema["~standard"].validate(value);
  if ("issues" in standard) {
    assert.ok(standard.issues.length > 0);
    for (const issue of standard.issues) {
      assert.equal(typeof issue.message, "string");
      assert.ok(Array.isArray(issue.path));
      assert.ok(CODES.has(issue.code));
    }
    assert.equal(result.valid, false);
  } else {
    assert.equal(standard.value, value, "{value} is the object given");
    assert.equal(result.valid, true);
  }
  return { result, fixed };
}

/** The diagnostics other than the identity-type note every request gets without that option. */
function problems(result) {
  return result.diagnostics.filter((d) => d.code !== "identity-type-inferred");
}

function assertHasDiagnostic(result, code, path) {
  assert.ok(
    result.diagnostics.some((d) => d.code === code && JSON.stringify(d.path) === JSON.stringify(path)),
    `expected ${code} at ${JSON.stringify(path)}; got ${JSON.stringify(problems(result).map((d) => [d.code, d.path]))}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Values that are not a request object at all

const throwing = (what) => () => {
  throw new Error(`${what} trap`);
};

function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({ ...BASE_REQUEST }, {});
  revoke();
  return proxy;
}

const NON_OBJECTS = {
  null: () => null,
  undefined: () => undefined,
  "the number 42": () => 42,
  "-0": () => -0,
  NaN: () => NaN,
  Infinity: () => Infinity,
  "-Infinity": () => -Infinity,
  "a BigInt": () => 10n ** 30n,
  "a symbol": () => Symbol("request"),
  "a function": () => () => ({ ...BASE_REQUEST }),
  "a class": () => class Request {},
  "a string of JSON": () => JSON.stringify(BASE_REQUEST),
  "a string with a lone surrogate": () => "\ud800",
  true: () => true,
  "an array holding a request": () => [base()],
  "a Map of the members": () => new Map(Object.entries(base())),
  "a Set": () => new Set([1]),
  "a Date": () => new Date(0),
  "a RegExp": () => /Username/,
  "a Uint8Array": () => new Uint8Array(8),
  "an ArrayBuffer": () => new ArrayBuffer(8),
  "a Promise of a request": () => Promise.resolve(base()),
  "an Error": () => new Error("not a request"),
  "a Proxy whose ownKeys trap throws": () => new Proxy(base(), { ownKeys: throwing("ownKeys") }),
  "a Proxy whose getOwnPropertyDescriptor trap throws": () =>
    new Proxy(base(), { getOwnPropertyDescriptor: throwing("getOwnPropertyDescriptor") }),
  "a revoked Proxy": revokedProxy,
};

describe("a value that is not a request object gives one type diagnostic at []", () => {
  for (const [name, make] of Object.entries(NON_OBJECTS)) {
    test(name, () => {
      const { result } = exerciseAll(make);
      assert.equal(result.valid, false);
      assert.equal(result.diagnostics.length, 1, JSON.stringify(result.diagnostics));
      const [diagnostic] = result.diagnostics;
      assert.equal(diagnostic.code, "type");
      assert.equal(diagnostic.severity, "error");
      assert.deepStrictEqual(diagnostic.path, []);
      assert.deepStrictEqual(cuv.createUserRequestSchema["~standard"].validate(make()), {
        issues: [{ message: diagnostic.message, path: [], code: "type" }],
      });
      // Nothing to emit for a non-request: the bare command.
      assert.deepStrictEqual(cuv.toCliArgv(make()), ["connect", "create-user"]);
      assert.equal(cuv.toCliInputJson(make()), "{}");
      assert.deepStrictEqual(cuv.toShorthand(make()), {});
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Request objects with hostile members: the diagnostic lands on the member's path

function cyclicAtTop() {
  const request = base();
  request.self = request;
  return request;
}
function identityInfoIsTheRequest() {
  const request = base();
  request.IdentityInfo = request;
  return request;
}
function firstNameIsItsParent() {
  const request = base({ IdentityInfo: { LastName: "Major" } });
  request.IdentityInfo.FirstName = request.IdentityInfo;
  return request;
}
function identityInfoWithCycle() {
  const request = base({ IdentityInfo: { FirstName: "Mary", LastName: "Major" } });
  request.IdentityInfo.me = request.IdentityInfo;
  return request;
}
function arrayHoldingItself() {
  const request = base();
  request.SecurityProfileIds.push(request.SecurityProfileIds);
  return request;
}
function arrayHoldingTheRequest() {
  const request = base();
  request.AutoAcceptConfigs = [request];
  return request;
}
function withThrowingGetter(target, key) {
  Object.defineProperty(target, key, { get: throwing(`${key} getter`), enumerable: true, configurable: true });
  return target;
}
function deepObject(depth) {
  const root = {};
  let node = root;
  for (let i = 0; i < depth; i++) node = node.a = {};
  return root;
}
function deepArray(depth) {
  const root = [];
  let node = root;
  for (let i = 0; i < depth; i++) node.push((node = []));
  return root;
}
function deepFreeze(value) {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
function withJsonKey(key, where) {
  // JSON.parse makes `__proto__` an own data property; an object literal would set the prototype.
  const inner = JSON.parse(`{${JSON.stringify(key)}: {"Username": "inherited?"}, "FirstName": "Mary", "LastName": "Major"}`);
  if (where === "IdentityInfo") return base({ IdentityInfo: inner });
  if (where === "Tags") return base({ Tags: JSON.parse(`{${JSON.stringify(key)}: "v"}`) });
  return { ...JSON.parse(`{${JSON.stringify(key)}: {"Username": "inherited?"}}`), ...BASE_REQUEST };
}
function withDefinedKey(key) {
  const request = base();
  Object.defineProperty(request, key, { value: { Username: "x" }, enumerable: true, writable: true, configurable: true });
  return request;
}

// [name, make, check(result)]: `check` gets validate()'s answer.
const at = (code, path) => (result) => assertHasDiagnostic(result, code, path);
const sameAs = (makePlain) => (result) => assert.deepStrictEqual(result, cuv.validate(makePlain()));

const HOSTILE_MEMBERS = [
  ["a cycle at the top (request.self = request)", cyclicAtTop, at("unknown-member", ["self"])],
  ["IdentityInfo is the request itself", identityInfoIsTheRequest, at("type", ["IdentityInfo"])],
  ["IdentityInfo.FirstName is IdentityInfo", firstNameIsItsParent, at("type", ["IdentityInfo", "FirstName"])],
  ["a cycle inside IdentityInfo", identityInfoWithCycle, at("unknown-member", ["IdentityInfo", "me"])],
  ["an array that holds itself", arrayHoldingItself, at("type", ["SecurityProfileIds", 1])],
  ["an array that holds the request", arrayHoldingTheRequest, at("type", ["AutoAcceptConfigs", 0])],
  ["a getter that throws at the top", () => withThrowingGetter(base(), "Username"), at("type", ["Username"])],
  [
    "a getter that throws inside IdentityInfo",
    () => base({ IdentityInfo: withThrowingGetter({ LastName: "Major" }, "FirstName") }),
    at("type", ["IdentityInfo", "FirstName"]),
  ],
  [
    "an array element whose getter throws",
    () => base({ SecurityProfileIds: withThrowingGetter([], 0) }),
    at("type", ["SecurityProfileIds", 0]),
  ],
  [
    "a Proxy whose get trap throws, at the top",
    () => new Proxy(base(), { get: throwing("get") }),
    (result) => ["Username", "SecurityProfileIds", "RoutingProfileId", "InstanceId"].forEach((m) => assertHasDiagnostic(result, "type", [m])),
  ],
  [
    "a Proxy whose get trap throws, as IdentityInfo",
    () => base({ IdentityInfo: new Proxy({ FirstName: "Mary" }, { get: throwing("get") }) }),
    at("type", ["IdentityInfo", "FirstName"]),
  ],
  [
    "a Proxy whose ownKeys trap throws, as IdentityInfo",
    () => base({ IdentityInfo: new Proxy({ FirstName: "Mary" }, { ownKeys: throwing("ownKeys") }) }),
    at("type", ["IdentityInfo"]),
  ],
  [
    "a Proxy whose getPrototypeOf trap throws, at the top",
    () => new Proxy(base(), { getPrototypeOf: throwing("getPrototypeOf") }),
    sameAs(() => base()),
  ],
  [
    "a Proxy whose getPrototypeOf trap throws, as IdentityInfo",
    () => base({ IdentityInfo: new Proxy({ FirstName: "Zoë" }, { getPrototypeOf: throwing("getPrototypeOf") }) }),
    sameAs(() => base({ IdentityInfo: { FirstName: "Zoë" } })),
  ],
  ["a revoked Proxy as IdentityInfo", () => base({ IdentityInfo: revokedProxy() }), at("type", ["IdentityInfo"])],
  ["a frozen request", () => Object.freeze(base()), sameAs(() => base())],
  ["a deep-frozen docs example", () => deepFreeze(docsExample()), sameAs(docsExample)],
  [
    "a __proto__ key from JSON.parse at the top (its Username is not inherited)",
    () => {
      const request = withJsonKey("__proto__");
      delete request.Username;
      return request;
    },
    (result) => {
      assertHasDiagnostic(result, "unknown-member", ["__proto__"]);
      assertHasDiagnostic(result, "required", ["Username"]);
    },
  ],
  ["a constructor key from JSON.parse", () => withJsonKey("constructor"), at("unknown-member", ["constructor"])],
  ["a __proto__ key from defineProperty", () => withDefinedKey("__proto__"), at("unknown-member", ["__proto__"])],
  ["a constructor key from defineProperty", () => withDefinedKey("constructor"), at("unknown-member", ["constructor"])],
  ["a __proto__ key inside IdentityInfo", () => withJsonKey("__proto__", "IdentityInfo"), at("unknown-member", ["IdentityInfo", "__proto__"])],
  [
    "__proto__ and constructor as tag keys",
    () => base({ Tags: JSON.parse('{"__proto__": "v", "constructor": "w"}') }),
    (result) => assert.ok(!result.diagnostics.some((d) => d.path[0] === "Tags" && d.severity === "error")),
  ],
  ["a hole in SecurityProfileIds", () => base({ SecurityProfileIds: [, "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"] }), at("type", ["SecurityProfileIds", 0])],
  [
    "an AutoAcceptConfigs of holes only",
    () => base({ AutoAcceptConfigs: new Array(2) }),
    (result) => [0, 1].forEach((i) => assertHasDiagnostic(result, "type", ["AutoAcceptConfigs", i])),
  ],
  ["a Map as IdentityInfo", () => base({ IdentityInfo: new Map([["FirstName", "Mary"]]) }), at("type", ["IdentityInfo"])],
  ["a Map as Tags", () => base({ Tags: new Map([["Team", "A"]]) }), at("type", ["Tags"])],
  ["a Set as SecurityProfileIds", () => base({ SecurityProfileIds: new Set(BASE_REQUEST.SecurityProfileIds) }), at("type", ["SecurityProfileIds"])],
  ["a Date as Username", () => base({ Username: new Date(0) }), at("type", ["Username"])],
  ["a RegExp as RoutingProfileId", () => base({ RoutingProfileId: /a1b2/ }), at("type", ["RoutingProfileId"])],
  ["a Uint8Array as Tags", () => base({ Tags: new Uint8Array([1, 2]) }), at("type", ["Tags"])],
  [
    "a Float64Array as AfterContactWorkTimeLimit",
    () => base({ PhoneConfig: { AfterContactWorkTimeLimit: new Float64Array([30]) } }),
    at("type", ["PhoneConfig", "AfterContactWorkTimeLimit"]),
  ],
  ["a BigInt as AfterContactWorkTimeLimit", () => base({ PhoneConfig: { AfterContactWorkTimeLimit: 30n } }), at("type", ["PhoneConfig", "AfterContactWorkTimeLimit"])],
  ["NaN as AfterContactWorkTimeLimit", () => base({ PhoneConfig: { AfterContactWorkTimeLimit: NaN } }), at("type", ["PhoneConfig", "AfterContactWorkTimeLimit"])],
  ["Infinity as AfterContactWorkTimeLimit", () => base({ PhoneConfig: { AfterContactWorkTimeLimit: Infinity } }), at("type", ["PhoneConfig", "AfterContactWorkTimeLimit"])],
  [
    // -0 is the integer 0 (its fix may carry the -0 through, so compare as JSON).
    "-0 as AfterContactWorkTimeLimit is the integer 0",
    () => base({ PhoneConfig: { AfterContactWorkTimeLimit: -0 } }),
    (result) => assert.equal(JSON.stringify(result), JSON.stringify(cuv.validate(base({ PhoneConfig: { AfterContactWorkTimeLimit: 0 } })))),
  ],
  ["a symbol as Username", () => base({ Username: Symbol("mary") }), at("type", ["Username"])],
  ["a function as IdentityInfo", () => base({ IdentityInfo: function IdentityInfo() {} }), at("type", ["IdentityInfo"])],
  ["an undefined member is an absent one", () => base({ Password: undefined, Tags: undefined }), sameAs(() => base())],
  ["a lone surrogate in Username", () => base({ Username: "mary\ud800" }), at("type", ["Username"])],
  [
    "a lone surrogate in FirstName",
    () => base({ IdentityInfo: { FirstName: "\udc00Mary", LastName: "Major" } }),
    at("type", ["IdentityInfo", "FirstName"]),
  ],
  ["a lone surrogate in a tag value", () => base({ Tags: { Team: "a\ud800" } }), at("type", ["Tags", "Team"])],
  [
    // The path must name the key as given, so that a caller can find it in its object.
    // A key with an unpaired surrogate has no faithful form in the core's (UTF-8) strings, so the
    // object holding it is reported as a whole rather than under a key it did not have.
    "a lone surrogate in a tag key",
    () => base({ Tags: { "Team\ud800": "a" } }),
    at("type", ["Tags"]),
  ],
  ["a lone surrogate in an unknown member name", () => base({ "User\udfffname": "mary" }), at("type", [])],
  ["an object nested 10,000 deep as an unknown member", () => base({ a: deepObject(10_000).a }), at("unknown-member", ["a"])],
  ["an object nested 10,000 deep as IdentityInfo", () => base({ IdentityInfo: deepObject(10_000) }), at("unknown-member", ["IdentityInfo", "a"])],
  ["an object nested 10,000 deep as a tag value", () => base({ Tags: { Team: deepObject(10_000) } }), at("type", ["Tags", "Team"])],
  ["arrays nested 10,000 deep as SecurityProfileIds", () => base({ SecurityProfileIds: deepArray(10_000) }), at("type", ["SecurityProfileIds", 0])],
  [
    "a whole request nested 10,000 deep",
    () => deepObject(10_000),
    (result) => {
      assertHasDiagnostic(result, "required", ["Username"]);
      assertHasDiagnostic(result, "unknown-member", ["a"]);
    },
  ],
];

describe("hostile members never throw and are reported at their path", () => {
  for (const [name, make, check] of HOSTILE_MEMBERS) {
    test(name, () => {
      const { result } = exerciseAll(make);
      check(result);
    });
  }
});

describe("applyFixes() keeps __proto__ as an own data property and never changes a prototype", () => {
  // Assigning `out["__proto__"] = v` would set the prototype instead of adding a member.
  const cases = {
    "at the top": [() => withJsonKey("__proto__"), []],
    "inside IdentityInfo": [() => withJsonKey("__proto__", "IdentityInfo"), ["IdentityInfo"]],
    "as a tag key": [() => withJsonKey("__proto__", "Tags"), ["Tags"]],
    "defined with defineProperty": [() => withDefinedKey("__proto__"), []],
  };
  for (const [name, [make, holderPath]] of Object.entries(cases)) {
    test(name, () => {
      const input = make();
      const inputHolder = holderPath.reduce((object, key) => object[key], input);
      for (const codes of [undefined, [], ["unknown-member"]]) {
        const fixed = cuv.applyFixes(make(), codes);
        assertPlainData(fixed, "applyFixes()"); // every object keeps Object.prototype
        const holder = holderPath.reduce((object, key) => object[key], fixed);
        if (codes?.length === 0 || Object.hasOwn(holder, "__proto__")) {
          // With no fix selected the member stays, as an own data property with its value.
          const descriptor = Object.getOwnPropertyDescriptor(holder, "__proto__");
          assert.ok(descriptor && "value" in descriptor && descriptor.enumerable, `codes ${JSON.stringify(codes)}`);
          assert.deepStrictEqual(descriptor.value, Object.getOwnPropertyDescriptor(inputHolder, "__proto__").value);
        }
      }
      assert.equal({}.Username, undefined, "nothing leaked onto Object.prototype");
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Inputs that could make the reader loop for ever; run in a worker so a hang fails the test
// instead of stalling the suite

/** How long a worker may go without answering before it counts as hung: no timing, a guard. */
const HANG_GUARD_MS = 120_000;

/** Runs `source` (a function body using `cuv` and `base`) in a worker; rejects if it hangs. */
function inWorker(source) {
  const code = `
    import { parentPort } from "node:worker_threads";
    const cuv = await import(${JSON.stringify(new URL("../../pkg/cli-node.js", import.meta.url).href)});
    const base = () => (${JSON.stringify(BASE_REQUEST)});
    try {
      const value = (() => { ${source} })();
      parentPort.postMessage({ value });
    } catch (error) {
      parentPort.postMessage({ threw: error?.constructor?.name ?? typeof error, message: String(error?.message ?? error) });
    }`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`no answer within ${HANG_GUARD_MS / 1000} s: hung`));
    }, HANG_GUARD_MS);
    worker.once("message", (message) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(message);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe("sparse arrays with a huge length", { concurrency: true }, () => {
  // A sparse array costs nothing to make; its length alone must not make the reader allocate
  // or loop over four billion holes.
  for (const [fn, call] of [
    ["validate", "cuv.validate({ ...base(), SecurityProfileIds: new Array(2 ** 32 - 1) })"],
    ["toCliArgv", "cuv.toCliArgv({ ...base(), Tags: { Team: new Array(2 ** 32 - 1) } })"],
  ]) {
    test(`${fn}() on new Array(2 ** 32 - 1) answers without throwing`, async () => {
      const answer = await inWorker(`return ${call};`);
      assert.ok(!("threw" in answer), `${fn}() threw ${answer.threw}: ${answer.message}`);
      if (fn === "validate") {
        assert.equal(answer.value.valid, false);
        assert.ok(answer.value.diagnostics.some((d) => d.path[0] === "SecurityProfileIds" && d.severity === "error"));
      }
    });
  }

  test("validate() on an array of 20,000 holes reports its length", async () => {
    const answer = await inWorker(
      "const r = cuv.validate({ ...base(), SecurityProfileIds: new Array(20000) }); return [r.valid, r.diagnostics.some((d) => d.code === 'list-length')];",
    );
    assert.deepStrictEqual(answer, { value: [false, true] });
  });
});

describe("shared references are read at each use, within a budget", { concurrency: true }, () => {
  // `a = {L: a, R: a}` forty times over: 41 objects, 2 ** 41 values when read as a tree. Without a
  // budget this took a minute at 23 objects, and ran out of wasm memory (a RuntimeError) beyond.
  const SHARED = "let a = { x: 1 }; for (let i = 0; i < 40; i++) a = { L: a, R: a };";
  const tooLarge = (d) => d.code === "type" && d.path.length === 0 && /too large/.test(d.message);

  test("validate() reports the request as too large instead of hanging or throwing", async () => {
    const answer = await inWorker(`${SHARED} return cuv.validate({ ...base(), Tags: a });`);
    assert.ok(!("threw" in answer), `threw ${answer.threw}: ${answer.message}`);
    assert.equal(answer.value.valid, false);
    assert.equal(answer.value.diagnostics.filter(tooLarge).length, 1, JSON.stringify(answer.value));
  });

  test("validateMany() reads its whole batch within one budget", async () => {
    const answer = await inWorker(`${SHARED} return cuv.validateMany([base(), a, base()]);`);
    assert.ok(!("threw" in answer), `threw ${answer.threw}: ${answer.message}`);
    const [before, shared, after] = answer.value;
    assert.ok(!before.diagnostics.some(tooLarge), "a request read before the budget ran out is validated");
    assert.ok(shared.diagnostics.some(tooLarge));
    assert.ok(after.diagnostics.some(tooLarge), "and none after it is passed as valid");
  });

  test("the emitters and applyFixes() answer without throwing", async () => {
    const answer = await inWorker(`${SHARED}
      const request = { ...base(), Tags: a };
      return [cuv.toCliArgv(request), cuv.toShorthand(request), cuv.toCliInputJson(request),
        cuv.toCliCommand(request, { shell: "powershell" }), cuv.applyFixes(request)];`);
    assert.ok(!("threw" in answer), `threw ${answer.threw}: ${answer.message}`);
    // Not read, the request is no object: the bare command, as for any non-request.
    assert.deepStrictEqual(answer.value, [["connect", "create-user"], {}, "{}", "aws connect create-user", null]);
  });

  test("validateMany() refuses a batch of 2 ** 32 - 1 holes as misuse", async () => {
    const answer = await inWorker("return cuv.validateMany(new Array(2 ** 32 - 1));");
    assert.equal(answer.threw, "TypeError", JSON.stringify(answer));
    assert.match(answer.message, /^connect-user-validator: validateMany\(\) takes at most 100,000 requests/);
  });
});

test("an object shared by a few requests is read like copies of it", () => {
  const tags = { Team: "support", "a b": "c" };
  const identity = { FirstName: "Zoe\u0308", LastName: "Major" };
  const shared = [base({ Tags: tags, IdentityInfo: identity }), base({ Tags: tags, IdentityInfo: identity, Password: 5n })];
  const copies = shared.map((r) => ({ ...r, Tags: { ...tags }, IdentityInfo: { ...identity } }));
  assert.deepStrictEqual(cuv.validateMany(shared), cuv.validateMany(copies));
  assert.deepStrictEqual(cuv.validate(shared[0]), cuv.validate(copies[0]));
});

describe("the deepest values the readers accept go through every function", () => {
  // MAX_NESTING in src/syntax/shorthand.rs (awscli reads 494 levels) and MAX_DEPTH in
  // src/syntax/json.rs; the shipped wasm has a 1 MB stack.
  const SHORTHAND_LEVELS = 500;
  const JSON_LEVELS = 512;
  /** "x" in `levels` containers, alternating lists and objects, and its shorthand. */
  function nested(levels) {
    let value = "x";
    let text = "x";
    for (let level = 0; level < levels; level++) {
      if (level % 2 === 0) [value, text] = [[value], `[${text}]`];
      else [value, text] = [{ b: value }, `{b=${text}}`];
    }
    return { value, text };
  }

  test("parseShorthand() reads 500 levels and refuses 501 at the first one too many", () => {
    const { value, text } = nested(SHORTHAND_LEVELS);
    assert.deepStrictEqual(cuv.parseShorthand(`a=${text}`), { ok: true, value: { a: value } });
    const tooDeep = cuv.parseShorthand(`a=${nested(SHORTHAND_LEVELS + 1).text}`);
    assert.equal(tooDeep.ok, false);
    assert.match(tooDeep.message, /^Nesting deeper than 500 levels of \[ and \{ is not supported for input:\n/);
    assert.equal(tooDeep.index, 2 + (SHORTHAND_LEVELS / 2) * 4, "the index of the 501st [");
  });

  test("a command with the deepest shorthand value comes back from every emitter", () => {
    const { value, text } = nested(SHORTHAND_LEVELS);
    const parsed = cuv.parseCliCommand(`aws connect create-user --auto-accept-configs 'Channel=VOICE,X=${text}' --tags 'a=${text}'`);
    assert.deepStrictEqual(parsed.request, { AutoAcceptConfigs: [{ Channel: "VOICE", X: value }], Tags: { a: value } });
    const request = base(parsed.request);
    assertHasDiagnostic(cuv.validate(request), "type", ["Tags", "a"]);
    exerciseAll(() => structuredClone(request));
    for (const shell of SHELLS) {
      for (const syntax of ["shorthand", "json"]) {
        const command = cuv.toCliCommand(request, { shell, syntax });
        if (shell === "posix") assert.deepStrictEqual(cuv.parseCliCommand(command).request, request);
      }
    }
  });

  test("a request 512 levels deep is read whole, and one level more is not", () => {
    const deepest = base({ Extra: nested(JSON_LEVELS - 1).value });
    assertHasDiagnostic(cuv.validate(deepest), "unknown-member", ["Extra"]);
    assert.deepStrictEqual(JSON.parse(cuv.toCliInputJson(deepest)).Extra, deepest.Extra);
    assert.deepStrictEqual(JSON.parse(cuv.toCliArgv(deepest, { syntax: "json" }).at(-1)).Extra, deepest.Extra);
    exerciseAll(() => structuredClone(deepest));
    // Past 512 levels (the request is the first), the reader stops: the 513th container is null.
    let node = JSON.parse(cuv.toCliInputJson(base({ Extra: nested(JSON_LEVELS).value }))).Extra;
    for (let level = 2; level < JSON_LEVELS + 1; level++) node = Array.isArray(node) ? node[0] : node.b;
    assert.equal(node, null);
  });
});
