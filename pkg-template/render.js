// Renders diagnostics from the generated catalogue: the JavaScript twin of src/render.rs, which
// renders the same templates for the native CLI. tests/js/native.test.mjs compares the two on
// every rule case, and tests/js/render.test.mjs on each kind of argument.

import { ESCAPED, EXCERPT_CHARS, MEMBERS, PYTHON_UNPRINTABLE, RULES, UNPRINTABLE } from "./catalogue.js";

/** Argument kinds, as src/wire.rs numbers them. */
export const PATH = 0;
export const TEXT = 1;
export const WORD = 2;
export const WORDS = 3;
export const INT = 4;
export const NUMBER = 5;
export const CHARS = 6;
export const VALUE = 7;
export const FINDING = 8;
export const FINDINGS = 9;
export const MEMBER = 10;
export const RULE = 11;

/**
 * A diagnostic's data as decoded from the core: `rule`, `message` and `help` are indexes into the
 * catalogue (`help` -1 for none), `path` the diagnostic's own, `args` its arguments by name, each
 * `{ kind, value }`.
 */
export function message(data) {
  return fill(RULES[data.rule].messages[data.message], data);
}

export function help(data) {
  return data.help < 0 ? undefined : fill(RULES[data.rule].helps[data.help], data);
}

/** A template's pieces filled in: text as it is, `[name, format]` by show(). */
function fill(pieces, data) {
  let text = "";
  for (const piece of pieces) text += typeof piece === "string" ? piece : show(data, piece[0], piece[1] ?? "");
  return text;
}

/** One placeholder: the argument `name` shown in `format` (see show() in src/render.rs). */
function show(data, name, format) {
  const arg = data.args[name];
  if (arg === undefined) return name === "path" ? formatPath(data.path) : `{?${name}}`;
  const { kind, value } = arg;
  switch (kind) {
    case PATH:
      return formatPath(value);
    case TEXT:
      return format === "raw" ? value : format === "repr" ? pythonRepr(value) : quoted(value);
    case WORD:
      return format === "article" ? `${/^[aeiou]/.test(value) ? "an" : "a"} ${value}` : value;
    case WORDS:
      if (format === "and") return joined(value, " and ");
      if (format === "list") return value.join(", ");
      return format === "pipes" ? value.join(" | ") : joined(value, " or ");
    case INT:
      if (format.startsWith("count ")) return count(value, format.slice(6));
      return format === "thousands" ? thousands(value) : String(value);
    case NUMBER:
      return typeof value === "string" ? value : `${value.negative ? "a negative" : "an"} integer of ${thousands(value.digits)} digits`;
    case CHARS:
      return value.map(describeChar).join(", ");
    case VALUE:
      return value;
    case RULE:
      return format === "title" ? RULES[value].title : RULES[value].code;
    case MEMBER:
      return MEMBERS[value][format === "doc" ? 1 : 0];
    case FINDING:
      return message(value);
    case FINDINGS:
      return value.map(message).join(" ");
  }
  return `{?${name}}`;
}

/**
 * A path as messages write it: `AutoAcceptConfigs[0].Channel`, `Tags["cost center"]`; the root is
 * `(request)`. Long keys are cut short, so a path always fits in a message.
 */
export function formatPath(path) {
  if (path.length === 0) return "(request)";
  let text = "";
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment) && segment.length <= EXCERPT_CHARS) text += i === 0 ? segment : `.${segment}`;
    else text += `[${quoted(segment)}]`;
  }
  return text;
}

/** `text` as a JSON string literal cut to EXCERPT_CHARS characters (code points), as src/syntax/json.rs writes it. */
function quoted(text) {
  let cut = text;
  let excerpt = false;
  if (text.length > EXCERPT_CHARS) {
    const chars = [...text];
    if (chars.length > EXCERPT_CHARS) {
      cut = chars.slice(0, EXCERPT_CHARS).join("");
      excerpt = true;
    }
  }
  // Printable ASCII but " and \ needs no escape; JSON.stringify escapes what json.rs does but DEL,
  // the C1 controls and the characters that hide or reorder text, which json.rs writes as \u too.
  const literal = PLAIN.test(cut) ? `"${cut}"` : JSON.stringify(cut).replace(ESCAPED, escapeUnits);
  return excerpt ? `${literal.slice(0, -1)}…"` : literal;
}

/** Python's `repr()` of a string, as src/syntax/coerce.rs writes it: the AWS CLI's way of quoting a value. */
function pythonRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escapes = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", [quote]: `\\${quote}` };
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0);
    if (escapes[char] !== undefined) out += escapes[char];
    else if (code < 0x20 || code === 0x7f || (char !== " " && PYTHON_UNPRINTABLE.test(char))) {
      const [prefix, width] = code <= 0xff ? ["x", 2] : code <= 0xffff ? ["u", 4] : ["U", 8];
      out += `\\${prefix}${code.toString(16).padStart(width, "0")}`;
    } else out += char;
  }
  return out + quote;
}

const PLAIN = /^[ !#-[\]-~]*$/;

/** `\uXXXX` for each UTF-16 unit of `char`. */
function escapeUnits(char) {
  let escaped = "";
  for (let i = 0; i < char.length; i++) escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return escaped;
}

function joined(items, last) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${last}${items[items.length - 1]}`;
}

function thousands(n) {
  const digits = String(Math.abs(n));
  let out = n < 0 ? "-" : "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

function count(n, noun) {
  if (n === 1) return `1 ${noun}`;
  if (/[^aeiou]y$/.test(noun)) return `${n} ${noun.slice(0, -1)}ies`;
  return `${n} ${noun}s`;
}

function describeChar(codePoint) {
  const char = String.fromCodePoint(codePoint);
  if (char === " ") return "space";
  if (codePoint < 0x20 || codePoint === 0x7f || (codePoint > 0x7f && UNPRINTABLE.test(char))) {
    return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `'${char}'`;
}
