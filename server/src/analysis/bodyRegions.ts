import type { Span } from './types';

/** A block of prose in the body, with non-prose parts blanked out so offsets stay aligned. */
export interface Paragraph {
  /** Span of the block in the whole file. */
  readonly span: Span;
  /** The block's text with URLs, inline code and HTML comments replaced by spaces (same length). */
  readonly prose: string;
  /** Whether anything was replaced, so that `prose` differs from the file's text over `span`. */
  readonly masked: boolean;
}

/** Blocks longer than this are cut at line ends so one huge block cannot defeat per-paragraph caching. */
const MAX_BLOCK_LENGTH = 16_384;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// "We commit to:" followed by a blank line and "a. Accelerate …" is one sentence split over blocks; the
// list items that follow a block ending in a colon stay in that block so the clause can be read whole.
const LIST_ITEM = /^ {0,3}(?:[-*+•]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])[ \t]/;

/** True when the last character of `text.slice(start, end)` other than spaces and tabs is a colon. */
function endsWithColon(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= start && text.charCodeAt(i) === 58;
}

/** The offset of the first character in [start, end) that is not white space (as `trim` sees it), or `end`. */
function firstNonSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) i++;
    else if (c < 128 || !WHITE_SPACE.test(text.charAt(i))) break;
    else i++;
  }
  return i;
}
const WHITE_SPACE = /\s/;
// The word boundary before a URL is checked in `maskNonProse`: a leading \b is tried at every position,
// while a pattern that starts with a few literal characters lets V8 skip to them.
const MASKED = /<!--[\s\S]*?-->|`[^`\n]*`|(?:https?:\/\/|www\.)[^\s<>()]+/g;
const MASKED_OUTSIDE_COMMENTS = /`[^`\n]*`|(?:https?:\/\/|www\.)[^\s<>()]+/g;
const WORD_CHAR = /\w/;

/**
 * Returns the prose paragraphs of the body (blank-line separated blocks), skipping fenced code.
 * @param text the whole file
 * @param bodyStart offset where the body starts (after the front matter)
 */
export function findParagraphs(text: string, bodyStart: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const markers = new MaskMarkers(text);
  let blockStart = -1;
  let blockEnd = -1;
  let fence: string | undefined;
  let lineStart = bodyStart;
  // The last non-blank line, as offsets: lines are not sliced out unless a test needs their text.
  let lastLineStart = 0;
  let lastLineEnd = 0;
  // Set at a blank line after a block that introduces a list (or after one of its items): the block
  // continues if the next non-blank line is a list item, and is flushed otherwise.
  let awaitingListItem = false;
  // True once the block has taken in a list item after a blank line.
  let inList = false;
  const flush = (): void => {
    if (blockStart >= 0) pushBlock(text, blockStart, blockEnd, markers, paragraphs);
    blockStart = -1;
    awaitingListItem = false;
    inList = false;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const firstInk = firstNonSpace(text, lineStart, contentEnd);
    // Only a line whose first character (after at most three spaces) is a backtick or tilde can be a fence.
    const fenceChar = firstInk < contentEnd && firstInk - lineStart <= 3 ? text.charCodeAt(firstInk) : 0;
    const fenceMatch = fenceChar === 96 || fenceChar === 126 ? FENCE.exec(text.slice(lineStart, contentEnd)) : null;
    if (fence !== undefined) {
      if (fenceMatch?.[1] !== undefined && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
    } else if (fenceMatch?.[1] !== undefined) {
      flush();
      fence = fenceMatch[1];
    } else if (firstInk === contentEnd) {
      if (blockStart < 0 || awaitingListItem) {
        // Another blank line inside a list keeps waiting for the next item.
      } else if (inList || endsWithColon(text, lastLineStart, lastLineEnd)) {
        awaitingListItem = true;
      } else {
        flush();
      }
    } else {
      if (awaitingListItem) {
        if (LIST_ITEM.test(text.slice(lineStart, contentEnd))) inList = true;
        else flush();
      }
      awaitingListItem = false;
      lastLineStart = lineStart;
      lastLineEnd = contentEnd;
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = contentEnd;
      if (blockEnd - blockStart > MAX_BLOCK_LENGTH) flush();
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  flush();
  return paragraphs;
}

/**
 * `raw` with comments, inline code and URLs replaced by spaces of the same length. After the line of
 * the last `-->` no comment can close, so the rest is scanned without looking for comments: each
 * unclosed `<!--` there made the scan read on to the end (many of them were quadratic).
 */
export function maskNonProse(raw: string): string {
  const lastClose = raw.lastIndexOf('-->');
  // No match crosses a line break except a comment, and every comment ends by the last `-->`.
  const lineEnd = lastClose < 0 ? 0 : raw.indexOf('\n', lastClose + 3);
  const boundary = lastClose < 0 ? 0 : lineEnd < 0 ? raw.length : lineEnd;
  if (boundary === raw.length) return maskWith(MASKED, raw);
  if (boundary === 0) return maskWith(MASKED_OUTSIDE_COMMENTS, raw);
  const head = raw.slice(0, boundary);
  const tail = raw.slice(boundary);
  const maskedHead = maskWith(MASKED, head);
  const maskedTail = maskWith(MASKED_OUTSIDE_COMMENTS, tail);
  return maskedHead === head && maskedTail === tail ? raw : maskedHead + maskedTail;
}

/** `text` with every match of `pattern` (a global copy of MASKED's alternatives) replaced by spaces. */
function maskWith(pattern: RegExp, text: string): string {
  let out = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const first = m[0].charCodeAt(0);
    // A URL glued to a word character ("xhttp://…") does not start here; the scan goes on one character later.
    if ((first === 104 || first === 119) && m.index > 0 && WORD_CHAR.test(text.charAt(m.index - 1))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out += text.slice(last, m.index) + ' '.repeat(m[0].length);
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

function pushBlock(text: string, start: number, end: number, markers: MaskMarkers, out: Paragraph[]): void {
  const raw = text.slice(start, end);
  const prose = markers.occurIn(start, end) ? maskNonProse(raw) : raw;
  out.push({ span: { start, end }, prose, masked: prose !== raw });
}

/**
 * Every match of MASKED contains one of these: a comment opens with "<!--", inline code with a
 * backtick, and a URL with "http://", "https://" (both hold "://") or "www.".
 */
const MASK_MARKERS = ['<!--', '`', '://', 'www.'] as const;

/**
 * Tells whether a block can hold anything that `maskNonProse` blanks. Most documents have no comment,
 * code or URL at all, and then MASKED, tried at every "h" and "w" of every block, finds nothing; a few
 * `indexOf` searches over the whole text settle that for all blocks at once.
 */
class MaskMarkers {
  /** For each marker, its first offset at or after the last block asked about; -1 when there is none. */
  private readonly next: number[] = MASK_MARKERS.map(() => -2);

  constructor(private readonly text: string) {}

  /** Whether one of the markers lies wholly in [start, end); blocks must be asked about in text order. */
  occurIn(start: number, end: number): boolean {
    for (let k = 0; k < MASK_MARKERS.length; k++) {
      const marker = MASK_MARKERS[k]!;
      let at = this.next[k]!;
      // A search that found nothing stays at -1: no later block can hold the marker either.
      if (at !== -1 && at < start) {
        at = this.text.indexOf(marker, start);
        this.next[k] = at;
      }
      if (at >= 0 && at + marker.length <= end) return true;
    }
    return false;
  }
}
