/**
 * A direct-mapped cache for pure functions of a word that callers hold as a range of a longer text.
 * The people recogniser asks the same few hundred capitalised words the same questions tens of
 * thousands of times per megabyte; a slot read by hash answers most of them without a Map lookup.
 */

/**
 * Wraps `fn`, a pure function of a string, for callers that hold the string as the range
 * `start`..`end` of a longer text; the answer is always `fn(text.slice(start, end))`.
 * The range's hash picks one of `2 ** bits` slots, each holding one word and its value. A word found
 * in its slot costs no substring and no Map lookup; any other word is cut out, passed to `fn`, and
 * replaces what the slot held, so memory stays bounded without ever clearing the cache.
 */
export function cacheByRange<T>(fn: (word: string) => T, bits = 12): (text: string, start: number, end: number) => T {
  const size = 1 << bits;
  const words: (string | undefined)[] = new Array<string | undefined>(size).fill(undefined);
  const values: (T | undefined)[] = new Array<T | undefined>(size).fill(undefined);
  return (text: string, start: number, end: number): T => {
    const slot = rangeHash(text, start, end) & (size - 1);
    const cached = words[slot];
    // A value of `undefined` is valid: the slot's word, not its value, says whether it is filled.
    if (cached !== undefined && cached.length === end - start && text.startsWith(cached, start)) return values[slot] as T;
    const word = text.slice(start, end);
    const value = fn(word);
    words[slot] = word;
    values[slot] = value;
    return value;
  };
}

/** The FNV-1a hash of the code units of `start`..`end`, its high bits folded into the low ones that pick a slot. */
function rangeHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 16);
}
