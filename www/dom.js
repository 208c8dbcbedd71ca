// Small DOM helpers. Every string becomes a text node or an attribute value, never HTML, so the
// page can show untrusted text (pasted commands, imported JSON, diagnostics) safely.

/**
 * Creates an element. `props` are attributes (true = present, false/null/undefined = absent),
 * except `on…` functions, which become event listeners. Children are nodes or strings; arrays are
 * flattened and null/undefined/false children are skipped.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === "function" && name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** Copies text; falls back to a selected textarea where the Clipboard API is missing or refused. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Selecting the textarea takes the focus and the selection; both are put back afterwards.
    const active = document.activeElement;
    const range = typeof active?.selectionStart === "number" ? [active.selectionStart, active.selectionEnd, active.selectionDirection] : null;
    const area = h("textarea", { readonly: true, class: "offscreen", "aria-hidden": "true" }, text);
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    active?.focus({ preventScroll: true });
    if (range) active.setSelectionRange(...range);
    return copied;
  }
}
