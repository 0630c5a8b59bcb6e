/**
 * Converts between UTF-16 offsets (our core's) and Unicode code point offsets (brat's and the W3C
 * Web Annotation selectors'). The two differ only after astral characters such as flag emoji.
 */
export class CodePointIndex {
  /** UTF-16 offsets at which an astral character starts, ascending. */
  private readonly astral: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** The text's length in code points. */
  get codePointLength(): number {
    return this.text.length - this.astral.length;
  }

  /** The code point offset of a UTF-16 offset. */
  toCodePoint(offset: number): number {
    return offset - this.astralBefore(offset);
  }

  /** The UTF-16 offset of a code point offset. */
  fromCodePoint(codePoint: number): number {
    // Every astral character before the target adds one code unit; walk them in order.
    let offset = codePoint;
    for (const at of this.astral) {
      if (at < offset) offset++;
      else break;
    }
    return Math.min(offset, this.text.length);
  }

  private astralBefore(offset: number): number {
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astral[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    // An offset in the middle of a pair counts the pair as before it.
    return low;
  }
}
