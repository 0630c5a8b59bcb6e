/** A bounded cache for pure functions of one string, which the people recogniser calls on the same words over and over. */

/**
 * Wraps `fn`, a pure function of a string, in a cache of at most `limit` entries; the cache is
 * emptied when full, which keeps memory bounded in a long-running server at the cost of recomputing.
 */
export function memoizeString<T>(fn: (text: string) => T, limit = 8192): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    // One lookup answers for every cached value but `undefined`, a valid result that `has` confirms.
    const cached = cache.get(text);
    if (cached !== undefined || cache.has(text)) return cached as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
