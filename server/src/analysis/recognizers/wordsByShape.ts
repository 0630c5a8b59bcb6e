/**
 * A fixed set of words, filed by length and first code unit in one flat array, so that a range of a
 * text is tested without cutting it out: most ranges find no word of their shape, and the rest compare
 * against a handful in place.
 */
export class WordsByShape {
  private readonly slots: (string[] | undefined)[] = [];

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length === 0) continue;
      const key = shapeKey(word.length, word.charCodeAt(0));
      const slot = this.slots[key];
      if (slot === undefined) this.slots[key] = [word];
      else if (!slot.includes(word)) slot.push(word);
    }
  }

  /** True when `text` holds exactly one of the words from `start` to `end`. */
  hasAt(text: string, start: number, end: number): boolean {
    if (end <= start) return false;
    const slot = this.slots[shapeKey(end - start, text.charCodeAt(start))];
    if (slot === undefined) return false;
    // A plain loop: a callback for `some` would be a fresh closure at every call.
    for (const word of slot) {
      if (text.startsWith(word, start)) return true;
    }
    return false;
  }
}

/** The slot of a word of `length` code units opening with `first`; words sharing a slot are told apart by comparison. */
function shapeKey(length: number, first: number): number {
  return length * 32 + (first & 31);
}
