// Paths into the request (["AutoAcceptConfigs", 0, "Channel"]): Map keys, and where two requests
// differ. They are written as the package writes them in messages.

export { formatPath } from "./pkg/cli-web.js";

/** A Map key for a path. */
export function pathKey(path) {
  return JSON.stringify(path);
}

/** Defines an own property, so that a key such as "__proto__" is data and not the prototype. */
export function setOwn(object, key, value) {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
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
