/**
 * Twins of the people patterns for text whose letters, digits and marks are all ASCII. With the `u`
 * flag, V8 reads Unicode property classes (`\p{Lu}`, `\p{L}`, …) through large range tables and
 * surrogate checks. In a text whose other characters are neither letters, digits, marks nor halves of
 * surrogate pairs (curly quotes, dashes and no-break spaces are fine), those classes match exactly
 * the ASCII characters they name, and every other construct the patterns use (literals, `.`, `\s`,
 * look-arounds) reads the same characters with or without the flag; so the same pattern without
 * the flag, its classes spelled as ASCII ranges, finds exactly the same matches, several times faster.
 */

/** The ASCII members of each property class the people patterns use; `\p{M}` has none. */
const ASCII_MEMBERS: Readonly<Record<string, string>> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };

/**
 * The twin of `regex`, a `u` pattern, for text whose words are ASCII (see `hasAsciiWordsOnly`): every `\p{…}` is replaced by its ASCII
 * members, inside brackets or as a bracket of its own, and the `u` flag is dropped. Throws on
 * syntax whose meaning would not carry over (other escapes of letters than `\p`, negated classes
 * holding a property class, a property class without ASCII members standing alone).
 */
export function asciiTwin(regex: RegExp): RegExp {
  if (!regex.flags.includes('u') || regex.flags.includes('i')) throw new Error(`asciiTwin: ${regex.source} needs the u flag and no i flag`);
  return new RegExp(asciiSource(regex.source), regex.flags.replace('u', ''));
}

/** The letter escapes that keep their meaning on ASCII text once the `u` flag is dropped (`\u` only as `\uXXXX`). */
const SAME_WITHOUT_U = 'sSdDwWbBu';

/** The source of `asciiTwin`. */
function asciiSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'p') {
        const close = source.indexOf('}', i);
        const members = ASCII_MEMBERS[source.slice(i + 3, close)];
        if (source[i + 2] !== '{' || members === undefined) throw new Error(`asciiTwin: unsupported class at ${i} in ${source}`);
        if (!inClass && members === '') throw new Error(`asciiTwin: a class without ASCII members stands alone at ${i}`);
        out += inClass ? members : `[${members}]`;
        i = close;
        continue;
      }
      // Without the `i` flag, \s, \d, \w and \b and their negations mean the same with or without `u`
      // on ASCII text; other letter escapes (\P, \k, \c, …) are refused rather than checked.
      if (/[A-Za-z]/.test(next) && !SAME_WITHOUT_U.includes(next)) throw new Error(`asciiTwin: unsupported escape \\${next} in ${source}`);
      if (next === 'u' && source[i + 2] === '{') throw new Error(`asciiTwin: unsupported code point escape in ${source}`);
      out += c + next;
      i++;
      continue;
    }
    if (c === '[') {
      if (source[i + 1] === '^' && /\\p\{/.test(source.slice(i, source.indexOf(']', i)))) throw new Error(`asciiTwin: negated class with a property in ${source}`);
      inClass = true;
    } else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** One flag per code unit of each block of 256 that holds a non-ASCII code unit (see `isWordUnit`); filled on first use. */
const wordUnitBlocks: (Uint8Array | undefined)[] = [];
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * True for a code unit past ASCII that rules the ASCII twins out: a letter, digit or mark, or half of
 * a surrogate pair. The answers are kept in blocks of 256 code units, each filled the first time a
 * code unit of it is asked about, since a text uses few blocks (Latin-1, general punctuation).
 */
export function isWordUnit(code: number): boolean {
  const high = code >> 8;
  let block = wordUnitBlocks[high];
  if (block === undefined) {
    block = new Uint8Array(256);
    for (let low = 0; low < 256; low++) {
      const unit = (high << 8) | low;
      const surrogate = unit >= 0xd800 && unit <= 0xdfff;
      block[low] = unit >= 0x80 && (surrogate || WORD_CHARACTER.test(String.fromCharCode(unit))) ? 1 : 0;
    }
    wordUnitBlocks[high] = block;
  }
  return block[code & 0xff] === 1;
}

/** True when the letters, digits and marks of `text` are all ASCII and it holds no surrogate, so that the ASCII twins apply to it. */
export function hasAsciiWordsOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && isWordUnit(code)) return false;
  }
  return true;
}
