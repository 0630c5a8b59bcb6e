/**
 * Hard-wrapped paragraphs. Many policy texts break their paragraphs every ~70 characters (mail,
 * plain-text releases, PDF copies), sometimes with CRLF and indented continuation lines. A line break
 * that wraps a sentence is read as one space, so that a name, a date's clause or an organisation's
 * "of …" complement reads the same across it as across a space. The view replaces each such break
 * (with the spaces and tabs around it) by one space and maps every offset found in it back, the way
 * the composed view does (normalization.ts): spans keep the line break, `text === prose.slice(…)`.
 *
 * A line break stays a break when the line is a heading or a table row, when the next line opens a
 * list item, a quote, a table row or a heading underline, and when the line ends a sentence (. ! ? :)
 * or is a short line without end punctuation (a headline, a dateline, a heading without `#`). A line
 * is read as wrapped when it ends with a comma, a hyphen or a word that cannot end a headline ("on",
 * "the", "and"), when the next line starts in lower case, or when it is as long as wrapped lines are.
 */

/** A line as long as this (from its first non-blank character) is a wrapped line when it has no end punctuation. */
const WRAPPED_LINE_LENGTH = 50;
/**
 * A line longer than this was not wrapped: it is a whole paragraph on one line, and so is the text around
 * it, where a line without end punctuation is a headline, a caption or a list item ("… of shared species⏎The
 * United States and Canada further committed …").
 */
const UNWRAPPED_LINE_LENGTH = 100;
/** A line shorter than this without end punctuation is a line of its own (a credit, a source: "Xinhua"). */
const SHORT_LINE_LENGTH = 30;
// The word that ends a line that cannot end a headline or a sentence.
const OPEN_LINE_END = /(?:^|[\s(])(?:the|a|an|to|and|or|of|in|on|for|with|at|by|from|that|its|their|our|his|her|as|into|between|will|would|shall|agreed|committed)$/i;
// A title, an abbreviation or an initial whose full stop does not end the line's sentence ("Mr.⏎Abe",
// "U.S.⏎President", "Lisa O.⏎Monaco").
const ABBREVIATION_END = /(?:^|[\s(.])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Amb|Gen|Sen|Rep|Gov|Lt|Col|Capt|Maj|Sgt|Adm|Rev|St|Hon|H\.E|U\.S|U\.K|U\.N|E\.U|No|Nos|Art|Para|Vol|Jr|Sr)\.$/;
// The start of a line that opens a block: a list item, a quote, a table row, a heading, a setext underline, a fence.
const BLOCK_START = /^(?:[-*+•·▪◦‣–—]\s|#|>|\||=+\s*$|-{2,}|\d{1,3}[.)](?:\s|$)|[a-zA-Z][.)]\s|[ivxIVX]{1,4}[.)]\s|\(\w{1,4}\)\s|```|~~~)/;
// A short line that stops inside a person's name: after a title ("Prime Minister Shigeru⏎Ishiba") or after
// a word that goes on to name someone ("talks with Makiko⏎Abe"). Short headlines and bylines that end in a
// capitalised word ("By Lee Haye-ah", "Office of the Spokesman") are lines of their own.
const NAME_CUT = /(?:^|\s)(?:Minister|President|Secretary|Ambassador|Chancellor|Premier|Governor|Senator|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|King|Queen|Prince|Princess|Sheikh|Emir|Chairman|Chairwoman|Chairperson|Commissioner|Mayor|Envoy|Spokesperson|Spokesman|with|met|meets|told|thanked|welcomed|received)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?$/u;
const UPPER_START = /^\p{Lu}/u;
// A line of its own after a headline: a byline ("By Lee Haye-ah") or a dateline ("SEOUL, July 28 (Yonhap) --").
const OWN_LINE = /^(?:By:?[ \t]+\p{Lu}|BY[: \t]|\p{Lu}{2,}[\p{Lu} .'’-]*(?:,[^.\n]{1,30}?)?(?:[ \t]+[-–—]|[ \t]*\())/u;
const LOWER_LETTER = /^\p{Ll}/u;

/** One wrap break: [start, end) of the paragraph (blanks, CR, LF, blanks), read as one space. */
export interface WrapRun {
  readonly start: number;
  readonly end: number;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * The wrap breaks of `prose`, in order; empty when it has none (a paragraph of one line costs one
 * `indexOf`). `prose` is a paragraph as `findParagraphs` gives it: no blank line inside.
 */
export function wrapRuns(prose: string): WrapRun[] {
  const runs: WrapRun[] = [];
  let lf = prose.indexOf('\n');
  if (lf < 0) return runs;
  let lineStart = 0;
  for (; lf >= 0; lf = prose.indexOf('\n', lf + 1)) {
    let breakStart = lf > 0 && prose.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    while (breakStart > lineStart && isBlank(prose.charCodeAt(breakStart - 1))) breakStart--;
    let next = lf + 1;
    while (next < prose.length && isBlank(prose.charCodeAt(next))) next++;
    const thisLineStart = lineStart;
    lineStart = lf + 1;
    let ink = thisLineStart;
    while (ink < breakStart && isBlank(prose.charCodeAt(ink))) ink++;
    if (ink === breakStart || next >= prose.length) continue;
    const nextCode = prose.charCodeAt(next);
    if (nextCode === 10 || nextCode === 13) continue;
    if (isWrap(prose, ink, breakStart, next)) runs.push({ start: breakStart, end: next });
  }
  return runs;
}

/**
 * Whether the line that starts at `next` can be the rest of a wrapped line: not longer than wrapped lines
 * are, and not a short line without end punctuation, as a credit or a source under a headline is.
 */
function wrappedNextLine(prose: string, next: number): boolean {
  let end = prose.indexOf('\n', next);
  if (end < 0) end = prose.length;
  while (end > next && (isBlank(prose.charCodeAt(end - 1)) || prose.charCodeAt(end - 1) === 13)) end--;
  if (end - next > UNWRAPPED_LINE_LENGTH) return false;
  if (end - next >= SHORT_LINE_LENGTH) return true;
  return END_PUNCTUATION.test(prose.charAt(end - 1));
}
const END_PUNCTUATION = /[.!?;:,…"”’)\]]/;

/** Whether the line [ink, end) wraps into the line that starts at `next`. */
function isWrap(prose: string, ink: number, end: number, next: number): boolean {
  const first = prose.charCodeAt(ink);
  // A heading or a table row is a line of its own.
  if (first === 35 || first === 124) return false;
  const nextLine = prose.slice(next, next + 12);
  if (BLOCK_START.test(nextLine) || OWN_LINE.test(prose.slice(next, next + 40))) return false;
  const last = prose.charCodeAt(end - 1);
  // Sentence ends: . ! ? : and a closing quote or bracket after one of them.
  let mark = end - 1;
  while (mark > ink && (prose.charCodeAt(mark) === 0x201d || prose.charCodeAt(mark) === 34 || prose.charCodeAt(mark) === 0x2019 || prose.charCodeAt(mark) === 39 || prose.charCodeAt(mark) === 41)) mark--;
  const markCode = prose.charCodeAt(mark);
  if (markCode === 46) return ABBREVIATION_END.test(prose.slice(Math.max(ink, end - 6), end));
  if (markCode === 33 || markCode === 63 || markCode === 58) return false;
  if (last === 44 || last === 59 || last === 45) return true;
  if (end - ink >= WRAPPED_LINE_LENGTH && end - ink <= UNWRAPPED_LINE_LENGTH && wrappedNextLine(prose, next)) return true;
  if (OPEN_LINE_END.test(prose.slice(Math.max(ink, end - 12), end))) return true;
  if (LOWER_LETTER.test(nextLine)) return true;
  return UPPER_START.test(nextLine) && NAME_CUT.test(prose.slice(Math.max(ink, end - 48), end));
}
