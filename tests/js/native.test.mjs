// The wasm package and the native CLI are the same core: for the same input they must print the
// same JSON. Each comparison writes the input to a scratch file and runs the CLI on it.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
// The /cli entry: validation and the AWS CLI syntax.
import * as cuv from "../../pkg/cli-node.js";
import {
  DOCS_COMMAND,
  DOCS_EXAMPLE_TEXT,
  docsExample,
  native,
  printed,
  ruleCases,
  sampleRequests,
  toLenientJson,
  writeScratch,
} from "./helpers.mjs";

const IDENTITY_TYPES = ["CONNECT_MANAGED", "SAML", "EXISTING_DIRECTORY"];

/** `check --format json` on a request text; exit 0 (valid) or 1 (not valid). */
function nativeCheck(text, identityType) {
  const args = ["check", "--format", "json", ...(identityType ? ["--identity-type", identityType] : []), writeScratch(text)];
  const { stdout, status } = native(args, { okStatuses: [0, 1] });
  const result = JSON.parse(stdout);
  assert.equal(status, result.valid ? 0 : 1, "the exit status follows `valid`");
  return result;
}

function hasDiagnostic(result, code, severity) {
  return result.diagnostics.some((d) => d.code === code && d.severity === severity);
}

describe("validate() agrees with `check --format json` on every row of rule-cases.json", () => {
  for (const row of ruleCases()) {
    const label = `line ${row.line}: ${row.code} ${row.expect ?? "absent"}${row.identityManagementType ? ` with ${row.identityManagementType}` : ""}`;
    test(label, () => {
      const options = row.identityManagementType ? { identityManagementType: row.identityManagementType } : undefined;
      const result = cuv.validate(row.request, options);
      // The CLI reads exactly what JavaScript sees (NaN and Infinity as literals, not null).
      assert.deepStrictEqual(result, nativeCheck(toLenientJson(row.request), row.identityManagementType));

      // A row whose text JavaScript cannot represent (30.0 is 30 once parsed) is checked on the
      // native side with its own text; in JavaScript it is the integer row it became.
      const judged = row.raw === null ? result : nativeCheck(row.raw, row.identityManagementType);
      if (row.expect === null) {
        assert.ok(!judged.diagnostics.some((d) => d.code === row.code), `${row.code} should be absent`);
      } else {
        assert.ok(hasDiagnostic(judged, row.code, row.expect), `expected ${row.code} (${row.expect})`);
      }
    });
  }
});

// The docs example, the sample requests (phone settings, quoting, unicode) and a rule row each
// for ARNs, NFC names and tag keys.
function handful() {
  const picked = ruleCases().filter((row) =>
    ["arn-instead-of-id", "name-not-nfc", "tag-key-characters"].includes(row.code),
  );
  return [
    ...Object.entries(sampleRequests()),
    ...picked.filter((row, i) => picked.findIndex((r) => r.code === row.code) === i).map((row) => [`rule row ${row.line} (${row.code})`, row.request]),
  ];
}

describe("emitters agree with the CLI", () => {
  for (const [name, request] of handful()) {
    const file = writeScratch(JSON.stringify(request));

    test(`toCliArgv() = argv --syntax: ${name}`, () => {
      assert.deepStrictEqual(cuv.toCliArgv(request), JSON.parse(native(["argv", file]).stdout));
      for (const syntax of ["shorthand", "json"]) {
        assert.deepStrictEqual(cuv.toCliArgv(request, { syntax }), JSON.parse(native(["argv", "--syntax", syntax, file]).stdout));
      }
    });

    test(`toCliCommand() = command, every shell and flag: ${name}`, () => {
      assert.equal(printed(cuv.toCliCommand(request)), native(["command", file]).stdout);
      for (const shell of ["posix", "powershell", "cmd"]) {
        for (const syntax of ["shorthand", "json"]) {
          for (const multiline of [false, true]) {
            for (const redactPassword of [false, true]) {
              const args = ["command", "--shell", shell, "--syntax", syntax];
              if (multiline) args.push("--multiline");
              if (redactPassword) args.push("--redact-password");
              const js = cuv.toCliCommand(request, { shell, syntax, multiline, redactPassword });
              assert.equal(printed(js), native([...args, file]).stdout, args.join(" "));
            }
          }
        }
      }
    });

    test(`toCliInputJson() = input-json: ${name}`, () => {
      assert.equal(printed(cuv.toCliInputJson(request)), native(["input-json", file]).stdout);
    });

    test(`applyFixes() = fix --identity-type: ${name}`, () => {
      for (const identityType of [undefined, ...IDENTITY_TYPES]) {
        const args = ["fix", ...(identityType ? ["--identity-type", identityType] : []), file];
        const { stdout } = native(args);
        const fixed = cuv.applyFixes(request, undefined, identityType ? { identityManagementType: identityType } : undefined);
        assert.deepStrictEqual(fixed, JSON.parse(stdout), args.join(" "));
        // Same members in the same (model) order, too.
        assert.equal(printed(cuv.toCliInputJson(fixed)), stdout);
      }
    });

    test(`parseCliCommand() = parse-command on the emitted commands: ${name}`, () => {
      // The reader is POSIX; the other shells' commands are still read the same way by both.
      for (const syntax of ["shorthand", "json"]) {
        for (const multiline of [false, true]) assertSameParse(cuv.toCliCommand(request, { shell: "posix", syntax, multiline }));
      }
      for (const shell of ["powershell", "cmd"]) assertSameParse(cuv.toCliCommand(request, { shell, multiline: true }));
    });
  }
});

/** parseCliCommand(text) deep-equals `parse-command`, whose exit status says whether it parsed. */
function assertSameParse(text) {
  const js = cuv.parseCliCommand(text);
  const { stdout, status } = native(["parse-command", writeScratch(text, "txt")], { okStatuses: [0, 1] });
  assert.deepStrictEqual(js, JSON.parse(stdout), text);
  const clean = js.request !== null && !js.diagnostics.some((d) => d.severity === "error");
  assert.equal(status, clean ? 0 : 1, `exit status for ${text}`);
  return js;
}

// The AWS documentation's example, pasted as printed there: a prompt, backslash continuations and
// the abbreviated --security-profile-id.
const DOCS_PASTE = `$ ${DOCS_COMMAND}`;

describe("parseCliCommand() agrees with parse-command on pasted text", () => {
  test("the docs example paste reads back as examples/aws-docs-example.json", () => {
    const parsed = assertSameParse(DOCS_PASTE);
    assert.deepStrictEqual(parsed.request, JSON.parse(DOCS_EXAMPLE_TEXT));
    assert.deepStrictEqual(parsed.diagnostics, []);
  });

  const pastes = {
    "unknown option after emoji": 'aws connect create-user --username "😀😀" --bogus-option x --instance-id i',
    "shell variable and file reference": "aws connect create-user --username $USER --security-profile-ids file://ids.json",
    "command substitution": "aws connect create-user --username $(whoami) --password `cat pw`",
    "--opt=value and last occurrence wins": "aws connect create-user --username=first --username second --tags Team=A,Env=B",
    "JSON values": `aws connect create-user --identity-info '{"FirstName": "Mary", "LastName": "Major"}' --security-profile-ids '["a","b"]'`,
    "ambiguous prefix": "aws connect create-user --p x",
    "global option prefix": "aws connect create-user --username mary --pro x",
    "missing value": "aws connect create-user --username",
    "unclosed quote": "aws connect create-user --username 'mary",
    "pipe": "aws connect create-user --username mary | cat",
    "redirections after emoji": 'aws connect create-user --username "😀" 2>&1 >out.json --instance-id i',
    "brace, glob, history and global options": "aws --output yaml connect create-user --username {a,b} --password Pa55w*rd! --query '[' --version",
    "many findings of one kind": `aws connect create-user --username ${"$a".repeat(500)}`,
    "not create-user": "aws connect describe-user --user-id x",
    "type conversion": "aws connect create-user --phone-config AfterContactWorkTimeLimit=soon",
    "bad shorthand": "aws connect create-user --identity-info FirstName=[Mary",
    "skeleton": "aws connect create-user --generate-cli-skeleton",
    "empty text": "",
    "the CLI's own quoting of values": `aws --debug=$'it\\'s\\t\\u200b\\u00e9\\U0001F600' --region "it's" --cli-read-timeout ${"x".repeat(300)} connect create-user`,
    "values of personal options are not echoed": `aws connect create-user --password $(id) --identity-info '{"FirstName": }' --tags '[1]'`,
    "shell syntax with an escape": "aws connect create-user --username $'\\q'",
    "one more finding of a kind": `aws connect create-user --username ${"a* ".repeat(21)}`,
    "unknown words only counted": "aws connect create-user --username mary major",
  };
  for (const [name, text] of Object.entries(pastes)) {
    test(name, () => {
      assertSameParse(text);
    });
  }
});

test("parseShorthand() = parse-shorthand (value or message and index)", () => {
  const texts = [
    "FirstName=Mary,LastName=Major",
    "a=[b,c],d={e=f,g=[h]}",
    "Key=a,Values=1,2,3",
    "a='x,y',b=\"q\\\"r\"",
    "😀😀=b,,",
    "a=😀[",
    "",
    "a=",
    "a=b,",
    "=b",
    "a=b c",
    "a={b=c",
    "Ünï=ç😀dé",
    "a=b\n",
  ];
  for (const text of texts) {
    const { stdout, status } = native(["parse-shorthand", writeScratch(text, "txt")], { okStatuses: [0, 1] });
    const js = cuv.parseShorthand(text);
    assert.deepStrictEqual(js, JSON.parse(stdout), JSON.stringify(text));
    assert.equal(status, js.ok ? 0 : 1);
  }
});

test("skeleton() = skeleton", () => {
  assert.equal(printed(cuv.skeleton()), native(["skeleton"]).stdout);
});

// Requests of the other operations, with values that need quoting, through --operation.
const OPERATION_REQUESTS = {
  UpdateUserIdentityInfo: { IdentityInfo: { FirstName: "Zoë", LastName: "a=b,c" }, UserId: "-u", InstanceId: "$i" },
  UpdateUserConfig: { AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: true }], UserId: "u", InstanceId: "i&x" },
  UpdateUserHierarchy: { UserId: "u", InstanceId: "i", Extra: "file://x" },
  TagResource: { resourceArn: "arn:aws:connect:us-west-2:123456789012:instance/i/agent/u", tags: { "a b": "c%PATH%" } },
  UntagResource: { tagKeys: ["a b", "--c"], resourceArn: "arn" },
};

describe("every operation's emitters and skeleton agree with the CLI's --operation", () => {
  for (const [operation, request] of Object.entries(OPERATION_REQUESTS)) {
    test(operation, () => {
      const file = writeScratch(JSON.stringify(request));
      const flag = ["--operation", operation];
      assert.deepStrictEqual(cuv.toCliArgv(request, { operation }), JSON.parse(native(["argv", ...flag, file]).stdout));
      for (const shell of ["posix", "powershell", "cmd"]) {
        const js = cuv.toCliCommand(request, { operation, shell, syntax: "json", multiline: true });
        const args = ["command", ...flag, "--shell", shell, "--syntax", "json", "--multiline", file];
        assert.equal(printed(js), native(args).stdout, args.join(" "));
        assertSameParse(cuv.toCliCommand(request, { operation, shell }));
      }
      assert.equal(printed(cuv.toCliInputJson(request, { operation })), native(["input-json", ...flag, file]).stdout);
      assert.equal(printed(cuv.skeleton({ operation })), native(["skeleton", ...flag]).stdout);
    });
  }
});

test("rules() = rules --format json", () => {
  const catalogue = JSON.parse(native(["rules", "--format", "json"]).stdout);
  assert.deepStrictEqual(cuv.rules(), catalogue);
  assert.ok(catalogue.length > 30);
});

test("explain(code) is that code's entry of rules --format json, and matches `explain CODE`", () => {
  for (const doc of JSON.parse(native(["rules", "--format", "json"]).stdout)) {
    assert.deepStrictEqual(cuv.explain(doc.code), doc);
    const markdown = `# ${doc.code} (${doc.severity}): ${doc.title}\n\n${doc.summary}\n\n${doc.explanation.trimEnd()}\n`;
    assert.equal(native(["explain", doc.code]).stdout, markdown);
  }
  assert.equal(cuv.explain("no-such-rule"), undefined);
  assert.equal(native(["explain", "no-such-rule"], { okStatuses: [2] }).status, 2);
});

test("validate() agrees with check on the docs example for every identity type", () => {
  for (const identityType of [undefined, ...IDENTITY_TYPES]) {
    const options = identityType ? { identityManagementType: identityType } : undefined;
    assert.deepStrictEqual(cuv.validate(docsExample(), options), nativeCheck(DOCS_EXAMPLE_TEXT, identityType));
  }
});

test("validate() and check agree on tag keys with letters up to Unicode 16", () => {
  // The wasm build takes \p{L} from the JavaScript engine, the native one from the regex crate
  // (Unicode 16). Letters added later, such as U+10940 of Unicode 17, may differ between them and
  // the service; the tag-key-characters explanation says so.
  for (const key of ["Team", "ünï", "\u{10D50}", "😀"]) {
    const request = { ...docsExample(), Tags: { [key]: "v" } };
    assert.deepStrictEqual(cuv.validate(request), nativeCheck(JSON.stringify(request)), `tag key ${key}`);
  }
});
