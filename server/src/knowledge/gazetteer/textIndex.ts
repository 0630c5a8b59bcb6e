/**
 * What every gazetteer scan of a text needs regardless of the gazetteer: its word runs (cut out of
 * the text only when they may begin a name of some compiled gazetteer) and its runs of words in
 * capitals. The place and organisation scans of one paragraph run back to back, so the index of the
 * last text is kept and the second scan reuses it.
 */
import { gazetteerKey } from './keys';
import { hashRange, leadingWordsVersion, mayBeLeadingWord } from './leadingWords';
import { followsWordChar, wordUnitLength } from './wordChars';

/** A run of words in capitals (three letters or more each), as in the datelines "HANOI –" and "NEW DELHI,". */
const LATIN = String.raw`[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]`;
const ALL_CAPS_SOURCE = String.raw`${LATIN}${LATIN}(?<![\p{L}\p{M}\p{N}]..)\p{Lu}+(?:[ \u00A0]\p{Lu}{3,})*(?![\p{L}\p{M}\p{N}])`;
// Two plain character classes come first so that V8 can skip ordinary words before the lookbehind runs.
const ALL_CAPS_RUN = new RegExp(ALL_CAPS_SOURCE, 'gu');
/** The same pattern tried only at chosen positions. */
const ALL_CAPS_AT = new RegExp(ALL_CAPS_SOURCE, 'uy');
/** The only character of the pattern's leading class that is not a word character. */
const MULTIPLICATION_SIGN = '\u00D7';

/** True when `code` is in the pattern's leading class `LATIN`. */
function isLatinCapital(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde) || (code >= 0x100 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)
  );
}
const CAPITALS_AND_SPACES = /^[\p{Lu} \u00A0]+$/u;
const NON_SPACE_RUN = /\S+/gu;

/** One match of the all-caps pattern, with its words when it holds nothing but capitals and spaces. */
export class ShoutedRun {
  private wordOffsets: number[] | undefined;
  private readonly candidates: (string | undefined)[] = [];
  private readonly keys: (string | undefined)[] = [];

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /**
   * Start and end offsets of each word, flattened: [start0, end0, start1, end1, …]; empty when the
   * run has other characters. Split on first use: most runs lie inside a name already found.
   */
  get words(): readonly number[] {
    if (this.wordOffsets === undefined) {
      const run = this.text.slice(this.start, this.end);
      const words: number[] = [];
      if (CAPITALS_AND_SPACES.test(run)) {
        for (const w of run.matchAll(NON_SPACE_RUN)) words.push(this.start + w.index, this.start + w.index + w[0].length);
      }
      this.wordOffsets = words;
    }
    return this.wordOffsets;
  }

  /** The number of words (0 when the run is not capitals and spaces only). */
  get wordCount(): number {
    return this.words.length / 2;
  }

  /** The text from the start of word `i` to the end of word `j`. */
  candidate(i: number, j: number): string {
    const slot = i * this.wordCount + j;
    let text = this.candidates[slot];
    if (text === undefined) {
      text = this.text.slice(this.words[2 * i] ?? 0, this.words[2 * j + 1] ?? 0);
      this.candidates[slot] = text;
    }
    return text;
  }

  /** The gazetteer key of `candidate(i, j)`, computed once for all gazetteers. */
  key(i: number, j: number): string {
    const slot = i * this.wordCount + j;
    let key = this.keys[slot];
    if (key === undefined) {
      key = gazetteerKey(this.candidate(i, j));
      this.keys[slot] = key;
    }
    return key;
  }
}

/** The gazetteer-independent facts about one text. */
export interface TextIndex {
  /** Start offsets of the word runs (maximal runs of letters, marks and digits) that do not start with an ASCII lower-case letter. */
  readonly wordStarts: readonly number[];
  /**
   * The texts of those word runs, in the same order; undefined for a word that begins no name of any
   * compiled gazetteer (see `leadingWords`), which is all that a scan needs to know about it.
   */
  readonly words: readonly (string | undefined)[];
  /** Every match of the all-caps pattern, in text order. */
  readonly shouted: readonly ShoutedRun[];
}

/** True for the code units a to z, which start no gazetteer name and most words of prose. */
function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** ASCII code units that can start an indexed word: digits and capitals. */
const ASCII_START = new Uint8Array(0x80);
for (let code = 0x30; code <= 0x39; code++) ASCII_START[code] = 1;
for (let code = 0x41; code <= 0x5a; code++) ASCII_START[code] = 1;

/** ASCII code units that are word characters: digits and letters. */
const ASCII_WORD = new Uint8Array(0x80);
for (let code = 0x30; code <= 0x39; code++) ASCII_WORD[code] = 1;
for (let code = 0x41; code <= 0x5a; code++) ASCII_WORD[code] = 1;
for (let code = 0x61; code <= 0x7a; code++) ASCII_WORD[code] = 1;

/** `followsWordChar`, with the common case of an ASCII code unit before `index` answered inline. */
function followsWordCharFast(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  return before < 0x80 ? ASCII_WORD[before] === 1 : followsWordChar(text, index);
}

/**
 * Finds the word runs of `text` that do not start with a to z, in one plain loop over its code
 * units. Most characters of prose are lower-case letters, spaces and punctuation, which are
 * dismissed with one comparison; only other characters are checked for a word start.
 */
function wordRuns(text: string): { wordStarts: number[]; words: (string | undefined)[] } {
  const wordStarts: number[] = [];
  const words: (string | undefined)[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let unit = 1;
    // An ASCII code unit that passes the table is a digit or a capital, one code unit long.
    if (code < 0x80) {
      if (ASCII_START[code] === 0) continue;
    } else {
      unit = wordUnitLength(text, i);
      if (unit === 0) continue;
    }
    if (followsWordCharFast(text, i)) continue;
    const start = i;
    let end = i + unit;
    // ASCII letters and digits are read inline; other code units go through the full check.
    while (end < length) {
      const next = text.charCodeAt(end);
      if (next < 0x80) {
        if (ASCII_WORD[next] === 0) break;
        end++;
      } else {
        unit = wordUnitLength(text, end);
        if (unit === 0) break;
        end += unit;
      }
    }
    wordStarts.push(start);
    // Cutting the word out of the text is the costly part; words that begin no name are not cut.
    words.push(mayBeLeadingWord(hashRange(text, start, end)) ? text.slice(start, end) : undefined);
    // Positions inside the word follow a word character, so none of them starts a word.
    i = end - 1;
  }
  return { wordStarts, words };
}

/**
 * Every match of the all-caps pattern. Without a multiplication sign every character of `LATIN` is
 * a word character, and the lookbehind puts the match at a word start, so the pattern only needs
 * trying at indexed words that open with two such characters; in the rare other case it scans the text.
 */
function shoutedRuns(text: string, wordStarts: readonly number[]): ShoutedRun[] {
  const runs: ShoutedRun[] = [];
  if (text.includes(MULTIPLICATION_SIGN)) {
    ALL_CAPS_RUN.lastIndex = 0;
    for (let m = ALL_CAPS_RUN.exec(text); m !== null; m = ALL_CAPS_RUN.exec(text)) {
      runs.push(new ShoutedRun(text, m.index, m.index + m[0].length));
    }
    return runs;
  }
  let resume = 0;
  for (const start of wordStarts) {
    // A global scan resumes after its last match, so words inside a run are not tried again.
    if (start < resume || !isLatinCapital(text.charCodeAt(start)) || !isLatinCapital(text.charCodeAt(start + 1))) continue;
    ALL_CAPS_AT.lastIndex = start;
    const m = ALL_CAPS_AT.exec(text);
    if (m === null) continue;
    resume = start + m[0].length;
    runs.push(new ShoutedRun(text, start, resume));
  }
  return runs;
}

let lastText: string | undefined;
let lastIndex: TextIndex | undefined;
let lastVersion = -1;

/** True when `code` can start a name that `indexText` keeps track of (anything but a to z). */
export function isIndexedStart(code: number): boolean {
  return !isAsciiLower(code);
}

/** The index of `text`, reused when the previous call indexed the same text. */
export function indexText(text: string): TextIndex {
  // The index depends on the text and on the gazetteers compiled so far (their leading words), so a
  // cached one for an equal string is exact unless a gazetteer was compiled since.
  const version = leadingWordsVersion();
  if (lastIndex !== undefined && lastText === text && lastVersion === version) return lastIndex;
  const { wordStarts, words } = wordRuns(text);
  const index: TextIndex = { wordStarts, words, shouted: shoutedRuns(text, wordStarts) };
  lastText = text;
  lastIndex = index;
  lastVersion = version;
  return index;
}
