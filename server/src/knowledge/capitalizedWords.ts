/**
 * A hand-written scanner for the capitalised words of a text folded to base letters, and a hash of a
 * word's lower-cased letters, which let the registry's name finder rule out most words without
 * creating a match object or a string per word.
 */

/** True for the code units of `\w` without the `u` flag: A to Z, a to z, 0 to 9 and `_`. */
export function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** The end of the run of ASCII letters that starts at `at` (`at` itself when there is none). */
function lettersEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** True when an apostrophe at `at` starts a possessive "'s" (an `s` followed by no word character). */
function isPossessive(text: string, at: number): boolean {
  return text.charCodeAt(at + 1) === 0x73 && !isWordChar(text.charCodeAt(at + 2));
}

/** The end of the word that starts with a capital at `start`: letters, with inner hyphens and apostrophes. */
export function capitalizedWordEnd(text: string, start: number): number {
  let end = lettersEnd(text, start + 1);
  for (;;) {
    const code = text.charCodeAt(end);
    // A hyphen or an apostrophe joins the letters after it, except the apostrophe of a possessive "'s".
    const joins = code === 0x2d || ((code === 0x27 || code === 0x2019) && !isPossessive(text, end));
    if (!joins) return end;
    const next = lettersEnd(text, end + 1);
    if (next === end + 1) return end;
    end = next;
  }
}

/**
 * The words matched by `\b[A-Z][A-Za-z]*(?:-[A-Za-z]+|['’](?!s\b)[A-Za-z]+)*` (global, no `u` flag)
 * in `text`: a capital at a word boundary, then letters, with inner hyphens and apostrophes but no
 * possessive "'s". Returned as flat offsets [start0, end0, start1, end1, …], found without a RegExp.
 */
export function capitalizedWords(text: string): number[] {
  const bounds: number[] = [];
  let previousIsWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a && !previousIsWord) {
      const end = capitalizedWordEnd(text, i);
      bounds.push(i, end);
      // A word ends in a letter, so no word can start right after it.
      i = end - 1;
      previousIsWord = true;
      continue;
    }
    previousIsWord = isWordChar(code);
  }
  return bounds;
}

/** A hash of `text[start..end)` with A to Z lower-cased, equal to {@link hashLowerCase} of the lower-cased slice. */
export function hashLowerCaseRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

/**
 * A hash of `text[start..end)` with A to Z lower-cased and no-break spaces and line feeds read as
 * spaces, equal to {@link hashLowerCase} of `text.slice(start, end).replace(/[\u00a0\n]/g, ' ').toLowerCase()` when the
 * slice has no other letters than A to Z and a to z.
 */
export function hashKeyRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    else if (code === 0xa0 || code === 0x0a) code = 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

/** A hash of a string already in lower case; see {@link hashLowerCaseRange}. */
export function hashLowerCase(text: string): number {
  return hashLowerCaseRange(text, 0, text.length);
}

/**
 * The same words as {@link capitalizedWords}, read only at `starts`: ascending offsets that include
 * every word's start (a superset, such as every capital after no ASCII letter or digit).
 */
export function capitalizedWordsAt(text: string, starts: readonly number[]): number[] {
  const bounds: number[] = [];
  let end = 0;
  for (const start of starts) {
    // A start inside the previous word is no word of its own, as the RegExp resumes after a match.
    if (start < end) continue;
    const code = text.charCodeAt(start);
    if (code < 0x41 || code > 0x5a || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) continue;
    end = capitalizedWordEnd(text, start);
    bounds.push(start, end);
  }
  return bounds;
}
