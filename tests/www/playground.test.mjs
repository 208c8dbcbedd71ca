// Browser tests of the playground in www/: Debian's headless Chromium, driven by playwright-core,
// against a static server that this file starts on a free port. Run: node --test tests/www/*.test.mjs
// It needs the browser build in www/pkg/ (make www-pkg).
// Screenshots of the main states are written to tests/www/screenshots/ for people to look at.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../chromium.mjs";

const esbuild = createRequire(import.meta.url)("esbuild");

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WWW = path.resolve(HERE, "../../www");
const SCREENSHOTS = path.join(HERE, "screenshots");

const DOCS_COMMAND = readFileSync(path.resolve(HERE, "../../examples/aws-docs-example.sh"), "utf8");

if (!existsSync(path.join(WWW, "pkg/cli-web.js"))) {
  throw new Error("www/pkg/ is missing; build it with: make www-pkg");
}
// The same build and entry the page loads (/cli), in Node: the reference for what the page shows.
const validator = await import(path.join(WWW, "pkg/cli-node.js"));
const { EXAMPLES } = await import(path.join(WWW, "examples.js"));

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/** What the page loads from the package: the /cli entry (one module), its .wasm and the explanations. */
const PACKAGE_FILES = [
  "cli-web.js",
  "connect_user_validator_cli_bg.wasm",
  "explanations.json",
].map((name) => `/pkg/${name}`);

let server;
let origin;
let browser;
/** The path of every request the server answered, in order: what the browser really downloaded. */
const served = [];

before(async () => {
  server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url, "http://localhost");
    served.push(pathname);
    const file = path.resolve(WWW, `.${decodeURIComponent(pathname)}${pathname.endsWith("/") ? "index.html" : ""}`);
    const info = file.startsWith(WWW + path.sep) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  // launch() gives the browser a new, empty user-data directory of its own.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
});

/**
 * A page in a fresh browser context (its own storage and cache), loaded and ready. Every request
 * it makes and every console error or warning (such as Chromium's about an unused preload) or
 * uncaught exception is recorded; close() checks both.
 */
async function openPage({ width = 1280, height = 900, colorScheme = "light", url = `${origin}/`, clipboard = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  if (clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const requests = [];
  const errors = [];
  let offline = false;
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    // Offline, the browser's own request for the page's icon may fail, whenever it makes it.
    if (offline && message.location().url === new URL("/favicon.svg", origin).href) return;
    errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator('[name="Username"]').waitFor();
  return {
    page,
    context,
    requests,
    /** Cuts the browser off the network, as if the computer were offline. */
    async goOffline() {
      offline = true;
      await context.setOffline(true);
    },
    async close() {
      await context.close();
      assert.deepEqual(errors, [], "console errors, warnings or uncaught exceptions");
      const foreign = requests.filter((address) => new URL(address).origin !== origin);
      assert.deepEqual(foreign, [], "requests to other origins");
    },
  };
}

/** The element with this name attribute: form fields and fieldsets are named by their path. */
function field(page, name) {
  return page.locator(`[name="${name}"]`);
}

/** What the element's aria-describedby points at: its hint and its diagnostics. */
function description(locator) {
  return locator.evaluate((element) =>
    element
      .getAttribute("aria-describedby")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join("\n"),
  );
}

/** Waits until the named element's description does (or does not) mention `text`. */
async function waitForDescription(page, name, text, present = true) {
  await page.waitForFunction(
    ([name, text, present]) => {
      const element = document.getElementsByName(name)[0];
      if (!element) return false;
      const described = element
        .getAttribute("aria-describedby")
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join("\n");
      return described.includes(text) === present;
    },
    [name, text, present],
  );
}

async function loadExample(page, title) {
  await page.locator("#examples > summary").click();
  await page.getByRole("button", { name: title }).click();
}

/** Waits until the explanations the page fetches after init() have arrived. */
async function explanationsLoaded(page) {
  await page.waitForFunction(() => performance.getEntriesByName(new URL("pkg/explanations.json", location.href).href).length > 0);
}

/** Every module in the graphs of the page's module scripts (paths as the server sees them), read by esbuild. */
function moduleGraph(scripts) {
  const { metafile } = esbuild.buildSync({
    absWorkingDir: WWW,
    entryPoints: scripts.map((script) => `.${script}`),
    bundle: true,
    splitting: true,
    format: "esm",
    outdir: "out",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs)
    .map((input) => `/${input}`)
    .sort();
}

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The argv that `aws` gets when bash runs `command`, with `aws` a stub that prints its arguments. */
function bashArgv(command) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "cuv-www-"));
  try {
    const stub = path.join(scratch, "aws");
    writeFileSync(stub, "#!/bin/sh\nprintf '%s\\0' \"$#\" \"$@\"\n");
    chmodSync(stub, 0o755);
    const done = spawnSync("bash", ["-c", command], {
      cwd: scratch,
      env: { ...process.env, PATH: `${scratch}:${process.env.PATH}`, HOME: scratch },
      encoding: "utf8",
    });
    assert.equal(done.status, 0, done.stderr);
    const fields = done.stdout.split("\0");
    const count = Number(fields[0]);
    assert.equal(fields.length, count + 2, "the stub ran exactly once");
    return fields.slice(1, 1 + count);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

test("the page loads only its own files, under its Content-Security-Policy", async () => {
  const session = await openPage();
  const { page, requests } = session;
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /connect-src 'self'/);
  assert.ok(requests.some((address) => address.endsWith(".wasm")), "the wasm was fetched");
  await page.locator("#loading").waitFor({ state: "hidden" });
  // The empty form sends nothing, so each required member says so at its field.
  for (const name of ["Username", "SecurityProfileIds", "RoutingProfileId", "InstanceId"]) {
    await waitForDescription(page, name, `${name} is required.`);
    assert.equal(await field(page, name).getAttribute("aria-invalid"), "true");
  }
  await screenshot(page, "empty");
  await session.close();
});

test("a validator that cannot load is reported in an alert, without an uncaught error", async () => {
  const context = await browser.newContext();
  await context.route("**/*.wasm", (route) => route.abort());
  const page = await context.newPage();
  const uncaught = [];
  page.on("pageerror", (error) => uncaught.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.getElementById("loading").textContent.startsWith("The validator could not be loaded"));
  assert.equal(await page.locator("#loading").getAttribute("role"), "alert");
  assert.deepEqual(uncaught, []);
  await context.close();
});

test("the page runs on the /cli entry alone: each file downloaded once, the .wasm through its preload, every module preloaded", async () => {
  const first = served.length;
  const session = await openPage();
  const { page, requests } = session;
  await page.locator("#loading").waitFor({ state: "hidden" });
  await explanationsLoaded(page);
  const downloads = served.slice(first);

  // One entry: the /cli files, each once, and nothing of the main entry (web.js, its glue, its .wasm).
  assert.deepEqual(downloads.filter((file) => file.startsWith("/pkg/")).sort(), PACKAGE_FILES);

  // The loader's fetch took the preloaded response: one request, made by the <link>. A preload
  // that does not match the fetch (no crossorigin) gives a second request, initiated by "fetch".
  const wasm = new URL("/pkg/connect_user_validator_cli_bg.wasm", origin).href;
  assert.deepEqual(
    requests.filter((address) => address === wasm),
    [wasm],
  );
  const timings = await page.evaluate((wasm) => performance.getEntriesByName(wasm).map((entry) => entry.initiatorType), wasm);
  assert.deepEqual(timings, ["link"]);

  // Every module the page imports is preloaded, and only those, and each is downloaded once (so
  // the preload was used); theme.js is a classic script.
  const { scripts, preloaded } = await page.evaluate(() => {
    const paths = (selector, attribute) => [...document.querySelectorAll(selector)].map((element) => new URL(element[attribute]).pathname);
    return { scripts: paths('script[type="module"]', "src"), preloaded: paths('link[rel="modulepreload"]', "href").sort() };
  });
  const graph = moduleGraph(scripts);
  assert.deepEqual(preloaded, graph);
  assert.deepEqual(downloads.filter((file) => file.endsWith(".js") && file !== "/theme.js").sort(), graph);
  await session.close();
});

test("Explain works offline once the page has loaded", async () => {
  const session = await openPage();
  const { page, requests } = session;
  await page.locator("#loading").waitFor({ state: "hidden" });
  await explanationsLoaded(page);
  await session.goOffline();
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  const made = requests.length;

  // The empty form is missing its required members.
  await page.getByRole("button", { name: "Explain required" }).first().click();
  const dialog = page.locator("#explain");
  await dialog.getByRole("heading", { name: "What it checks" }).waitFor();
  assert.equal(await dialog.locator('[data-explain="title"]').textContent(), validator.explain("required").title);
  // The browser asks for the page's icon on its own schedule, which may be now.
  const tried = requests.slice(made).filter((address) => !address.endsWith("/favicon.svg"));
  assert.deepEqual(tried, [], "Explain used the network");
  await screenshot(page, "explain");
  await session.close();
});

test("Markdown becomes elements and text, never HTML, for every rule's explanation", async () => {
  const session = await openPage();
  const rendered = await session.page.evaluate(async () => {
    const { renderMarkdown } = await import("./markdown.js");
    const { loadExplanations, rules } = await import("./pkg/cli-web.js");
    // The page's own load, memoised: the explanations may still be on their way.
    await loadExplanations();
    const render = (text) => {
      const box = document.createElement("div");
      box.append(renderMarkdown(text));
      return box;
    };
    const hostile = render("## <img src=x>\n\n| a | `<b>` |\n|---|---|\n| **<i>x</i>** | y |\n\n- <script>one</script>\n- two\n\n```json fails\n<svg onload=x>\n```\n");
    return {
      hostileTags: [...hostile.querySelectorAll("*")].map((element) => element.tagName.toLowerCase()),
      hostileText: hostile.textContent,
      explanations: rules().map(({ code, explanation }) => {
        const box = render(explanation);
        return { code, headings: box.querySelectorAll("h3").length, leftovers: /```|\|---/.test(box.textContent) };
      }),
    };
  });
  assert.deepEqual(rendered.hostileTags, ["h3", "div", "table", "thead", "tr", "th", "th", "code", "tbody", "tr", "td", "strong", "td", "ul", "li", "li", "figure", "figcaption", "pre", "code"]);
  for (const text of ["<img src=x>", "<b>", "<i>x</i>", "<script>one</script>", "<svg onload=x>"]) assert.ok(rendered.hostileText.includes(text));
  for (const { code, headings, leftovers } of rendered.explanations) {
    assert.ok(headings >= 5 && !leftovers, `${code}: ${headings} headings, Markdown syntax left over: ${leftovers}`);
  }
  await session.close();
});

test("a weak password shows password-policy at the field; a good one clears it", async () => {
  const session = await openPage();
  const { page } = session;
  await page.locator('input[name="identity"][value="CONNECT_MANAGED"]').check();
  const password = field(page, "Password");
  await password.pressSequentially("password1");
  await waitForDescription(page, "Password", "password-policy");
  assert.equal(await password.getAttribute("aria-invalid"), "true");
  assert.match(await description(password), /upper-case/);
  assert.equal(await page.locator("#diagnostic-groups").getByText("password-policy").count(), 1);
  await screenshot(page, "errors");

  // The password appears nowhere but in its field: not in the outputs, the address or storage.
  const shown = await page.evaluate(() =>
    [
      document.getElementById("outputs").textContent,
      document.getElementById("diagnostics").textContent,
      decodeURIComponent(location.href),
      atob(location.hash.slice("#state=".length).replaceAll("-", "+").replaceAll("_", "/")),
      JSON.stringify(localStorage),
    ].join("\n"),
  );
  assert.ok(!shown.includes("password1"), "the password leaked");

  // Explain renders the rule's Markdown in a dialog.
  await page.getByRole("button", { name: "Explain password-policy" }).click();
  const dialog = page.locator("#explain");
  await dialog.getByRole("heading", { name: "What it checks" }).waitFor();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });

  await password.fill("Pass@Word1");
  await waitForDescription(page, "Password", "password-policy", false);
  assert.equal(await password.getAttribute("aria-invalid"), null);
  assert.equal(await page.locator("#diagnostic-groups").getByText("password-policy").count(), 0);
  await session.close();
});

test("PhoneConfig.AutoAccept with an AutoAcceptConfigs row is a conflict on both; Fix resolves it", async () => {
  const session = await openPage();
  const { page } = session;
  await field(page, "PhoneConfig.AutoAccept").selectOption("true");
  await page.getByRole("button", { name: "Add row to AutoAcceptConfigs" }).click();
  await field(page, "AutoAcceptConfigs[0].Channel").selectOption("CHAT");
  await field(page, "AutoAcceptConfigs[0].AutoAccept").selectOption("false");

  await waitForDescription(page, "PhoneConfig.AutoAccept", "phone-config-conflict");
  await waitForDescription(page, "AutoAcceptConfigs", "phone-config-conflict");
  // The row's own fields are set, so the screenshot shows only the conflict.
  await waitForDescription(page, "AutoAcceptConfigs[0].Channel", "required", false);
  assert.match(await description(field(page, "AutoAcceptConfigs")), /Together with PhoneConfig\.AutoAccept/);
  assert.equal(await field(page, "PhoneConfig.AutoAccept").getAttribute("aria-invalid"), "true");
  assert.equal(await field(page, "AutoAcceptConfigs").getAttribute("aria-invalid"), "true");
  await screenshot(page, "conflict");

  await page.getByRole("button", { name: "Fix phone-config-conflict at PhoneConfig.AutoAccept" }).click();
  await waitForDescription(page, "AutoAcceptConfigs", "phone-config-conflict", false);
  assert.equal(await page.locator("#diagnostic-groups").getByText("phone-config-conflict").count(), 0);
  assert.equal(await field(page, "PhoneConfig.AutoAccept").inputValue(), "");
  // The fix moved the VOICE setting into the list.
  assert.equal(await field(page, "AutoAcceptConfigs[1].Channel").inputValue(), "VOICE");
  assert.equal(await field(page, "AutoAcceptConfigs[1].AutoAccept").inputValue(), "true");
  await session.close();
});

test("Migrate moves a legacy PhoneConfig into the channel lists; Fix all applies every fix", async () => {
  const session = await openPage();
  const { page } = session;
  await loadExample(page, "AWS CLI documentation example");
  await page.getByRole("button", { name: "Migrate legacy PhoneConfig" }).click();
  await waitForDescription(page, "PhoneConfig", "legacy-phone-config", false);
  assert.equal(await field(page, "PhoneConfig.PhoneType").inputValue(), "");
  assert.equal(await field(page, "AutoAcceptConfigs[0].Channel").inputValue(), "VOICE");
  assert.equal(await field(page, "PhoneNumberConfigs[0].PhoneNumber").inputValue(), "+15555551212");
  assert.equal(await field(page, "AfterContactWorkConfigs[0].AfterContactWorkConfig.AfterContactWorkTimeLimit").inputValue(), "60");
  assert.ok(await page.getByRole("button", { name: "Migrate legacy PhoneConfig" }).isDisabled());

  await loadExample(page, "PhoneConfig in conflict with channel lists");
  await waitForDescription(page, "AfterContactWorkConfigs", "phone-config-conflict");
  const conflict = EXAMPLES.find((example) => example.title === "PhoneConfig in conflict with channel lists");
  const options = { identityManagementType: conflict.identityType };
  const fixed = validator.applyFixes(conflict.request, undefined, options);
  assert.deepEqual(validator.validate(fixed, options).diagnostics, [], "the fixed example is clean");
  assert.notEqual(await page.locator("#summary").textContent(), "No diagnostics");
  await page.getByRole("button", { name: "Fix all" }).click();
  assert.equal(await page.locator("#summary").textContent(), "No diagnostics");
  assert.deepEqual(JSON.parse(await page.locator("#out-json").textContent()), { ...fixed, Password: "********" });
  assert.equal(await page.locator("#diagnostic-groups").getByText("phone-config-conflict").count(), 0);
  await session.close();
});

test("the AWS docs command fills every field, and the emitted bash command gives toCliArgv's argv", async () => {
  const session = await openPage({ clipboard: true });
  const { page } = session;
  const expected = validator.parseCliCommand(DOCS_COMMAND).request;
  await page.locator("#import-text").fill(DOCS_COMMAND);
  await page.getByRole("button", { name: "Import into the form" }).click();

  const values = {
    Username: "Mary",
    Password: "Pass@Word1",
    "IdentityInfo.FirstName": "Mary",
    "IdentityInfo.LastName": "Major",
    "PhoneConfig.PhoneType": "DESK_PHONE",
    "PhoneConfig.AutoAccept": "true",
    "PhoneConfig.AfterContactWorkTimeLimit": "60",
    "PhoneConfig.DeskPhoneNumber": "+15555551212",
    "SecurityProfileIds[0]": "12345678-1111-2222-aaaa-a1b2c3d4f5g7",
    RoutingProfileId: "87654321-9999-3434-abcd-x1y2z3a1b2c3",
    InstanceId: "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
  };
  for (const [name, value] of Object.entries(values)) assert.equal(await field(page, name).inputValue(), value, name);

  // Redacted by default, everywhere, and so are the copies.
  assert.ok(await page.locator("#password-warning").isHidden());
  const redacted = await page.locator("#outputs").textContent();
  assert.ok(!redacted.includes("Pass@Word1"));
  assert.equal(JSON.parse(await page.locator("#out-json").textContent()).Password, "********");
  const copies = { "Copy the command": "command", "Copy the JSON document": "JSON document", "Copy --password": "--password value" };
  for (const [button, label] of Object.entries(copies)) {
    await page.getByRole("button", { name: button, exact: true }).click();
    await page.waitForFunction((status) => document.getElementById("status").textContent === status, `Copied the ${label}.`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes("********") && !copied.includes("Pass@Word1"), `${button} copied the password`);
  }

  await page.locator("#include-password").check();
  assert.ok(await page.locator("#password-warning").isVisible());
  assert.equal(await page.locator("#status").textContent(), await page.locator("#password-warning").textContent());
  assert.deepEqual(JSON.parse(await page.locator("#out-json").textContent()), expected);

  // Multi-line is the default; single-line must give the same argv.
  assert.ok(await page.locator("#multiline").isChecked());
  const shorthandCommand = await page.locator("#out-command").textContent();
  assert.match(shorthandCommand, / \\\n/);
  assert.deepEqual(bashArgv(shorthandCommand), validator.toCliArgv(expected));

  await page.getByRole("button", { name: "Copy the command" }).click();
  await page.waitForFunction(() => document.getElementById("status").textContent === "Copied the command.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shorthandCommand);

  await page.locator("#multiline").uncheck();
  const singleLine = await page.locator("#out-command").textContent();
  assert.doesNotMatch(singleLine, /\n/);
  assert.deepEqual(bashArgv(singleLine), validator.toCliArgv(expected));

  await page.locator('input[name="syntax"][value="json"]').check();
  const jsonCommand = await page.locator("#out-command").textContent();
  assert.deepEqual(bashArgv(jsonCommand), validator.toCliArgv(expected, { syntax: "json" }));
  await session.close();
});

test("members named like Password are masked as the core masks them, in every output and import note", async () => {
  const session = await openPage({ clipboard: true });
  const { page } = session;
  const secret = "Hunter2Secret";
  // The form drops the unknown members (listed under the import box) and keeps the tag.
  const imported = {
    Username: "mary",
    password: secret,
    Pass_Word: secret,
    IdentityInfo: { FirstName: "Mary", Pasword: secret },
    Tags: { PASSWORD: secret, Team: "support" },
  };
  await page.locator("#import-text").fill(JSON.stringify(imported));
  await page.getByRole("button", { name: "Import into the form" }).click();
  await page.locator("#import-results").getByText("Not carried into the form as imported").waitFor();
  const notes = await page.locator("#import-results").textContent();
  assert.ok(!notes.includes(secret) && notes.includes("password: imported \"********\""), notes);
  const outputs = await page.locator("#outputs").textContent();
  assert.ok(!outputs.includes(secret), "a member named like Password is shown");
  assert.deepEqual(JSON.parse(await page.locator("#out-json").textContent()).Tags, { PASSWORD: "********", Team: "support" });
  await page.getByRole("button", { name: "Copy the command", exact: true }).click();
  await page.waitForFunction(() => document.getElementById("status").textContent === "Copied the command.");
  assert.ok(!(await page.evaluate(() => navigator.clipboard.readText())).includes(secret));
  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.locator("#share-url").inputValue();
  const state = Buffer.from(new URL(link).hash.slice("#state=".length), "base64url").toString("utf8");
  assert.ok(state.includes("Team") && !state.includes(secret), state);
  // Included only with the warning.
  await page.locator("#include-password").check();
  assert.ok(await page.locator("#password-warning").isVisible());
  assert.ok((await page.locator("#out-command").textContent()).includes(secret));
  await session.close();
});

test("parse problems are listed under the import box, select their text, and show at their fields", async () => {
  const session = await openPage();
  const { page } = session;
  // Tags hold nothing personal, so their syntax error keeps the CLI's caret diagram.
  const text = "aws connect create-user --username $USER --bogus 1 \\\n    --tags 'Team=a,,' --instance-id x\n";
  const { diagnostics } = validator.parseCliCommand(text);
  const syntax = diagnostics.find((diagnostic) => diagnostic.code === "cli-syntax");
  await page.locator("#import-text").fill(text);
  await page.getByRole("button", { name: "Import into the form" }).click();

  const results = page.locator("#import-results");
  for (const diagnostic of diagnostics) await results.getByText(diagnostic.code, { exact: true }).waitFor();
  // The CLI's multi-line message keeps its caret line.
  assert.equal(await results.locator("pre.message").textContent(), syntax.message);

  await results.getByRole("button", { name: /^error cli-syntax characters/ }).click();
  const selection = await page.locator("#import-text").evaluate((area) => [
    document.activeElement === area,
    area.selectionStart,
    area.selectionEnd,
  ]);
  assert.deepEqual(selection, [true, syntax.span.start, syntax.span.end]);

  await waitForDescription(page, "Tags", "cli-syntax");
  await waitForDescription(page, "Username", "cli-variable");
  assert.equal(await field(page, "Username").inputValue(), "$USER");
  await session.close();
});

test("invalid JSON is read as the AWS CLI reads --cli-input-json, placed where the reading stopped, without quoting the text, which may hold a password", async () => {
  const session = await openPage();
  const { page } = session;
  const text = '{\n  "Username": "mary",\n  "Password": Secr3t!x\n}';
  const importText = page.locator("#import-text");
  assert.equal(await importText.getAttribute("autocomplete"), "off");
  await importText.fill(text);
  await page.getByRole("button", { name: "Import into the form" }).click();

  const results = page.locator("#import-results");
  await results.getByText("cli-syntax", { exact: true }).waitFor();
  assert.equal(
    await results.locator(".message").textContent(),
    "Error parsing parameter 'cli-input-json': Invalid JSON: Expecting value: line 3 column 15 (char 38)",
  );
  // The text of the page and every attribute, the box's own value aside.
  const shown = await page.evaluate(() =>
    [document.documentElement.textContent, ...[...document.querySelectorAll("*")].flatMap((element) => [...element.attributes].map((attribute) => attribute.value))].join("\n"),
  );
  assert.ok(!shown.includes("Secr3t"), "the password is shown");

  await results.getByRole("button", { name: /^error cli-syntax characters/ }).click();
  const start = text.indexOf("Secr3t");
  assert.deepEqual(await importText.evaluate((area) => [area.selectionStart, area.selectionEnd]), [start, start + 1]);

  // Clear starts over, and the pasted text goes with it.
  await page.getByRole("button", { name: "Clear" }).click();
  assert.equal(await importText.inputValue(), "");
  assert.equal(await results.textContent(), "");
  await session.close();
});

test("rows are named as soon as they are added or removed; a tag's diagnostic marks its key and its value", async () => {
  const session = await openPage();
  const { page } = session;
  const focused = (attribute) => page.evaluate((attribute) => document.activeElement.getAttribute(attribute), attribute);
  // Each check runs right after the click, well within the validation's debounce.
  await page.getByRole("button", { name: "Add row to SecurityProfileIds" }).click();
  assert.equal(await focused("name"), "SecurityProfileIds[0]");
  await page.getByRole("button", { name: "Add row to SecurityProfileIds" }).click();
  await page.getByRole("button", { name: "Remove SecurityProfileIds[0]" }).click();
  assert.equal(await focused("aria-label"), "Remove SecurityProfileIds[0]");

  await page.getByRole("button", { name: "Add tag" }).click();
  assert.equal(await focused("name"), "Tags[0].Key");
  await page.keyboard.type("team");
  await field(page, "Tags[0].Value").fill("x".repeat(300));
  for (const name of ["Tags[0].Key", "Tags[0].Value"]) {
    await waitForDescription(page, name, "Tags.team has 300 characters");
    assert.equal(await field(page, name).getAttribute("aria-invalid"), "true", name);
  }
  // A later row with the same key: both inputs of the earlier row point at the note.
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.keyboard.type("team");
  for (const name of ["Tags[0].Key", "Tags[0].Value"]) await waitForDescription(page, name, "only the later value is sent");
  await session.close();
});

test("the in-page links move focus to the diagnostics without a history entry", async () => {
  const session = await openPage();
  const { page } = session;
  await page.waitForFunction(() => location.hash.startsWith("#state="));
  const before = await page.evaluate(() => [history.length, location.hash]);
  await page.locator("#summary-link").click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "diagnostics");
  await page.locator(".skip-link").focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "diagnostics");
  assert.deepEqual(await page.evaluate(() => [history.length, location.hash]), before);
  await session.close();
});

test("a share link restores the form in a fresh browser without the password", async () => {
  const first = await openPage();
  await loadExample(first.page, "Channel-specific settings");
  await first.page.locator("#shell").selectOption("powershell");
  await first.page.locator('input[name="syntax"][value="json"]').check();
  await first.page.locator("#multiline").uncheck();
  await first.page.getByRole("button", { name: "Share link" }).click();
  const link = await first.page.locator("#share-url").inputValue();
  const stored = await first.page.evaluate(() => JSON.stringify(localStorage));
  // The link shown follows later edits.
  await field(first.page, "HierarchyGroupId").fill("group-2");
  const edited = await first.page.waitForFunction((link) => {
    const value = document.getElementById("share-url").value;
    return value !== link && value;
  }, link);
  const editedState = JSON.parse(Buffer.from((await edited.jsonValue()).split("#state=")[1], "base64url").toString("utf8"));
  assert.equal(editedState.request.HierarchyGroupId, "group-2");
  // Where the Clipboard API is missing, the copy puts back the focus and the selection it takes.
  const kept = await first.page.evaluate(async () => {
    const { copyText } = await import("./dom.js");
    Object.defineProperty(navigator, "clipboard", { value: undefined });
    const input = document.getElementById("share-url");
    input.focus();
    input.setSelectionRange(2, 5);
    await copyText("text");
    return [document.activeElement.id, input.selectionStart, input.selectionEnd];
  });
  assert.deepEqual(kept, ["share-url", 2, 5]);
  await first.close();

  const state = JSON.parse(Buffer.from(link.split("#state=")[1], "base64url").toString("utf8"));
  assert.ok(!link.includes("Str0ng") && !JSON.stringify(state).includes("Str0ng"), "the password is in the link");
  assert.ok(!stored.includes("Str0ng"), "the password is in localStorage");
  assert.equal(state.request.Password, undefined);

  const second = await openPage({ url: link });
  const { page } = second;
  assert.equal(await field(page, "Username").inputValue(), "agent.ana");
  assert.equal(await field(page, "Password").inputValue(), "");
  assert.ok(await page.locator('input[name="identity"][value="CONNECT_MANAGED"]').isChecked());
  assert.equal(await field(page, "AutoAcceptConfigs[1].Channel").inputValue(), "CHAT");
  assert.equal(await field(page, "Tags[1].Key").inputValue(), "cost-center");
  assert.equal(await page.locator("#shell").inputValue(), "powershell");
  assert.ok(await page.locator('input[name="syntax"][value="json"]').isChecked());
  assert.ok(!(await page.locator("#multiline").isChecked()));
  assert.deepEqual(JSON.parse(await page.locator("#out-json").textContent()), state.request);

  // Without a hash, a reload comes back from localStorage.
  await page.goto(`${origin}/`);
  await page.locator('[name="Username"]').waitFor();
  assert.equal(await field(page, "Username").inputValue(), "agent.ana");
  await second.close();
});

test("the keyboard alone goes through the form to the diagnostics, and back to a field", async () => {
  const session = await openPage();
  const { page } = session;
  const visited = [];
  let reached = null;
  for (let presses = 0; presses < 200 && !reached; presses += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return {
        name: element.getAttribute("name") ?? element.getAttribute("aria-label") ?? element.textContent.trim(),
        value: element.value,
        path: element.closest(".diag")?.querySelector(".path")?.textContent,
        goto: element.classList.contains("goto") && element.closest("#diagnostics") !== null,
      };
    });
    visited.push(focused.name);
    if (focused.name === "Username") {
      await page.keyboard.type("Mary");
      await waitForDescription(page, "Username", "Username is required.", false);
    }
    if (focused.goto) reached = focused;
  }
  assert.equal(visited[0], "Skip to diagnostics");
  for (const name of ["identity", "Username", "Password", "IdentityInfo.FirstName", "PhoneConfig.AutoAccept", "InstanceId", "Add row to VoiceEnhancementConfigs", "Add tag"]) {
    assert.ok(visited.includes(name), `Tab never reached ${name}`);
  }
  assert.ok(reached, "Tab never reached a diagnostic");

  await page.keyboard.press("Enter");
  const landed = await page.evaluate((path) => document.activeElement.closest(`[name="${path}"]`) !== null, reached.path);
  assert.ok(landed, `Enter on the ${reached.path} diagnostic did not focus its field`);
  await session.close();
});

test("dark mode follows the system and the toggle; the page fits a phone", async () => {
  const background = (page) =>
    page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });

  const system = await openPage({ colorScheme: "dark" });
  assert.ok((await background(system.page)) < 0.2, "prefers-color-scheme: dark is not dark");
  assert.equal(await system.page.locator("#theme").getAttribute("aria-pressed"), "true");
  await system.close();

  const toggled = await openPage();
  assert.ok((await background(toggled.page)) > 0.8);
  await loadExample(toggled.page, "AWS CLI documentation example");
  await toggled.page.getByRole("button", { name: "Dark mode" }).click();
  assert.ok((await background(toggled.page)) < 0.2, "the toggle did not switch to dark");
  await screenshot(toggled.page, "dark");
  await toggled.close();

  const phone = await openPage({ width: 375, height: 812 });
  await loadExample(phone.page, "PhoneConfig in conflict with channel lists");
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 375px screen`);
  await screenshot(phone.page, "narrow");
  await phone.close();
});

// Issue 12: editing a user (describe-user output → the plan's calls) and one operation's request.

const USER_ID = "4b8e2d5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
const INSTANCE_ID = "a1b2c3d4-5678-40ab-8def-0123456789ab";
/** What `aws connect describe-user` prints for a user, hand-made. */
const DESCRIBED = {
  User: {
    Id: USER_ID,
    Arn: `arn:aws:connect:us-west-2:123456789012:instance/${INSTANCE_ID}/agent/${USER_ID}`,
    Username: "agent.ana",
    IdentityInfo: { FirstName: "Ana", LastName: "Silva" },
    PhoneConfig: { PhoneType: "SOFT_PHONE", AutoAccept: false, AfterContactWorkTimeLimit: 0 },
    SecurityProfileIds: ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"],
    RoutingProfileId: "6f1d2c3b-4a5e-4f60-9b7a-8c9d0e1f2a3b",
    HierarchyGroupId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    Tags: { Team: "support", "cost-center": "cc-42" },
    LastModifiedTime: "2026-11-30T10:15:00+00:00",
    LastModifiedRegion: "us-west-2",
  },
};
const NEW_ROUTING_PROFILE = "0e9d8c7b-6a5f-4e3d-8c1b-0a9f8e7d6c5b";

/** The plan's calls as the page lists them: the heading, the command and the diagnostic codes of each. */
function shownCalls(page) {
  return page.locator("#plan-calls > li").evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector("h3").textContent,
      command: item.querySelector("pre").textContent,
      codes: [...item.querySelectorAll(".diag .code")].map((code) => code.textContent),
    })),
  );
}

/** Waits until the plan lists exactly these commands (the plan follows the form after the validation's debounce). */
async function waitForCommands(page, commands) {
  await page.waitForFunction(
    (commands) => JSON.stringify([...document.querySelectorAll("#plan-calls > li pre")].map((pre) => pre.textContent)) === JSON.stringify(commands),
    commands,
  );
}

test("Edit: describe-user output fills the form, and a changed routing profile, tags added and removed and a cleared hierarchy group give the plan's calls", async () => {
  const session = await openPage({ clipboard: true });
  const { page } = session;
  await page.getByLabel("Edit a user").check();
  assert.ok(await page.locator("#current").isVisible());
  assert.ok(await page.locator("#plan").isVisible());
  assert.ok(await page.locator("#diagnostics").isHidden());
  assert.equal(await page.locator(".skip-link").getAttribute("href"), "#plan");

  // Ctrl+Enter in the box loads it, as the import box imports.
  await page.locator("#current-text").fill(JSON.stringify(DESCRIBED, null, 2));
  await page.locator("#current-text").press("Control+Enter");
  await page.waitForFunction(() => document.getElementById("plan-summary").textContent.startsWith("Nothing to change"));
  assert.ok(await page.locator("#plan-nothing").isVisible());
  assert.equal(await page.locator("#plan-calls > li").count(), 0);
  const values = {
    Username: "agent.ana",
    "IdentityInfo.FirstName": "Ana",
    "PhoneConfig.PhoneType": "SOFT_PHONE",
    "PhoneConfig.AutoAccept": "false",
    "PhoneConfig.AfterContactWorkTimeLimit": "0",
    "SecurityProfileIds[0]": DESCRIBED.User.SecurityProfileIds[0],
    RoutingProfileId: DESCRIBED.User.RoutingProfileId,
    HierarchyGroupId: DESCRIBED.User.HierarchyGroupId,
    "Tags[0].Key": "Team",
    "Tags[1].Value": "cc-42",
  };
  for (const [name, value] of Object.entries(values)) assert.equal(await field(page, name).inputValue(), value, name);
  // Only what an update can change is a field (and the members that cannot change, to show it).
  for (const name of ["Password", "InstanceId", "UserId"]) assert.equal(await field(page, name).count(), 0, name);
  assert.match(await page.locator("#edit-identity").textContent(), new RegExp(USER_ID));
  await screenshot(page, "edit-loaded");

  // A call's diagnostic shows in the plan and at its field, and its Fix goes back into the form.
  const routingArn = `arn:aws:connect:us-west-2:123456789012:instance/${INSTANCE_ID}/routing-profile/${NEW_ROUTING_PROFILE}`;
  await field(page, "RoutingProfileId").fill(routingArn);
  await waitForDescription(page, "RoutingProfileId", "arn-instead-of-id");
  await page.locator("#plan-calls").getByRole("button", { name: "Fix arn-instead-of-id at RoutingProfileId" }).click();
  assert.equal(await field(page, "RoutingProfileId").inputValue(), NEW_ROUTING_PROFILE);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("name")), "RoutingProfileId");
  await waitForDescription(page, "RoutingProfileId", "arn-instead-of-id", false);
  await field(page, "HierarchyGroupId").fill("");
  await page.getByRole("button", { name: "Remove tag 1" }).click();
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.keyboard.type("Site");
  await field(page, "Tags[1].Value").fill("Lisbon");

  // What is left out is kept, and null removes: the page sends the form's whole user, null where it is empty.
  const desired = {
    ...DESCRIBED.User,
    RoutingProfileId: NEW_ROUTING_PROFILE,
    HierarchyGroupId: null,
    Tags: { Team: null, "cost-center": "cc-42", Site: "Lisbon" },
  };
  const plan = validator.planUserUpdate(DESCRIBED, desired);
  assert.deepEqual(
    plan.calls.map((call) => call.operation),
    ["UpdateUserRoutingProfile", "UpdateUserHierarchy", "TagResource", "UntagResource"],
  );
  assert.deepEqual(plan.calls[0].request, { RoutingProfileId: NEW_ROUTING_PROFILE, UserId: USER_ID, InstanceId: INSTANCE_ID });
  assert.equal(plan.calls[1].request.HierarchyGroupId, undefined, "a cleared hierarchy group is sent as no group");
  assert.deepEqual(plan.calls[2].request, { resourceArn: DESCRIBED.User.Arn, tags: { Site: "Lisbon" } });
  assert.deepEqual(plan.calls[3].request, { resourceArn: DESCRIBED.User.Arn, tagKeys: ["Team"] });
  // AWS does not document what UpdateUserHierarchy without a group does: the plan says so.
  const hierarchy = plan.diagnostics.filter((diagnostic) => diagnostic.path[0] === "HierarchyGroupId");
  assert.equal(hierarchy.length, 1);
  assert.deepEqual(plan.diagnostics, hierarchy);

  const settings = { shell: "posix", syntax: "shorthand", multiline: true };
  const expectedCalls = plan.calls.map((call) => ({
    command: validator.toCliCommand(call.request, { ...settings, operation: call.operation }),
    codes: call.diagnostics.map((diagnostic) => diagnostic.code),
  }));
  await waitForCommands(page, expectedCalls.map(({ command }) => command));
  assert.match(await page.locator("#plan-summary").textContent(), /^4 calls/);
  await page.locator("#plan-fixed").getByText(hierarchy[0].message, { exact: true }).waitFor();
  await waitForDescription(page, "HierarchyGroupId", hierarchy[0].code);
  const shown = await shownCalls(page);
  assert.deepEqual(
    shown.map(({ command, codes }) => ({ command, codes })),
    expectedCalls,
  );
  shown.forEach(({ title }, i) => assert.ok(title.startsWith(`${i + 1}. ${plan.calls[i].operation}`), title));
  // Each command, run by bash, gives the AWS CLI the argv of its call.
  plan.calls.forEach((call, i) => assert.deepEqual(bashArgv(shown[i].command), validator.toCliArgv(call.request, { operation: call.operation })));
  await screenshot(page, "edit-plan");

  await page.getByRole("button", { name: "Copy command 1, update-user-routing-profile" }).click();
  await page.waitForFunction(() => document.getElementById("status").textContent === "Copied the command 1, update-user-routing-profile.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown[0].command);

  // The output settings apply to the plan's commands.
  await page.locator("#shell").selectOption("powershell");
  const powershell = await shownCalls(page);
  plan.calls.forEach((call, i) =>
    assert.equal(powershell[i].command, validator.toCliCommand(call.request, { ...settings, shell: "powershell", operation: call.operation })),
  );
  await page.locator("#shell").selectOption("posix");

  // A change no operation can make is the plan's own diagnostic, under "What cannot change" and at its field.
  await field(page, "Username").fill("agent.ana2");
  const renamed = validator.planUserUpdate(DESCRIBED, { ...desired, Username: "agent.ana2" });
  const cannot = renamed.diagnostics.find((diagnostic) => diagnostic.path[0] === "Username");
  assert.ok(cannot, "a changed Username is not diagnosed");
  await page.locator("#plan-fixed").getByText(cannot.message, { exact: true }).waitFor();
  await waitForDescription(page, "Username", cannot.code);
  assert.equal(await field(page, "Username").getAttribute("aria-invalid"), cannot.severity === "error" ? "true" : null);
  await field(page, "Username").fill("agent.ana");
  await waitForDescription(page, "Username", cannot.code, false);

  // A reload comes back to the edit, its current user and its plan.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("connect-user-validator/playground"))?.view === "edit");
  await page.goto(`${origin}/`);
  await page.locator('[name="Username"]').waitFor();
  assert.ok(await page.getByLabel("Edit a user").isChecked());
  await waitForCommands(page, expectedCalls.map(({ command }) => command));
  assert.deepEqual(await shownCalls(page), shown);

  // A tag named like a password is masked in the plan's commands, and shown only with the warning.
  const secret = "Hunter2Secret";
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.keyboard.type("password");
  await field(page, "Tags[2].Value").fill(secret);
  await page.waitForFunction(() => document.getElementById("plan-calls").textContent.includes("password"));
  await page.locator("#plan-calls").getByText(/password=\*{8}|"password":"\*{8}"/).waitFor();
  assert.ok(!(await page.locator("#plan").textContent()).includes(secret), "the plan shows the password");
  await page.getByRole("button", { name: "Copy command 3, tag-resource" }).click();
  await page.waitForFunction(() => document.getElementById("status").textContent === "Copied the command 3, tag-resource.");
  assert.ok(!(await page.evaluate(() => navigator.clipboard.readText())).includes(secret), "the copy holds the password");
  await page.locator("#include-password").check();
  assert.ok(await page.locator("#password-warning").isVisible());
  await page.locator("#plan-calls").getByText(secret, { exact: false }).waitFor();
  await page.locator("#include-password").uncheck();
  await page.getByRole("button", { name: "Remove tag 3" }).click();

  // The plan fits a phone too.
  await page.setViewportSize({ width: 375, height: 812 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 375px screen`);
  await screenshot(page, "edit-narrow");
  await session.close();
});

test("a pasted update-user-config command opens UpdateUserConfig: its request, its diagnostics and its command, round-tripped", async () => {
  const session = await openPage();
  const { page } = session;
  const text = `aws connect update-user-config --user-id ${USER_ID} --instance-id ${INSTANCE_ID} \\
    --auto-accept-configs Channel=VOICE,AutoAccept=true Channel=VOICE,AutoAccept=false \\
    --after-contact-work-configs 'Channel=CHAT,AfterContactWorkConfig={AfterContactWorkTimeLimit=30}'`;
  const parsed = validator.parseCliCommand(text);
  assert.equal(parsed.operation, "UpdateUserConfig");
  assert.deepEqual(parsed.diagnostics, []);
  const { request } = parsed;
  const { diagnostics } = validator.validate(request, { operation: "UpdateUserConfig" });
  assert.ok(diagnostics.length > 0, "the request has something to show");

  await page.locator("#import-text").fill(text);
  await page.getByRole("button", { name: "Import into the form" }).click();
  const choice = page.getByLabel("One operation: update-user-config");
  await choice.waitFor();
  assert.ok(await choice.isChecked());
  assert.equal(await page.locator("#request-operation").textContent(), "UpdateUserConfig · aws connect update-user-config");
  assert.equal(await field(page, "UserId").inputValue(), USER_ID);
  assert.equal(await field(page, "AutoAcceptConfigs[1].AutoAccept").inputValue(), "false");
  assert.equal(await field(page, "AfterContactWorkConfigs[0].AfterContactWorkConfig.AfterContactWorkTimeLimit").inputValue(), "30");
  // Only UpdateUserConfig's members are fields.
  for (const name of ["Username", "RoutingProfileId", "PhoneConfig.PhoneType"]) assert.equal(await field(page, name).count(), 0, name);

  for (const diagnostic of diagnostics) {
    await page.locator("#diagnostic-groups").getByText(diagnostic.message, { exact: true }).first().waitFor();
  }
  const [first] = diagnostics;
  await waitForDescription(page, validator.formatPath(first.path), first.code);
  assert.equal(await page.locator("#diagnostic-groups .diag").count(), diagnostics.length);

  const command = await page.locator("#out-command").textContent();
  assert.equal(command, validator.toCliCommand(request, { operation: "UpdateUserConfig", shell: "posix", syntax: "shorthand", multiline: true }));
  assert.match(command, /^aws connect update-user-config /);
  assert.deepEqual(validator.parseCliCommand(command).request, request);
  assert.deepEqual(bashArgv(command), validator.toCliArgv(request, { operation: "UpdateUserConfig" }));
  assert.deepEqual(JSON.parse(await page.locator("#out-json").textContent()), request);
  assert.equal(await page.locator("#json-command").textContent(), "update-user-config");
  await screenshot(page, "operation");

  // Create keeps its own form; the operation comes back as it was left.
  await page.getByLabel("Create a user").check();
  await field(page, "Username").waitFor();
  assert.equal(await field(page, "UserId").count(), 0);
  await choice.check();
  assert.equal(await field(page, "AutoAcceptConfigs[1].AutoAccept").inputValue(), "false");

  // A pasted create-user command goes back to Create.
  await page.locator("#import-text").fill(DOCS_COMMAND);
  await page.getByRole("button", { name: "Import into the form" }).click();
  await field(page, "Username").waitFor();
  assert.ok(await page.getByLabel("Create a user").isChecked());
  assert.equal(await page.locator("#request-operation").textContent(), "CreateUser · aws connect create-user");
  assert.match(await page.locator("#out-command").textContent(), /^aws connect create-user /);
  await session.close();
});
