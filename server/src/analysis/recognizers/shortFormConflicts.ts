/**
 * A registry short form (an official's family name, "Abe") written as part of another person's full
 * name ("Shinzo Abe" for the official Akie Abe, "Premier Li Keqiang" for the official Li Wei, "Nguyen Minh
 * Vu" for the official Nguyen Xuan Phuc) names that other person, not the official. The word beside the
 * short form tells: a given name before it, or a name word after it (family-first order), that is none
 * of the official's own name words.
 */
import type { Official } from '../../knowledge/officialsRegistry';
import { foldToBaseLetters } from '../../knowledge/nameMatching';
import { isDemonym, organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import type { Span } from '../types';
import { HONORIFIC, HONORIFIC_ONLY, INSTITUTION_HEAD_WORDS, isGivenName, NAME_FOLLOWERS, NOT_NAME, POST_NOMINALS, TITLE_TOKEN } from './peopleLexicon';

/** Whether the short form at `span` is written as part of a full name none of `officials` bears. */
export function namesAnotherPerson(paragraph: string, span: Span, officials: readonly Official[]): boolean {
  const before = wordBefore(paragraph, span.start);
  if (before !== undefined && isGivenName(before) && !officials.some((o) => nameWords(o).has(fold(before)))) return true;
  const after = wordAfter(paragraph, span.end);
  return after !== undefined && isNameWordAfter(after) && !officials.some((o) => nameWords(o).has(fold(after)));
}

/**
 * Where an official's family name "Tanaka" follows a given name that the name lists lack ("Makiko
 * Tanaka"): mid-sentence, a capitalised word right before a family name that is no title, honorific,
 * possessive, place, nationality, institution or other word known not to be a name, and none of the
 * official's own name words, is read as another person's given name. At the start of a sentence any
 * word is capitalised ("Yesterday Tanaka met …", "… “productive.” Afterwards Tanaka …"), so there the
 * short form keeps the official.
 * @returns the full name's span; `'longer'` when a further capitalised word or a title precedes the
 *   given name ("Lê Văn Chính", "Ambassador Makiko Tanaka"), whose extent the name patterns know better;
 *   undefined when the short form is the official's
 */
export function fullNameWithUnlistedGivenName(paragraph: string, span: Span, officials: readonly Official[]): Span | 'longer' | undefined {
  if (!isSpace(paragraph.charCodeAt(span.start - 1)) || !isLowerCaseLetter(paragraph.charCodeAt(span.start - 2))) return undefined;
  const before = wordBefore(paragraph, span.start);
  if (before === undefined || isGivenName(before) || !mayBeUnlistedGivenName(before)) return undefined;
  const start = span.start - 1 - before.length;
  if (officials.some((o) => nameWords(o).has(fold(before)))) {
    // "Nguyễn Minh Chính" is not the official Phạm Minh Chính: the middle name is the official's, the
    // family name before it is not.
    const first = wordBefore(paragraph, start);
    const foreign = first !== undefined && mayBeUnlistedGivenName(first) && !officials.some((o) => nameWords(o).has(fold(first)));
    return foreign && !opensSentence(paragraph, start - 1 - first.length) ? 'longer' : undefined;
  }
  if (opensSentence(paragraph, start)) return undefined;
  return wordBefore(paragraph, start) !== undefined ? 'longer' : { start, end: span.end };
}

/** Words of address that stand for a title ("His Excellency", "Her Majesty"). */
const ADDRESS_WORDS = new Set(['Excellency', 'Excellencies', 'Highness', 'Majesty', 'Eminence', 'Holiness', 'Honour', 'Honor', 'Lordship', 'Ladyship']);

function mayBeUnlistedGivenName(word: string): boolean {
  return (
    !POSSESSIVE.test(word) &&
    !ADDRESS_WORDS.has(word) &&
    !HONORIFIC_ONLY.test(word) &&
    !NOT_NAME.has(word) &&
    !NAME_FOLLOWERS.has(word) &&
    !INSTITUTION_HEAD_WORDS.has(word) &&
    !TITLE_TOKEN.test(word) &&
    !isDemonym(word) &&
    placeGazetteer().lookup(word) === undefined &&
    organizationGazetteer().lookup(word) === undefined
  );
}

/** "Japan's", "Japan’s": a possessive, which names what the person belongs to, not a given name. */
const POSSESSIVE = /['’]s$/u;

/**
 * Whether the word at `start` is the first of its paragraph or sentence: after ".", "!", "?", ":" or an
 * opening quote, with any closing quotes or brackets after the sentence's end skipped (`.”`, `.)`). The
 * full stop of an abbreviated honorific ("Mr.", "Dr.", "H.E.") ends no sentence.
 */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || text[i] === '\n' || text[i] === '\r')) i--;
  if (text[i] === '.' && endsAbbreviatedHonorific(text, i + 1)) return false;
  while (i >= 0 && CLOSING.test(text[i]!)) i--;
  return i < 0 || /[.!?:"“‘]/u.test(text[i]!);
}

const CLOSING = /[”’"')\]»]/u;

/** An honorific, as a whole word ("Mr.", "H.E.", "Rt. Hon."). */
const WHOLE_HONORIFIC = new RegExp(String.raw`^(?:${HONORIFIC})$`, 'u');

/** Whether the letters and full stops that end at `end` (a full stop) are an abbreviated honorific. */
function endsAbbreviatedHonorific(text: string, end: number): boolean {
  let i = end - 1;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return WHOLE_HONORIFIC.test(text.slice(i, end));
}

/**
 * Whether the family name at `start` follows a listed given name that is none of `fullName`'s words:
 * "Minh Chính" is not a short mention of "Lê Văn Chính".
 */
export function followsAnotherGivenName(paragraph: string, start: number, fullName: string): boolean {
  // A given name ends one space before the family name with a lower-case letter: nearly every short
  // mention follows a title, a lower-case word or punctuation and is settled here.
  if (!isSpace(paragraph.charCodeAt(start - 1)) || !isLowerCaseLetter(paragraph.charCodeAt(start - 2))) return false;
  const before = wordBefore(paragraph, start);
  if (before === undefined || !isGivenName(before)) return false;
  const own = fold(before);
  return !fullName.split(/[\s,]+/u).some((w) => fold(w) === own);
}

/**
 * Whether a capitalised word right after a family name can be the rest of a family-first name: not an
 * office or body ("Abe Cabinet", "Modi Government"), a title, a post-nominal, a day or month ("met
 * Ishiba Tuesday") or another word that follows names without belonging to them.
 */
function isNameWordAfter(word: string): boolean {
  return !NOT_NAME.has(word) && !NAME_FOLLOWERS.has(word) && !POST_NOMINALS.has(word) && !TITLE_TOKEN.test(word);
}

/**
 * Whether the full name `full` may be the official's own: each of its words is one of the official's
 * name words or an initial ("Antony J. Blinken" for Antony Blinken), so it names no one else.
 */
export function mayNameOfficial(full: string, official: Official): boolean {
  // Asked again for every bare mention at every analysis of the document, so the answers are kept.
  let answers = mayNameAnswers.get(official);
  if (answers === undefined) mayNameAnswers.set(official, (answers = new Map()));
  let answer = answers.get(full);
  if (answer === undefined) {
    const words = nameWords(official);
    answer = full
      .split(/[\s,]+/u)
      .map((w) => fold(w.replace(/\.$/u, '')))
      .every((w) => w.length <= 1 || words.has(w));
    if (answers.size >= 1024) answers.clear();
    answers.set(full, answer);
  }
  return answer;
}

const mayNameAnswers = new WeakMap<Official, Map<string, boolean>>();

const nameWordsOf = new WeakMap<Official, ReadonlySet<string>>();

/** The official's name words, folded (name, family name and aliases: "Akie Abe" → akie, abe). */
function nameWords(official: Official): ReadonlySet<string> {
  let words = nameWordsOf.get(official);
  if (!words) {
    const all = [official.name, official.familyName ?? '', ...official.aliases].join(' ');
    words = new Set(all.split(/[\s,.]+/u).filter((w) => w.length > 0).map(fold));
    nameWordsOf.set(official, words);
  }
  return words;
}

function fold(word: string): string {
  return foldToBaseLetters(word).toLowerCase();
}

/** A name-like word (a capital, then lower-case letters or hyphens) is one of these characters long at least. */
const MIN_NAME_WORD = 2;

/** The capitalised word that ends one space before `start` ("Shinzo" in "Shinzo Abe"), if any. */
function wordBefore(text: string, start: number): string | undefined {
  if (start < 2 || !isSpace(text.charCodeAt(start - 1))) return undefined;
  let i = start - 1;
  while (i > 0 && isNameChar(text, i - 1)) i--;
  return nameWordAt(text, i, start - 1);
}

/** The capitalised word that starts one space after `end` ("Keqiang" in "Li Keqiang"), if any. */
function wordAfter(text: string, end: number): string | undefined {
  if (end + 1 >= text.length || !isSpace(text.charCodeAt(end))) return undefined;
  let i = end + 1;
  while (i < text.length && isNameChar(text, i)) i++;
  return nameWordAt(text, end + 1, i);
}

/** The text of [start, end) when it is a name-like word: a capital, then at least one lower-case letter. */
function nameWordAt(text: string, start: number, end: number): string | undefined {
  if (end - start < MIN_NAME_WORD) return undefined;
  // Most words next to a name are lower-case ASCII ("met", "said"), which the first code unit settles.
  const first = text.charCodeAt(start);
  if (first >= 97 && first <= 122) return undefined;
  const word = text.slice(start, end);
  return NAME_WORD.test(word) ? word : undefined;
}

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}]*$/u;
const NAME_CHAR = /[\p{L}\p{M}'’-]/u;

function isNameChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // ASCII needs no RegExp: letters, the apostrophe and the hyphen.
  if (code < 0x80) return ((code | 32) - 97) >>> 0 < 26 || code === 39 || code === 45;
  return NAME_CHAR.test(text[i]!);
}

/** A lower-case ASCII letter, or any character beyond ASCII (left to the exact test). */
function isLowerCaseLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || code > 0x7f;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}
