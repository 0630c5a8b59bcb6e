/**
 * Whether a paragraph is a title-case headline, where capitalised verbs and nouns would pass for
 * names. Read in one pass over the paragraph's code units, without splitting it into words.
 */
import { isWhiteSpace } from '../nameTokenBounds';
import { isAsciiCapital, isAsciiLetter } from './peopleScan';

/** Trailing characters of `\s`, which a headline test skips at the paragraph end. */
const WHITESPACE = /^\s$/u;
/** Sentence-final punctuation and the closing quotes that may follow it. */
const TERMINAL = new Set(['.', '!', '?', ':', ';']);
const CLOSING_QUOTE = new Set(['"', '”', '’']);
/** Headlines are shorter than this: a longer line is a paragraph or a caption (two wrapped lines of a headline fit). */
const MAX_HEADLINE_LENGTH = 200;

/** True when the paragraph ends in sentence punctuation, maybe closed by a quote and followed by white space. */
function endsLikeSentence(paragraph: string): boolean {
  // Read backwards rather than with an end-anchored RegExp, which would be tried at every offset.
  let end = paragraph.length;
  while (end > 0 && WHITESPACE.test(paragraph[end - 1]!)) end--;
  const last = paragraph[end - 1];
  if (last === undefined) return false;
  return TERMINAL.has(last) || (CLOSING_QUOTE.has(last) && TERMINAL.has(paragraph[end - 2] ?? ''));
}

/**
 * True for a title-case headline: one line, no longer than headlines are, that does not end like a
 * sentence, with four or more words that open with four letters, at least 60 % of them capitalised.
 * The words are the pieces between runs of white space (`\s+`), as a split would give them. A
 * hard-wrapped paragraph is read as one line (wrapView.ts), so a caption of two sentences without a
 * final full stop ("… on October 22, 2017. Saudi Press Agency via Reuters", wrapped) is no headline.
 */
export function isHeadline(paragraph: string): boolean {
  if (paragraph.length > MAX_HEADLINE_LENGTH || paragraph.includes('\n') || endsLikeSentence(paragraph)) return false;
  let words = 0;
  let capitalised = 0;
  let start = 0;
  for (let i = 0; i <= paragraph.length; i++) {
    if (i < paragraph.length && !isWhiteSpace(paragraph.charCodeAt(i))) continue;
    if (opensWithFourLetters(paragraph, start)) {
      words++;
      if (opensWithCapital(paragraph, start)) capitalised++;
    }
    while (i + 1 < paragraph.length && isWhiteSpace(paragraph.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  return words >= 4 && capitalised / words >= 0.6;
}

const FOUR_LETTERS_AT = /\p{L}{4}/uy;
const CAPITAL_AT = /\p{Lu}/uy;

/**
 * True when the word at `start` opens with four letters (`^\p{L}{4,}`). The white space that ends a
 * word is no letter, so reading on in the paragraph finds what the word alone would give.
 */
function opensWithFourLetters(text: string, start: number): boolean {
  for (let i = start; i < start + 4; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      // Past ASCII, letters are told by the RegExp, which also reads surrogate pairs as one letter.
      FOUR_LETTERS_AT.lastIndex = start;
      return FOUR_LETTERS_AT.test(text);
    }
    // An ASCII code unit other than a letter (or NaN past the end) comes before the fourth letter.
    if (!isAsciiLetter(code)) return false;
  }
  return true;
}

/** True when the word at `start` opens with a capital (`^\p{Lu}`). */
function opensWithCapital(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 0x80) return isAsciiCapital(code);
  CAPITAL_AT.lastIndex = start;
  return CAPITAL_AT.test(text);
}
