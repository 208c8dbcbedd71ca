// The import box: a pasted `aws connect create-user` command, or any other user operation's command
// (parseCliCommand says which operation it is, and the page opens it), or a JSON request (text
// starting with "{", read as a --cli-input-json document: parseCliInputJson) for the form shown,
// fills the form. Problems are listed under the box; choosing one selects the text it is about.
// What the form cannot hold as imported is listed too.

import { h } from "./dom.js";
import { differences, formatPath } from "./paths.js";

/**
 * `fill(request, diagnostics, operation)` puts the request into the form of `operation` (the AWS
 * operation name; null for JSON: the form shown) and returns what the form then holds.
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
    const json = text.trimStart().startsWith("{");
    const { request, diagnostics, operation = null } = json ? api.parseCliInputJson(text) : api.parseCliCommand(text);
    const held = request ? fill(request, diagnostics, json ? null : operation) : null;
    results.replaceChildren(...problemList(diagnostics, textarea, { explain, hasRule }), ...(request ? noteList(request, held, api.redactPassword) : []));
    const problems = diagnostics.length === 1 ? "1 problem" : `${diagnostics.length} problems`;
    if (!request) announce(`Nothing imported: ${problems}.`);
    else {
      const opened = operation && operation !== "CreateUser" ? ` Opened ${operation}.` : "";
      announce((diagnostics.length === 0 ? "Imported into the form." : `Imported into the form, with ${problems}.`) + opened);
    }
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
 * The problems of a pasted text, listed as the import box lists them: choosing one selects the text
 * it is about in `textarea`. `explain` and `hasRule` are createImporter()'s.
 */
export function problemList(diagnostics, textarea, { explain, hasRule }) {
  if (diagnostics.length === 0) return [];
  return [
    h("h3", {}, "Problems in the pasted text"),
    h("ul", { class: "import-problems" }, diagnostics.map((diagnostic) => problemItem(diagnostic, textarea, { explain, hasRule }))),
  ];
}

function problemItem(diagnostic, textarea, { explain, hasRule }) {
  const { span } = diagnostic;
  const label = [h("span", { class: "sev" }, diagnostic.severity), " ", h("code", {}, diagnostic.code)];
  const where = span ? h("span", { class: "where" }, ` characters ${span.start + 1}–${span.end}`) : null;
  const message = diagnostic.message.includes("\n")
    ? h("pre", { class: "message" }, diagnostic.message)
    : h("p", { class: "message" }, diagnostic.message);
  const item = h(
    "li",
    { class: `sev-${diagnostic.severity}` },
    span ? h("button", { type: "button", class: "goto" }, label, where) : h("p", { class: "label" }, label),
    message,
    diagnostic.help ? h("p", { class: "help" }, diagnostic.help) : null,
    hasRule(diagnostic.code)
      ? h("button", { type: "button", class: "small explain", "aria-label": `Explain ${diagnostic.code}`, onclick: () => explain(diagnostic.code) }, "Explain")
      : null,
  );
  if (span) {
    // The whole item is a click target for the mouse; its button is the keyboard's.
    item.addEventListener("click", (event) => {
      if (!event.target.closest(".explain")) select(textarea, span);
    });
  }
  return item;
}

/** Selects the text a diagnostic's span is about, with the keyboard in the box. */
function select(textarea, span) {
  textarea.focus();
  textarea.setSelectionRange(span.start, span.end);
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
