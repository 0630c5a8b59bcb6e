/**
 * A shared, approximate set of the leading words of every compiled gazetteer's names, kept as a
 * bit table of word hashes. The text index hashes each word run as it reads it, and only words
 * whose hash is in the table are cut out of the text and looked up: most capitalised words of
 * prose ("The", "President", "Wednesday") begin no name, and are dismissed without a substring
 * or a map lookup. A false positive only costs the lookup it would have cost anyway.
 */

/** log2 of the number of bits: a few thousand words fill under one slot in thirty. */
const TABLE_BITS = 18;
const table = new Uint32Array((1 << TABLE_BITS) >>> 5);
let version = 0;

/** Mixes the code units `text[start, end)` into a hash; the same units always give the same hash. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = mixUnit(hash, text.charCodeAt(i));
  return hash;
}

/** One step of `hashRange`: the hash of a range extended by the code unit `code`. */
export function mixUnit(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** The table slot of a hash: a small non-negative integer, also usable as a cheap lookup key. */
export function slotOf(hash: number): number {
  return (hash ^ (hash >>> TABLE_BITS)) & ((1 << TABLE_BITS) - 1);
}

/** Adds a leading word; call `bumpVersion` once the whole gazetteer is registered. */
export function registerLeadingWord(word: string): void {
  const slot = slotOf(hashRange(word, 0, word.length));
  table[slot >>> 5] = (table[slot >>> 5] ?? 0) | (1 << (slot & 31));
}

/** Marks the table as grown, so that text indexes built before are rebuilt. */
export function bumpVersion(): void {
  version++;
}

/** How many times the table has grown; an index built at another version may miss words. */
export function leadingWordsVersion(): number {
  return version;
}

/** False when no registered leading word has this hash; true when one may. */
export function mayBeLeadingWord(hash: number): boolean {
  return isSlotTaken(slotOf(hash));
}

/** False when no registered leading word hashes to `slot`; true when one may. */
export function isSlotTaken(slot: number): boolean {
  return ((table[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
}
