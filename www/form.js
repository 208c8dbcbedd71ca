// The request form, built from requestModel(): labels, hints, required marks, CLI options and
// constraints all come from the validator's own model of CreateUser.
//
// How fields map to the request (index.html says the same to the user):
// - an empty text or number field, a "not set" choice and a list without rows are absent;
// - a row you add is always sent, so an empty list item or tag value is "";
// - "" that arrives from an import or a fix stays "" until that field is edited;
// - a number field sends an integer, or else the text as typed, so that the validator says why.

import { h } from "./dom.js";
import { formatPath, pathKey, setOwn } from "./paths.js";

let lastId = 0;
function newId(name) {
  lastId += 1;
  return `f${lastId}-${name}`;
}

/**
 * The form for `model` (requestModel()). `onInput` runs after every edit in a field;
 * `onRowsChange` after a row is added or removed, and must call read() before it returns, since
 * read() names the rows and the keyboard moves to one right after.
 * `read()` returns the request and its targets: for every member path, present or not, where
 * its diagnostics go ({ slot, marks, focus }), keyed by pathKey(path).
 */
export function createForm(model, { onInput, onRowsChange }) {
  const fields = structureFields(model.members, { onRowsChange });
  const element = h("div", { class: "members" }, fields.elements);
  element.addEventListener("input", onInput);
  return {
    element,
    read() {
      const targets = new Map();
      const request = fields.read([], targets) ?? {};
      return { request, targets };
    },
    write(request) {
      fields.write(request);
    },
  };
}

function structureFields(members, ctx) {
  const controls = members.map((member) => memberControl(member, ctx));
  return {
    elements: controls.map((control) => control.element),
    read(path, targets) {
      const object = {};
      members.forEach((member, i) => {
        const value = controls[i].read([...path, member.name], targets);
        if (value !== undefined) setOwn(object, member.name, value);
      });
      return Object.keys(object).length > 0 ? object : undefined;
    },
    write(value) {
      const object = isPlainObject(value) ? value : {};
      members.forEach((member, i) => {
        controls[i].write(Object.hasOwn(object, member.name) ? object[member.name] : undefined);
      });
    },
    focusable: () => controls[0].focusable(),
  };
}

function memberControl(member, ctx) {
  const { shape } = member;
  switch (shape.type) {
    case "structure":
      return groupControl(member, ctx);
    case "list":
      return listControl(member, ctx);
    case "map":
      return mapControl(member, ctx);
    case "boolean":
      return choiceControl(member, [true, false]);
    case "integer":
      return numberControl(member);
    default:
      return shape.enum ? choiceControl(member, shape.enum) : textControl(member);
  }
}

function textControl(member) {
  const password = member.shape.name === "Password";
  const input = h("input", {
    type: password ? "password" : "text",
    autocomplete: password ? "new-password" : "off",
    spellcheck: "false",
    autocapitalize: "off",
  });
  return inputControl(member, input, (text) => (text === "" ? undefined : text), password ? revealButton(input) : null);
}

function revealButton(input) {
  const button = h("button", { type: "button", class: "small", "aria-pressed": "false", "aria-label": "Show password" }, "Show");
  button.addEventListener("click", () => {
    const shown = input.type === "password";
    input.type = shown ? "text" : "password";
    button.setAttribute("aria-pressed", String(shown));
  });
  return button;
}

function numberControl(member) {
  const input = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false" });
  return inputControl(member, input, (text) => {
    const trimmed = text.trim();
    if (trimmed === "") return undefined;
    return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
  });
}

/**
 * A one-line field whose text `parse` turns into the member's value (undefined: absent). An empty
 * field stays "" rather than absent when that is what it was given (rememberEmptyString).
 */
function inputControl(member, input, parse, button = null) {
  const { element, slot } = scalarField(member, input, button);
  const empty = rememberEmptyString(input);
  return {
    element,
    read(path, targets) {
      input.name = formatPath(path);
      register(targets, path, slot, [input], input);
      const value = parse(input.value);
      return value === undefined && empty.kept() ? "" : value;
    },
    write(value) {
      input.value = toText(value);
      empty.set(value === "");
    },
    focusable: () => input,
  };
}

/** A select for booleans and enums: "not set", the allowed values, and an imported value that is not allowed. */
function choiceControl(member, values) {
  const select = h("select", {});
  let choices = [];
  function setChoices(extra) {
    choices = [undefined, ...values, ...extra];
    select.replaceChildren(
      ...choices.map((value, i) => {
        if (i === 0) return h("option", { value: "" }, "not set");
        const text = typeof value === "string" ? value : JSON.stringify(value);
        return h("option", { value: text }, i > values.length ? `${JSON.stringify(value)} (imported; not allowed)` : text);
      }),
    );
  }
  setChoices([]);
  const { element, slot } = scalarField(member, select);
  return {
    element,
    read(path, targets) {
      select.name = formatPath(path);
      register(targets, path, slot, [select], select);
      return choices[select.selectedIndex];
    },
    write(value) {
      const allowed = value === undefined || values.includes(value);
      setChoices(allowed ? [] : [value]);
      select.selectedIndex = value === undefined ? 0 : allowed ? 1 + values.indexOf(value) : values.length + 1;
    },
    focusable: () => select,
  };
}

function groupControl(member, ctx) {
  const fields = structureFields(member.shape.members, ctx);
  const { element, slot } = groupField(member, "group", h("div", { class: "group-fields" }, fields.elements));
  return {
    element,
    read(path, targets) {
      element.name = formatPath(path);
      register(targets, path, slot, [element], fields.focusable());
      return fields.read(path, targets);
    },
    write: fields.write,
    focusable: fields.focusable,
  };
}

/** A list with add and remove buttons; its rows are text inputs or structures. */
function listControl(member, ctx) {
  const itemShape = member.shape.member;
  const rows = [];
  const rowsBox = h("div", { class: "rows" });
  const add = h("button", { type: "button", class: "add", "aria-label": `Add row to ${member.name}` }, "Add row");
  const { element, slot } = groupField(member, "group list", rowsBox, add);

  function addRow(value) {
    const remove = () => removeRow(rows, row, add, ctx);
    const row = itemShape.type === "structure" ? structureRow(itemShape, ctx, remove) : textRow(remove);
    rows.push(row);
    rowsBox.append(row.element);
    row.write(value);
    return row;
  }
  add.addEventListener("click", () => {
    const row = addRow(undefined);
    ctx.onRowsChange();
    row.focusable().focus();
  });

  return {
    element,
    read(path, targets) {
      element.name = formatPath(path);
      register(targets, path, slot, [element], rows[0]?.focusable() ?? add);
      if (rows.length === 0) return undefined;
      return rows.map((row, i) => row.read([...path, i], targets));
    },
    write(value) {
      for (const row of rows.splice(0)) row.element.remove();
      if (Array.isArray(value)) value.forEach((item) => addRow(item));
    },
    focusable: () => rows[0]?.focusable() ?? add,
  };
}

/** Removes a row and keeps the keyboard in place: on the next row's Remove, else the previous one's, else Add. */
function removeRow(rows, row, add, ctx) {
  const at = rows.indexOf(row);
  rows.splice(at, 1);
  row.element.remove();
  ctx.onRowsChange();
  const neighbour = rows[at] ?? rows[at - 1];
  (neighbour ? neighbour.removeButton : add).focus();
}

function textRow(onRemove) {
  const id = newId("item");
  const input = h("input", { type: "text", id, autocomplete: "off", spellcheck: "false", autocapitalize: "off" });
  const label = h("label", { for: id, class: "row-label" });
  const slot = h("ul", { class: "diags", id: `${id}-diags` });
  input.setAttribute("aria-describedby", slot.id);
  const removeButton = h("button", { type: "button", class: "small remove", onclick: onRemove }, "Remove");
  return {
    element: h("div", { class: "row text-row" }, label, h("div", { class: "with-button" }, input, removeButton), slot),
    removeButton,
    read(path, targets) {
      const name = formatPath(path);
      label.textContent = name;
      input.name = name;
      removeButton.setAttribute("aria-label", `Remove ${name}`);
      register(targets, path, slot, [input], input);
      return input.value;
    },
    write(value) {
      input.value = toText(value);
    },
    focusable: () => input,
  };
}

function structureRow(shape, ctx, onRemove) {
  const fields = structureFields(shape.members, ctx);
  const id = newId(shape.name);
  const legend = h("legend", {});
  const slot = h("ul", { class: "diags", id: `${id}-diags` });
  const removeButton = h("button", { type: "button", class: "small remove", onclick: onRemove }, "Remove");
  const element = h(
    "fieldset",
    { class: "row", "aria-describedby": slot.id },
    legend,
    slot,
    h("div", { class: "row-fields" }, fields.elements),
    h("div", { class: "row-actions" }, removeButton),
  );
  return {
    element,
    removeButton,
    read(path, targets) {
      const name = formatPath(path);
      legend.textContent = name;
      element.name = name;
      removeButton.setAttribute("aria-label", `Remove ${name}`);
      register(targets, path, slot, [element], fields.focusable());
      return fields.read(path, targets) ?? {};
    },
    write: fields.write,
    focusable: fields.focusable,
  };
}

/** Tags: key/value rows. When two rows share a key, the later one is sent, as in a JSON object. */
function mapControl(member, ctx) {
  const rows = [];
  const rowsBox = h("div", { class: "rows" });
  const add = h("button", { type: "button", class: "add" }, "Add tag");
  const { element, slot } = groupField(member, "group list", rowsBox, add);

  function addRow(tagKey, tagValue) {
    const row = tagRow(() => removeRow(rows, row, add, ctx));
    rows.push(row);
    rowsBox.append(row.element);
    row.key.value = tagKey;
    row.value.value = tagValue;
    return row;
  }
  add.addEventListener("click", () => {
    const row = addRow("", "");
    ctx.onRowsChange();
    row.key.focus();
  });

  return {
    element,
    read(path, targets) {
      element.name = formatPath(path);
      register(targets, path, slot, [element], rows[0]?.key ?? add);
      if (rows.length === 0) return undefined;
      const lastRowOfKey = new Map(rows.map((row, i) => [row.key.value, i]));
      const object = {};
      rows.forEach((row, i) => {
        row.name(`${formatPath(path)}[${i}]`, i + 1);
        const shadowed = lastRowOfKey.get(row.key.value) !== i;
        row.shadow(shadowed);
        // A diagnostic at Tags.<key> can be about the key or the value: both inputs show it.
        if (!shadowed) register(targets, [...path, row.key.value], row.slot, [row.key, row.value], row.key);
        setOwn(object, row.key.value, row.value.value);
      });
      return object;
    },
    write(value) {
      for (const row of rows.splice(0)) row.element.remove();
      if (isPlainObject(value)) for (const [key, text] of Object.entries(value)) addRow(key, toText(text));
    },
    focusable: () => rows[0]?.key ?? add,
  };
}

function tagRow(onRemove) {
  const id = newId("tag");
  const slot = h("ul", { class: "diags", id: `${id}-diags` });
  const note = h("p", { class: "note", id: `${id}-note`, hidden: true }, "A later row has the same key; only the later value is sent.");
  const input = (part) =>
    h("input", { type: "text", id: `${id}-${part}`, "aria-describedby": slot.id, autocomplete: "off", spellcheck: "false", autocapitalize: "off" });
  const key = input("key");
  const value = input("value");
  const removeButton = h("button", { type: "button", class: "small remove", onclick: onRemove }, "Remove");
  const element = h(
    "div",
    { class: "row tag-row", role: "group" },
    h("div", { class: "field" }, h("label", { for: key.id }, "Key"), key),
    h("div", { class: "field" }, h("label", { for: value.id }, "Value"), value),
    h("div", { class: "row-actions" }, removeButton),
    note,
    slot,
  );
  return {
    element,
    key,
    value,
    slot,
    removeButton,
    /** Shows the note when a later row has this key; a hidden note would still be read out, so it is referenced only then. */
    shadow(shadowed) {
      note.hidden = !shadowed;
      const describedBy = shadowed ? `${slot.id} ${note.id}` : slot.id;
      for (const part of [key, value]) part.setAttribute("aria-describedby", describedBy);
    },
    name(name, number) {
      key.name = `${name}.Key`;
      value.name = `${name}.Value`;
      element.setAttribute("aria-label", `Tag ${number}`);
      removeButton.setAttribute("aria-label", `Remove tag ${number}`);
    },
  };
}

/** A labelled scalar: label, hint, the control (with an optional button beside it), diagnostics. */
function scalarField(member, control, button = null) {
  const id = newId(member.name);
  control.id = id;
  control.setAttribute("aria-describedby", `${id}-hint ${id}-diags`);
  const slot = h("ul", { class: "diags", id: `${id}-diags` });
  const element = h(
    "div",
    { class: "field" },
    h("label", { for: id }, labelParts(member)),
    h("p", { class: "hint", id: `${id}-hint` }, hintText(member)),
    button ? h("div", { class: "with-button" }, control, button) : control,
    slot,
  );
  return { element, slot };
}

/** A fieldset for a structure, list or map: legend, hint, diagnostics, then its contents. */
function groupField(member, className, ...contents) {
  const id = newId(member.name);
  const slot = h("ul", { class: "diags", id: `${id}-diags` });
  const element = h(
    "fieldset",
    { class: className, "aria-describedby": `${id}-hint ${id}-diags` },
    h("legend", {}, labelParts(member)),
    h("p", { class: "hint", id: `${id}-hint` }, hintText(member)),
    slot,
    contents,
  );
  return { element, slot };
}

function labelParts(member) {
  return [
    h("span", { class: "name" }, member.name),
    member.required ? h("span", { class: "required" }, "required") : null,
    member.cliOption ? h("code", { class: "cli-option" }, member.cliOption) : null,
  ];
}

function hintText(member) {
  const { shape } = member;
  const limits = [constraint(shape, { string: "characters", list: "items", map: "tags" }[shape.type])];
  if (shape.type === "map") {
    const keys = constraint(shape.key, "characters");
    const values = constraint(shape.value, "characters");
    limits.push(keys && `keys ${keys}`, values && `values ${values}`);
  }
  return [member.doc, ...limits].filter(Boolean).join(" · ");
}

/** The model's size limits in words, or "" when it gives none. */
function constraint(shape, unit) {
  if (shape.type === "integer") return shape.min === undefined ? "a whole number" : `a whole number ≥ ${shape.min}`;
  if (unit === undefined || shape.enum) return "";
  const { min = 0, max } = shape;
  if (min > 0 && max !== undefined) return `${min}–${max} ${unit}`;
  if (max !== undefined) return `up to ${max} ${unit}`;
  if (min > 0) return `at least ${min} ${unit}`;
  return "";
}

/** "" from an import or a fix is kept until the field is edited; otherwise an empty field is absent. */
function rememberEmptyString(input) {
  let kept = false;
  const show = () => {
    input.placeholder = kept ? '"" (empty string)' : "not set";
  };
  input.addEventListener("input", () => {
    kept = false;
    show();
  });
  show();
  return {
    kept: () => kept,
    set(value) {
      kept = value;
      show();
    },
  };
}

function register(targets, path, slot, marks, focus) {
  targets.set(pathKey(path), { slot, marks, focus });
}

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function toText(value) {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
