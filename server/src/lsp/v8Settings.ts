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
  if (env['POLICY_LENS_CONCURRENT_OSR'] === '1') return;
  try {
    setFlagsFromString('--no-concurrent-osr');
  } catch {
    // A runtime that refuses flag changes keeps its defaults.
  }
}
