// Wires the playground together: the form, live validation, the diagnostics panel and the
// outputs, import, examples, share links and the saved state; and the three views of the page:
// Create (a CreateUser request), one operation (an update or tag request opened by a pasted
// command) and Edit (a user from describe-user output, and the plan of calls that edits it).

import * as validator from "./pkg/cli-web.js";
import { ready } from "./boot.js";
import { createInlineDiagnostics, openExplanation, renderPanel, summarize, targetOf } from "./diagnostics.js";
import { copyText, h } from "./dom.js";
import { desiredUser, editedMembers, editModel, fixable, formPart, formPath, userOf, withFixedCall } from "./editing.js";
import { EXAMPLES } from "./examples.js";
import { createForm } from "./form.js";
import { createImporter, problemList } from "./importer.js";
import { createOutputs } from "./outputs.js";
import { pathKey } from "./paths.js";
import { createPlanView } from "./plan.js";
import { HASH_PREFIX, loadState, saveState, shareableState, stateFromHash, stateToHash } from "./state.js";

const DEBOUNCE_MS = 150;
// Safari throws once replaceState runs 100 times in 10 s; typing must stay well below that.
const PERSIST_MS = 300;
const byId = (id) => document.getElementById(id);

try {
  await ready;
} catch (error) {
  byId("loading").textContent = `The validator could not be loaded: ${error.message}`;
  // #loading (role="alert") has told the user; nothing below works without the validator.
  await new Promise(() => {});
}

const EDIT_MODEL = editModel(validator);
const EDITED = editedMembers(EDIT_MODEL);
/** One form per operation, and one for Edit ("edit"), made when first shown; each keeps its values while another is shown. */
const forms = new Map();
function formOf(key) {
  if (!forms.has(key)) {
    const model = key === "edit" ? EDIT_MODEL : validator.requestModel(key);
    // Adding or removing a row validates at once, so rows are named before the keyboard lands on them.
    forms.set(key, createForm(model, { onInput: scheduleValidation, onRowsChange: validateNow }));
  }
  return forms.get(key);
}
byId("form").addEventListener("submit", (event) => event.preventDefault());
const showInline = createInlineDiagnostics();
const outputs = createOutputs(validator, { onSettingsChange: persist, announce });
const hasRule = (code) => validator.explain(code) !== undefined;
const importer = createImporter(validator, { fill: fillFromImport, explain, hasRule, announce });
const planView = createPlanView(validator, {
  outputs,
  fixable,
  actions: {
    goto: (call, diagnostic) => focusPath(call ? formPath(call.operation, diagnostic.path) : diagnostic.path),
    explain,
    fix: fixCall,
  },
});
const identityRadios = [...document.querySelectorAll('input[name="identity"]')];
const modeRadios = [...document.querySelectorAll('input[name="mode"]')];

/** "create", "operation" (one operation's request) or "edit". */
let view = "create";
/** The operation of the Create and one-operation views' request. */
let operation = "CreateUser";
/** The form shown. */
let form = formOf("CreateUser");
/** The user as describe-user printed it (its User object), in Edit; null until one is loaded. */
let current = null;

/** Parse diagnostics of the last import that name a member; shown at their fields until the next import or startOver(). */
let importDiagnostics = [];
/** The request, its field targets and diagnostics from the last validation. */
let latest = { request: {}, targets: new Map(), diagnostics: [] };
let timer;
let persistTimer;
/** The hash persistNow() last wrote: a hashchange to it is this page's own, not a link. */
let writtenHash;
/** The share link for the state persistNow() last saved. */
let shareUrl;

function identityType() {
  return identityRadios.find((radio) => radio.checked).value;
}

function setIdentityType(type) {
  for (const radio of identityRadios) radio.checked = radio.value === type;
  if (!identityRadios.some((radio) => radio.checked)) identityRadios[0].checked = true;
}

function identityOptions() {
  const type = identityType();
  return type ? { identityManagementType: type } : {};
}

function validateOptions() {
  return { ...identityOptions(), operation };
}

/**
 * Shows a view: "create", "operation" with `newOperation` (an update or tag operation), or "edit".
 * Each view has its own form; the page's sections follow the view.
 */
function showView(newView, newOperation = "CreateUser") {
  view = newView;
  if (view !== "edit") operation = view === "create" ? "CreateUser" : newOperation;
  const editing = view === "edit";
  form = formOf(editing ? "edit" : operation);
  if (byId("form").firstChild !== form.element) byId("form").replaceChildren(form.element);
  importDiagnostics = [];

  for (const radio of modeRadios) radio.checked = radio.value === view;
  if (view === "operation") {
    byId("mode-operation-choice").hidden = false;
    byId("mode-operation-choice").querySelector("input").dataset.operation = operation;
    byId("mode-operation-label").textContent = `One operation: ${validator.requestModel(operation).cliCommand}`;
  }
  const { cliCommand } = editing ? {} : validator.requestModel(operation);
  byId("request-title").textContent = editing ? "The user as you want it" : "Request";
  byId("request-operation").textContent = editing ? "" : `${operation} · aws connect ${cliCommand}`;
  byId("current").hidden = !editing;
  byId("plan").hidden = !editing;
  byId("diagnostics").hidden = editing;
  byId("request-outputs").hidden = editing;
  byId("outputs-plan-hint").hidden = !editing;
  byId("migrate").hidden = operation !== "CreateUser";
  showEditIdentity();
  // The in-page links lead to what the view shows: the diagnostics, or the plan.
  const results = editing ? "plan" : "diagnostics";
  for (const link of document.querySelectorAll('a[href^="#"]')) link.setAttribute("href", `#${results}`);
  document.querySelector(".skip-link").textContent = editing ? "Skip to the plan" : "Skip to diagnostics";
}

/** The edited user's Id and ARN: the user the plan's calls change. */
function showEditIdentity() {
  const box = byId("edit-identity");
  box.hidden = view !== "edit" || current === null;
  if (box.hidden) return;
  const item = (term, value) => [h("dt", {}, term), h("dd", {}, h("code", {}, typeof value === "string" ? value : "not given"))];
  box.replaceChildren(...item("User Id", current.Id), ...item("User ARN", current.Arn));
}

function scheduleValidation() {
  clearTimeout(timer);
  timer = setTimeout(validateNow, DEBOUNCE_MS);
}

function validateNow() {
  clearTimeout(timer);
  if (view === "edit") planNow();
  else validateRequest();
  persist();
}

function validateRequest() {
  const { request, targets } = form.read();
  // Request-wide diagnostics (path []) go above the form; the identity type is what most of them ask for.
  targets.set(pathKey([]), { slot: byId("request-diags"), marks: [], focus: identityRadios.find((radio) => radio.checked) });
  const started = performance.now();
  const { diagnostics } = validator.validate(request, validateOptions());
  const elapsed = performance.now() - started;
  latest = { request, targets, diagnostics };

  showInline(targets, [...diagnostics, ...importDiagnostics]);
  renderPanel(byId("diagnostic-groups"), diagnostics, { goto, explain, fix });
  byId("summary").textContent = summarize(diagnostics);
  byId("summary-link").textContent = `Diagnostics: ${summarize(diagnostics)}`;
  byId("timing").textContent = `validated in ${elapsed < 0.1 ? "< 0.1" : elapsed.toFixed(1)} ms`;
  byId("fix-all").disabled = !diagnostics.some((diagnostic) => diagnostic.fix);
  byId("migrate").disabled = request.PhoneConfig === undefined;
  outputs.update(request, operation);
}

/** Edit: the plan from the current user to the form's, its diagnostics at their fields too. */
function planNow() {
  const { request, targets } = form.read();
  targets.set(pathKey([]), { slot: byId("request-diags"), marks: [], focus: identityRadios.find((radio) => radio.checked) });
  let diagnostics = [];
  if (current === null) {
    planView.update(null);
    byId("summary-link").textContent = "Plan: load the current user first";
  } else {
    const plan = validator.planUserUpdate(current, desiredUser(current, request, EDITED), identityOptions());
    planView.update(plan);
    // The calls' paths are their requests'; at the fields they are the form's.
    const inForm = (call, diagnostic) => ({
      ...diagnostic,
      path: formPath(call.operation, diagnostic.path),
      related: diagnostic.related?.map((path) => formPath(call.operation, path)),
    });
    diagnostics = [...plan.diagnostics, ...plan.calls.flatMap((call) => call.diagnostics.map((diagnostic) => inForm(call, diagnostic)))];
    byId("summary-link").textContent = `Plan: ${byId("plan-summary").textContent}`;
  }
  latest = { request, targets, diagnostics };
  showInline(targets, [...diagnostics, ...importDiagnostics]);
}

/** Loads the describe-user output pasted into the Current user box, and starts the form from it. */
function loadCurrent() {
  const textarea = byId("current-text");
  const { request: parsed, diagnostics } = validator.parseCliInputJson(textarea.value);
  const found = parsed === null ? {} : userOf(parsed);
  const message = found.message ? [h("p", { class: "output-error" }, found.message)] : [];
  byId("current-results").replaceChildren(...problemList(diagnostics, textarea, { explain, hasRule }), ...message);
  if (!found.user) {
    announce(`Nothing loaded: ${found.message ?? "the text is not JSON."}`);
    return;
  }
  current = found.user;
  showEditIdentity();
  importDiagnostics = [];
  replaceRequest(formPart(current, EDITED));
  announce(`Loaded the current user. ${byId("plan-summary").textContent}.`);
}

/** Applies the Fix of a call's diagnostic to that call's request, and carries the result back into the form. */
function fixCall(call, diagnostic) {
  const fixed = validator.applyFix(call.request, diagnostic, { ...identityOptions(), operation: call.operation });
  const members = validator.requestModel(call.operation).members.map((member) => member.name);
  replaceRequest(withFixedCall(form.read().request, fixed, members, EDITED));
  focusPath(formPath(call.operation, diagnostic.fix.path));
  announce(`Applied the fix for ${diagnostic.code}.`);
}

/** Puts a whole new request into the form (fixes, examples, imports, restored state) and validates it. */
function replaceRequest(request) {
  form.write(request);
  validateNow();
}

function persist() {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(persistNow, PERSIST_MS);
}

function persistNow() {
  clearTimeout(persistTimer);
  // Masked as the outputs are, so that nothing the core takes for a password reaches the link or storage.
  const request = validator.redactPassword(latest.request);
  const state = shareableState({
    request,
    identityType: identityType(),
    output: outputs.settings(),
    view,
    operation,
    current: view === "edit" && current !== null ? validator.redactPassword(current) : null,
  });
  const hash = stateToHash(state);
  shareUrl = new URL(hash, location.href).href;
  try {
    history.replaceState(null, "", hash);
    writtenHash = hash;
  } catch {
    // Throttled (Safari's SecurityError after 100 calls in 10 s); the next persist catches up.
  }
  saveState(state);
  if (!byId("share-panel").hidden) byId("share-url").value = shareUrl;
}

function focusPath(path) {
  const element = targetOf(latest.targets, path)?.focus;
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "center", behavior: "smooth" });
}

function goto(diagnostic) {
  focusPath(diagnostic.path);
}

// The explanations are fetched as soon as the page is ready, so that Explain works offline from
// then on; a failed fetch is tried again at the next Explain.
validator.loadExplanations().catch(() => {});

async function explain(code) {
  try {
    await validator.loadExplanations();
  } catch {
    announce(`The explanation of ${code} could not be loaded.`);
    return;
  }
  const doc = validator.explain(code);
  if (doc) openExplanation(byId("explain"), doc);
}

function fix(diagnostic) {
  replaceRequest(validator.applyFix(form.read().request, diagnostic, validateOptions()));
  focusPath(diagnostic.fix.path);
  announce(`Applied the fix for ${diagnostic.code}.`);
}

function applyFixes(button, codes, what) {
  replaceRequest(validator.applyFixes(form.read().request, codes, validateOptions()));
  announce(`${what}: ${summarize(latest.diagnostics)}.`);
  // The button is disabled once there is nothing left for it to do; keep the keyboard nearby.
  if (button.disabled) byId("diagnostics").focus();
}

/** An imported request: a command opens its operation's view (create-user: Create); JSON fills the form shown. */
function fillFromImport(request, diagnostics, importedOperation) {
  if (importedOperation === "CreateUser") showView("create");
  else if (importedOperation) showView("operation", importedOperation);
  importDiagnostics = diagnostics
    .filter((diagnostic) => diagnostic.path.length > 0)
    .map((diagnostic) => ({ ...diagnostic, fromImport: true }));
  replaceRequest(request);
  return latest.request;
}

/** A new request in `newView` (by default the view shown), without the last import. */
function startOver(request, identity, newView = view, newOperation = operation) {
  showView(newView, newOperation);
  importDiagnostics = [];
  importer.clear();
  if (identity !== undefined) setIdentityType(identity);
  replaceRequest(request);
}

function announce(message) {
  byId("status").textContent = message;
}

function restore(state) {
  outputs.setSettings(state.output);
  let restoredView = state.view;
  // A link may name any operation: one this page does not know, or CreateUser, is Create.
  if (restoredView === "operation" && (state.operation === "CreateUser" || !knownOperation(state.operation))) restoredView = "create";
  if (restoredView === "edit") {
    current = state.current;
    byId("current-text").value = current === null ? "" : JSON.stringify({ User: current }, null, 2);
    byId("current-results").replaceChildren();
  }
  startOver(state.request, state.identityType, restoredView, state.operation);
}

function knownOperation(name) {
  try {
    validator.requestModel(name);
    return true;
  } catch {
    return false;
  }
}

byId("fix-all").addEventListener("click", (event) => applyFixes(event.currentTarget, undefined, "Applied every fix"));
byId("migrate").addEventListener("click", (event) =>
  applyFixes(event.currentTarget, ["phone-config-conflict", "legacy-phone-config"], "Moved PhoneConfig into the channel lists"),
);
for (const radio of identityRadios) radio.addEventListener("change", validateNow);
for (const radio of modeRadios) {
  radio.addEventListener("change", () => {
    if (!radio.checked) return;
    showView(radio.value, radio.dataset.operation);
    validateNow();
    const said = { create: "Create a user.", edit: "Edit a user: paste the describe-user output under Current user.", operation: `One operation: ${operation}.` };
    announce(said[view]);
  });
}
byId("current-button").addEventListener("click", loadCurrent);
byId("current-text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    loadCurrent();
  }
});
byId("explain-close").addEventListener("click", () => byId("explain").close());

byId("example-list").append(
  ...EXAMPLES.map((example) =>
    h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            byId("examples").open = false;
            startOver(structuredClone(example.request), example.identityType, "create");
            announce(`Loaded the example: ${example.title}.`);
          },
        },
        example.title,
      ),
    ),
  ),
);

// The examples menu closes like a menu: on Escape, and on a click elsewhere.
byId("examples").addEventListener("keydown", (event) => {
  if (event.key === "Escape" && byId("examples").open) {
    byId("examples").open = false;
    byId("examples").querySelector("summary").focus();
  }
});
document.addEventListener("click", (event) => {
  if (!byId("examples").contains(event.target)) byId("examples").open = false;
});

byId("clear").addEventListener("click", () => {
  if (view === "edit") {
    current = null;
    byId("current-text").value = "";
    byId("current-results").replaceChildren();
  }
  startOver({});
  announce("Cleared the form.");
});

byId("share").addEventListener("click", async () => {
  validateNow();
  byId("share-panel").hidden = false;
  persistNow();
  const copied = await copyText(shareUrl);
  if (!copied) {
    // Copying by hand needs the keyboard on the selected link.
    byId("share-url").focus();
    byId("share-url").select();
  }
  announce(
    copied
      ? "Copied the share link. It leaves out the password."
      : "The share link is selected below; copy it from there. It leaves out the password.",
  );
});
// Edits made within PERSIST_MS of leaving are saved too.
window.addEventListener("pagehide", persistNow);

// In-page links move the keyboard and the view without adding a history entry: Back to such an
// entry would otherwise restore an older state over the form and empty the Password.
for (const link of document.querySelectorAll('a[href^="#"]')) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    const target = byId(link.hash.slice(1));
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  });
}

// A share link pasted into this tab's address bar changes only the hash; the page's own hash is no news.
window.addEventListener("hashchange", () => {
  if (location.hash === writtenHash) return;
  const state = stateFromHash(location.hash);
  if (state) {
    restore(state);
    announce("Loaded the state from the link.");
  }
});

const fromHash = stateFromHash(location.hash);
if (location.hash.startsWith(HASH_PREFIX) && !fromHash) {
  announce("The link's state could not be read; the form starts from what was saved in this browser.");
}
const saved = fromHash ?? loadState();
if (saved) restore(saved);
else startOver({}, undefined, "create");
byId("loading").hidden = true;
