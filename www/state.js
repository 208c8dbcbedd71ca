// The page state in the URL hash (for share links) and in localStorage (for reloads). The
// password is never part of it: it would leak through links, history and browser storage.

export const HASH_PREFIX = "#state=";
const STORAGE_KEY = "connect-user-validator/playground";

const VIEWS = ["create", "operation", "edit"];

/**
 * The state to keep: the view (with its operation, or the current user of an edit), the request
 * without Password, the identity type and the output settings. The caller masks whatever else the
 * core takes for a password (redactPassword) first.
 */
export function shareableState({ request, identityType, output, view = "create", operation = "CreateUser", current = null }) {
  const { Password, ...rest } = request;
  const state = { request: rest, identityType, output, view };
  if (view === "operation") state.operation = operation;
  if (view === "edit") state.current = current;
  return state;
}

export function stateToHash(state) {
  return HASH_PREFIX + toBase64Url(JSON.stringify(state));
}

/** The state in a hash made by stateToHash, or null when the hash holds none or is damaged. */
export function stateFromHash(hash) {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  try {
    return checked(JSON.parse(fromBase64Url(hash.slice(HASH_PREFIX.length))));
  } catch {
    return null;
  }
}

export function saveState(state) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage can be full or disabled (private windows); the hash still holds the state.
  }
}

export function loadState() {
  try {
    return checked(JSON.parse(localStorage.getItem(STORAGE_KEY)));
  } catch {
    return null;
  }
}

/** Accepts only the shape shareableState makes; anything else is ignored rather than half-applied. */
function checked(state) {
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  if (!isObject(state) || !isObject(state.request)) return null;
  // A state saved before the views existed is a CreateUser request.
  const view = VIEWS.includes(state.view) ? state.view : "create";
  return {
    request: shareableState({ request: state.request }).request,
    identityType: typeof state.identityType === "string" ? state.identityType : "",
    output: isObject(state.output) ? state.output : {},
    view,
    operation: typeof state.operation === "string" ? state.operation : "CreateUser",
    current: isObject(state.current) ? state.current : null,
  };
}

function toBase64Url(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
