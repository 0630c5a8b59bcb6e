/** Zero-based line and UTF-16 character, the LSP convention. */
export interface LineCharacter {
  readonly line: number;
  readonly character: number;
}

/** Converts offsets to line/character for texts that are not open in the editor (CLI, closed files). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // CR, LF and CRLF all end a line, as in the LSP specification.
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) this.starts.push(i + 1);
    }
  }

  /** The line and character of an offset. */
  positionAt(offset: number): LineCharacter {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low]! };
  }
}
