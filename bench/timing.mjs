// Timing: warm up, size a batch so it lasts at least BATCH_NS, then time ROUNDS batches of every
// case with process.hrtime.bigint(), interleaved (the order rotates each round) so that noise on a
// shared machine hits every case alike. Reports the median, and the quartiles to show the spread.

export const ROUNDS = 15;
export const BATCH_NS = 60e6; // each timed batch lasts at least 60 ms
const WARMUP_NS = 300e6;

// Results land here so no call can be optimised away.
export let sink;

function timeBatch(fn, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink = fn();
  return Number(process.hrtime.bigint() - start);
}

/** Runs fn for WARMUP_NS (so the JIT and the wasm tier-up are done), then sizes its batch. */
function prepare(fn, batchNs) {
  const warmupEnd = process.hrtime.bigint() + BigInt(WARMUP_NS);
  while (process.hrtime.bigint() < warmupEnd) sink = fn();
  let n = 1;
  for (;;) {
    const ns = timeBatch(fn, n);
    if (ns >= batchNs) return n;
    // Aim 20 % above the target so a faster batch later still lasts long enough.
    n = ns < batchNs / 64 ? n * 32 : Math.max(n + 1, Math.ceil((n * batchNs * 1.2) / Math.max(ns, 1)));
  }
}

function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/**
 * @param {Record<string, () => unknown>} cases
 * @returns {Record<string, {median: number, p25: number, p75: number, perBatch: number}>} ns per call
 */
export function compare(cases, { rounds = ROUNDS, batchNs = BATCH_NS } = {}) {
  const names = Object.keys(cases);
  const perBatch = {};
  for (const name of names) perBatch[name] = prepare(cases[name], batchNs);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      samples[name].push(timeBatch(cases[name], perBatch[name]) / perBatch[name]);
    }
  }
  const result = {};
  for (const name of names) {
    const sorted = samples[name].sort((a, b) => a - b);
    result[name] = {
      median: quantile(sorted, 0.5),
      p25: quantile(sorted, 0.25),
      p75: quantile(sorted, 0.75),
      perBatch: perBatch[name],
    };
  }
  return result;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return quantile(sorted, 0.5);
}
