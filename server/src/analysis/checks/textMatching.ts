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

const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/;
const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B]/;
const DASH = /[\u2010-\u2015\u2212]/;
const SPACE = /\s/;

/** One character folded for comparison: quotes and dashes straightened, case lowered when it keeps the length. */
function fold(ch: string): string {
  if (CURLY_DOUBLE.test(ch)) return '"';
  if (CURLY_SINGLE.test(ch)) return "'";
  if (DASH.test(ch)) return '-';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/**
 * Normalises `text[start, end)` for comparison: runs of whitespace become one space, curly quotes
 * and typographic dashes become straight ones, and letters are lower-cased. Offsets map back.
 */
export function normalizeWithOffsets(text: string, start = 0, end = text.length): NormalizedText {
  const out: string[] = [];
  const offsets = new Int32Array(end - start + 1);
  let n = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if (SPACE.test(ch)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      out.push(' ');
      offsets[n++] = i - 1;
      pendingSpace = false;
    }
    out.push(fold(ch));
    offsets[n++] = i;
  }
  const normalized = out.join('');
  offsets[n] = n > 0 ? (offsets[n - 1] ?? start) + 1 : start;
  return { text: normalized, offsets: offsets.subarray(0, n + 1) };
}

/** The normalised form of a short string (quotes, mentions). */
export function normalizeForMatch(value: string): string {
  return normalizeWithOffsets(value).text;
}

/** The file span of the first occurrence of `needle` (already normalised) in a normalised text. */
export function findNormalized(haystack: NormalizedText, needle: string): Span | undefined {
  if (needle.length === 0) return undefined;
  const at = haystack.text.indexOf(needle);
  if (at < 0) return undefined;
  const start = haystack.offsets[at] ?? 0;
  const end = (haystack.offsets[at + needle.length - 1] ?? start) + 1;
  return { start, end };
}

/** Sentences of `text[start, end)` as file spans, without surrounding whitespace. */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // A sentence ends at . ! ? (with closing quotes) before whitespace, or at a line break.
  const pattern = /[^\n]+?(?:[.!?]+["'\u201D\u2019)]*(?=\s|$)|(?=\n)|$)/gy;
  const slice = text.slice(start, end);
  let at = 0;
  while (at < slice.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(slice);
    if (!m || m[0].length === 0) {
      at++;
      continue;
    }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ start: start + at + lead, end: start + at + lead + trimmed.length });
    at += raw.length;
  }
  return out;
}

/** Lower-cased words of a text. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w);
}

const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on', 'for', 'by', 'with', 'at', 'its', 'their', 'that', 'this']);

/**
 * The part of the body that best matches a stale quote: the sentence that contains most of the
 * quote's words, narrowed to the stretch between its first and last shared content word.
 * @returns undefined when no sentence shares at least half of the quote's content words
 */
export function closestPassage(text: string, sentences: readonly Span[], quote: string): Span | undefined {
  const quoteWords = new Set(words(quote).filter((w) => !STOP_WORDS.has(w)));
  if (quoteWords.size === 0) return undefined;
  let best: { span: Span; score: number } | undefined;
  for (const sentence of sentences) {
    const found = new Set<string>();
    let first = -1;
    let last = -1;
    const re = /[\p{L}\p{N}]+/gu;
    const body = text.slice(sentence.start, sentence.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const w = m[0].toLowerCase();
      if (!quoteWords.has(w)) continue;
      found.add(w);
      if (first < 0) first = m.index;
      last = m.index + m[0].length;
    }
    const score = found.size / quoteWords.size;
    if (first >= 0 && (!best || score > best.score)) {
      best = { span: { start: sentence.start + first, end: sentence.start + last }, score };
    }
  }
  return best && best.score >= 0.5 ? best.span : undefined;
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
