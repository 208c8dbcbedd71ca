// The import box: a pasted `aws connect create-user` command (parseCliCommand) or a JSON request
// (text starting with "{") fills the form. Problems are listed under the box; choosing one selects
// the text it is about. What the form cannot hold as imported is listed too.

import { h } from "./dom.js";
import { differences, formatPath } from "./paths.js";

/**
 * `fill(request, diagnostics)` puts the request into the form and returns what the form then holds.
 * `explain(code)` opens a rule's explanation; `hasRule(code)` says whether there is one.
 */
export function createImporter(api, { fill, explain, hasRule, announce }) {
  const textarea = document.getElementById("import-text");
  const results = document.getElementById("import-results");

  document.getElementById("import-button").addEventListener("click", run);
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });

  function run() {
    const text = textarea.value;
    const { request, diagnostics } = text.trimStart().startsWith("{") ? parseJson(text) : api.parseCliCommand(text);
    const held = request ? fill(request, diagnostics) : null;
    results.replaceChildren(...problemList(diagnostics), ...(request ? noteList(request, held, api.redactPassword) : []));
    const problems = diagnostics.length === 1 ? "1 problem" : `${diagnostics.length} problems`;
    if (!request) announce(`Nothing imported: ${problems}.`);
    else announce(diagnostics.length === 0 ? "Imported into the form." : `Imported into the form, with ${problems}.`);
  }

  function problemList(diagnostics) {
    if (diagnostics.length === 0) return [];
    return [
      h("h3", {}, "Problems in the pasted text"),
      h("ul", { class: "import-problems" }, diagnostics.map((diagnostic) => problemItem(diagnostic))),
    ];
  }

  function problemItem(diagnostic) {
    const { span } = diagnostic;
    const label = [h("span", { class: "sev" }, diagnostic.severity), " ", h("code", {}, diagnostic.code)];
    const where = span ? h("span", { class: "where" }, ` characters ${span.start + 1}–${span.end}`) : null;
    const message = diagnostic.message.includes("\n")
      ? h("pre", { class: "message" }, diagnostic.message)
      : h("p", { class: "message" }, diagnostic.message);
    const item = h(
      "li",
      { class: `sev-${diagnostic.severity}` },
      span
        ? h("button", { type: "button", class: "goto" }, label, where)
        : h("p", { class: "label" }, label),
      message,
      diagnostic.help ? h("p", { class: "help" }, diagnostic.help) : null,
      hasRule(diagnostic.code)
        ? h("button", { type: "button", class: "small explain", "aria-label": `Explain ${diagnostic.code}`, onclick: () => explain(diagnostic.code) }, "Explain")
        : null,
    );
    if (span) {
      // The whole item is a click target for the mouse; its button is the keyboard's.
      item.addEventListener("click", (event) => {
        if (!event.target.closest(".explain")) select(span);
      });
    }
    return item;
  }

  function select(span) {
    textarea.focus();
    textarea.setSelectionRange(span.start, span.end);
  }

  return {
    /** Empties the box (it may hold a pasted --password) and its results. */
    clear() {
      textarea.value = "";
      results.replaceChildren();
    },
  };
}

/**
 * Members the form holds differently from the import: unknown members, wrong types, "{}". Their
 * values are shown as `redact` (the core's redactPassword) leaves them: a password, or a member
 * named like one, is shown masked.
 */
function noteList(imported, held, redact) {
  const paths = differences(imported, held);
  if (paths.length === 0) return [];
  const [shownImported, shownHeld] = [redact(imported), redact(held)];
  return [
    h("h3", {}, "Not carried into the form as imported"),
    h(
      "ul",
      { class: "import-notes" },
      paths.map((path) =>
        h("li", {}, h("code", {}, formatPath(path)), `: imported ${describe(shownImported, path)}, the form sends ${describe(shownHeld, path)}.`),
      ),
    ),
  ];
}

function describe(root, path) {
  const value = path.reduce((node, key) => (node !== null && typeof node === "object" && Object.hasOwn(node, key) ? node[key] : undefined), root);
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function parseJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { request: null, diagnostics: [jsonSyntaxError(text)] };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const message = "The JSON is not an object; a CreateUser request is one {…} object.";
    return { request: null, diagnostics: [{ code: "json-syntax", severity: "error", path: [], message }] };
  }
  return { request: value, diagnostics: [] };
}

/** Where the JSON fails, by line and column. The engine's own message quotes the text, which may hold a password. */
function jsonSyntaxError(text) {
  const diagnostic = { code: "json-syntax", severity: "error", path: [], message: "The text is not valid JSON." };
  let at;
  try {
    at = syntaxErrorAt(text);
  } catch {
    return diagnostic; // Nested too deep for the recursive scanner: no position to give.
  }
  const lines = text.slice(0, at).split(/\r\n|\r|\n/);
  const where = `line ${lines.length}, column ${[...lines.at(-1)].length + 1}`;
  if (at >= text.length) return { ...diagnostic, message: `The JSON ends before it is complete (${where}).` };
  return { ...diagnostic, message: `The JSON is not valid at ${where}.`, span: { start: at, end: at + 1 } };
}

const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The index of the first character of `text` that cannot continue a JSON text (its length when it ends early). */
function syntaxErrorAt(text) {
  let at = 0;
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at])) at += 1;
  };
  const eat = (char) => {
    if (text[at] !== char) return false;
    at += 1;
    return true;
  };
  const match = (pattern) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const string = () => eat('"') && match(STRING_BODY) && eat('"');
  const member = () => {
    if (!string()) return false;
    space();
    return eat(":") && value();
  };
  // After "{" or "[": items separated by commas, then `close`.
  const sequence = (close, item) => {
    at += 1;
    space();
    if (eat(close)) return true;
    do {
      space();
      if (!item()) return false;
      space();
    } while (eat(","));
    return eat(close);
  };
  const value = () => {
    space();
    const char = text[at];
    if (char === "{") return sequence("}", member);
    if (char === "[") return sequence("]", value);
    if (char === '"') return string();
    const word = ["true", "false", "null"].find((literal) => literal[0] === char);
    return word ? [...word].every(eat) : match(NUMBER);
  };
  if (value()) space();
  return at;
}
