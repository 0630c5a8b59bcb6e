import type { Span } from '../types';

// Abbreviations whose full stop never ends a sentence in policy prose (titles, honorifics, "No. 5").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'hon', 'st', 'jr', 'sr', 'lt', 'gen', 'col', 'maj', 'capt', 'sen',
  'rep', 'gov', 'no', 'nos', 'vol', 'art', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'rt', 'amb', 'adm',
  'sgt', 'mt', 'ft', 'approx', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'h.e',
  'cf', 'para', 'fig', 'dept', 'govt',
]);

// After a dotted acronym such as "U.S." a new sentence is assumed only before these openers.
const SENTENCE_OPENERS = new Set([
  'The', 'They', 'He', 'She', 'It', 'We', 'I', 'In', 'On', 'At', 'This', 'That', 'These', 'Those',
  'But', 'However', 'A', 'An', 'Both', 'As', 'After', 'During', 'Meanwhile', 'Its', 'Their', 'His', 'Her',
]);

/** The word (letters, digits and inner dots) that ends just before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, end);
}

/** The word that starts at `start` after optional opening quotes or brackets. */
function wordAfter(text: string, start: number): string {
  const m = /^[“"‘'([]*([\p{L}\p{N}]+)/u.exec(text.slice(start, start + 40));
  return m?.[1] ?? '';
}

/** True when the full stop at `dot` belongs to an abbreviation or initial rather than ending a sentence. */
function isAbbreviationDot(text: string, dot: number, nextWord: string): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital is an initial ("Enrique A. Manalo").
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronyms ("U.S.") end a sentence only when an obvious sentence opener follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !SENTENCE_OPENERS.has(nextWord);
  return false;
}

/**
 * Splits a paragraph into sentence spans; each span includes its terminal punctuation and any
 * closing quote after it. Newlines always end a sentence because paragraphs may hold headlines.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/.test(text.charAt(s))) s++;
    if (s < end) spans.push({ start: s, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && /[”"’')\]]/.test(text.charAt(end))) end++;
    // A terminal mark ends a sentence only before whitespace (or the end), so "1.5" and "U.S." inner dots stay.
    if (end < text.length && !/\s/.test(text.charAt(end))) continue;
    let next = end;
    while (next < text.length && /[ \t]/.test(text.charAt(next))) next++;
    const nextWord = wordAfter(text, next);
    if (ch === '.' && isAbbreviationDot(text, i, nextWord)) continue;
    // Lower-case continuations ("approx. five") are not new sentences.
    if (nextWord !== '' && /^\p{Ll}/u.test(nextWord)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/** True when the full stop that ends `text` at `end - 1` is part of an abbreviation such as "U.S." or "Jr.". */
export function endsWithAbbreviation(text: string, end: number): boolean {
  if (text.charAt(end - 1) !== '.') return false;
  const word = wordBefore(text, end - 1);
  return ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
