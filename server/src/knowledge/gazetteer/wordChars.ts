/**
 * Word characters (letters, marks and digits, as `[\p{L}\p{M}\p{N}]` with the `u` flag) read
 * straight from UTF-16 code units, so that the gazetteer scan can walk a text in a plain loop
 * instead of running a RegExp per capitalised word.
 */

const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]$/u;

/** 1 for a word code unit, 2 for any other, 0 not yet known; filled lazily to keep start-up free. */
const bmpClass = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  const ascii = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  bmpClass[code] = ascii ? 1 : 2;
}

/** True when the Unicode code point `codePoint` is a letter, mark or digit. */
function isWordCodePoint(codePoint: number): boolean {
  return WORD_CODE_POINT.test(String.fromCodePoint(codePoint));
}

/**
 * The length in code units of the word code point starting at `index` (1, or 2 for an astral one
 * written as a surrogate pair), or 0 when the code point there is not a word character. A lone
 * surrogate is not a word character, matching what a `u` RegExp sees.
 */
export function wordUnitLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isWordCodePoint((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? 2 : 0;
    return 0;
  }
  let cls = bmpClass[code] ?? 0;
  if (cls === 0) {
    // Surrogates are never letters, so a lone low surrogate is classed "other" here too.
    cls = isWordCodePoint(code) ? 1 : 2;
    bmpClass[code] = cls;
  }
  return cls === 1 ? 1 : 0;
}

/** True when the code point ending just before `index` is a letter, mark or digit. */
export function followsWordChar(text: string, index: number): boolean {
  if (index <= 0 || index > text.length) return false;
  const before = text.charCodeAt(index - 1);
  if (before >= 0xdc00 && before <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return wordUnitLength(text, index - 2) === 2;
  }
  return wordUnitLength(text, index - 1) > 0;
}

/**
 * True when the single code unit `code` is a letter, mark or digit, as `[\p{L}\p{M}\p{N}]` tests a
 * one-unit string: a surrogate on its own is never one.
 */
export function isWordCodeUnit(code: number): boolean {
  // NaN (a position outside the text) fails both comparisons and is not a word character either.
  if (!(code < 0xd800 || (code > 0xdfff && code <= 0xffff))) return false;
  let cls = bmpClass[code] ?? 0;
  if (cls === 0) {
    cls = isWordCodePoint(code) ? 1 : 2;
    bmpClass[code] = cls;
  }
  return cls === 1;
}
