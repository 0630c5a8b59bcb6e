/**
 * A word-level pre-check for the clause openers that `objectEnd` (clause.ts) tries after a space:
 * AFTER_SPACE (objectBoundaries.ts), and the meeting and sidelines patterns of clause.ts. Each of their
 * alternatives that starts with a letter starts with one of a few whole words ("during", "in light of",
 * "on the sidelines of", "and discussed …"), so a word after the spaces that is none of them rules the
 * RegExps out. Those were tried at about a third of all spaces inside objects ("investment",
 * "strengthen", "on climate"), which made AFTER_SPACE a tenth of the commitment recogniser's time.
 */

// The words the letter-initial alternatives open with, in lower case. Each is followed in its pattern
// by white space, a comma or a word boundary, so in the text it is a whole run of ASCII letters.
const OPENING_WORDS: readonly string[] = [
  'during', 'in', 'at', 'on', 'against', 'whereas', 'but', 'while', 'after', 'recognising', 'recognizing', 'noting',
  'acknowledging', 'reaffirming', 'welcoming', 'recalling', 'underscoring', 'stressing', 'emphasising', 'emphasizing', 'and',
];

// The first letters of the words that may follow "in" ("light", "view", "an", "their", "the", "its", "his", "her").
const AFTER_IN = 'lvatih';

/** True for the UTF-16 code of an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26;
}

/** True for the UTF-16 code of ASCII white space (what \s matches below 128). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The opening word that `text.slice(start, end)`, a run of ASCII letters, spells in any case, or undefined. */
function openingWord(text: string, start: number, end: number): string | undefined {
  for (const word of OPENING_WORDS) {
    if (word.length !== end - start) continue;
    let k = 0;
    // Every character of the run is an ASCII letter, so setting bit 5 lowers it and nothing else.
    while (k < word.length && (text.charCodeAt(start + k) | 32) === word.charCodeAt(k)) k++;
    if (k === word.length) return word;
  }
  return undefined;
}

/**
 * False when no clause opener can start with the word at `j`, the first character after the spaces,
 * an ASCII letter. Under the "iu" flags only the long s and the Kelvin sign fold onto ASCII letters,
 * so wherever a character outside ASCII could change the answer, the answer is true and the RegExps
 * decide. "in" and "on" are also checked against the word after them, as only a few words follow them
 * in the patterns; exported for the property test that compares it with the RegExps.
 */
export function mayOpenWithWord(text: string, j: number): boolean {
  let end = j;
  while (isAsciiLetter(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) >= 128) return true;
  const word = openingWord(text, j, end);
  if (word === undefined) return false;
  if (word === 'in') return nextWordMayStart(text, end, AFTER_IN);
  if (word === 'on') return nextWordMayBeThe(text, end);
  return true;
}

/**
 * Whether, after the white space at `end`, the next word may open with one of `letters` (lower-case
 * ASCII); a character outside ASCII anywhere on the way leaves it possible.
 */
function nextWordMayStart(text: string, end: number, letters: string): boolean {
  const at = afterSpaces(text, end);
  if (at === -1) return false;
  const c = text.charCodeAt(at);
  if (c >= 128) return true;
  if (!isAsciiLetter(c)) return false;
  for (let k = 0; k < letters.length; k++) if ((c | 32) === letters.charCodeAt(k)) return true;
  return false;
}

/** Whether "the" may follow the white space at `end` (only "on the sidelines of" opens with "on"). */
function nextWordMayBeThe(text: string, end: number): boolean {
  const at = afterSpaces(text, end);
  if (at === -1) return false;
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(at + k);
    if (c >= 128) return true;
    if ((c | 32) !== 'the'.charCodeAt(k) || !isAsciiLetter(c)) return false;
  }
  return true;
}

/**
 * The offset after the run of white space that must start at `end`, or -1 when `end` holds no white
 * space; a character outside ASCII is taken as white space, which can only make a match seem possible.
 */
function afterSpaces(text: string, end: number): number {
  let at = end;
  for (let c = text.charCodeAt(at); isAsciiSpace(c) || c >= 128; c = text.charCodeAt(++at)) if (c >= 128) return at;
  return at === end ? -1 : at;
}
