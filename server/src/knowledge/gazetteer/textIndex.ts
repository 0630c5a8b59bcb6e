/**
 * What every gazetteer scan of a text needs regardless of the gazetteer: its word runs (with a
 * table slot only when they may begin a name of some compiled gazetteer) and its runs of words in
 * capitals. The place and organisation scans of one paragraph run back to back, so the index of the
 * last text is kept and the second scan reuses it.
 */
import { gazetteerKey } from './keys';
import { isSlotTaken, leadingWordsVersion, mixUnit, slotOf } from './leadingWords';
import { followsWordChar, wordUnitLength } from './wordChars';

/** A run of words in capitals (see `ALL_CAPS_SOURCE`), as in the datelines "HANOI –", "NEW DELHI," and "HA NOI". */
const LATIN = String.raw`[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]`;
// A run opens with a word of three capitals or more, or of two followed by more words ("HA NOI", "HO CHI
// MINH CITY", "DA NANG"); its later words have two capitals or more. A lone two-capital word ("US",
// "UN") is an acronym the exact scan has already read, never an upper-case form of a longer name.
const ALL_CAPS_SOURCE = String.raw`${LATIN}${LATIN}(?<![\p{L}\p{M}\p{N}]..)(?:\p{Lu}+(?:[ \u00A0]\p{Lu}{2,})*|(?:[ \u00A0]\p{Lu}{2,})+)(?![\p{L}\p{M}\p{N}])`;
// Two plain character classes come first so that V8 can skip ordinary words before the lookbehind runs.
const ALL_CAPS_RUN = new RegExp(ALL_CAPS_SOURCE, 'gu');
/** The same pattern tried only at chosen positions. */
const ALL_CAPS_AT = new RegExp(ALL_CAPS_SOURCE, 'uy');
/** The only character of the pattern's leading class that is not a word character: ×, as a code unit. */
const MULTIPLICATION_SIGN_CODE = 0xd7;

/** True when `code` is one of A to Z. */
function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** True when `code` is in the pattern's leading class `LATIN`. */
function isLatinCapital(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde) || (code >= 0x100 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)
  );
}
const CAPITALS_AND_SPACES = /^[\p{Lu} \u00A0]+$/u;

/**
 * Pushes the start and end of each word of `text[start, end)` onto `out`, for a range that holds
 * only capitals, spaces and no-break spaces: there the words are exactly the runs of non-space
 * characters, found without a RegExp iterator and its match arrays.
 */
function pushSpaceSeparatedWords(text: string, start: number, end: number, out: number[]): void {
  let wordStart = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 0x20 || code === 0xa0;
    if (isSpace && wordStart >= 0) {
      out.push(wordStart, i);
      wordStart = -1;
    } else if (!isSpace && wordStart < 0) {
      wordStart = i;
    }
  }
  if (wordStart >= 0) out.push(wordStart, end);
}

const NO_WORDS: readonly number[] = [];

/** True when `text[start, end)` holds a space or a no-break space. */
function hasSpaceIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0) return true;
  }
  return false;
}

/** The most words a name in capitals is read with; gazetteer names are shorter. */
export const MAX_SHOUTED_SPAN = 12;

/** One match of the all-caps pattern, with its words when it holds nothing but capitals and spaces. */
export class ShoutedRun {
  private wordOffsets: readonly number[] | undefined;
  // Made on first use: most runs lie inside a name already found and are never split.
  private candidates: (string | undefined)[] | undefined;
  private keys: (string | undefined)[] | undefined;

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
      if (!this.isCapitalsAndSpaces()) this.wordOffsets = NO_WORDS;
      // Most runs are one word ("ASEAN", "HANOI"), whose offsets need no growing array.
      else if (!hasSpaceIn(this.text, this.start, this.end)) this.wordOffsets = [this.start, this.end];
      else {
        const words: number[] = [];
        pushSpaceSeparatedWords(this.text, this.start, this.end, words);
        this.wordOffsets = words;
      }
    }
    return this.wordOffsets;
  }

  /** True when the run holds nothing but capitals, spaces and no-break spaces. */
  private isCapitalsAndSpaces(): boolean {
    // The all-caps pattern admits only capitals and spaces after its first two characters, which
    // come from the wider class `LATIN`; when both are A to Z the run passes without a substring.
    if (isAsciiCapital(this.text.charCodeAt(this.start)) && isAsciiCapital(this.text.charCodeAt(this.start + 1))) return true;
    return CAPITALS_AND_SPACES.test(this.text.slice(this.start, this.end));
  }

  /** The number of words (0 when the run is not capitals and spaces only). */
  get wordCount(): number {
    return this.words.length / 2;
  }

  /** The text from the start of word `i` to the end of word `j` (at most `MAX_SHOUTED_SPAN` words). */
  candidate(i: number, j: number): string {
    const slot = this.slot(i, j);
    // Sized to the run, as an array grown from empty reserves room for many more than a one-word run needs.
    this.candidates ??= new Array<string | undefined>(this.slots());
    let text = this.candidates[slot];
    if (text === undefined) {
      text = this.text.slice(this.words[2 * i] ?? 0, this.words[2 * j + 1] ?? 0);
      this.candidates[slot] = text;
    }
    return text;
  }

  /** The cache slot of words i..j: one row of `MAX_SHOUTED_SPAN` per start word, not one per word of the run. */
  private slot(i: number, j: number): number {
    const stride = this.stride();
    if (j - i >= stride) throw new RangeError(`a sub-run of ${j - i + 1} words is longer than any name`);
    return i * stride + (j - i);
  }

  private slots(): number {
    return this.wordCount * this.stride();
  }

  /** Slots per start word: as many as the run has words, at most `MAX_SHOUTED_SPAN`. */
  private stride(): number {
    return Math.min(this.wordCount, MAX_SHOUTED_SPAN);
  }

  /** The gazetteer key of `candidate(i, j)`, computed once for all gazetteers. */
  key(i: number, j: number): string {
    const slot = this.slot(i, j);
    this.keys ??= new Array<string | undefined>(this.slots());
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
  /** How many word runs (maximal runs of letters, marks and digits) do not start with an ASCII lower-case letter. */
  readonly wordCount: number;
  /**
   * Three numbers for each of those word runs, in text order: its start, its end, and its
   * leading-word table slot (see `leadingWords`), or -1 for a word that begins no name of any
   * compiled gazetteer, which is all that a scan needs to know about it. The array is shared
   * between indexes and holds this text's words only until another text is indexed.
   */
  readonly words: Int32Array;
  /** Every match of the all-caps pattern, in text order. */
  readonly shouted: readonly ShoutedRun[];
  /**
   * True when the text holds a code unit in U+00C0–U+024F or U+1E00–U+1EFF, the only ones that
   * `foldToBaseLetters` replaces: without one, the text is its own fold.
   */
  readonly mayFold: boolean;
  /**
   * True when the text holds a surrogate code unit. Without one, a position follows a word
   * character (code point) exactly when the code unit before it is a word code unit, so callers
   * that test single code units can rely on the word starts listed in {@link words}.
   */
  readonly hasSurrogate: boolean;
}

/** True for the code units a to z, which start no gazetteer name and most words of prose. */
function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

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

/** True when `code` is in U+00C0–U+024F or U+1E00–U+1EFF, the ranges of precomposed Latin letters (and × and ÷). */
function isInFoldRange(code: number): boolean {
  return (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

/** The code units the word loop must look at: the ASCII ones that may start an indexed word (digits and capitals), and every non-ASCII one. */
const WORD_LOOP_STOP = /[0-9A-Z\u0080-\uffff]/g;

/**
 * The offset of the first code unit at or after `from` that the word loop must look at, or -1.
 * Most of prose is lower-case letters, spaces and punctuation, which the RegExp engine skips in
 * compiled code far faster than a loop of `charCodeAt` calls; `test` leaves the match's end in
 * lastIndex without building a match array.
 */
function nextCandidate(text: string, from: number): number {
  WORD_LOOP_STOP.lastIndex = from;
  return WORD_LOOP_STOP.test(text) ? WORD_LOOP_STOP.lastIndex - 1 : -1;
}

/** True for the surrogate code units, U+D800 to U+DFFF. */
function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Numbers stored per word in `TextIndex.words`. */
export const WORD_STRIDE = 3;

/**
 * The word array of the last indexed text, grown by doubling and reused: an index is only read
 * while its text is scanned, before the next text is indexed, and three growing arrays per text
 * were the largest source of garbage in a scan.
 */
let wordBuffer = new Int32Array(WORD_STRIDE * 1024);

/** `wordBuffer`, at least doubled and holding its first `used` numbers. */
function grownWordBuffer(used: number): Int32Array {
  const grown = new Int32Array(wordBuffer.length * 2);
  grown.set(wordBuffer.subarray(0, used));
  wordBuffer = grown;
  return grown;
}

/** The word runs of a text (written to `wordBuffer`) and what its non-ASCII code units revealed on the way. */
interface WordRuns {
  readonly wordCount: number;
  readonly words: Int32Array;
  /** Some code unit is in the fold ranges (see `TextIndex.mayFold`). */
  readonly mayFold: boolean;
  /** Some code unit is the multiplication sign. */
  readonly hasMultiplicationSign: boolean;
  /** Some code unit is a surrogate (see `TextIndex.hasSurrogate`). */
  readonly hasSurrogate: boolean;
}

/**
 * Finds the word runs of `text` that do not start with a to z. Most characters of prose are
 * lower-case letters, spaces and punctuation, which {@link nextCandidate} skips; only digits,
 * capitals and non-ASCII code units are checked for a word start. Every non-ASCII code unit is
 * either stopped at or read inside a word, so it is also checked for what would otherwise take
 * further scans of the whole text: a letter to fold, a multiplication sign, a surrogate.
 */
function wordRuns(text: string): WordRuns {
  let words: Int32Array = wordBuffer;
  let used = 0;
  let mayFold = false;
  let hasMultiplicationSign = false;
  let hasSurrogate = false;
  const length = text.length;
  for (let i = nextCandidate(text, 0); i >= 0; i = nextCandidate(text, i + 1)) {
    const code = text.charCodeAt(i);
    let unit = 1;
    // The search stops only at digits, capitals and non-ASCII code units; an ASCII one is then a
    // digit or a capital, one code unit long.
    if (code >= 0x80) {
      if (isInFoldRange(code)) {
        mayFold = true;
        if (code === MULTIPLICATION_SIGN_CODE) hasMultiplicationSign = true;
      } else if (isSurrogate(code)) {
        hasSurrogate = true;
      }
      unit = wordUnitLength(text, i);
      if (unit === 0) continue;
    }
    if (followsWordCharFast(text, i)) continue;
    const start = i;
    let end = i + unit;
    // The word's `hashRange` is mixed in as the word is read, rather than in a second pass over it.
    let hash = unit === 2 ? mixUnit(code, text.charCodeAt(i + 1)) : code;
    // ASCII letters and digits are read inline; other code units go through the full check.
    while (end < length) {
      const next = text.charCodeAt(end);
      if (next < 0x80) {
        if (ASCII_WORD[next] === 0) break;
        hash = mixUnit(hash, next);
        end++;
      } else {
        // The multiplication sign is no word character, so it ends the word and the outer loop sees it.
        if (isInFoldRange(next)) mayFold = true;
        else if (isSurrogate(next)) hasSurrogate = true;
        unit = wordUnitLength(text, end);
        if (unit === 0) break;
        hash = mixUnit(hash, next);
        if (unit === 2) hash = mixUnit(hash, text.charCodeAt(end + 1));
        end += unit;
      }
    }
    if (used + WORD_STRIDE > words.length) words = grownWordBuffer(used);
    // No word is cut out of the text: a gazetteer finds its leading words by this slot and compares
    // them in place, which spares a substring and a string hash per capitalised word.
    const slot = slotOf(hash);
    words[used] = start;
    words[used + 1] = end;
    words[used + 2] = isSlotTaken(slot) ? slot : -1;
    used += WORD_STRIDE;
    // Positions inside the word follow a word character, so none of them starts a word.
    i = end - 1;
  }
  return { wordCount: used / WORD_STRIDE, words, mayFold, hasMultiplicationSign, hasSurrogate };
}

/**
 * Every match of the all-caps pattern. Without a multiplication sign every character of `LATIN` is
 * a word character, and the lookbehind puts the match at a word start, so the pattern only needs
 * trying at indexed words that open with two such characters; in the rare other case it scans the text.
 */
function shoutedRuns(text: string, words: Int32Array, wordCount: number, hasMultiplicationSign: boolean): ShoutedRun[] {
  const runs: ShoutedRun[] = [];
  if (hasMultiplicationSign) {
    ALL_CAPS_RUN.lastIndex = 0;
    for (let m = ALL_CAPS_RUN.exec(text); m !== null; m = ALL_CAPS_RUN.exec(text)) {
      runs.push(new ShoutedRun(text, m.index, m.index + m[0].length));
    }
    return runs;
  }
  let resume = 0;
  for (let k = 0; k < wordCount; k++) {
    const start = words[WORD_STRIDE * k] ?? 0;
    // A global scan resumes after its last match, so words inside a run are not tried again.
    if (start < resume || !isLatinCapital(text.charCodeAt(start)) || !isLatinCapital(text.charCodeAt(start + 1))) continue;
    ALL_CAPS_AT.lastIndex = start;
    // `test` leaves the end of a sticky match in lastIndex, without building a match array.
    if (!ALL_CAPS_AT.test(text)) continue;
    resume = ALL_CAPS_AT.lastIndex;
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
  const runs = wordRuns(text);
  const index: TextIndex = {
    wordCount: runs.wordCount,
    words: runs.words,
    shouted: shoutedRuns(text, runs.words, runs.wordCount, runs.hasMultiplicationSign),
    mayFold: runs.mayFold,
    hasSurrogate: runs.hasSurrogate,
  };
  lastText = text;
  lastIndex = index;
  lastVersion = version;
  return index;
}
