import type { Span } from '../types';
import { lowerCase } from './tokens';

// Abbreviations whose full stop never ends a sentence in policy prose (titles, honorifics, "No. 5").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'hon', 'st', 'jr', 'sr', 'lt', 'gen', 'col', 'maj', 'capt', 'sen',
  'rep', 'gov', 'no', 'nos', 'vol', 'art', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'rt', 'amb', 'adm',
  'sgt', 'mt', 'ft', 'approx', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'h.e',
  'cf', 'para', 'fig', 'dept', 'govt',
]);

const MAX_ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// After a dotted acronym such as "U.S." a new sentence is assumed only before these openers.
const SENTENCE_OPENERS = new Set([
  'The', 'They', 'He', 'She', 'It', 'We', 'I', 'In', 'On', 'At', 'This', 'That', 'These', 'Those',
  'But', 'However', 'A', 'An', 'Both', 'As', 'After', 'During', 'Meanwhile', 'Its', 'Their', 'His', 'Her',
]);

// A full stop between a lower-case word and a capitalised one, with no space: "outcome.It".
const GLUED_SENTENCE = /^[a-z]{3}\.[A-Z][a-z]$/;
// A character that may end a sentence.
const SENTENCE_BREAK = /[\n\r.!?]/g;
const SPACE = /\s/;
const WORD_OR_DOT = /[\p{L}\p{N}.]/u;
const OPENING_WORD = /^[“"‘'([]*([\p{L}\p{N}]+)/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const LOWER_START = /^\p{Ll}/u;
// A hard-wrapped line goes on in the next one when it ends in a word that cannot end a headline or a
// sentence, or when the next line starts in lower case (and is no list item).
const WRAPPED_LINE_END = /(?:^|[\s(])(?:the|a|an|to|and|or|of|in|on|for|with|at|by|from|that|its|their|our|his|her|as|into|between|will|would|shall|agreed|committed)[ \t]*\r?$/i;
const CONTINUATION_START = /^[ \t]*(?!(?:[a-z]|[ivx]{1,4})[.)][ \t])\p{Ll}/u;

// The character tests below decide ASCII code units directly, because RegExp calls per character
// dominated sentence splitting; other code units go to the RegExp that defines the test.

/** True when the code unit at `i` is whitespace (\s). */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text.charAt(i));
}

/** True when the code unit at `i` is a letter, a digit or a dot. */
function isWordOrDotAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_OR_DOT.test(text.charAt(i));
}

/** True when the code unit at `i` is a closing quote or bracket that stays with the terminal mark. */
function isCloserAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x201d || c === 34 || c === 0x2019 || c === 39 || c === 41 || c === 93;
}

/** The word (letters, digits and inner dots) that ends just before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isWordOrDotAt(text, i - 1)) i--;
  return text.slice(i, end);
}

/** True for the UTF-16 code of an opening quote or bracket that OPENING_WORD skips. */
function isOpenerCode(c: number): boolean {
  return c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 91;
}

/** The word that starts at `start` after optional opening quotes or brackets. */
function wordAfter(text: string, start: number): string {
  // ASCII words are found by a character loop, because a RegExp on a fresh slice after every full stop
  // was a visible share of sentence splitting; any other character goes to OPENING_WORD, which defines the word.
  const limit = Math.min(text.length, start + 40);
  let k = start;
  while (k < limit && isOpenerCode(text.charCodeAt(k))) k++;
  let e = k;
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c >= 128) return OPENING_WORD.exec(text.slice(start, start + 40))?.[1] ?? '';
    if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) break;
    e++;
  }
  return text.slice(k, e);
}

/** True when `word` starts with a lower-case letter; ASCII is decided without a RegExp. */
function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(word);
}

/** True when the full stop at `dot` belongs to an abbreviation or initial rather than ending a sentence. */
function isAbbreviationDot(text: string, dot: number, nextWord: string): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  // The length guards only skip tests that cannot succeed: no abbreviation is longer than six
  // characters, a single capital is one code point, and a dotted acronym holds a dot.
  if (word.length <= MAX_ABBREVIATION_LENGTH && ABBREVIATIONS.has(lowerCase(word))) return true;
  // A single capital is an initial ("Enrique A. Manalo").
  if (word.length <= 2 && SINGLE_CAPITAL.test(word)) return true;
  // Dotted acronyms ("U.S.") end a sentence only when an obvious sentence opener follows.
  if (word.includes('.') && DOTTED_ACRONYM.test(word)) return !SENTENCE_OPENERS.has(nextWord);
  return false;
}

/**
 * True when the line break at `i` (`length` code units: LF, CR or CRLF) wraps a sentence rather than
 * ending a headline, dateline or sentence.
 */
function wrapsSentence(text: string, i: number, length: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1)) + 1;
  if (WRAPPED_LINE_END.test(text.slice(Math.max(lineStart, i - 16), i))) return true;
  return CONTINUATION_START.test(text.slice(i + length, i + length + 23));
}

/**
 * Splits a paragraph into sentence spans; each span includes its terminal punctuation and any
 * closing quote after it. A line break ends a sentence, because paragraphs may hold headlines and
 * datelines, unless the line is visibly wrapped (see `wrapsSentence`).
 */
export function splitSentences(text: string): Span[] {
  const cursor = new SentenceCursor(text);
  const spans: Span[] = [];
  for (let s = cursor.next(); s !== undefined; s = cursor.next()) spans.push(s);
  return spans;
}

/**
 * The sentences of a paragraph, exactly as `splitSentences` finds them, split only as far as they are
 * asked for: a paragraph's last trigger is usually well before its end, and the spans after it are
 * never needed.
 */
export class SentenceCursor {
  // Spans found so far, in order, and the index of the one `sentenceAt` looked at last.
  private readonly spans: Span[] = [];
  private seen = 0;
  // Where the sentence being split started, and where the search for its end goes on.
  private start = 0;
  private searchFrom = 0;
  private done = false;
  // The span that the last step of the search closed, not yet handed out.
  private pending: Span | undefined;

  constructor(private readonly text: string) {}

  /**
   * The sentence that contains `offset`, or undefined when none does (whitespace between sentences).
   * Offsets must not decrease from one call to the next, as trigger offsets in a scan do.
   */
  sentenceAt(offset: number): Span | undefined {
    for (;;) {
      const span = this.spans[this.seen] ?? this.grow();
      if (span === undefined) return undefined;
      if (offset < span.start) return undefined;
      if (offset < span.end) return span;
      this.seen++;
    }
  }

  /** Splits off the next span and remembers it, or returns undefined after the last one. */
  private grow(): Span | undefined {
    const span = this.next();
    if (span !== undefined) this.spans.push(span);
    return span;
  }

  /** The next sentence span of the paragraph, or undefined after the last one. */
  next(): Span | undefined {
    while (this.pending === undefined && !this.done) this.step();
    const span = this.pending;
    this.pending = undefined;
    return span;
  }

  /** Closes the current sentence at `end`; a span of whitespace only is dropped. */
  private push(end: number): void {
    let s = this.start;
    while (s < end && isSpaceAt(this.text, s)) s++;
    if (s < end) this.pending = { start: s, end };
    this.start = end;
  }

  /** Advances the search to the next character that ends a sentence, or to the end of the text. */
  private step(): void {
    const text = this.text;
    // Only line breaks and terminal marks can end a sentence, so the search jumps from one to the next
    // instead of visiting every character.
    // `test` rather than `exec`: the break is one character, found just before lastIndex, and no match
    // array needs to be made for it.
    SENTENCE_BREAK.lastIndex = this.searchFrom;
    if (!SENTENCE_BREAK.test(text)) {
      this.push(text.length);
      this.done = true;
      return;
    }
    const i = SENTENCE_BREAK.lastIndex - 1;
    this.searchFrom = i + 1;
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') {
      // A line break is LF, CR or CRLF (Windows files): one break, wrapped or not, whatever its spelling.
      const length = ch === '\r' && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      this.searchFrom = i + length;
      if (wrapsSentence(text, i, length)) return;
      this.push(i);
      this.start = i + length;
      return;
    }
    let end = i + 1;
    while (end < text.length && isCloserAt(text, end)) end++;
    // A terminal mark ends a sentence only before whitespace (or the end), so "1.5" and "U.S." inner dots
    // stay; text that lost its spaces ("the outcome.It is …") ends one before a capitalised word.
    if (end < text.length && !isSpaceAt(text, end) && !(ch === '.' && GLUED_SENTENCE.test(text.slice(Math.max(0, i - 3), i + 3)))) return;
    let next = end;
    while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
    const nextWord = wordAfter(text, next);
    if (ch === '.' && isAbbreviationDot(text, i, nextWord)) return;
    // Lower-case continuations ("approx. five") are not new sentences.
    if (nextWord !== '' && startsLowerCase(nextWord)) return;
    this.push(end);
    this.searchFrom = end;
  }
}

/** True when the full stop that ends `text` at `end - 1` is part of an abbreviation such as "U.S." or "Jr.". */
export function endsWithAbbreviation(text: string, end: number): boolean {
  if (text.charAt(end - 1) !== '.') return false;
  const word = wordBefore(text, end - 1);
  return ABBREVIATIONS.has(lowerCase(word)) || DOTTED_ACRONYM.test(word);
}
