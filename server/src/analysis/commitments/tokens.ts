/** A word or a single punctuation mark with its offsets in the paragraph. */
export interface Token {
  readonly text: string;
  /** Lower-cased text, for list lookups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("Japan’s", "two-plus-two"); dotted acronyms, initials
// and "Jr."-style suffixes keep their own full stop so that they can end a name ("U.S.", "R.", "Jr.").
// This RegExp is the definition of a token; `asciiTokenEnd` is a faster equivalent for ASCII text with
// quotation marks and dashes.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*(?:(?<=\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|St))\.)?|[^\s\p{L}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
// Titles whose full stop TOKEN keeps ("Jr."), by their lengths.
const TITLES_2 = new Set(['Jr', 'Sr', 'Mr', 'Ms', 'Dr', 'St']);

// Character tests for ASCII code units. In ASCII, \p{L} is [A-Za-z], \p{Lu} is [A-Z], \p{N} is [0-9],
// \s is [\t\n\v\f\r ] and a \b word character is [A-Za-z0-9_].
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAlnum = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isBoundaryWord = (c: number): boolean => isAlnum(c) || c === 95;

/** True when `s` ends at `end` with a title that TOKEN lets keep its full stop, after a word boundary. */
function titleEndsAt(s: string, end: number): boolean {
  const boundaryAt = (k: number): boolean => k >= 0 && (k === 0 || !isBoundaryWord(s.charCodeAt(k - 1)));
  if (boundaryAt(end - 2) && TITLES_2.has(s.slice(end - 2, end))) return true;
  return boundaryAt(end - 3) && s.slice(end - 3, end) === 'Mrs';
}

/**
 * Where the token that starts at the non-space character `i` of `s` ends, for a string whose characters
 * the loop decides (`isLoopSafeCode`: ASCII, quotation marks and dashes); the same token TOKEN finds
 * there, tried in the order of its alternatives.
 */
function asciiTokenEnd(s: string, i: number): number {
  const n = s.length;
  const c = s.charCodeAt(i);
  if (!isAlnum(c)) return i + 1;
  if (isLetter(c)) {
    // A dotted acronym: two or more letter-and-dot pairs, as many as there are.
    let j = i;
    while (j + 1 < n && isLetter(s.charCodeAt(j)) && s.charCodeAt(j + 1) === 46) j += 2;
    if (j - i >= 4) return j;
    // An initial: a capital and a dot before whitespace and another capital.
    if (isUpper(c) && i + 2 < n && s.charCodeAt(i + 1) === 46 && isSpace(s.charCodeAt(i + 2))) {
      let k = i + 2;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k < n && isUpper(s.charCodeAt(k))) return i + 2;
    }
  }
  // A word: letters and digits, joined by single apostrophes (' or ’), dots or hyphens, and a title's dot.
  let j = i + 1;
  while (j < n && isAlnum(s.charCodeAt(j))) j++;
  for (;;) {
    const sep = s.charCodeAt(j);
    if (j + 1 < n && (sep === 39 || sep === 0x2019 || sep === 46 || sep === 45) && isAlnum(s.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isAlnum(s.charCodeAt(j))) j++;
    } else break;
  }
  if (j < n && s.charCodeAt(j) === 46 && titleEndsAt(s, j)) j++;
  return j;
}

/** True when `t` starts with a letter or a digit; ASCII is decided without a RegExp because it is most text. */
function startsWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return isAlnum(c);
  return WORD_START.test(t);
}

/** The token `slice.slice(start, end)`, moved to paragraph offsets by `from`. */
function tokenAt(slice: string, start: number, end: number, from: number): Token {
  const t = slice.slice(start, end);
  return { text: t, lower: lowerCase(t), start: from + start, end: from + end, isWord: startsWord(t) };
}

/**
 * `s.toLowerCase()`, but `s` itself when it holds no upper-case ASCII letter and nothing outside ASCII:
 * most words are lower case already, and lower-casing a slice of a paragraph with curly quotes takes
 * the slow path for two-byte strings.
 */
export function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return memoisedLowerCase(s);
  }
  return s;
}

// Lower-cased forms of the capitalised words seen recently. The same names, titles and sentence
// openers recur throughout a document, and a lookup is cheaper than lower-casing a two-byte slice
// again; the table is emptied when it grows large, so it holds at most one document's vocabulary.
const LOWER_FORMS = new Map<string, string>();
const MAX_LOWER_FORMS = 4096;

/** `s.toLowerCase()`, remembered for words seen before. */
function memoisedLowerCase(s: string): string {
  let lower = LOWER_FORMS.get(s);
  if (lower === undefined) {
    if (LOWER_FORMS.size >= MAX_LOWER_FORMS) LOWER_FORMS.clear();
    lower = s.toLowerCase();
    LOWER_FORMS.set(s, lower);
  }
  return lower;
}

// The last window tokenised and its tokens. A trigger's checks tokenise the words before it several
// times (its preceding word, its subject, its auxiliaries), and in a short sentence these windows are
// all the whole sentence start, so the same tokens are simply handed out again.
let lastText = '';
let lastFrom = -1;
let lastTo = -1;
let lastTokens: readonly Token[] = [];

/**
 * True for a UTF-16 code outside ASCII that the character loop decides: the quotation marks and dashes
 * of policy prose (“ ” ‘ ’ – —), which are neither letters, digits nor whitespace for TOKEN. Any other
 * code outside ASCII sends a window to TOKEN.
 */
function isLoopSafeCode(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2013 || c === 0x2014;
}

/**
 * Pushes the tokens of `slice` found by the character loop onto `out` and returns true, or returns
 * false as soon as the slice turns out to hold a character that the loop does not decide (then `out`
 * is to be discarded). Such a character is never consumed inside a token, whose characters are ASCII or
 * ’, nor skipped as ASCII whitespace, so it opens a token and is seen there; this spares a RegExp test
 * of every window beforehand.
 */
function loopTokens(slice: string, from: number, out: Token[]): boolean {
  const n = slice.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(slice.charCodeAt(i))) i++;
    if (i >= n) return true;
    const c = slice.charCodeAt(i);
    if (c >= 128 && !isLoopSafeCode(c)) return false;
    const end = asciiTokenEnd(slice, i);
    out.push(tokenAt(slice, i, end, from));
    i = end;
  }
}

/** Tokenises `text.slice(from, to)` with paragraph offsets; the result is shared, so it is read-only. */
export function tokenize(text: string, from: number, to: number): readonly Token[] {
  if (from === lastFrom && to === lastTo && text === lastText) return lastTokens;
  const out: Token[] = [];
  // The slice (rather than the whole paragraph) matters: look-arounds and word ends stop at its edges.
  const slice = text.slice(from, to);
  if (!loopTokens(slice, from, out)) {
    out.length = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) out.push(tokenAt(slice, m.index, m.index + m[0].length, from));
  }
  lastText = text;
  lastFrom = from;
  lastTo = to;
  lastTokens = out;
  return out;
}

const SPACE = /\s/;

/** True when the code unit at `i` is whitespace (\s), which no token contains. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? isSpace(c) : SPACE.test(text.charAt(i));
}

/**
 * The last token of `text.slice(from, to)`, exactly as `tokenize` finds it. No token contains
 * whitespace and none looks back across it, so the tokens after a whitespace character are the tokens
 * of the window that starts just after it: only the last word of the window is tokenised.
 */
export function lastToken(text: string, from: number, to: number): Token | undefined {
  let last = to - 1;
  while (last >= from && isSpaceAt(text, last)) last--;
  if (last < from) return undefined;
  let space = last - 1;
  while (space >= from && !isSpaceAt(text, space)) space--;
  const tokens = tokenize(text, space >= from ? space + 1 : from, to);
  return tokens[tokens.length - 1];
}

/**
 * The tokens of `text.slice(from, to)`, exactly as `tokenize` finds them, but produced only as far as
 * they are read: shape checks after a trigger usually look at one or two words of a long window.
 */
export class LazyTokens {
  // Tokens found so far are the first `count` entries; entries past them are left over from an
  // earlier window, because emptying the array would give up its storage.
  private readonly tokens: Token[] = [];
  private count = 0;
  private slice: string;
  private from: number;
  // Whether the character loop still finds the tokens; TOKEN takes over at the first token whose
  // characters, or those the loop looks at after it, include one that the loop does not decide.
  private ascii = true;
  // Every character of the slice before this offset is one that the loop decides.
  private checkedTo = 0;
  // Where the next search in the slice starts; TOKEN is shared, so its lastIndex is set before each use.
  private next = 0;
  private done = false;

  constructor(text: string, from: number, to: number) {
    this.from = from;
    this.slice = text.slice(from, to);
  }

  /** Makes this the tokens of `text.slice(from, to)` instead, reusing its storage; tokens handed out before stay valid. */
  reset(text: string, from: number, to: number): this {
    this.count = 0;
    this.from = from;
    this.slice = text.slice(from, to);
    this.ascii = true;
    this.checkedTo = 0;
    this.next = 0;
    this.done = false;
    return this;
  }

  /** The token at `index`, or undefined past the last one. */
  at(index: number): Token | undefined {
    while (!this.done && this.count <= index) this.advance();
    return index < this.count ? this.tokens[index] : undefined;
  }

  private advance(): void {
    const s = this.slice;
    let start: number;
    let end: number;
    if (this.ascii) {
      start = this.next;
      while (start < s.length && isSpace(s.charCodeAt(start))) start++;
      if (start >= s.length) {
        this.done = true;
        return;
      }
      end = asciiTokenEnd(s, start);
      // The loop looks at most three characters past the token's start, one past its end and across the
      // spaces after it (an initial before a capital); only the window checked so far decides whether
      // this token is TOKEN's, since the tokens before it did not look further.
      let last = end + 1;
      while (last < s.length && isSpace(s.charCodeAt(last))) last++;
      if (!this.loopDecidesUpTo(Math.max(start + 3, last))) {
        this.ascii = false;
        this.advance();
        return;
      }
    } else {
      TOKEN.lastIndex = this.next;
      const m = TOKEN.exec(s);
      if (m === null) {
        this.done = true;
        return;
      }
      start = m.index;
      end = TOKEN.lastIndex;
    }
    this.next = end;
    this.tokens[this.count++] = tokenAt(s, start, end, this.from);
  }

  /** True when every character of the slice up to `last` (inclusive) is one that the loop decides. */
  private loopDecidesUpTo(last: number): boolean {
    const stop = Math.min(last + 1, this.slice.length);
    for (let k = this.checkedTo; k < stop; k++) {
      const c = this.slice.charCodeAt(k);
      if (c >= 128 && !isLoopSafeCode(c)) return false;
    }
    if (stop > this.checkedTo) this.checkedTo = stop;
    return true;
  }
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(token: Token): boolean {
  return UPPER_START.test(token.text);
}
