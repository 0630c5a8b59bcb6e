/** A bounded cache for pure functions of one string, which the people recogniser calls on the same words over and over. */

/**
 * Wraps `fn`, a pure function of a string, in a cache of at most `limit` entries; the cache is
 * emptied when full, which keeps memory bounded in a long-running server at the cost of recomputing.
 */
export function memoizeString<T>(fn: (text: string) => T, limit = 8192): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    // `has` before `get`, because `undefined` is a valid cached result.
    if (cache.has(text)) return cache.get(text) as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
