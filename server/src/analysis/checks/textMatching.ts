/**
 * Text comparison for the annotation checks: a normalised view of the body that maps back to file
 * offsets, sentence splitting, word-overlap similarity and edit distance.
 */
import type { Span } from '../types';

/** A normalised text with, for each of its characters, the file offset it came from. */
export interface NormalizedText {
  readonly text: string;
  /** `offsets[i]` is the file offset of `text[i]`; one extra entry holds the end offset. */
  readonly offsets: Int32Array;
}

/** One non-ASCII character folded for comparison: quotes and dashes straightened, case lowered when it keeps the length. */
function foldWide(code: number): number {
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0xab || code === 0xbb) return 0x22;
  if (code >= 0x2018 && code <= 0x201b) return 0x27;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 0x2d;
  // Surrogates are copied as they are; case folding never changes their length here.
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Normalises `text[start, end)` for comparison: runs of whitespace become one space, curly quotes
 * and typographic dashes become straight ones, and letters are lower-cased. Offsets map back.
 * Works on character codes, because this runs over whole bodies (1 MB in about 10 ms).
 */
export function normalizeWithOffsets(text: string, start = 0, end = text.length): NormalizedText {
  const codes = new Uint16Array(end - start);
  const offsets = new Int32Array(end - start + 1);
  let n = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      codes[n] = 0x20;
      offsets[n++] = i - 1;
      pendingSpace = false;
    }
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
    } else code = foldWide(code);
    codes[n] = code;
    offsets[n++] = i;
  }
  offsets[n] = n > 0 ? (offsets[n - 1] ?? start) + 1 : start;
  // Decoding in chunks keeps the argument list of fromCharCode within engine limits.
  let normalized = '';
  for (let i = 0; i < n; i += 8192) normalized += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
  return { text: normalized, offsets: offsets.subarray(0, n + 1) };
}

/** The normalised form of a short string (quotes, mentions). */
export function normalizeForMatch(value: string): string {
  return normalizeWithOffsets(value).text;
}

/** The file span of the first occurrence of `needle` (already normalised) in a normalised text. */
export function findNormalized(haystack: NormalizedText, needle: string): Span | undefined {
  if (needle.length === 0) return undefined;
  const at = indexInEitherForm(haystack.text, needle);
  if (at < 0) return undefined;
  const start = haystack.offsets[at] ?? 0;
  const end = (haystack.offsets[at + needle.length - 1] ?? start) + 1;
  return { start, end };
}

/**
 * Where `needle` occurs in `text`, written as it is or, failing that, decomposed (NFD) or composed (NFC):
 * a front matter typed in one form annotates a body pasted in the other (macOS apps paste decomposed
 * text). Either form of the needle matches a body written wholly in that form, unit for unit, so the
 * offsets of the match stay exact.
 */
function indexInEitherForm(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at >= 0 || !/[\u0300-\uffff]/.test(needle)) return at;
  for (const form of ['NFD', 'NFC'] as const) {
    const other = needle.normalize(form);
    if (other === needle) continue;
    const found = text.indexOf(other);
    if (found >= 0) return found;
  }
  return -1;
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29;
}

/**
 * Sentences of `text[start, end)` as file spans, without surrounding whitespace. A sentence ends at a
 * run of . ! ? (with closing quotes or brackets) before white space or the end, or at a line break.
 * One pass over the characters: the regular expression this replaces retried a run of full stops from
 * each of its characters, which made "…." of a few thousand dots take seconds.
 */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const push = (from: number, to: number): void => {
    while (from < to && /\s/.test(text.charAt(from))) from++;
    while (to > from && /\s/.test(text.charAt(to - 1))) to--;
    if (to > from) out.push({ start: from, end: to });
  };
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      push(sentenceStart, i);
      sentenceStart = ++i;
      continue;
    }
    if (code === 0x2e || code === 0x21 || code === 0x3f) {
      let after = i + 1;
      while (after < end && (text.charCodeAt(after) === 0x2e || text.charCodeAt(after) === 0x21 || text.charCodeAt(after) === 0x3f)) after++;
      while (after < end && isCloser(text.charCodeAt(after))) after++;
      if (after >= end || /\s/.test(text.charAt(after))) {
        push(sentenceStart, after);
        sentenceStart = after;
      }
      i = after;
      continue;
    }
    i++;
  }
  push(sentenceStart, end);
  return out;
}

/** A sentence with its set of lower-cased words, for `closestPassage`. */
export interface IndexedSentence {
  readonly span: Span;
  readonly words: ReadonlySet<string>;
}

/** The sentences of `text[start, end)` with their words, read once for all the quotes to place. */
export function indexSentences(text: string, start: number, end: number): IndexedSentence[] {
  return sentenceSpans(text, start, end).map((span) => ({ span, words: new Set(words(text.slice(span.start, span.end))) }));
}

/** Lower-cased words of a text. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w);
}

const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on', 'for', 'by', 'with', 'at', 'its', 'their', 'that', 'this']);

/**
 * The part of the body that best matches a stale quote: the sentence that shares most of the
 * quote's content words, narrowed to run from where the quote's first words appear to where its
 * last words appear (or, failing that, between the first and last shared words).
 * @returns undefined when no sentence shares at least half of the quote's content words
 */
export function closestPassage(text: string, sentences: readonly IndexedSentence[], quote: string): Span | undefined {
  const ordered = words(quote).filter((w) => !STOP_WORDS.has(w));
  const quoteWords = new Set(ordered);
  if (quoteWords.size === 0) return undefined;
  let best: { sentence: Span; score: number } | undefined;
  for (const { span, words: sentenceWords } of sentences) {
    let shared = 0;
    for (const w of quoteWords) if (sentenceWords.has(w)) shared++;
    const score = shared / quoteWords.size;
    if (shared > 0 && (!best || score > best.score)) best = { sentence: span, score };
  }
  if (!best || best.score < 0.5) return undefined;
  const tokens: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  const body = text.slice(best.sentence.start, best.sentence.end);
  for (let m = re.exec(body); m; m = re.exec(body)) tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  // The passage starts at the earliest of the quote's first three content words found in the sentence.
  let first = -1;
  for (const w of ordered.slice(0, 3)) {
    first = tokens.findIndex((t) => t.word === w);
    if (first >= 0) break;
  }
  if (first < 0) first = tokens.findIndex((t) => quoteWords.has(t.word));
  const lastIndex = (accept: (word: string) => boolean): number => {
    for (let i = tokens.length - 1; i >= Math.max(first, 0); i--) if (accept(tokens[i]?.word ?? '')) return i;
    return -1;
  };
  let last = -1;
  for (const w of ordered.slice(-3).reverse()) {
    last = lastIndex((word) => word === w);
    if (last >= 0) break;
  }
  if (last < 0) last = lastIndex((word) => quoteWords.has(word));
  const from = tokens[first];
  const to = tokens[Math.max(first, last)];
  if (!from || !to) return undefined;
  return { start: best.sentence.start + from.start, end: best.sentence.start + to.end };
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `value` by edit distance (case-insensitive), if within `maxDistance`.
 * Ties go to the earlier candidate, so callers list the likelier values first.
 */
export function closest(value: string, candidates: readonly string[], maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const folded = value.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(folded, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
