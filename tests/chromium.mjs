// Debian's Chromium as every browser test and benchmark launches it through playwright-core:
// headless, and quiet on the network, so that a test that records requests sees only the page's.

export const CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
