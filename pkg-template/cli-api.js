// The AWS CLI syntax of the package's /cli entry, over the same boundary as the validation API
// (api.js): emitting shorthand, JSON, argv and commands, and reading pasted commands, shorthand
// and --cli-input-json documents. Its rules' message templates come with it (catalogue-cli.js).

import { MODELS, RULES } from "./catalogue.js";
import { CLI_TEMPLATES, SHELLS } from "./catalogue-cli.js";
import { choice, flag, isWellFormed, misuse, parseResult, readOptions } from "./api.js";
import { message } from "./render.js";

/** Gives the AWS CLI syntax's rules their templates, which the main entry leaves out. */
function addTemplates() {
  for (const { rule, messages, helps } of CLI_TEMPLATES) Object.assign(RULES[rule], { messages, helps });
}

/** The AWS CLI syntax functions, over `boundary` (a module built with the `cli` feature). */
export function createCliApi(boundary) {
  addTemplates();
  const { raw } = boundary;

  /** `{ operation, request, diagnostics }` of a text the core reads with `read`. */
  function parsed(text, fn, read) {
    if (typeof text !== "string") throw misuse(`${fn}() needs a string`);
    const surrogate = unpairedSurrogate(text);
    const reader = boundary.output(surrogate === undefined ? read(text) : raw.unreadableCommand(surrogate));
    const operation = OPERATIONS[reader.word() - 1] ?? null;
    const request = reader.word() === 1 ? parseResult(reader.text()) : null;
    const diagnostics = boundary.readDiagnostics(reader, reader.word(), 0, () => undefined);
    return { operation, request, diagnostics };
  }

  return boundary.guarded({
    toCliInputJson(request, options) {
      const given = readOptions(options, "toCliInputJson", ["operation", "indent"]);
      const operation = operationOption(given, "toCliInputJson");
      let indent = 4;
      if (given.indent !== undefined) {
        if (typeof given.indent !== "number") throw misuse("the indent option of toCliInputJson() must be a number");
        if (!Number.isInteger(given.indent) || given.indent < 0 || given.indent > 10) {
          throw misuse("the indent option of toCliInputJson() must be a whole number from 0 to 10");
        }
        indent = given.indent;
      }
      return raw.toCliInputJson(boundary.sendRequest(request), operation, indent);
    },

    toShorthand(request, options) {
      const operation = operationOption(readOptions(options, "toShorthand", ["operation"]), "toShorthand");
      return JSON.parse(raw.toShorthand(boundary.sendRequest(request), operation));
    },

    toCliArgv(request, options) {
      const given = readOptions(options, "toCliArgv", ["operation", "syntax"]);
      const operation = operationOption(given, "toCliArgv");
      return JSON.parse(raw.toCliArgv(boundary.sendRequest(request), operation, syntaxOption(given, "toCliArgv")));
    },

    toCliCommand(request, options) {
      const accepted = ["operation", "shell", "syntax", "multiline", "redactPassword"];
      const given = readOptions(options, "toCliCommand", accepted);
      const operation = operationOption(given, "toCliCommand");
      const shell = given.shell === undefined ? 0 : choice(given, "shell", SHELLS, "toCliCommand");
      const json = syntaxOption(given, "toCliCommand");
      const multiline = flag(given, "multiline", "toCliCommand");
      const redactPassword = flag(given, "redactPassword", "toCliCommand");
      return raw.toCliCommand(boundary.sendRequest(request), operation, shell, json, multiline, redactPassword);
    },

    parseCliCommand(text) {
      return parsed(text, "parseCliCommand", raw.parseCliCommand);
    },

    parseCliInputJson(text) {
      // A document names no operation.
      const { request, diagnostics } = parsed(text, "parseCliInputJson", raw.parseCliInputJson);
      return { request, diagnostics };
    },

    parseShorthand(text) {
      if (typeof text !== "string") throw misuse("parseShorthand() needs a string");
      const surrogate = unpairedSurrogate(text);
      if (surrogate === undefined) return JSON.parse(raw.parseShorthand(text));
      // The core's diagnostic for such text, with Python's index: code points, all valid before it.
      // Past the operation, the request and the diagnostic count.
      const reader = boundary.output(raw.unreadableCommand(surrogate));
      reader.word();
      reader.word();
      reader.word();
      return { ok: false, message: message(reader.diagnostic()), index: [...text.slice(0, surrogate)].length };
    },

    skeleton(options) {
      return raw.skeleton(operationOption(readOptions(options, "skeleton", ["operation"]), "skeleton"));
    },
  });
}

/** The AWS operation names, in the core's order (`Operation::ALL`). */
const OPERATIONS = Object.keys(MODELS);

/** The operation's index in `OPERATIONS` (default CreateUser, the first). */
function operationOption(given, fn) {
  return given.operation === undefined ? 0 : choice(given, "operation", OPERATIONS, fn);
}

/** Whether the syntax is JSON (else shorthand, the default). */
function syntaxOption(given, fn) {
  return given.syntax !== undefined && choice(given, "syntax", ["shorthand", "json"], fn) === 1;
}

/** The UTF-16 index of the first unpaired surrogate in `text`, if any. */
function unpairedSurrogate(text) {
  if (isWellFormed(text)) return undefined;
  return text.search(/\p{Cs}/u);
}
