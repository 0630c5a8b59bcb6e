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

/** A cached word and what the wrapped function returned for it. */
interface RangeEntry<T> {
  readonly word: string;
  readonly value: T;
}

/**
 * Wraps `fn`, a pure function of a string, for callers that hold the string as the range
 * `start`..`end` of a longer text. The cache is keyed by a hash of the range's code units, so a word
 * seen before costs no substring and no string hashing; a word whose hash another word holds is
 * passed to `fn` uncached. At most `limit` entries are kept, as in {@link memoizeString}.
 */
export function memoizeRange<T>(fn: (text: string) => T, limit = 8192): (text: string, start: number, end: number) => T {
  const cache = new Map<number, RangeEntry<T>>();
  return (text: string, start: number, end: number): T => {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const hit = cache.get(hash);
    if (hit !== undefined && hit.word.length === end - start && text.startsWith(hit.word, start)) return hit.value;
    const word = text.slice(start, end);
    const value = fn(word);
    if (hit === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(hash, { word, value });
    }
    return value;
  };
}
