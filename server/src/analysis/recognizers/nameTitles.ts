/**
 * The title written beside a person's name: before it ("Vietnamese Prime Minister Pham Minh Chinh")
 * or as an apposition after it (", Senior Deputy Minister for Foreign Affairs of Japan"), and the
 * index of the keywords every title starts with.
 */
import { cleanRole, HONORIFIC, TITLE, TITLE_HEAD, TITLE_WORD } from './peopleLexicon';
import { finiteLanguage, isAsciiCapital, isAsciiLetter, KeywordStarts, mayBeLowerCase } from './peopleScan';
import { titleWordsAndHeads } from './titlePhraseNames';

/** Where a title keyword (an honorific, a title word or a title head) begins; exported for tests. */
export const TITLE_KEYWORD_SOURCE = String.raw`(?:${HONORIFIC})|${TITLE_WORD}|${TITLE_HEAD}`;

let titleKeywordIndex: KeywordStarts | undefined;
/**
 * The title keywords (honorifics, title words and heads) as a lookup table, built on first use. The
 * table holds ASCII only; a keyword is cut before its first other character ("Dato’" → "Dato"), which
 * still finds every place where it starts.
 */
export function titleKeywords(): KeywordStarts {
  titleKeywordIndex ??= new KeywordStarts(finiteLanguage(TITLE_KEYWORD_SOURCE).map((k) => /^[ -~]*/.exec(k)?.[0] ?? '').filter((k) => k.length > 0));
  return titleKeywordIndex;
}

const TITLE_BEFORE = new RegExp(String.raw`(?:(?:\p{Lu}\p{Ll}+ )?${TITLE}(?: of [\p{L} ]+?)?)[ \u00a0]+(?:(?:${HONORIFIC})[ \u00a0]+)*$`, 'u');
const TITLE_AFTER = new RegExp(String.raw`^,[ \u00a0]+((?:the )?(?:${TITLE_WORD}[ -])*${TITLE_HEAD}[^,;()\n]{0,80}?)(?=[,;(\n]|\.(?:\s|$)| and |$)`, 'u');

/**
 * The title written just before a name ("Prime Minister", "Vietnamese Prime Minister"), without honorifics.
 * A global search for TITLE_BEFORE would try its long alternations at every offset of the window;
 * instead the sticky pattern is tried, in ascending order, only where a match can begin, so the
 * first match found is the leftmost one that the global search would return.
 */
export function titleBefore(paragraph: string, start: number): string | undefined {
  const from = Math.max(0, start - 80);
  // A match lies inside the run of code units it may hold that ends at `start`, and ends in a space.
  const runStart = titleRunStart(paragraph, from, start);
  const last = paragraph.charCodeAt(start - 1);
  if (start <= runStart || (last !== 0x20 && last !== 0xa0)) return undefined;
  if (!mayEndTitleBefore(paragraph, runStart, start)) return undefined;
  let window: string | undefined;
  for (let at = runStart; at < start; at++) {
    if (!mayStartTitleBefore(paragraph, at, start)) continue;
    // The pattern ends in `$`, so it runs on the window that ends at the name.
    window ??= paragraph.slice(from, start);
    TITLE_BEFORE_AT.lastIndex = at - from;
    const m = TITLE_BEFORE_AT.exec(window);
    if (m) return cleanRole(m[0]);
  }
  return undefined;
}

/**
 * False when no TITLE_BEFORE match can lie in the run `runStart`..`start`, which ends in spaces.
 * Before its final spaces a match ends with an honorific, with a title head, or with the letters
 * and spaces of an "of" phrase; honorifics and heads end in neither kind of space, so they end
 * where the run's final spaces begin. Most names follow neither ("chaired by", "met"), and this
 * one look at the run's end and one pass for " of " spare the keyword search at every offset.
 */
function mayEndTitleBefore(text: string, runStart: number, start: number): boolean {
  let end = start;
  while (end > runStart && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0xa0)) end--;
  return endsWithTitleEnding(text, runStart, end) || holdsSpacedOf(text, runStart, start);
}

let titleEndingsByLastCode: Map<number, string[]> | undefined;
/** True when a title head or an honorific, as TITLE_BEFORE spells them, ends at `end`, not before `from`. */
function endsWithTitleEnding(text: string, from: number, end: number): boolean {
  titleEndingsByLastCode ??= byLastCode([...finiteLanguage(TITLE_HEAD), ...finiteLanguage(HONORIFIC)]);
  const forms = titleEndingsByLastCode.get(text.charCodeAt(end - 1));
  if (forms === undefined) return false;
  for (const form of forms) if (end - form.length >= from && text.startsWith(form, end - form.length)) return true;
  return false;
}

/** The strings grouped by their last code unit. */
function byLastCode(forms: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const form of new Set(forms)) {
    const code = form.charCodeAt(form.length - 1);
    const group = groups.get(code);
    if (group === undefined) groups.set(code, [form]);
    else group.push(form);
  }
  return groups;
}

/** True when " of " occurs in `text` between `from` and `to`. */
function holdsSpacedOf(text: string, from: number, to: number): boolean {
  for (let at = from + 1; at + 3 <= to; at++) {
    if (text.charCodeAt(at) === 0x6f && text.charCodeAt(at + 1) === 0x66 && text.charCodeAt(at - 1) === 0x20 && text.charCodeAt(at + 2) === 0x20) return true;
  }
  return false;
}

/** TITLE_BEFORE as a sticky pattern, tried at the offsets `mayStartTitleBefore` admits. */
const TITLE_BEFORE_AT = new RegExp(TITLE_BEFORE.source, 'uy');

/**
 * False when no TITLE_BEFORE match can begin at `at`: a match opens with a title word or head (in
 * either case, even inside a word, as the pattern has no look-behind), or with a capitalised word
 * and a space before one. Other letters than a to z count as possible capitals and lower-case
 * letters, except the second half of a surrogate pair, where a `u` pattern never starts.
 */
function mayStartTitleBefore(text: string, at: number, end: number): boolean {
  const keywords = titleWordsAndHeads();
  if (keywords.startsAt(text, at)) return true;
  const code = text.charCodeAt(at);
  if (!isAsciiCapital(code) && (code < 0x80 || (code >= 0xdc00 && code <= 0xdfff))) return false;
  let i = at + 1;
  while (i < end && mayBeLowerCase(text.charCodeAt(i))) i++;
  return i > at + 1 && i < end && text.charCodeAt(i) === 0x20 && keywords.startsAt(text, i + 1);
}

/**
 * Where the run that ends at `to` of code units a TITLE_BEFORE match may hold begins, not before
 * `from`: letters, spaces, hyphens, full stops and apostrophes, and any non-ASCII code unit.
 */
function titleRunStart(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && mayBeInTitleBefore(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True for a code unit that a TITLE_BEFORE match may hold (see `titleRunStart`). */
function mayBeInTitleBefore(code: number): boolean {
  return code >= 0x80 || isAsciiLetter(code) || code === 0x20 || code === 0x2d || code === 0x2e || code === 0x27;
}

/** An appositive title after a name (", Senior Deputy Minister for Foreign Affairs of Japan"). */
export function titleAfter(paragraph: string, end: number): string | undefined {
  // The pattern opens with a comma; most names are followed by something else.
  if (paragraph.charCodeAt(end) !== 0x2c) return undefined;
  const m = TITLE_AFTER.exec(paragraph.slice(end, end + 120));
  return m?.[1] ? cleanRole(m[1]) : undefined;
}
