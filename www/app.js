// Wires the playground together: the form, live validation, the diagnostics panel and the
// outputs, import, examples, share links and the saved state.

import * as validator from "./pkg/cli-web.js";
import { ready } from "./boot.js";
import { createInlineDiagnostics, openExplanation, renderPanel, summarize, targetOf } from "./diagnostics.js";
import { copyText, h } from "./dom.js";
import { EXAMPLES } from "./examples.js";
import { createForm } from "./form.js";
import { createImporter } from "./importer.js";
import { createOutputs } from "./outputs.js";
import { pathKey } from "./paths.js";
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

// Adding or removing a row validates at once, so rows are named before the keyboard lands on them.
const form = createForm(validator.requestModel(), { onInput: scheduleValidation, onRowsChange: validateNow });
byId("form").append(form.element);
byId("form").addEventListener("submit", (event) => event.preventDefault());
const showInline = createInlineDiagnostics();
const outputs = createOutputs(validator, { onSettingsChange: persist, announce });
const importer = createImporter(validator, {
  fill: fillFromImport,
  explain,
  hasRule: (code) => validator.explain(code) !== undefined,
  announce,
});
const identityRadios = [...document.querySelectorAll('input[name="identity"]')];

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

function validateOptions() {
  const type = identityType();
  return type ? { identityManagementType: type } : {};
}

function scheduleValidation() {
  clearTimeout(timer);
  timer = setTimeout(validateNow, DEBOUNCE_MS);
}

function validateNow() {
  clearTimeout(timer);
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
  outputs.update(request);
  persist();
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
  const state = shareableState({ request, identityType: identityType(), output: outputs.settings() });
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

function fillFromImport(request, diagnostics) {
  importDiagnostics = diagnostics
    .filter((diagnostic) => diagnostic.path.length > 0)
    .map((diagnostic) => ({ ...diagnostic, fromImport: true }));
  replaceRequest(request);
  return latest.request;
}

function startOver(request, identity) {
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
  startOver(state.request, state.identityType);
}

byId("fix-all").addEventListener("click", (event) => applyFixes(event.currentTarget, undefined, "Applied every fix"));
byId("migrate").addEventListener("click", (event) =>
  applyFixes(event.currentTarget, ["phone-config-conflict", "legacy-phone-config"], "Moved PhoneConfig into the channel lists"),
);
for (const radio of identityRadios) radio.addEventListener("change", validateNow);
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
            startOver(structuredClone(example.request), example.identityType);
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
else validateNow();
byId("loading").hidden = true;
