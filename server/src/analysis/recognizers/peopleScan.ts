/**
 * One pass over a paragraph's code units that finds where the people patterns may begin, so that
 * each pattern runs as a sticky RegExp at a few chosen offsets instead of scanning the whole
 * paragraph. The positions found are a superset of real match starts: the patterns still check
 * every boundary themselves, so a spare position costs one failed attempt and changes nothing.
 */

import { isWordUnit } from './asciiPatterns';

/**
 * Every string matched by `source`, a RegExp source built only from plain characters, `\`-escaped
 * punctuation, character classes without ranges, non-capturing groups, `|` and `?`. The title
 * patterns have this shape, so their keywords can be listed without writing them out twice.
 */
export function finiteLanguage(source: string): string[] {
  let at = 0;
  const fail = (): never => {
    throw new Error(`finiteLanguage: unsupported syntax at ${at} in ${source}`);
  };
  const atom = (): string[] => {
    const c = source[at++] ?? fail();
    if (c === '(') {
      if (!source.startsWith('?:', at)) fail();
      at += 2;
      const inner = alternation();
      if (source[at++] !== ')') fail();
      return inner;
    }
    if (c === '[') {
      const close = source.indexOf(']', at);
      const members = [...source.slice(at, close)];
      if (close < 0 || members.some((m) => m === '-' || m === '\\' || m === '^')) fail();
      at = close + 1;
      return members;
    }
    if (c === '\\') {
      const escaped = source[at++] ?? fail();
      // Letter escapes (\s, \p{…}, \u…) stand for classes, not for themselves.
      if (/[\p{L}\p{N}]/u.test(escaped)) fail();
      return [escaped];
    }
    if ('*+{}.^$)|?'.includes(c)) fail();
    return [c];
  };
  const sequence = (): string[] => {
    let prefixes = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let options = atom();
      if (source[at] === '?') {
        at++;
        options = ['', ...options];
      }
      prefixes = prefixes.flatMap((p) => options.map((o) => p + o));
    }
    return prefixes;
  };
  const alternation = (): string[] => {
    const out = sequence();
    while (source[at] === '|') {
      at++;
      out.push(...sequence());
    }
    return out;
  };
  const all = alternation();
  if (at !== source.length) fail();
  return all;
}

/** True for the code units A to Z and a to z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** True for the code units A to Z. */
export function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** True for the code units a to z. */
export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** What a code unit can start, for `findNameStarts`: nothing, a capitalised word, a lower-case word, a number. */
const OTHER = 0;
const CAPITAL = 1;
const LOWER = 2;
const DIGIT = 3;
const NON_ASCII = 4;
/** The kind of each ASCII code unit; a table read is cheaper than range tests in the per-character loop. */
const ASCII_KIND = new Uint8Array(0x80).map((_, code) => (isAsciiCapital(code) ? CAPITAL : isAsciiLower(code) ? LOWER : code >= 0x30 && code <= 0x39 ? DIGIT : OTHER));

/**
 * A set of ASCII keywords looked up at a given offset of a text: "does one of them start here?".
 * It is a trie stored in flat typed arrays, so that the lookup at each word of a paragraph costs a
 * few array reads, and most words fail at their first or second letter.
 */
export class KeywordStarts {
  /** The trie's alphabet: each ASCII code unit used by a keyword gets a symbol from 1 up; 0 is "none". */
  private readonly symbols = new Uint8Array(0x80);
  /** Child node of `(node << 6) | symbol`, 0 when absent; node 0 is the root. */
  private readonly children: Uint16Array;
  /** 1 for nodes where a keyword ends. */
  private readonly ends: Uint8Array;

  /** Compiles `keywords`, which must be non-empty ASCII strings with fewer than 64 distinct characters. */
  constructor(keywords: Iterable<string>) {
    const words = [...new Set(keywords)];
    let symbolCount = 0;
    let nodeCount = 1;
    for (const word of words) {
      if (word.length === 0 || !/^[ -~]+$/.test(word)) throw new Error(`KeywordStarts: "${word}" is not a non-empty ASCII string`);
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (this.symbols[code] === 0) this.symbols[code] = ++symbolCount;
      }
      nodeCount += word.length;
    }
    if (symbolCount >= 64 || nodeCount > 0xffff) throw new Error('KeywordStarts: too many characters or keywords');
    this.children = new Uint16Array(nodeCount << 6);
    this.ends = new Uint8Array(nodeCount);
    let used = 1;
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const slot = (node << 6) | (this.symbols[word.charCodeAt(i)] ?? 0);
        if (this.children[slot] === 0) this.children[slot] = used++;
        node = this.children[slot] ?? 0;
      }
      this.ends[node] = 1;
    }
  }

  /** True when one of the keywords occurs in `text` at `offset`. */
  startsAt(text: string, offset: number): boolean {
    let node = 0;
    for (let i = offset; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const symbol = code < 0x80 ? (this.symbols[code] ?? 0) : 0;
      if (symbol === 0) return false;
      node = this.children[(node << 6) | symbol] ?? 0;
      if (node === 0) return false;
      // Any keyword ending here is a match: the caller needs where keywords start, not how long they are.
      if (this.ends[node] === 1) return true;
    }
    return false;
  }

  /**
   * The end of the shortest keyword that occurs in `text` at `offset` and is followed by a code unit
   * that `follows` accepts (NaN at the end of the text), or -1 when there is none.
   */
  endOfKeywordAt(text: string, offset: number, follows: (code: number) => boolean): number {
    let node = 0;
    for (let i = offset; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const symbol = code < 0x80 ? (this.symbols[code] ?? 0) : 0;
      if (symbol === 0) return -1;
      node = this.children[(node << 6) | symbol] ?? 0;
      if (node === 0) return -1;
      if (this.ends[node] === 1 && follows(text.charCodeAt(i + 1))) return i + 1;
    }
    return -1;
  }
}

/** Offsets in a paragraph where the people patterns may start, ascending. */
export interface NameStarts {
  /** Where a keyword starts at an ASCII letter that follows no ASCII letter or digit. */
  readonly keywords: number[];
  /** Where a capital may start a word: A to Z, or any non-ASCII code unit, after no ASCII letter or digit. */
  readonly capitals: number[];
  /**
   * The capitals whose ASCII letters after the first end in a space and a possible capital (A to Z
   * or non-ASCII), or in a non-ASCII code unit: where two capitalised words in a row may start.
   */
  readonly pairs: number[];
  /**
   * True when the paragraph's letters, digits and marks are all ASCII and it holds no surrogate, so
   * that the patterns' ASCII twins apply to it (see `hasAsciiWordsOnly`).
   */
  readonly asciiWords: boolean;
}

/**
 * Finds, in one loop, every word start that may begin a keyword or a capitalised word. A preceding
 * non-ASCII character is treated as a possible boundary, which keeps the lists supersets of what
 * the patterns' look-behinds (`(?<![\p{L}\p{N}])`) accept.
 */
export function findNameStarts(text: string, keywords: KeywordStarts): NameStarts {
  // The offsets are gathered in lists kept from call to call and copied out at their final length:
  // one exact allocation per list instead of the series of ever larger copies a growing list makes.
  const keywordStarts = keywordScratch;
  const capitals = capitalScratch;
  const pairs = pairScratch;
  keywordStarts.reset();
  capitals.reset();
  pairs.reset();
  // Every code unit is read once, here or as the one that ends a run below, so the loop also tells
  // whether the paragraph's words are all ASCII, which spares the patterns a scan of their own.
  let asciiWords = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < 0x80 ? (ASCII_KIND[code] ?? OTHER) : NON_ASCII;
    if (kind === OTHER) continue;
    if (kind === NON_ASCII) {
      if (asciiWords && isWordUnit(code)) asciiWords = false;
      capitals.push(i);
      if (mayOpenPair(text, i)) pairs.push(i);
      continue;
    }
    if (kind !== DIGIT) {
      if (keywords.startsAt(text, i)) keywordStarts.push(i);
      if (kind === CAPITAL) {
        capitals.push(i);
        // The word's letters are read once, both for the pair test and to skip them.
        const lettersEnd = asciiLettersEnd(text, i + 1);
        if (opensPairAt(text, lettersEnd)) pairs.push(i);
        i = lettersEnd - 1;
      }
    }
    // The rest of the run of ASCII letters and digits starts nothing, nor does the code unit after
    // it, which follows a letter or digit. The kind table answers for each code unit in one read;
    // past the end, the code unit is NaN and stops the run.
    let next = text.charCodeAt(i + 1);
    for (; next < 0x80 && ASCII_KIND[next] !== OTHER; next = text.charCodeAt(i + 1)) i++;
    // The code unit that ends the run is skipped below; past the end it is NaN, which is no code unit.
    if (next >= 0x80 && asciiWords && isWordUnit(next)) asciiWords = false;
    i++;
  }
  return { keywords: keywordStarts.copy(), capitals: capitals.copy(), pairs: pairs.copy(), asciiWords };
}

/** A list of offsets that keeps its storage between uses: written up to `length`, never shortened. */
class OffsetList {
  private readonly values: number[] = [];
  private length = 0;

  /** Forgets the offsets, keeping the storage. */
  reset(): void {
    this.length = 0;
  }

  push(value: number): void {
    this.values[this.length++] = value;
  }

  /** The offsets as a new list of their exact length. */
  copy(): number[] {
    return this.values.slice(0, this.length);
  }
}

const keywordScratch = new OffsetList();
const capitalScratch = new OffsetList();
const pairScratch = new OffsetList();

/** The test of `NameStarts.pairs` for the word that starts at `at`. */
function mayOpenPair(text: string, at: number): boolean {
  return opensPairAt(text, asciiLettersEnd(text, at + 1));
}

/** The end of the run of ASCII letters that starts at `from` (`from` itself when there is none). */
function asciiLettersEnd(text: string, from: number): number {
  let end = from;
  while (isAsciiLetter(text.charCodeAt(end))) end++;
  return end;
}

/** The test of `NameStarts.pairs`, given where the ASCII letters after a word's first code unit end. */
function opensPairAt(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (code >= 0x80) return true;
  if (code !== 0x20) return false;
  const next = text.charCodeAt(end + 1);
  return next >= 0x80 || isAsciiCapital(next);
}

/**
 * The matches of the sticky `regex` tried only at `starts` (ascending) that `mayStart` admits, in text
 * order and without overlap: a start inside an earlier match is skipped, whether that match is kept by
 * the caller or not, so the result is what a global scan of the same pattern would find there.
 */
export function matchListAtStarts(
  regex: RegExp,
  text: string,
  starts: readonly number[],
  mayStart: (text: string, at: number) => boolean = () => true,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    if (start < from || !mayStart(text, start)) continue;
    regex.lastIndex = start;
    const m = regex.exec(text);
    if (!m) continue;
    from = start + m[0].length;
    matches.push(m);
  }
  return matches;
}

/** What lets {@link wantedMatchesAtStarts} leave out the starts whose matches the caller would drop. */
export interface UnwantedStarts {
  /** True when the caller drops the match that starts at `at`, if there is one, without using it. */
  readonly unwanted: (text: string, at: number) => boolean;
  /** An offset that no match starting at `at` ends after; never less for a later `at`. */
  readonly reach: (text: string, at: number) => number;
}

/**
 * The matches of {@link matchListAtStarts} without those at starts that `skip.unwanted` rejects, found
 * without running `regex` at such a start unless its match might cover a later wanted start, which
 * would then be skipped as in a global scan. Such starts are kept aside and, when a wanted start comes,
 * only the chain of them that may reach it is run, which is rarely any.
 */
export function wantedMatchesAtStarts(
  regex: RegExp,
  text: string,
  starts: readonly number[],
  mayStart: (text: string, at: number) => boolean,
  skip: UnwantedStarts,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const deferred: number[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    // `from` may still miss the ends of deferred matches; those are settled below before it is relied on.
    if (start < from || !mayStart(text, start)) continue;
    if (skip.unwanted(text, start)) {
      deferred.push(start);
      continue;
    }
    from = settleDeferred(regex, text, deferred, start, from, skip.reach);
    deferred.length = 0;
    if (start < from) continue;
    regex.lastIndex = start;
    const m = regex.exec(text);
    if (!m) continue;
    from = start + m[0].length;
    matches.push(m);
  }
  return matches;
}

/**
 * Where the scan of {@link wantedMatchesAtStarts} resumes once the deferred starts before `before` are
 * accounted for. Only the last deferred starts whose reach chains up to `before` are run: a start that
 * cannot reach the next one cannot reach anything after it, nor can any earlier start, as reach never
 * decreases, so its match could not have moved `from` past `before` or past a start of the chain.
 */
function settleDeferred(regex: RegExp, text: string, deferred: readonly number[], before: number, from: number, reach: (text: string, at: number) => number): number {
  let first = deferred.length;
  let limit = before;
  while (first > 0 && reach(text, deferred[first - 1]!) > limit) limit = deferred[--first]!;
  let resume = from;
  for (let k = first; k < deferred.length; k++) {
    const start = deferred[k]!;
    if (start < resume) continue;
    regex.lastIndex = start;
    const m = regex.exec(text);
    if (m) resume = start + m[0].length;
  }
  return resume;
}

/** False only for code units that cannot be in a `\p{Ll}` letter: ASCII other than a to z. */
export function mayBeLowerCase(code: number): boolean {
  return code >= 0x80 || isAsciiLower(code);
}

/** False only for code units that cannot start a `\p{Lu}` letter: ASCII other than A to Z. */
export function mayBeCapital(code: number): boolean {
  return code >= 0x80 || isAsciiCapital(code);
}
