// Output shapes: plain objects and arrays only, absent members absent, and the documented shapes
// of api.md / index.d.ts (Diagnostic, fix with `also`, spans in UTF-16 indexes, RuleDoc…).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
// The /cli entry: validation and the AWS CLI syntax.
import * as cuv from "../../pkg/cli-node.js";
import {
  assertDiagnostic,
  assertPlainData,
  assertValidationResult,
  base,
  docsExample,
  ruleCases,
  sampleRequests,
  SEVERITIES,
} from "./helpers.mjs";

const CODES = new Set(cuv.rules().map((rule) => rule.code));
const IDENTITY_TYPES = [undefined, "CONNECT_MANAGED", "SAML", "EXISTING_DIRECTORY"];

function allRequests() {
  return [...Object.values(sampleRequests()), ...ruleCases().map((row) => row.request)];
}

function assertParsedCommand(parsed, where) {
  assertPlainData(parsed, where);
  assert.deepStrictEqual(Object.keys(parsed).sort(), ["diagnostics", "operation", "request"], where);
  assert.ok(parsed.operation === null || typeof parsed.operation === "string", where);
  assert.ok(parsed.request === null || Object.getPrototypeOf(parsed.request) === Object.prototype);
  parsed.diagnostics.forEach((d, i) => assertDiagnostic(d, CODES, `${where}.diagnostics[${i}]`));
}

describe("validate()", () => {
  test("answers a plain ValidationResult with documented diagnostics, for every identity type", () => {
    for (const request of allRequests()) {
      for (const identityManagementType of IDENTITY_TYPES) {
        const result = cuv.validate(request, { identityManagementType });
        assertValidationResult(result, CODES);
        // Spans belong to parseCliCommand() only.
        assert.ok(result.diagnostics.every((d) => !("span" in d)));
        // A path is [] only for request-wide problems.
        for (const d of result.diagnostics) {
          if (d.path.length === 0) assert.ok(["identity-type-inferred", "type"].includes(d.code), `${d.code} at []`);
        }
      }
    }
  });

  test("validateMany() answers a plain array of the same results", () => {
    const requests = allRequests();
    const many = cuv.validateMany(requests, { identityManagementType: "SAML" });
    assert.equal(Object.getPrototypeOf(many), Array.prototype);
    assert.deepStrictEqual(many, requests.map((r) => cuv.validate(r, { identityManagementType: "SAML" })));
    assert.deepStrictEqual(cuv.validateMany([]), []);
  });

  test("fixes have a path and an optional value and `also`; a removal has no value member", () => {
    const fixes = allRequests()
      .flatMap((r) => IDENTITY_TYPES.flatMap((t) => cuv.validate(r, { identityManagementType: t }).diagnostics))
      .filter((d) => d.fix)
      .map((d) => d.fix);
    // The docs example's PhoneConfig migration: add the three lists, then remove PhoneConfig.
    const migration = cuv.validate(docsExample()).diagnostics.find((d) => d.code === "legacy-phone-config").fix;
    assert.deepStrictEqual(
      [migration, ...migration.also].map((edit) => [edit.path, "value" in edit]),
      [
        [["AutoAcceptConfigs"], true],
        [["AfterContactWorkConfigs"], true],
        [["PhoneNumberConfigs"], true],
        [["PhoneConfig"], false],
      ],
    );
    // Replacements carry their value: the NFC form of a name.
    const nfc = cuv.validate(base({ IdentityInfo: { FirstName: "Zoe\u0308", LastName: "Major" } })).diagnostics.find((d) => d.code === "name-not-nfc");
    assert.deepStrictEqual(nfc.fix, { path: ["IdentityInfo", "FirstName"], value: "Zoë" });
    assert.ok(fixes.length > 10);
    // A removal is an absent value, never null (JSON has no undefined); both kinds occur.
    const edits = fixes.flatMap((fix) => [fix, ...(fix.also ?? [])]);
    for (const edit of edits) assert.ok(!("value" in edit) || edit.value !== null, JSON.stringify(edit));
    assert.ok(edits.some((edit) => "value" in edit) && edits.some((edit) => !("value" in edit)));
  });

  test("related paths name the other side of a conflict", () => {
    const request = base({ PhoneConfig: { AutoAccept: true }, AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: false }] });
    const conflict = cuv.validate(request).diagnostics.find((d) => d.code === "phone-config-conflict");
    assert.deepStrictEqual(conflict.path, ["PhoneConfig", "AutoAccept"]);
    assert.deepStrictEqual(conflict.related, [["AutoAcceptConfigs"]]);
  });

  test("paths use numbers for list indexes", () => {
    const result = cuv.validate(base({ AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: true }, { Channel: "FAX", AutoAccept: true }] }));
    const d = result.diagnostics.find((x) => x.code === "enum");
    assert.deepStrictEqual(d.path, ["AutoAcceptConfigs", 1, "Channel"]);
  });
});

test("applyFixes() answers plain data without undefined members", () => {
  for (const request of allRequests()) {
    for (const identityManagementType of IDENTITY_TYPES) {
      const fixed = cuv.applyFixes(request, undefined, { identityManagementType });
      assertPlainData(fixed, "applyFixes()");
    }
  }
});

describe("parseCliCommand()", () => {
  test("answers {request, diagnostics} as plain data, for emitted and pasted commands", () => {
    const texts = [
      ...Object.values(sampleRequests()).flatMap((r) =>
        ["posix", "powershell", "cmd"].flatMap((shell) => ["shorthand", "json"].map((syntax) => cuv.toCliCommand(r, { shell, syntax }))),
      ),
      "",
      "aws connect create-user --bogus",
      "aws s3 ls",
      "aws connect create-user --username 'unclosed",
    ];
    for (const text of texts) assertParsedCommand(cuv.parseCliCommand(text), JSON.stringify(text.slice(0, 60)));
    assert.equal(cuv.parseCliCommand("aws s3 ls").request, null);
    assert.equal(cuv.parseCliCommand("aws s3 ls").operation, null);
    assert.equal(cuv.parseCliCommand("aws connect create-user --bogus").operation, "CreateUser");
    assert.equal(cuv.parseCliCommand("aws connect untag-resource --tag-keys a").operation, "UntagResource");
    assert.deepStrictEqual(cuv.parseCliInputJson("{}"), { request: {}, diagnostics: [] });
  });

  test("spans are UTF-16 indexes: text.slice(start, end) is the excerpt, after emoji and continuations", () => {
    const text = [
      "$ aws connect create-user \\",
      '    --username "😀 Zoë 👩🏽‍💻" \\',
      "    --instance-id $INSTANCE_ID \\",
      "    --identity-info file://🗂️/info.json \\",
      "    --tags Team=😀,Key=[unclosed \\",
      "    --bogus-option 😀",
    ].join("\n");
    const parsed = cuv.parseCliCommand(text);
    assertParsedCommand(parsed, "parsed");
    const excerpts = Object.fromEntries(parsed.diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)]));
    assert.deepStrictEqual(excerpts, {
      "cli-variable": "$INSTANCE_ID",
      "cli-file-reference": "file://🗂️/info.json",
      "cli-syntax": "Team=😀,Key=[unclosed",
      "cli-unknown-option": "--bogus-option",
      // zsh refuses the unquoted, unclosed [ (bad pattern).
      "cli-glob": "[",
    });
    assert.equal(parsed.request.Username, "😀 Zoë 👩🏽‍💻");
  });

  test("a shell-syntax problem points at the offending character", () => {
    const text = 'aws connect create-user --username "😀😀" --password "never closed';
    const [d] = cuv.parseCliCommand(text).diagnostics;
    assert.equal(d.code, "cli-shell-syntax");
    assert.equal(text.slice(d.span.start, d.span.end), '"');
    assert.equal(d.span.start, text.lastIndexOf('"'));
  });
});

test("parseShorthand() answers {ok, value} or {ok, message, index} exactly", () => {
  const ok = cuv.parseShorthand("FirstName=Mary,Langs=[en,fr],Nested={a=b}");
  assertPlainData(ok);
  assert.deepStrictEqual(ok, { ok: true, value: { FirstName: "Mary", Langs: ["en", "fr"], Nested: { a: "b" } } });
  const failed = cuv.parseShorthand("a=[b");
  assertPlainData(failed);
  assert.deepStrictEqual(Object.keys(failed).sort(), ["index", "message", "ok"]);
  assert.equal(failed.ok, false);
  assert.ok(Number.isInteger(failed.index) && typeof failed.message === "string");
});

test("toShorthand(), toCliArgv(), toCliInputJson() and skeleton() answer plain values", () => {
  for (const request of Object.values(sampleRequests())) {
    const shorthand = cuv.toShorthand(request);
    assertPlainData(shorthand);
    for (const [option, words] of Object.entries(shorthand)) {
      assert.match(option, /^--[a-z-]+$/);
      assert.ok(words.length > 0 && words.every((w) => typeof w === "string"));
    }
    const argv = cuv.toCliArgv(request);
    assertPlainData(argv);
    assert.deepStrictEqual(argv.slice(0, 2), ["connect", "create-user"]);
    // Every option of toShorthand() appears in the argv with its words.
    for (const [option, words] of Object.entries(shorthand)) {
      const at = argv.indexOf(option);
      assert.ok(at > 0, option);
      assert.deepStrictEqual(argv.slice(at + 1, at + 1 + words.length), words);
    }
    assert.deepStrictEqual(JSON.parse(cuv.toCliInputJson(request)), request);
  }
  const skeleton = JSON.parse(cuv.skeleton());
  assert.ok("Username" in skeleton && "InstanceId" in skeleton);
});

test("toShorthand() falls back to JSON for a value shorthand cannot express", () => {
  const request = { Tags: { "team name": "a", Env: "b" }, IdentityInfo: { FirstName: "Mary", LastName: "Major" } };
  const words = cuv.toShorthand(request);
  // A tag key with a space: the whole --tags value is JSON; IdentityInfo stays shorthand.
  assert.deepStrictEqual(words["--tags"].map((w) => JSON.parse(w)), [request.Tags]);
  assert.deepStrictEqual(words["--identity-info"], ["FirstName=Mary,LastName=Major"]);
});

test("toCliInputJson() writes the members in model order, with the indent asked for", () => {
  const request = docsExample();
  const reversed = Object.fromEntries(Object.entries(request).reverse());
  assert.equal(cuv.toCliInputJson(reversed), cuv.toCliInputJson(request));
  assert.deepStrictEqual(Object.keys(JSON.parse(cuv.toCliInputJson(reversed))), Object.keys(request));
  assert.equal(cuv.toCliInputJson(request, { indent: 0 }), JSON.stringify(request));
  assert.equal(cuv.toCliInputJson(request, { indent: 2 }), JSON.stringify(request, null, 2));
  assert.equal(cuv.toCliInputJson(request), JSON.stringify(request, null, 4));
});

describe("rules() and explain()", () => {
  test("each RuleDoc has exactly code, severity, title, summary and explanation", () => {
    const rules = cuv.rules();
    assert.equal(new Set(rules.map((r) => r.code)).size, rules.length, "codes are unique");
    for (const rule of rules) {
      assertPlainData(rule);
      assert.deepStrictEqual(Object.keys(rule).sort(), ["code", "explanation", "severity", "summary", "title"]);
      assert.match(rule.code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(SEVERITIES.includes(rule.severity));
      assert.ok(rule.title && rule.summary && rule.explanation);
    }
    assert.deepStrictEqual(cuv.rules(), rules, "a stable order");
  });

  test("each explanation is Markdown with What it checks / Why / Example / Fix / Source", () => {
    for (const rule of cuv.rules()) {
      const headings = [...rule.explanation.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      assert.deepStrictEqual(headings, ["What it checks", "Why", "Example", "Fix", "Source"], rule.code);
    }
  });

  test("every diagnostic code seen is documented, and explain() answers a fresh object", () => {
    const commands = ["aws connect create-user --bogus x --username $USER --tags a=[b", "aws s3 ls"];
    const seen = new Set([
      ...allRequests().flatMap((r) => IDENTITY_TYPES.flatMap((t) => cuv.validate(r, { identityManagementType: t }).diagnostics)),
      ...commands.flatMap((text) => cuv.parseCliCommand(text).diagnostics),
    ].map((d) => d.code));
    assert.ok(seen.size > 30, `only ${seen.size} codes seen`);
    for (const code of seen) assert.equal(cuv.explain(code)?.code, code, `${code} is not documented`);
    const a = cuv.explain("type");
    const b = cuv.explain("type");
    assert.notEqual(a, b);
    a.title = "changed";
    assert.notEqual(cuv.explain("type").title, "changed");
  });
});

describe("messages keep personal data out", () => {
  // index.d.ts: a message "never contains a password, name, email address or phone number".
  const personal = {
    Password: "Sekr1t pass",
    IdentityInfo: { FirstName: "Zoe\u0308qq", LastName: "   ", Email: "zed zed@exa mple", SecondaryEmail: "sec@@x", Mobile: "+0999" },
    PhoneConfig: { PhoneType: "DESK_PHONE", DeskPhoneNumber: "+0123" },
    PhoneNumberConfigs: [{ Channel: "VOICE", PhoneType: "DESK_PHONE", PhoneNumber: "555-1234" }],
  };
  const secrets = ["Sekr1t pass", "Zoe\u0308qq", "zed zed@exa mple", "sec@@x", "+0999", "+0123", "555-1234"];

  test("in validate()", () => {
    for (const identityManagementType of IDENTITY_TYPES) {
      for (const d of cuv.validate(base(personal), { identityManagementType }).diagnostics) {
        for (const secret of secrets) assert.ok(!d.message.includes(secret), `${d.code}: ${d.message}`);
      }
    }
  });

  test("in parseCliCommand() when a --identity-info value does not parse", () => {
    const text = "aws connect create-user --identity-info FirstName=Zedediah,Email=zed@example.com,Mobile=[+15555551212";
    for (const d of cuv.parseCliCommand(text).diagnostics) {
      for (const secret of ["Zedediah", "zed@example.com", "+15555551212"]) {
        assert.ok(!d.message.includes(secret), `${d.code} repeats ${secret}: ${d.message}`);
      }
    }
  });

  test("in parseCliCommand() when a password holds a $", () => {
    const text = 'aws connect create-user --username mary --password "Pa55$word"';
    const diagnostics = cuv.parseCliCommand(text).diagnostics;
    assert.ok(diagnostics.some((d) => d.code === "cli-variable"), "the $ is still reported");
    for (const d of diagnostics) assert.ok(!d.message.includes("$word"), `${d.code} repeats part of the password: ${d.message}`);
  });
});

test("redactPassword() masks every member named like Password, at any depth, as toCliCommand() does", () => {
  const secret = "S3cretValue";
  const names = ["Password", "password", "PASSWORD", "Pasword", "Passwrod", "pass_word", "pass-word", "NewPassword"];
  for (const name of names) {
    const request = base({ [name]: secret, IdentityInfo: { [name]: secret }, Tags: { [name]: secret }, X: [[{ [name]: [secret] }]] });
    const redacted = cuv.redactPassword(request);
    assertPlainData(redacted, "redactPassword()");
    assert.ok(!JSON.stringify(redacted).includes(secret), name);
    assert.deepStrictEqual(redacted, { ...request, [name]: "********", IdentityInfo: { [name]: "********" }, Tags: { [name]: "********" }, X: [[{ [name]: "********" }]] });
    for (const shell of ["posix", "powershell", "cmd"]) {
      for (const syntax of ["shorthand", "json"]) {
        const options = { shell, syntax, multiline: true };
        assert.equal(cuv.toCliCommand(request, { ...options, redactPassword: true }), cuv.toCliCommand(redacted, options));
      }
    }
  }
  assert.deepStrictEqual(cuv.redactPassword({ Username: "Passwd", Secret: "x" }), { Username: "Passwd", Secret: "x" });
  assert.deepStrictEqual([cuv.redactPassword(null), cuv.redactPassword("Password"), cuv.redactPassword([{ password: 1 }])], [null, "Password", [{ password: "********" }]]);
});
