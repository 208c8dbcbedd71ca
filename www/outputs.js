// The outputs, all made from the same request of one operation: its command (`aws connect
// create-user`, `aws connect update-user-config`, …), the --cli-input-json document and each
// option's shorthand. The shell, syntax, layout and password settings also apply to the commands
// of an edit's plan (plan.js), through commandFor(). The password, and every member the core
// takes for one (redactPassword), is masked unless the user ticks "Include the password", which
// shows a warning.

import { copyText, h } from "./dom.js";

const SHELLS = ["posix", "powershell", "cmd"];
const SYNTAXES = ["shorthand", "json"];

/**
 * `onSettingsChange` runs when the shell, syntax or line layout changes (they are saved with the
 * state; the password choice is not). `announce` reports copies and the password choice.
 */
export function createOutputs(api, { onSettingsChange, announce }) {
  const byId = (id) => document.getElementById(id);
  const shell = byId("shell");
  const multiline = byId("multiline");
  const includePassword = byId("include-password");
  const syntaxRadios = [...document.querySelectorAll('input[name="syntax"]')];
  let request = {};
  let operation = "CreateUser";
  const listeners = [];

  for (const control of [shell, multiline, ...syntaxRadios]) {
    control.addEventListener("change", () => {
      render();
      for (const listener of listeners) listener();
      onSettingsChange();
    });
  }
  includePassword.addEventListener("change", () => {
    render();
    for (const listener of listeners) listener();
    // Un-hiding the warning is silent to a screen reader; the status says it.
    announce(includePassword.checked ? byId("password-warning").textContent : "The outputs mask the password again.");
  });
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.addEventListener("click", () => copy(byId(button.dataset.copy).textContent, button.dataset.label));
  }

  async function copy(text, label) {
    announce((await copyText(text)) ? `Copied the ${label}.` : `Could not copy the ${label}; select it and copy by hand.`);
  }

  function settings() {
    return { shell: shell.value, syntax: syntaxRadios.find((radio) => radio.checked).value, multiline: multiline.checked };
  }

  /** The request as the outputs show it: the core decides what is a password, the same masking for every output. */
  function shownRequest(any) {
    return includePassword.checked ? any : api.redactPassword(any);
  }

  /** The command of `any` request of `op`, with the page's settings and masking. */
  function commandFor(any, op) {
    return attempt(() => api.toCliCommand(shownRequest(any), { ...settings(), operation: op }));
  }

  function render() {
    byId("password-warning").hidden = !includePassword.checked;
    const shown = shownRequest(request);
    byId("out-command").textContent = commandFor(request, operation);
    byId("out-json").textContent = attempt(() => api.toCliInputJson(shown, { indent: 2, operation }));
    byId("out-shorthand").replaceChildren(shorthandList(shown));
  }

  /** The options of `shown` as a <dl>, or a paragraph saying why there is none. */
  function shorthandList(shown) {
    let options;
    try {
      options = api.toShorthand(shown, { operation });
    } catch (error) {
      return h("p", { class: "output-error" }, String(error.message ?? error));
    }
    const entries = Object.entries(options);
    if (entries.length === 0) return h("p", { class: "hint" }, "No options yet.");
    const rows = entries.map(([option, words]) =>
      h(
        "div",
        { class: "shorthand-row" },
        h("dt", {}, h("code", {}, option)),
        h("dd", {}, words.map((word) => h("code", { class: "word" }, word))),
        h(
          "dd",
          { class: "copy-cell" },
          h("button", { type: "button", class: "small", "aria-label": `Copy ${option}`, onclick: () => copy(words.join(" "), `${option} value`) }, "Copy"),
        ),
      ),
    );
    return h("dl", { class: "shorthand" }, rows);
  }

  return {
    /** Shows `newRequest`, a request of `newOperation` (an AWS operation name). */
    update(newRequest, newOperation) {
      request = newRequest;
      if (newOperation !== operation) byId("json-command").textContent = api.requestModel(newOperation).cliCommand;
      operation = newOperation;
      render();
    },
    commandFor,
    copy,
    /** `listener` runs after a change of the shell, syntax, layout or password choice. */
    onChange(listener) {
      listeners.push(listener);
    },
    settings,
    setSettings(saved) {
      if (SHELLS.includes(saved.shell)) shell.value = saved.shell;
      if (SYNTAXES.includes(saved.syntax)) for (const radio of syntaxRadios) radio.checked = radio.value === saved.syntax;
      if (typeof saved.multiline === "boolean") multiline.checked = saved.multiline;
    },
  };
}

/** The output, or the error's message where a request cannot be written out at all. */
function attempt(write) {
  try {
    return write();
  } catch (error) {
    return `Cannot write this request: ${error.message ?? error}`;
  }
}
