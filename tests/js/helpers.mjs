// Shared helpers for the Node tests of the built package in pkg/. Not a test file itself
// (`node --test` only picks up *.test.mjs / *.test.cjs).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// ---------------------------------------------------------------------------------------------
// Paths

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const PKG_URL = new URL("../../pkg/", import.meta.url);
export const PKG = fileURLToPath(PKG_URL);
export const WASM_PATH = join(PKG, "connect_user_validator_bg.wasm");
export const CLI_WASM_PATH = join(PKG, "connect_user_validator_cli_bg.wasm");
export const BIN = process.env.CONNECT_USER_VALIDATOR_BIN
  ? resolve(process.env.CONNECT_USER_VALIDATOR_BIN)
  : join(ROOT, "target/release/connect-user-validator");

// ---------------------------------------------------------------------------------------------
// Requests

/** The base request of tests/data/rule-cases.json: valid for EXISTING_DIRECTORY. */
export const BASE_REQUEST = Object.freeze({
  Username: "mary",
  SecurityProfileIds: ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"],
  RoutingProfileId: "a1b2c3d4-5678-90ab-cdef-123456789012",
  InstanceId: "0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d",
});

/** A fresh copy of the base request (the frozen constant must never be handed out). */
export function base(extra = {}) {
  return { ...structuredClone({ ...BASE_REQUEST }), ...extra };
}

export const DOCS_EXAMPLE_TEXT = readFileSync(join(ROOT, "examples/aws-docs-example.json"), "utf8");
/** The AWS CLI reference's example command for that request, with its continuations. */
export const DOCS_COMMAND = readFileSync(join(ROOT, "examples/aws-docs-example.sh"), "utf8");
export function docsExample() {
  return JSON.parse(DOCS_EXAMPLE_TEXT);
}

const RULE_CASES_TEXT = readFileSync(join(ROOT, "tests/data/rule-cases.json"), "utf8");

/**
 * The rows of tests/data/rule-cases.json, each with its full `request`, and `raw`: the request's
 * text with the file's own number literals when JavaScript cannot represent them (`30.0`, which
 * JSON.parse turns into 30), else null. The file is read like Python's json module and the native
 * reader do: `NaN`, `Infinity` and `-Infinity` are numbers.
 */
export function ruleCases() {
  const rows = parseLenientJson(RULE_CASES_TEXT);
  // The file has one row a line; the line text tells whether JSON.parse lost anything.
  const lines = RULE_CASES_TEXT.split("\n").filter((line) => line.trim().startsWith("{"));
  assert.equal(lines.length, rows.length, "rule-cases.json is expected to hold one row a line");
  return rows.map((row, index) => {
    const request = "InstanceId" in row.request ? row.request : { ...BASE_REQUEST, ...row.request };
    const lossy = numberLiterals(lines[index]).some((literal) => /[.eE]/.test(literal) && Number.isInteger(Number(literal)));
    return { ...row, line: index + 2, request: structuredClone(request), raw: lossy ? rawRequestText(lines[index]) : null };
  });
}

// A marker no test string contains, for the number literals JSON lacks.
const MARKER = "\u{10FFFF}cuv-number:";
const NON_FINITE = { NaN, Infinity, "-Infinity": -Infinity };

/** JSON.parse, plus the bare literals NaN, Infinity and -Infinity outside strings. */
export function parseLenientJson(text) {
  const marked = text.replace(/("(?:[^"\\]|\\.)*")|(-?Infinity|NaN)/g, (match, string, literal) =>
    string ?? JSON.stringify(MARKER + literal),
  );
  return JSON.parse(marked, (key, value) =>
    typeof value === "string" && value.startsWith(MARKER) ? NON_FINITE[value.slice(MARKER.length)] : value,
  );
}

/** JSON.stringify, but NaN and ±Infinity written as the native reader's literals, not null. */
export function toLenientJson(value) {
  const text = JSON.stringify(value, (key, v) =>
    typeof v === "number" && !Number.isFinite(v) ? MARKER + String(v) : v,
  );
  return text.replace(/"\u{10FFFF}cuv-number:(NaN|-?Infinity)"/gu, "$1");
}

/** Number literals outside of strings in one line of JSON. */
function numberLiterals(jsonLine) {
  const withoutStrings = jsonLine.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return withoutStrings.match(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g) ?? [];
}

/** The request text of a row line, keeping the fragment's own literals (e.g. `30.0`). */
function rawRequestText(line) {
  const start = line.indexOf('"request":') + '"request":'.length;
  const fragment = line.slice(start, line.lastIndexOf(', "expect"')).trim();
  const fragmentKeys = Object.keys(parseLenientJson(fragment));
  if (fragmentKeys.includes("InstanceId")) return fragment;
  const baseMembers = Object.entries(BASE_REQUEST)
    .filter(([key]) => !fragmentKeys.includes(key))
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{${[...baseMembers, fragment.slice(1, -1).trim()].filter(Boolean).join(", ")}}`;
}

/** A handful of requests that exercise the emitters, quoting and fixes. */
export function sampleRequests() {
  return {
    "docs example": docsExample(),
    "shell metacharacters and unicode": base({
      Username: "o'brien",
      Password: "Pa$$ w\"rd`1'\\;&|<>*?~!#%^",
      IdentityInfo: { FirstName: "Zoë 😀", LastName: "D'Arcy, \"Jr\" = [x] {y}", Email: "zoe+tag@example.com" },
      Tags: { "team name": "a,b=c", "ünïcödé": "😀 value", "path/to:x": "[1,2]", empty: "" },
    }),
    "channel-specific lists": base({
      Password: "Password1",
      IdentityInfo: { FirstName: "Mary", LastName: "Major", Email: "mary@example.com", Mobile: "+15555551234" },
      DirectoryUserId: "mary-dir",
      HierarchyGroupId: "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
      AutoAcceptConfigs: [
        { Channel: "VOICE", AutoAccept: true, AgentFirstCallbackAutoAccept: false },
        { Channel: "CHAT", AutoAccept: false },
      ],
      AfterContactWorkConfigs: [{ Channel: "VOICE", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 30 } }],
      PhoneNumberConfigs: [{ Channel: "VOICE", PhoneType: "DESK_PHONE", PhoneNumber: "+15555551212" }],
      PersistentConnectionConfigs: [{ Channel: "VOICE", PersistentConnection: true }],
      VoiceEnhancementConfigs: [{ Channel: "VOICE", VoiceEnhancementMode: "NOISE_SUPPRESSION" }],
      Tags: { Team: "Support" },
    }),
    "ARNs and a name needing NFC": {
      Username: "mary",
      IdentityInfo: { FirstName: "Zoe\u0308", LastName: "Mu\u0308ller" },
      SecurityProfileIds: [
        "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/security-profile/0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
      ],
      RoutingProfileId:
        "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/routing-profile/a1b2c3d4-5678-90ab-cdef-123456789012",
      InstanceId: "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d",
    },
    "newlines and a phone conflict": base({
      Password: "line1\nline2\ttab",
      PhoneConfig: { PhoneType: "SOFT_PHONE", AutoAccept: true, AfterContactWorkTimeLimit: 0 },
      AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: false }],
      Tags: { "multi\nline": "x\r\ny" },
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// The native CLI

let scratch;
/** A private temporary directory, removed when the process exits. */
export function scratchDir() {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), "cuv-js-tests-"));
    process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
  }
  return scratch;
}

let fileCounter = 0;
/** Writes `text` to a new scratch file, byte for byte, and returns its path. */
export function writeScratch(text, extension = "json") {
  const path = join(scratchDir(), `input-${process.pid}-${fileCounter++}.${extension}`);
  writeFileSync(path, text);
  return path;
}

/** Runs the native CLI; `okStatuses` are the exit statuses the caller accepts. */
export function native(args, { okStatuses = [0] } = {}) {
  if (!existsSync(BIN)) {
    throw new Error(`the native CLI ${BIN} is missing: run cargo build --release --bin connect-user-validator`);
  }
  const result = spawnSync(BIN, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  assert.ok(
    okStatuses.includes(result.status),
    `connect-user-validator ${args.join(" ")} exited with ${result.status}: ${result.stderr}`,
  );
  return result;
}

/** The CLI prints its text followed by one newline unless the text already ends with one. */
export function printed(text) {
  return text.endsWith("\n") ? text : `${text}\n`;
}

// ---------------------------------------------------------------------------------------------
// Shapes

/**
 * Asserts that `value` is plain data all the way down: objects with Object.prototype, arrays with
 * Array.prototype and no holes, only enumerable writable data properties, no undefined members,
 * and only strings, numbers, booleans and null as leaves. A number may be NaN or infinite where
 * the request held one (as Python's JSON does), never null in its place.
 */
export function assertPlainData(value, where = "value", seen = new Set()) {
  if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") return;
  assert.equal(typeof value, "object", `${where} is a ${typeof value}`);
  assert.ok(!seen.has(value), `${where} is shared or cyclic`);
  seen.add(value);
  const isArray = Array.isArray(value);
  assert.equal(
    Object.getPrototypeOf(value),
    isArray ? Array.prototype : Object.prototype,
    `${where} has a foreign prototype (${Object.prototype.toString.call(value)})`,
  );
  assert.deepEqual(Object.getOwnPropertySymbols(value), [], `${where} has symbol keys`);
  const keys = Object.getOwnPropertyNames(value).filter((key) => !(isArray && key === "length"));
  if (isArray) {
    assert.equal(keys.length, value.length, `${where} is a sparse array`);
  }
  for (const key of keys) {
    let descriptor = Object.getOwnPropertyDescriptor(value, key);
    const at = isArray ? `${where}[${key}]` : `${where}.${key}`;
    if (!isArray && LAZY_MEMBERS.has(key) && !("value" in descriptor)) {
      // A diagnostic's fix is made when first read, and then is plain data.
      assert.ok(descriptor.enumerable && descriptor.configurable, `${at} is a hidden accessor`);
      void value[key];
      descriptor = Object.getOwnPropertyDescriptor(value, key);
    }
    assert.ok("value" in descriptor, `${at} is an accessor`);
    assert.ok(descriptor.enumerable && descriptor.writable && descriptor.configurable, `${at} is not a plain data property`);
    assert.notEqual(descriptor.value, undefined, `${at} is present with the value undefined`);
    assertPlainData(descriptor.value, at, seen);
  }
}

/** The members of a diagnostic made on first read. */
const LAZY_MEMBERS = new Set(["fix"]);

export const SEVERITIES = ["error", "warning", "info"];

/** Asserts the documented Path shape: member names and non-negative integer indexes. */
export function assertPath(path, where) {
  assert.ok(Array.isArray(path), `${where} is not an array`);
  for (const segment of path) {
    assert.ok(
      typeof segment === "string" || (Number.isInteger(segment) && segment >= 0),
      `${where} has the segment ${String(segment)}`,
    );
  }
}

const DIAGNOSTIC_KEYS = new Set(["code", "severity", "path", "message", "help", "related", "fix", "span"]);

/** Asserts the documented Diagnostic shape; `codes` is the set of catalogue codes. */
export function assertDiagnostic(diagnostic, codes, where = "diagnostic") {
  assertPlainData(diagnostic, where);
  for (const key of Object.keys(diagnostic)) assert.ok(DIAGNOSTIC_KEYS.has(key), `${where} has an unknown member ${key}`);
  assert.ok(codes.has(diagnostic.code), `${where}.code ${diagnostic.code} is not in the catalogue`);
  assert.ok(SEVERITIES.includes(diagnostic.severity), `${where}.severity is ${diagnostic.severity}`);
  assertPath(diagnostic.path, `${where}.path`);
  assert.equal(typeof diagnostic.message, "string");
  assert.ok(diagnostic.message.length > 0, `${where}.message is empty`);
  if ("help" in diagnostic) assert.equal(typeof diagnostic.help, "string");
  if ("related" in diagnostic) {
    assert.ok(Array.isArray(diagnostic.related) && diagnostic.related.length > 0, `${where}.related is empty`);
    diagnostic.related.forEach((path, i) => assertPath(path, `${where}.related[${i}]`));
  }
  if ("fix" in diagnostic) {
    const { fix } = diagnostic;
    for (const key of Object.keys(fix)) assert.ok(["path", "value", "also"].includes(key), `${where}.fix.${key}`);
    assertPath(fix.path, `${where}.fix.path`);
    if ("also" in fix) {
      assert.ok(Array.isArray(fix.also) && fix.also.length > 0, `${where}.fix.also is empty`);
      for (const [i, edit] of fix.also.entries()) {
        for (const key of Object.keys(edit)) assert.ok(["path", "value"].includes(key), `${where}.fix.also[${i}].${key}`);
        assertPath(edit.path, `${where}.fix.also[${i}].path`);
      }
    }
  }
  if ("span" in diagnostic) {
    const { span } = diagnostic;
    assert.deepEqual(Object.keys(span).sort(), ["end", "start"]);
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end);
  }
}

/** Asserts a ValidationResult: its shape, and `valid` exactly when no diagnostic is an error. */
export function assertValidationResult(result, codes, where = "result") {
  assertPlainData(result, where);
  assert.deepEqual(Object.keys(result).sort(), ["diagnostics", "valid"], `${where} members`);
  assert.equal(typeof result.valid, "boolean");
  assert.ok(Array.isArray(result.diagnostics));
  result.diagnostics.forEach((d, i) => assertDiagnostic(d, codes, `${where}.diagnostics[${i}]`));
  assert.equal(result.valid, !result.diagnostics.some((d) => d.severity === "error"), `${where}.valid`);
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Runs `fn` and returns what it threw, failing if it did not throw. */
export function thrown(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail("expected a throw");
}

/** Asserts a misuse error: a real TypeError whose message names the problem (`pattern`). */
export function assertMisuse(fn, pattern) {
  const error = thrown(fn);
  assert.ok(error instanceof TypeError, `expected a TypeError, got ${error?.constructor?.name}: ${error?.message}`);
  assert.ok(error instanceof Error);
  assert.ok(error.message.startsWith("connect-user-validator:"), `message ${JSON.stringify(error.message)}`);
  assert.match(error.message, pattern);
  return error;
}

// ---------------------------------------------------------------------------------------------
// One call of every function, for comparing two loadings of the package

/** The functions of the main entry (validation). */
export const FUNCTION_NAMES = [
  "validate",
  "validateMany",
  "explain",
  "rules",
  "applyFixes",
  "applyFix",
  "formatPath",
  "redactPassword",
  "requestModel",
  "requestSchema",
];

/** The functions the /cli entry adds: the AWS CLI syntax. */
export const CLI_FUNCTION_NAMES = [
  "toCliInputJson",
  "toShorthand",
  "toCliArgv",
  "toCliCommand",
  "parseCliCommand",
  "parseCliInputJson",
  "parseShorthand",
  "skeleton",
];

/** What either entry exports besides its functions. */
export const LOADING_NAMES = ["createUserRequestSchema", "default", "init", "initSync", "isReady", "loadExplanations"];

/** The functions that read the catalogue only, so they answer before init() too. */
export const CATALOGUE_FUNCTIONS = ["explain", "rules", "requestModel", "requestSchema", "formatPath"];

/** The operations of the `operation` option, in the core's `Operation::ALL` order. */
export const OPERATIONS = [
  "CreateUser",
  "UpdateUserIdentityInfo",
  "UpdateUserPhoneConfig",
  "UpdateUserConfig",
  "UpdateUserSecurityProfiles",
  "UpdateUserRoutingProfile",
  "UpdateUserHierarchy",
  "TagResource",
  "UntagResource",
];

/** The ids an update request names: a user and its instance. */
export const USER = Object.freeze({
  UserId: "8f2d1c3b-4a5e-4f6a-9b7c-0d1e2f3a4b5c",
  InstanceId: "0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d",
});
/** A user's ARN, as tag-resource and untag-resource take it. */
export const USER_ARN = `arn:aws:connect:us-east-1:123456789012:instance/${USER.InstanceId}/agent/${USER.UserId}`;

/** A valid request of each operation beside CreateUser. */
export function operationRequests() {
  return {
    UpdateUserIdentityInfo: { ...USER, IdentityInfo: { FirstName: "Mary", LastName: "Major" } },
    UpdateUserPhoneConfig: { ...USER, PhoneConfig: { PhoneType: "SOFT_PHONE", AutoAccept: false } },
    UpdateUserConfig: { ...USER, AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: true }] },
    UpdateUserSecurityProfiles: { ...USER, SecurityProfileIds: ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"] },
    UpdateUserRoutingProfile: { ...USER, RoutingProfileId: "a1b2c3d4-5678-90ab-cdef-123456789012" },
    UpdateUserHierarchy: { ...USER, HierarchyGroupId: "5f0c3e2d-8a4b-4c6d-9e1f-0a2b3c4d5e6f" },
    TagResource: { resourceArn: USER_ARN, tags: { team: "support" } },
    UntagResource: { resourceArn: USER_ARN, tagKeys: ["team"] },
  };
}

/**
 * The package's answers to a fixed set of calls, as structured-cloneable data: the validation
 * functions, and the AWS CLI syntax when `api` is the /cli entry.
 */
export function exerciseApi(api) {
  const requests = Object.values(sampleRequests());
  const attempt = (fn) => {
    try {
      return { value: fn() };
    } catch (error) {
      return { threw: error?.constructor?.name, message: error?.message };
    }
  };
  const schema = api.createUserRequestSchema;
  return {
    validate: requests.map((r) => api.validate(r)),
    validateSaml: requests.map((r) => api.validate(r, { identityManagementType: "SAML" })),
    validateMany: api.validateMany([...requests, null, 5]),
    explain: [api.explain("password-policy"), api.explain("no-such-rule")],
    rules: api.rules(),
    applyFixes: requests.map((r) => api.applyFixes(r)),
    applyFixesCodes: requests.map((r) => api.applyFixes(r, ["legacy-phone-config"], { identityManagementType: "CONNECT_MANAGED" })),
    applyFix: requests.map((r) => {
      const fixable = api.validate(r).diagnostics.find((d) => "fix" in d);
      return fixable === undefined ? null : api.applyFix(r, fixable);
    }),
    formatPath: [api.formatPath([]), api.formatPath(["AutoAcceptConfigs", 0, "Channel"]), api.formatPath(["Tags", "cost center"])],
    redactPassword: requests.map((r) => api.redactPassword(r)),
    schema: requests.map((r) => schema["~standard"].validate(r)),
    schemaConnectManaged: requests.map((r) =>
      schema.withOptions({ identityManagementType: "CONNECT_MANAGED" })["~standard"].validate(r),
    ),
    operations: Object.entries(operationRequests()).map(([operation, request]) => ({
      validate: api.validate(request, { operation }),
      validateCreateUser: api.validate(request),
      validateMany: api.validateMany([request, base()], { operation, identityManagementType: "SAML" }),
      applyFixes: api.applyFixes({ ...request, Username: "mary" }, null, { operation }),
      requestModel: api.requestModel(operation),
      schema: api.requestSchema(operation)["~standard"].validate(request),
      schemaSaml: api.requestSchema(operation).withOptions({ identityManagementType: "SAML" })["~standard"].validate(base()),
    })),
    misuse: [
      attempt(() => api.validate({}, { bogus: 1 })),
      attempt(() => api.explain(123)),
      attempt(() => api.validate({}, { operation: "DeleteUser" })),
      attempt(() => api.requestModel("DeleteUser")),
      attempt(() => api.requestSchema(7)),
    ],
    ...(api.toCliCommand === undefined ? {} : exerciseCli(api, requests, attempt)),
  };
}

function exerciseCli(api, requests, attempt) {
  return {
    toCliInputJson: requests.map((r) => [api.toCliInputJson(r), api.toCliInputJson(r, { indent: 0 })]),
    toShorthand: requests.map((r) => api.toShorthand(r)),
    toCliArgv: requests.map((r) => [api.toCliArgv(r), api.toCliArgv(r, { syntax: "json" })]),
    toCliCommand: requests.map((r) =>
      ["posix", "powershell", "cmd"].map((shell) => api.toCliCommand(r, { shell, multiline: true, redactPassword: true })),
    ),
    parseCliCommand: requests.map((r) => api.parseCliCommand(api.toCliCommand(r))),
    parseCliInputJson: ['{"Username": "mary", "Password": NaN}', '{"Username": "mary",}', "[1]"].map((t) => api.parseCliInputJson(t)),
    parseShorthand: ["FirstName=Mary,LastName=Major", "a=[b,c],d={e=f}", "😀=x", "a=b,"].map((t) => api.parseShorthand(t)),
    skeleton: api.skeleton(),
    cliMisuse: attempt(() => api.toCliInputJson({}, { indent: 11 })),
  };
}

// ---------------------------------------------------------------------------------------------
// WebAssembly modules that are not the package's

/**
 * The bytes of a small WebAssembly module. `exports` maps each export name to its kind: "function"
 * (an empty function, or one that traps when it is `trapping`), "memory" or "table" (of
 * externref); `imports` lists [module, name] pairs of imported functions.
 */
export function wasmModule({ exports = {}, imports = [], trapping = [] } = {}) {
  const uleb = (n) => {
    const out = [];
    do {
      out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
      n >>>= 7;
    } while (n > 0);
    return out;
  };
  const name = (text) => {
    const bytes = [...new TextEncoder().encode(text)];
    return [...uleb(bytes.length), ...bytes];
  };
  const vector = (items) => [...uleb(items.length), ...items.flat()];
  const section = (id, items) => {
    if (items.length === 0) return [];
    const body = vector(items);
    return [id, ...uleb(body.length), ...body];
  };
  const functions = Object.keys(exports).filter((export_) => exports[export_] === "function");
  const kind = { function: 0, table: 1, memory: 2 };
  const index = (export_) =>
    exports[export_] === "function" ? imports.length + functions.indexOf(export_) : 0;
  const bodies = functions.map((f) => (trapping.includes(f) ? [3, 0, 0x00, 0x0b] : [2, 0, 0x0b]));
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [[0x60, 0, 0]]),
    ...section(2, imports.map(([module, field]) => [...name(module), ...name(field), 0, 0])),
    ...section(3, functions.map(() => [0])),
    ...section(4, Object.values(exports).includes("table") ? [[0x6f, 0, 1]] : []),
    ...section(5, Object.values(exports).includes("memory") ? [[0, 1]] : []),
    ...section(7, Object.keys(exports).map((export_) => [...name(export_), kind[exports[export_]], ...uleb(index(export_))])),
    ...section(10, bodies),
  ]);
}
