// The page's first module: it imports only the validator and starts loading its .wasm at once,
// while the rest of the page's modules are still arriving (index.html runs it async, before
// app.js). app.js awaits `ready`.

import { init } from "./pkg/cli-web.js";

export const ready = init();
// app.js handles a failure when it awaits `ready`; until then the rejection is not uncaught.
ready.catch(() => {});
