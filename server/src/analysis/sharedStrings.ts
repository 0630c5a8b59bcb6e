/**
 * One copy of the strings that recur across a document's results: reasons, triggers, date values and
 * short entity texts. A reason put together from pieces ("… resolved from 29 April 2025") is a chain
 * of several string objects, and a short text cut out of a paragraph is a fresh string every time;
 * every result of a large document stays alive, so each such object is copied by the garbage
 * collector as it survives and then marked again and again. Looking the string up in a pool returns
 * the copy already kept (the new one dies young, where collecting it costs nothing) or keeps this one
 * flattened into a single object.
 */

import { flatCopy } from './flatCopy';

/** Enough distinct strings for one document's reasons and names; the pool starts afresh when full. */
const CAPACITY = 8192;

const pool = new Map<string, string>();

/** The pooled string equal to `value`: an earlier equal string when one is kept, else `value` itself. */
export function shared(value: string): string {
  const kept = pool.get(value);
  if (kept !== undefined) return kept;
  // Emptying the whole pool is cheaper than tracking recency, and only costs sharing for a moment.
  if (pool.size >= CAPACITY) pool.clear();
  // A cut-out text may be a view that keeps its whole paragraph alive; the pool outlives the document,
  // so it keeps a copy of its own.
  const own = flatCopy(value);
  pool.set(own, own);
  return own;
}
