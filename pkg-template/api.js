// The validation API over the wasm exports, shared by the Node and browser entry points of both
// entries (cli-api.js adds the AWS CLI syntax). It checks arguments against the generated
// catalogue, writes requests as tapes into the module's memory, and turns the encoded results into
// diagnostic objects whose fix is made when first read. Every check of a request runs in the core
// (src/wire.rs describes the format).

import {
  IDENTITY_TYPES,
  MAX_DEPTH,
  MAX_LIST_ITEMS,
  MAX_VALUES,
  MODELS,
  OPERATIONS,
  RULES,
  UNSUPPORTED,
} from "./catalogue.js";
import { CHARS, FINDING, FINDINGS, INT, MEMBER, NUMBER, PATH, RULE, WORDS, formatPath, help, message } from "./render.js";

const PREFIX = "connect-user-validator: ";
const SEVERITIES = ["error", "warning", "info"];
const CODES = new Map(RULES.map((rule, index) => [rule.code, index]));
const UNSUPPORTED_INDEX = Object.fromEntries(UNSUPPORTED.map((name, index) => [name, index]));

export function misuse(message) {
  return new TypeError(PREFIX + message);
}

// ---------------------------------------------------------------------------------------------
// Requests as tapes

const encoder = new TextEncoder();
const decoder = new TextDecoder();
export const isWellFormed = String.prototype.isWellFormed
  ? (text) => text.isWellFormed()
  : (text) => !/\p{Cs}/u.test(text);
const objectTag = Object.prototype.toString;
/** Object types that are not plain data, by their tag, and how the tape names them. */
const TAGGED = new Map([
  ["[object Map]", "map"],
  ["[object WeakMap]", "map"],
  ["[object Set]", "set"],
  ["[object WeakSet]", "set"],
  ["[object Date]", "date"],
  ["[object RegExp]", "regexp"],
  ["[object Promise]", "promise"],
  ["[object Error]", "error"],
  ["[object DataView]", "binary"],
]);

/** Where copies of request tapes are kept for fixes read later. */
const ARENA_BYTES = 1 << 20;
const copies = { arena: new Uint8Array(0), used: 0 };

/** Thrown inside the walker when the budget of values runs out. */
const TOO_LARGE = Symbol("too large");

/**
 * Writes JavaScript values as a tape: the walker reads each value once, names what JSON has no form
 * for (a BigInt, a cycle, a getter that throws, …) and never throws itself. A scratch buffer is
 * kept between calls and copied into the module's memory in one piece.
 */
export class Tape {
  constructor() {
    this.bytes = new Uint8Array(4096);
    this.view = new DataView(this.bytes.buffer);
    this.length = 0;
    this.budget = MAX_VALUES;
    this.ancestors = [];
  }

  reset() {
    this.length = 0;
    this.budget = MAX_VALUES;
    this.ancestors.length = 0;
  }

  reserve(extra) {
    const needed = this.length + extra;
    if (needed <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const bytes = new Uint8Array(size);
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer);
  }

  byte(value) {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  u32(value) {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  /** A u32 length, then the UTF-8 bytes: ASCII copied here, anything else by the encoder. */
  text(text) {
    const units = text.length;
    this.reserve(4 + units * 3);
    const start = this.length + 4;
    const bytes = this.bytes;
    let at = start;
    let i = 0;
    for (; i < units; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0x80) break;
      bytes[at++] = unit;
    }
    if (i < units) at += encoder.encodeInto(text.slice(i), bytes.subarray(at)).written;
    this.view.setUint32(this.length, at - start, true);
    this.length = at;
  }

  unsupported(name) {
    this.byte(7);
    this.byte(UNSUPPORTED_INDEX[name]);
  }

  spend(count) {
    this.budget -= count;
    if (this.budget < 0) throw TOO_LARGE;
  }

  /** One value; a value over the budget throws TOO_LARGE to the caller of write(). */
  value(value) {
    switch (typeof value) {
      case "string":
        if (!isWellFormed(value)) return this.unsupported("surrogates");
        this.byte(4);
        return this.text(value);
      case "number":
        this.reserve(9);
        this.bytes[this.length] = 3;
        this.view.setFloat64(this.length + 1, value, true);
        this.length += 9;
        return;
      case "boolean":
        return this.byte(value ? 2 : 1);
      case "undefined":
        return this.unsupported("undefined");
      case "bigint":
        return this.unsupported("bigint");
      case "symbol":
        return this.unsupported("symbol");
      case "function":
        return this.unsupported("function");
    }
    if (value === null) return this.byte(0);
    let isArray;
    try {
      isArray = Array.isArray(value);
    } catch {
      return this.unsupported("unreadable");
    }
    if (!isArray) {
      let tag;
      try {
        const prototype = Object.getPrototypeOf(value);
        tag = prototype === Object.prototype || prototype === null ? undefined : objectTag.call(value);
      } catch {
        // A Proxy whose trap throws here is read like any object; its members report the trap.
      }
      if (tag !== undefined) {
        const kind = TAGGED.get(tag) ?? (tag.endsWith("Array]") || tag.endsWith("Buffer]") ? "binary" : undefined);
        if (kind !== undefined) return this.unsupported(kind);
      }
    }
    if (this.ancestors.includes(value)) return this.unsupported("cycle");
    if (this.ancestors.length >= MAX_DEPTH) return this.unsupported("deep");
    this.ancestors.push(value);
    if (isArray) this.array(value);
    else this.object(value);
    this.ancestors.pop();
  }

  array(value) {
    let length;
    try {
      length = value.length;
    } catch {
      return this.unsupported("length");
    }
    if (typeof length !== "number" || !(length >= 0)) return this.unsupported("length");
    if (length > MAX_LIST_ITEMS) return this.unsupported("long");
    this.spend(length);
    this.byte(5);
    this.u32(length);
    for (let index = 0; index < length; index++) {
      let item;
      try {
        item = value[index];
      } catch {
        this.unsupported("item-getter");
        continue;
      }
      this.value(item);
    }
  }

  object(value) {
    let keys;
    try {
      keys = Object.keys(value);
    } catch {
      return this.unsupported("keys");
    }
    this.spend(keys.length);
    for (const key of keys) if (!isWellFormed(key)) return this.unsupported("key-surrogates");
    const start = this.length;
    this.byte(6);
    this.u32(0);
    let count = 0;
    for (const key of keys) {
      let member;
      try {
        member = value[key];
      } catch {
        this.text(key);
        this.unsupported("getter");
        count++;
        continue;
      }
      // An undefined member is an absent one, as for the AWS SDK and JSON.stringify.
      if (member === undefined) continue;
      this.text(key);
      this.value(member);
      count++;
    }
    this.view.setUint32(start + 1, count, true);
  }

  /** Writes one whole value; a value over the budget is written as too large instead. */
  write(value) {
    const start = this.length;
    try {
      this.value(value);
    } catch (error) {
      if (error !== TOO_LARGE) throw error;
      this.length = start;
      this.ancestors.length = 0;
      this.unsupported("large");
    }
  }

  /**
   * A copy of the bytes from `start` to `end`, for a fix computed later. Copies share arenas of
   * 1 MiB, which cost far less than an ArrayBuffer each; an arena goes with its last copy.
   */
  copy(start = 0, end = this.length) {
    const length = end - start;
    if (copies.used + length > copies.arena.length) {
      copies.arena = new Uint8Array(Math.max(ARENA_BYTES, length));
      copies.used = 0;
    }
    const at = copies.used;
    copies.arena.set(this.bytes.subarray(start, end), at);
    copies.used += length;
    return copies.arena.subarray(at, at + length);
  }
}

// ---------------------------------------------------------------------------------------------
// The API

/**
 * One instance of the module, seen from JavaScript: the tape the requests are written on, views
 * of its memory, and the decoding of its results. Both entries' APIs call the core through it.
 */
export class Boundary {
  /**
   * @param {object} raw the wasm-bindgen exports
   * @param {() => WebAssembly.Memory | undefined} memory the module's memory once instantiated
   */
  constructor(raw, memory) {
    this.raw = raw;
    this.memory = memory;
    this.tape = new Tape();
    /** Static text of the module, decoded once, by address. */
    this.statics = new Map();
    this.bytes = undefined;
    this.words = undefined;
  }

  ready() {
    const instantiated = this.memory();
    if (instantiated === undefined) throw new Error(`${PREFIX}call init() first`);
    return instantiated;
  }

  /** Views of the module's memory, made again only when it has grown. */
  views() {
    const buffer = this.ready().buffer;
    if (this.bytes?.buffer !== buffer) {
      this.bytes = new Uint8Array(buffer);
      this.words = new Uint32Array(buffer);
    }
  }

  /** Copies `copy` (the current tape by default) into the module's input buffer; returns its length. */
  send(copy = this.tape.bytes.subarray(0, this.tape.length)) {
    const address = this.raw.input(copy.length);
    this.views();
    this.bytes.set(copy, address);
    return copy.length;
  }

  /** Writes `request` alone on the tape and sends it. */
  sendRequest(request) {
    this.tape.reset();
    this.tape.write(request);
    return this.send();
  }

  /** The result the core left at `header`: its words and its text area. */
  output(header) {
    this.views();
    const { bytes, words } = this;
    const at = header >>> 2;
    return new Reader(bytes, words, words[at] >>> 2, words[at + 2], words[at + 3], this.statics);
  }

  /**
   * Diagnostic objects for the next `count` diagnostics of the reader. Their fixes are computed on
   * demand from a copy of the request's tape (`requestBytes()`), taken only if one can be fixed.
   */
  readDiagnostics(reader, count, identity, requestBytes, operation = 0) {
    const diagnostics = new Array(count);
    let request;
    for (let index = 0; index < count; index++) {
      const data = reader.diagnostic();
      if (data.fixable) request ??= requestBytes();
      diagnostics[index] = diagnosticObject(data, () => this.fixOf(request, identity, operation, index));
    }
    return diagnostics;
  }

  fixOf(request, identity, operation, index) {
    const fix = this.raw.fix(this.send(request), identity, operation, index);
    return fix === undefined ? undefined : parseResult(fix);
  }

  /** `functions`, each of which first says so when the module is not there yet. */
  guarded(functions) {
    const guarded = {};
    for (const [name, call] of Object.entries(functions)) {
      guarded[name] = (...args) => {
        this.ready();
        return call(...args);
      };
    }
    return guarded;
  }
}

/** The validation API of the package's main entry, over `boundary`. */
export function createApi(boundary) {
  const { raw, tape } = boundary;
  const api = boundary.guarded({
    validate(request, options) {
      const { identity, operation } = requestOptions(options, "validate");
      tape.reset();
      tape.write(request);
      const reader = boundary.output(raw.validate(boundary.send(), identity, operation));
      const valid = reader.word() === 1;
      const diagnostics = boundary.readDiagnostics(reader, reader.word(), identity, () => tape.copy(), operation);
      return { valid, diagnostics };
    },

    validateMany(requests, options) {
      const { identity, operation } = requestOptions(options, "validateMany");
      const length = batchLength(requests);
      tape.reset();
      tape.byte(5);
      tape.u32(length);
      const starts = new Array(length);
      for (let index = 0; index < length; index++) {
        starts[index] = tape.length;
        let request;
        try {
          request = requests[index];
        } catch {
          tape.unsupported("item-getter");
          continue;
        }
        if (tape.budget < 0) tape.unsupported("large");
        else tape.write(request);
      }
      starts.push(tape.length);
      const reader = boundary.output(raw.validateMany(boundary.send(), identity, operation));
      const results = new Array(reader.word());
      for (let index = 0; index < results.length; index++) {
        const valid = reader.word() === 1;
        const copy = () => tape.copy(starts[index], starts[index + 1]);
        results[index] = { valid, diagnostics: boundary.readDiagnostics(reader, reader.word(), identity, copy, operation) };
      }
      return results;
    },

    applyFixes(request, codes, options) {
      const { identity, operation } = requestOptions(options, "applyFixes");
      const selected = codes === undefined || codes === null ? undefined : ruleIndexes(codes);
      tape.reset();
      tape.write(request);
      if (selected !== undefined) tape.write(selected);
      return parseResult(raw.applyFixes(boundary.send(), identity, operation));
    },

    applyFix(request, diagnostic, options) {
      const { identity, operation } = requestOptions(options, "applyFix");
      const rule = CODES.get(diagnostic?.code);
      if (rule === undefined || !Array.isArray(diagnostic.path)) {
        throw misuse("applyFix() needs a diagnostic of validate(): an object with its code and path");
      }
      tape.reset();
      tape.write(request);
      tape.write(rule);
      tape.write(diagnostic.path);
      return parseResult(raw.applyFixes(boundary.send(), identity, operation));
    },

    redactPassword(request) {
      return parseResult(raw.redactPassword(boundary.sendRequest(request)));
    },
  });
  // These read only the catalogue, so they answer before the wasm is loaded.
  Object.assign(api, {
    explain(code) {
      if (typeof code !== "string") throw misuse("explain() needs a string");
      const index = CODES.get(code);
      return index === undefined ? undefined : ruleDoc(RULES[index]);
    },

    rules() {
      return RULES.map(ruleDoc);
    },

    requestModel(operation = "CreateUser") {
      return structuredClone(MODELS[OPERATIONS[operationArgument(operation, "requestModel")]]);
    },

    requestSchema(operation = "CreateUser") {
      return standardSchema(api.validate, OPERATIONS[operationArgument(operation, "requestSchema")]);
    },

    formatPath(path) {
      if (!Array.isArray(path) || !path.every((s) => typeof s === "string" || Number.isInteger(s))) {
        throw misuse("formatPath() needs a path: an array of member names, keys and indexes");
      }
      return formatPath(path);
    },
  });
  api.createUserRequestSchema = standardSchema(api.validate, "CreateUser");
  return api;
}

/** The `{ code, severity, title, summary, explanation }` of a rule. */
function ruleDoc(rule) {
  const { code, severity, title, summary } = rule;
  return { code, severity, title, summary, explanation: explanations()[code] };
}

let loadedExplanations;
let explanationSource;

/** Where explain() reads the explanations from: a function returning them, called on first use. */
export function setExplanations(source) {
  explanationSource = source;
  loadedExplanations = undefined;
}

function explanations() {
  if (loadedExplanations === undefined && explanationSource !== undefined) loadedExplanations = explanationSource();
  return loadedExplanations ?? {};
}

// ---------------------------------------------------------------------------------------------
// Results

/** Reads the words of an encoded result (src/wire.rs), from views of the module's memory. */
class Reader {
  constructor(bytes, words, at, textAddress, textLength, statics) {
    this.bytes = bytes;
    this.words = words;
    this.at = at;
    this.textAddress = textAddress;
    this.textLength = textLength;
    this.area = undefined;
    this.statics = statics;
  }

  word() {
    return this.words[this.at++];
  }

  text() {
    const start = this.word();
    const length = this.word();
    if (start & 1) {
      const address = start >>> 1;
      let text = this.statics.get(address);
      if (text === undefined) {
        text = decoder.decode(this.bytes.subarray(address, address + length));
        this.statics.set(address, text);
      }
      return text;
    }
    this.area ??= decoder.decode(this.bytes.subarray(this.textAddress, this.textAddress + this.textLength));
    const offset = start >>> 1;
    return this.area.slice(offset, offset + length);
  }

  path() {
    const length = this.word();
    const path = new Array(length);
    for (let i = 0; i < length; i++) path[i] = this.word() === 0 ? this.word() : this.text();
    return path;
  }

  int() {
    const low = this.word();
    const high = this.words[this.at++] | 0;
    return high * 4294967296 + low;
  }

  diagnostic() {
    const rule = this.word();
    const severity = this.word();
    const message = this.word();
    const help = this.word() - 1;
    const flags = this.word();
    const path = this.path();
    const relatedCount = this.word();
    const related = relatedCount === 0 ? undefined : new Array(relatedCount);
    for (let i = 0; i < relatedCount; i++) related[i] = this.path();
    const argCount = this.word();
    const args = {};
    for (let i = 0; i < argCount; i++) {
      const name = this.text();
      args[name] = this.arg();
    }
    const span = flags & 2 ? { start: this.word(), end: this.word() } : undefined;
    return { rule, severity, message, help, fixable: (flags & 1) === 1, path, related, args, span };
  }

  arg() {
    const kind = this.word();
    let value;
    switch (kind) {
      case PATH:
        value = this.path();
        break;
      case WORDS: {
        const count = this.word();
        value = new Array(count);
        for (let i = 0; i < count; i++) value[i] = this.text();
        break;
      }
      case INT:
        value = this.int();
        break;
      case MEMBER:
      case RULE:
        value = this.word();
        break;
      case NUMBER:
        // As Python writes it, or the size of a number too long to show.
        value = this.word() === 0 ? this.text() : { negative: this.word() === 1, digits: this.word() };
        break;
      case CHARS: {
        const count = this.word();
        value = new Array(count);
        for (let i = 0; i < count; i++) value[i] = this.word();
        break;
      }
      case FINDING:
        value = this.diagnostic();
        break;
      case FINDINGS: {
        const count = this.word();
        value = new Array(count);
        for (let i = 0; i < count; i++) value[i] = this.diagnostic();
        break;
      }
      default:
        // TEXT, WORD and VALUE: text.
        value = this.text();
    }
    return { kind, value };
  }
}

/**
 * A diagnostic object of the API: plain data, with its message and help rendered from the
 * catalogue. Only a fix, which takes another call into the core, is made when first read, by an
 * own enumerable accessor that then becomes plain data (so JSON.stringify, spread, structuredClone
 * and postMessage carry it). The accessor is written in the object literal: V8 makes that about
 * three times faster than Object.defineProperty (see the README's design notes).
 */
function diagnosticObject(data, computeFix) {
  const code = RULES[data.rule].code;
  const severity = SEVERITIES[data.severity];
  const { path, related } = data;
  const text = message(data);
  const advice = data.help < 0 ? undefined : help(data);
  let diagnostic;
  if (!data.fixable) {
    diagnostic =
      advice === undefined ? { code, severity, path, message: text } : { code, severity, path, message: text, help: advice };
    if (related !== undefined) diagnostic.related = related;
  } else if (related === undefined) {
    diagnostic = {
      code,
      severity,
      path,
      message: text,
      help: advice,
      get fix() {
        return settleFix(this, computeFix());
      },
      set fix(value) {
        settleFix(this, value);
      },
    };
  } else {
    diagnostic = {
      code,
      severity,
      path,
      message: text,
      help: advice,
      related,
      get fix() {
        return settleFix(this, computeFix());
      },
      set fix(value) {
        settleFix(this, value);
      },
    };
  }
  if (data.fixable && advice === undefined) delete diagnostic.help;
  if (data.span !== undefined) diagnostic.span = data.span;
  return diagnostic;
}

/** Replaces a diagnostic's fix accessor with the fix as plain data. */
function settleFix(diagnostic, value) {
  Object.defineProperty(diagnostic, "fix", { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/**
 * A request or value the core wrote as JSON. One read from JSON as Python reads it (a pasted
 * command, say) may hold NaN, Infinity or -Infinity, which the core writes as Python does and
 * JSON.parse refuses; those come back as numbers, by way of strings that start with a lone
 * surrogate, which no string the core writes can hold.
 */
export function parseResult(text) {
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

// ---------------------------------------------------------------------------------------------
// Arguments

/**
 * The options argument as a plain object: undefined and null are none; anything else must be an
 * object whose names are all `accepted`. A name given with the value undefined still counts.
 */
export function readOptions(options, fn, accepted) {
  if (options === undefined || options === null) return {};
  const notObject = () => misuse(`the options of ${fn}() must be an object`);
  if (typeof options !== "object") throw notObject();
  let names;
  const values = {};
  try {
    if (Array.isArray(options)) throw notObject();
    names = Object.keys(options);
    for (const name of names) {
      if (!accepted.includes(name)) {
        throw misuse(`${fn}() has no option ${JSON.stringify(name)}; it accepts ${accepted.join(", ")}`);
      }
      values[name] = options[name];
    }
  } catch (error) {
    throw error instanceof TypeError && error.message.startsWith(PREFIX) ? error : notObject();
  }
  return values;
}

/** What the options of a function that takes a request may name. */
const REQUEST_OPTIONS = ["identityManagementType", "operation"];

/** The options of a function that takes a request, as the core numbers them. */
function requestOptions(options, fn) {
  const given = readOptions(options, fn, REQUEST_OPTIONS);
  return { identity: identityOption(given, fn), operation: operationOption(given, fn) };
}

/** The identity-management type as the core numbers it: 0 for none, else 1 + its index. */
function identityOption(given, fn) {
  return given.identityManagementType === undefined
    ? 0
    : 1 + choice(given, "identityManagementType", IDENTITY_TYPES, fn);
}

/** The `operation` option as its index in OPERATIONS (the core's `Operation::ALL`); CreateUser by default. */
export function operationOption(given, fn) {
  return given.operation === undefined ? 0 : choice(given, "operation", OPERATIONS, fn);
}

/** An operation given as an argument, as its index in OPERATIONS. */
function operationArgument(operation, fn) {
  const index = OPERATIONS.indexOf(operation);
  if (typeof operation !== "string" || index < 0) {
    const names = OPERATIONS.map((name) => JSON.stringify(name));
    throw misuse(`${fn}() needs an operation: ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`);
  }
  return index;
}

export function choice(given, name, choices, fn) {
  const index = choices.indexOf(given[name]);
  if (typeof given[name] !== "string" || index < 0) {
    const names = choices.map((c) => JSON.stringify(c));
    throw misuse(`the ${name} option of ${fn}() must be ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`);
  }
  return index;
}

export function flag(given, name, fn) {
  const value = given[name];
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw misuse(`the ${name} option of ${fn}() must be true or false`);
  return value;
}


function ruleIndexes(codes) {
  if (!Array.isArray(codes)) throw misuse("the codes of applyFixes() must be an array of rule codes");
  return codes.map((code) => {
    const index = typeof code === "string" ? CODES.get(code) : undefined;
    if (index === undefined) {
      throw misuse(`applyFixes() was given ${code === undefined ? "undefined" : JSON.stringify(code)}, which is not a rule code`);
    }
    return index;
  });
}

function batchLength(requests) {
  let length;
  try {
    length = Array.isArray(requests) ? requests.length : undefined;
  } catch {
    length = undefined;
  }
  if (typeof length !== "number") throw misuse("validateMany() needs an array of requests it can read");
  if (length > MAX_LIST_ITEMS) throw misuse("validateMany() takes at most 100,000 requests a call");
  return length;
}


// ---------------------------------------------------------------------------------------------
// Standard Schema

/**
 * A Standard Schema v1 object for `operation`'s requests: errors become issues, on each path a
 * conflict involves. `identityOptions` are the options withOptions() was given.
 */
function standardSchema(validate, operation, identityOptions) {
  const options = { ...identityOptions, operation };
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
      // Checks the options now: an unknown name or value throws TypeError. The operation is the
      // schema's own (requestSchema(operation) makes one for another).
      const given = readOptions(newOptions, "withOptions", ["identityManagementType"]);
      identityOption(given, "withOptions");
      return standardSchema(validate, operation, given);
    },
  };
}
