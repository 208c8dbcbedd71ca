// Paths into the request (["AutoAcceptConfigs", 0, "Channel"]) and the edits a fix makes there.

/** A Map key for a path. */
export function pathKey(path) {
  return JSON.stringify(path);
}

const EXCERPT_CHARS = 60;

/**
 * The path as diagnostic messages write it (src/path.rs): `AutoAcceptConfigs[0].Channel`,
 * `Tags.team`, `Tags["cost center"]`, a key over 60 characters cut short; the root is "the request".
 * Form field names use it too: they hold only member names and indexes, so they stay unambiguous.
 */
export function formatPath(path) {
  if (path.length === 0) return "the request";
  let text = "";
  path.forEach((segment, i) => {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_]\w*$/.test(segment) && segment.length <= EXCERPT_CHARS) text += i === 0 ? segment : `.${segment}`;
    else text += `[${quoted(segment)}]`;
  });
  return text;
}

/** A JSON string literal cut to EXCERPT_CHARS characters, with every control character escaped, as the messages quote. */
function quoted(text) {
  const chars = [...text];
  const cut = chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join("")}…` : text;
  return JSON.stringify(cut).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Defines an own property, so that a key such as "__proto__" is data and not the prototype. */
export function setOwn(object, key, value) {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy of `request` with a diagnostic's fix applied: its main edit, then its `also` edits.
 * An edit without a value removes what is at its path.
 */
export function applyFix(request, fix) {
  let result = structuredClone(request);
  for (const edit of [fix, ...(fix.also ?? [])]) result = applyEdit(result, edit.path, edit.value);
  return result;
}

function applyEdit(root, path, value) {
  if (path.length === 0) return value ?? {};
  let parent = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const child = Object.hasOwn(parent, key) ? parent[key] : undefined;
    if (child === null || typeof child !== "object") setOwn(parent, key, typeof path[i + 1] === "number" ? [] : {});
    parent = parent[key];
  }
  const last = path[path.length - 1];
  if (value !== undefined) setOwn(parent, last, value);
  else if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else delete parent[last];
  return root;
}

/** The paths where `after` differs from `before`, as deep as both are objects or both arrays. */
export function differences(before, after, path = [], found = []) {
  const bothObjects =
    before !== null && after !== null && typeof before === "object" && typeof after === "object";
  if (bothObjects && Array.isArray(before) === Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      const segment = Array.isArray(before) ? Number(key) : key;
      differences(before[key], after[key], [...path, segment], found);
    }
  } else if (JSON.stringify(before) !== JSON.stringify(after)) {
    found.push(path);
  }
  return found;
}
