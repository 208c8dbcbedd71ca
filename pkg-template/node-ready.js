// What browser code calls to load the package, for Node, where both entries are ready at import:
// kept so that code written for browsers runs unchanged.

/** Nothing to wait for in Node. */
export function init() {
  return Promise.resolve();
}

/** Already instantiated in Node. */
export function initSync() {}

export function isReady() {
  return true;
}

/** The explanations are read on first use in Node. */
export function loadExplanations() {
  return Promise.resolve();
}
