// A conjunction or preposition cannot end an object ("… maritime zones after" before a cut participle);
// "by", "in" and "on" can be particles of the verb ("will not sit by"), so they stay.
export const DANGLING_CONJUNCTION = /\s(?:and|or|but|while|whereas|after|before|with|of|to|for|from|at)$/i;
const WHITESPACE = /\s/;

const DANGLING_WORDS = ['and', 'or', 'but', 'while', 'whereas', 'after', 'before', 'with', 'of', 'to', 'for', 'from', 'at'];

/**
 * The length of the match of DANGLING_CONJUNCTION in `text.slice(from, end)`, or 0 when there is none,
 * found without a slice and a match array at every step of `trimEnd`. The RegExp matches a whitespace
 * character and then one of its words, all ASCII letters (which alone fold under "i" without "u"), up to
 * the end: so the word is the run of ASCII letters before `end`, and the whitespace comes just before it.
 */
export function danglingConjunctionLength(text: string, from: number, end: number): number {
  let wordStart = end;
  while (wordStart > from && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  const space = wordStart - 1;
  if (wordStart === end || space < from || !isWhitespace(text, space)) return 0;
  for (const word of DANGLING_WORDS) if (equalsLowerAscii(text, wordStart, end, word)) return end - space;
  return 0;
}

/** True for the UTF-16 code of an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** True when `text.slice(start, end)`, made of ASCII letters, equals the lower-case `word` in any case. */
function equalsLowerAscii(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** True when the code unit at `i` is whitespace (\s). */
function isWhitespace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITESPACE.test(text.charAt(i));
}
