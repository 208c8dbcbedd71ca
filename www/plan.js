// The plan of an edit (planUserUpdate): its own diagnostics (what cannot change, what AWS does not
// document), then each call in order with its command, a copy button and its diagnostics, rendered
// as the diagnostics panel renders them.

import { renderPanel, summarize } from "./diagnostics.js";
import { h } from "./dom.js";

/**
 * `outputs` writes each command with the page's settings and masking (commandFor) and copies it;
 * `actions` has goto, explain and fix, each taking the call ({ operation, request }) first, or
 * null for the plan's own diagnostics.
 */
export function createPlanView(api, { outputs, actions, fixable }) {
  const byId = (id) => document.getElementById(id);
  let plan = null;

  function bound(call) {
    return {
      goto: (diagnostic) => actions.goto(call, diagnostic),
      explain: actions.explain,
      fix: (diagnostic) => actions.fix(call, diagnostic),
    };
  }

  function callItem(call, index) {
    const { cliCommand } = api.requestModel(call.operation);
    const number = index + 1;
    const titleId = `plan-call-${number}-title`;
    const command = h("code", {}, outputs.commandFor(call.request, call.operation));
    // A Fix is offered where it can be carried back into the form.
    const diagnostics = fixable(call.operation) ? call.diagnostics : call.diagnostics.map((diagnostic) => ({ ...diagnostic, fix: undefined }));
    const panel = h("div", { class: "plan-call-diagnostics" });
    renderPanel(panel, diagnostics, bound(call));
    return h(
      "li",
      { class: "plan-call", "aria-labelledby": titleId },
      h(
        "div",
        { class: "output-head" },
        h("h3", { id: titleId }, `${number}. ${call.operation} `, h("span", { class: "call-summary" }, `(${summarize(call.diagnostics)})`)),
        h(
          "button",
          {
            type: "button",
            class: "small",
            "aria-label": `Copy command ${number}, ${cliCommand}`,
            onclick: () => outputs.copy(command.textContent, `command ${number}, ${cliCommand}`),
          },
          "Copy",
        ),
      ),
      h("pre", { class: "output-text" }, command),
      panel,
    );
  }

  function render() {
    const calls = byId("plan-calls");
    const fixed = plan?.diagnostics ?? [];
    byId("plan-fixed").hidden = fixed.length === 0;
    // The plan's own diagnostics are about the two users, not a request: nothing to fix in a call.
    renderPanel(byId("plan-diagnostics"), fixed.map((diagnostic) => ({ ...diagnostic, fix: undefined })), bound(null));
    if (plan === null) {
      byId("plan-summary").textContent = "Load the current user to see the plan.";
      byId("plan-nothing").hidden = true;
      calls.replaceChildren();
      return;
    }
    const count = plan.calls.length;
    const what = count === 0 ? "Nothing to change" : `${count} ${count === 1 ? "call" : "calls"}`;
    const all = [...fixed, ...plan.calls.flatMap((call) => call.diagnostics)];
    byId("plan-summary").textContent = all.length === 0 ? what : `${what} · ${summarize(all)}`;
    byId("plan-nothing").hidden = count > 0;
    byId("plan-nothing").textContent =
      fixed.length === 0 ? "Nothing to change: the form's user is the current user." : "Nothing to change that an update can make: see About the plan.";
    calls.replaceChildren(...plan.calls.map(callItem));
  }

  outputs.onChange(render);

  return {
    /** Shows `newPlan` (planUserUpdate's result), or null before a current user is loaded. */
    update(newPlan) {
      plan = newPlan;
      render();
    },
  };
}
