// Diagnostics in two places: at the fields they are about (inline, with aria-invalid and
// aria-describedby), and in the panel, grouped by severity, with Explain and Fix.

import { h } from "./dom.js";
import { renderMarkdown } from "./markdown.js";
import { formatPath, pathKey } from "./paths.js";

const SEVERITIES = [
  { severity: "error", title: "Errors", one: "error", many: "errors" },
  { severity: "warning", title: "Warnings", one: "warning", many: "warnings" },
  { severity: "info", title: "Info", one: "info", many: "info" },
];

/** The target of a path: its own, or that of the nearest enclosing path that has one ([] is the request). */
export function targetOf(targets, path) {
  for (let length = path.length; length >= 0; length -= 1) {
    const target = targets.get(pathKey(path.slice(0, length)));
    if (target) return target;
  }
  return undefined;
}

/**
 * Returns show(targets, diagnostics): shows each diagnostic at its field, and an error or warning
 * also at the other fields it names in `related` (the other side of a conflict; an info's related
 * fields are only hints, and repeating it there is noise). A field with an error is aria-invalid.
 * Fields that showed something last time and nothing now are cleared.
 */
export function createInlineDiagnostics() {
  let previous = new Map();
  return function show(targets, diagnostics) {
    const current = new Map();
    const add = (target, entry) => {
      if (!target) return;
      if (!current.has(target.slot)) current.set(target.slot, { marks: target.marks, entries: [] });
      current.get(target.slot).entries.push(entry);
    };
    for (const diagnostic of diagnostics) {
      const own = targetOf(targets, diagnostic.path);
      add(own, { diagnostic });
      if (diagnostic.severity === "info") continue;
      for (const related of diagnostic.related ?? []) {
        const other = targetOf(targets, related);
        if (other?.slot !== own?.slot) add(other, { diagnostic, together: diagnostic.path });
      }
    }
    for (const [slot, marks] of previous) if (!current.has(slot)) showAt(slot, marks, []);
    for (const [slot, { marks, entries }] of current) showAt(slot, marks, entries);
    previous = new Map([...current].map(([slot, { marks }]) => [slot, marks]));
  };
}

function showAt(slot, marks, entries) {
  slot.replaceChildren(...entries.map(inlineItem));
  const invalid = entries.some(({ diagnostic }) => diagnostic.severity === "error");
  for (const mark of marks) {
    if (invalid) mark.setAttribute("aria-invalid", "true");
    else mark.removeAttribute("aria-invalid");
  }
}

function inlineItem({ diagnostic, together }) {
  return h(
    "li",
    { class: `sev-${diagnostic.severity}` },
    h("span", { class: "sev" }, diagnostic.severity),
    " ",
    h("code", {}, diagnostic.code),
    diagnostic.fromImport ? h("span", { class: "source" }, " from the import") : null,
    " ",
    together?.length ? h("strong", {}, `Together with ${formatPath(together)}: `) : null,
    diagnostic.message,
  );
}

/** The panel: one section per severity that has diagnostics. `actions` has goto, explain and fix. */
export function renderPanel(container, diagnostics, actions) {
  const focused = container.contains(document.activeElement) ? document.activeElement.dataset.key : undefined;
  const groups = SEVERITIES.map(({ severity, title }) => {
    const items = diagnostics.filter((diagnostic) => diagnostic.severity === severity);
    if (items.length === 0) return null;
    return h(
      "section",
      { class: `diag-group sev-${severity}` },
      h("h3", {}, `${title} (${items.length})`),
      h("ul", { class: "diag-list" }, items.map((diagnostic) => panelItem(diagnostic, actions))),
    );
  });
  container.replaceChildren(...groups.filter(Boolean));
  // A rebuild under the keyboard keeps it on the same diagnostic's button, or on the panel.
  if (focused !== undefined) {
    const again = [...container.querySelectorAll("[data-key]")].find((element) => element.dataset.key === focused);
    (again ?? container.closest("section")).focus();
  }
}

function panelItem(diagnostic, { goto, explain, fix }) {
  const place = formatPath(diagnostic.path);
  const key = `${diagnostic.code} ${pathKey(diagnostic.path)}`;
  return h(
    "li",
    { class: `diag sev-${diagnostic.severity}` },
    h(
      "button",
      { type: "button", class: "goto", "data-key": `${key} goto`, onclick: () => goto(diagnostic) },
      h("span", { class: "path" }, place),
      h("span", { class: "message" }, diagnostic.message),
    ),
    diagnostic.help ? h("p", { class: "help" }, diagnostic.help) : null,
    h(
      "div",
      { class: "diag-actions" },
      h("code", { class: "code" }, diagnostic.code),
      h(
        "button",
        { type: "button", class: "small", "data-key": `${key} explain`, "aria-label": `Explain ${diagnostic.code}`, onclick: () => explain(diagnostic.code) },
        "Explain",
      ),
      diagnostic.fix
        ? h(
            "button",
            { type: "button", class: "small", "data-key": `${key} fix`, "aria-label": `Fix ${diagnostic.code} at ${place}`, onclick: () => fix(diagnostic) },
            "Fix",
          )
        : null,
    ),
  );
}

/** "2 errors · 1 warning", or a sentence for a clean request. */
export function summarize(diagnostics) {
  const counts = SEVERITIES.map(({ severity, one, many }) => {
    const count = diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
    return count === 0 ? null : `${count} ${count === 1 ? one : many}`;
  }).filter(Boolean);
  return counts.length === 0 ? "No diagnostics" : counts.join(" · ");
}

/** Fills the explanation dialog with a rule's documentation and opens it. */
export function openExplanation(dialog, doc) {
  dialog.querySelector("[data-explain=title]").textContent = doc.title;
  dialog.querySelector("[data-explain=code]").textContent = doc.code;
  dialog.querySelector("[data-explain=severity]").textContent = doc.severity;
  dialog.querySelector("[data-explain=summary]").textContent = doc.summary;
  dialog.querySelector("[data-explain=body]").replaceChildren(renderMarkdown(doc.explanation, 1));
  dialog.showModal();
}
