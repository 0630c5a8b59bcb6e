import { setFlagsFromString } from 'node:v8';

/**
 * Compiles hot loops on the main thread instead of in the background (on-stack replacement).
 *
 * With background OSR, after two 10 MB documents were opened and closed, every full collection while
 * typing in a 1 MB document still found 186–196 MB live (40–50 MB without the closed documents, and by
 * heap snapshot either way: something of V8's compilation pipeline keeps the closed analyses reachable
 * for ordinary collections) and paused 61–98 ms (`--trace-gc`); with OSR on the main thread 43–52 MB
 * and 4–11 ms. The keystroke p99 in interleaved benchmark runs: 56.3, 45.7, 41.2 ms before, 31.1, 27.9,
 * 29.7 after; opening a 10 MB document became about 4 % slower (each hot loop is compiled once, on this
 * thread). It does not remove every such retention: one closed 3 MB document in three was still kept
 * for a while in a test. `POLICY_LENS_CONCURRENT_OSR=1` keeps V8's default.
 */
export function applyV8Settings(env: NodeJS.ProcessEnv = process.env): void {
  compileRegExpsOnce(env);
  if (env['POLICY_LENS_CONCURRENT_OSR'] === '1') return;
  setFlag('--no-concurrent-osr');
}

/**
 * Compiles each RegExp to machine code on its first use instead of interpreting it first (tier-up).
 *
 * The people patterns are large and full of Unicode property classes; by default V8 compiles each one
 * twice (bytecode for its interpreter on the first execution, machine code on the second), once per
 * string encoding, and interprets the first execution over a whole paragraph. In fresh processes
 * analysing the 351 corpus documents one by one: 1,045 ms for all of them before, 860 ms after; the
 * first 20 documents 480 ms before, 320 ms after (four runs each). Warm, a 1 MB document takes about 2–3 %
 * longer (150.5 against 155 ms of CPU, medians of six processes). A new process — the CLI, a worker
 * thread of the workspace index, the server's first documents — is where the time goes to patterns
 * met for the first time. `POLICY_LENS_REGEXP_TIER_UP=1` keeps V8's default.
 */
export function compileRegExpsOnce(env: NodeJS.ProcessEnv = process.env): void {
  if (env['POLICY_LENS_REGEXP_TIER_UP'] === '1') return;
  setFlag('--no-regexp-tier-up');
}

function setFlag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    // A runtime that refuses flag changes keeps its defaults.
  }
}
