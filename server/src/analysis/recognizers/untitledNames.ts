/**
 * People named without a title, by the shape of the name: a known given name and a family name
 * ("Antony Blinken"), a common Vietnamese, Chinese or Korean family name and given names ("Nguyen
 * Minh Vu"), or a family name in capitals and a given name ("NAMAZU Hiroyuki").
 */
import { isDemonym, organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import type { Entity, Span } from '../types';
import { titleAfter, titleBefore, titleKeywords } from './nameTitles';
import { INSTITUTION_HEAD_WORDS, isGivenName, NAME_FOLLOWERS, NOT_NAME, overlapsAny, TITLE } from './peopleLexicon';
import { finiteLanguage, isAsciiCapital, isAsciiLower, matchListAtStarts, mayBeCapital, wantedMatchesAtStarts, type UnwantedStarts } from './peopleScan';
import { asciiTwin, hasAsciiWordsOnly } from './asciiPatterns';
import { cacheByRange } from './rangeCache';
import { memoizeString } from './wordMemo';
import { patternPerson } from './personEntity';

// Common Vietnamese, Chinese and Korean family names let untitled three-part names be recognised.
const ASIAN_FAMILY = String.raw`(?:Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Phan|Vu|Võ|Vo|Vũ|Dang|Đặng|Bui|Bùi|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|To|Tô|Dinh|Đinh|Truong|Trương|Xi|Li|Wang|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Kim|Lee|Park|Choi|Jung|Chung|Jeong|Kwon|Hong|Seo|Kang|Yoon|Moon|Ban|Han|Cho|Lim|Shin|Hwang|Ahn|Song)`;
// Tried only where a listed family name and a space begin a word (see `asianNameAt`).
const ASIAN_NAME_AT = new RegExp(
  // Korean given names are often hyphenated ("Lee Haye-ah", "Han Duck-soo").
  String.raw`(?<![\p{L}\p{N}])${ASIAN_FAMILY}(?: \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Ll}+)?){1,2}(?![\p{L}\p{N}])`,
  'uy',
);
// Japanese style: family name in capitals followed by a given name ("KISHIDA Fumio").
// Patterns open with a plain Latin capital class and check the preceding character after it: V8 can
// then skip ahead to candidate letters instead of trying a look-behind at every position (7x faster).
const LATIN_CAPITAL = '[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]';
const UPPER_FAMILY_NAME_AT = new RegExp(String.raw`${LATIN_CAPITAL}(?<![\p{L}\p{N}].)\p{Lu}+[ \u00a0]\p{Lu}\p{Ll}+(?![\p{L}\p{N}])`, 'uy');

// A family name may carry an inner apostrophe before lower-case letters ("Mata’afa") and a Romance or
// Germanic particle may join a second family name ("Juan Ramón de la Fuente").
const FAMILY_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’](?!(?:ll|re|ve|s)(?![\p{L}\p{N}]))\p{Ll}{2,})?`;
const GIVEN_FAMILY_AT = new RegExp(
  String.raw`(${LATIN_CAPITAL}(?<![\p{L}\p{N}].)\p{Ll}+)((?: \p{Lu}\.)? ${FAMILY_WORD}(?:-\p{Lu}\p{Ll}+)?(?: (?:de la|de los|del|de|da|dos|van der|van|von der|von) ${FAMILY_WORD})?)(?:,? Jr\.)?(?![\p{L}\p{N}]|['’]\p{Ll}{2})`,
  'uy',
);
// A second family word after an accepted pair ("Nana Akufo Addo", "Mario Abdo Benítez"), with the particle
// and family word that may follow it ("Luiz Inácio Lula da Silva"); a third capitalised word rules it out.
const SECOND_FAMILY_AT = new RegExp(
  String.raw` (${FAMILY_WORD}(?:-\p{Lu}\p{Ll}+)?)(?: (?:de la|de los|del|de|da|dos|van der|van|von der|von) ${FAMILY_WORD})?(?![\p{L}\p{N}]|['’]\p{Ll}{2}| \p{Lu})`,
  'uy',
);

// Twins for paragraphs whose words are all ASCII, where they find the same matches faster (see `asciiTwin`).
const GIVEN_FAMILY_AT_ASCII = asciiTwin(GIVEN_FAMILY_AT);
const SECOND_FAMILY_AT_ASCII = asciiTwin(SECOND_FAMILY_AT);
const ASIAN_NAME_AT_ASCII = asciiTwin(ASIAN_NAME_AT);
const UPPER_FAMILY_NAME_AT_ASCII = asciiTwin(UPPER_FAMILY_NAME_AT);

const PERSON_CUE_AFTER = /^(?:['’]s\b|,? (?:said|says|told|stated|added|noted|announced|stressed|emphasi[sz]ed|expressed|will|would|has|had|is|was|met|visited|spoke|called|urged|thanked|welcomed)\b)/u;
// A byline ("By Charles Audouin" at the start of a line) names the author.
const PERSON_CUE_BEFORE = /(?:\b(?:between|with|by|and|counterpart|colleague|leader|successor|predecessor|told|met|thanked|invited|congratulated|said|says|added|[Aa]ccording to)|[,;:]|(?:^|\n)By) $/u;
// "Dalia Grybauskaitė and the Latvian Prime Minister": a name coordinated with a titled official.
const TITLED_PARTNER_AFTER = new RegExp(String.raw`^ and (?:the|his|her) (?:\p{Lu}\p{Ll}+ )?${TITLE}\b`, 'u');

/** Where a capital may start GIVEN_FAMILY: a Latin capital, lower-case letters, a space and a capital. */
function mayStartGivenFamily(paragraph: string, at: number): boolean {
  if (!isLatinCapital(paragraph.charCodeAt(at))) return false;
  let i = at + 1;
  while (isAsciiLower(paragraph.charCodeAt(i))) i++;
  const code = paragraph.charCodeAt(i);
  // Other letters than a to z are left to the pattern itself.
  if (code >= 0x80) return true;
  // "By Charles Audouin" (a byline): "By" would take "Charles" as its family name and hide the real pair.
  if (i === at + 2 && paragraph.startsWith('By', at)) return false;
  return i > at + 1 && code === 0x20 && mayBeCapital(paragraph.charCodeAt(i + 1));
}

/**
 * True when a GIVEN_FAMILY match at `at` would open with a word that is not a known given name, so
 * that `givenFamilyNames` drops it. The word is read off the text only when it is a capital and a to z
 * up to a space: the pattern's first group is then exactly that word, as a space must follow it.
 */
function opensWithUnknownGivenName(paragraph: string, at: number): boolean {
  let end = at + 1;
  while (isAsciiLower(paragraph.charCodeAt(end))) end++;
  return paragraph.charCodeAt(end) === 0x20 && !isGivenNameAt(paragraph, at, end);
}

/** `isGivenName` of a word read in place, as nearly every pair start asks about a word seen before. */
const isGivenNameAt = cacheByRange(isGivenName);

/**
 * An offset that no GIVEN_FAMILY match starting at `at` ends after. Inside a match, at most six spaces
 * occur (before an initial, the family name, two-word particles and "Jr."), and each is followed by a
 * capital or a particle's first letter (d, v or l); the bound is where that first stops being true.
 */
function givenFamilyReach(paragraph: string, at: number): number {
  let end = at;
  for (let spaces = 0; ; spaces++) {
    while (end < paragraph.length && paragraph.charCodeAt(end) !== 0x20) end++;
    if (spaces === 6 || end >= paragraph.length) return end;
    const next = paragraph.charCodeAt(end + 1);
    if (!(mayBeCapital(next) || next === 0x64 || next === 0x76 || next === 0x6c)) return end;
    end++;
  }
}

/**
 * The GIVEN_FAMILY starts whose matches `givenFamilyNames` drops unseen, and how far a match reaches.
 * A match that starts inside a span already taken overlaps it whatever its length, so it is dropped
 * too; in a paragraph full of titled names that rules out most pairs before the pattern runs.
 */
function givenFamilyUnwanted(taken: readonly Span[]): UnwantedStarts {
  return {
    unwanted: (paragraph, at) => startsInside(at, taken) || opensWithUnknownGivenName(paragraph, at),
    reach: givenFamilyReach,
  };
}

/** True when `at` lies inside one of `spans`. */
function startsInside(at: number, spans: readonly Span[]): boolean {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (span.start <= at && at < span.end) return true;
  }
  return false;
}

/** True for a word that is no family name of an untitled pair: a non-name, a demonym, a place or an organisation. */
const cannotBeFamilyName = memoizeString(
  (family: string): boolean => NOT_NAME.has(family) || isDemonym(family) || placeGazetteer().lookup(family) !== undefined || organizationGazetteer().lookup(family) !== undefined,
);

/** True for a word that cannot be the second family word of an untitled name. */
function cannotEndLongName(word: string): boolean {
  return NAME_FOLLOWERS.has(word) || cannotBeFamilyName(word);
}

/**
 * The reason given for an untitled name opened by the known given name `given`; cached, so that the
 * mentions of one person share one string instead of keeping a copy each in the results.
 */
const givenFamilyReason = memoizeString((given: string): string => `name pattern: known given name "${given}" followed by a family name, in a context that speaks of a person`);

/**
 * Untitled "Given Family" names whose given name is a known first name and whose family name is no
 * place or organisation; `ascii` says whether its words are all ASCII (`hasAsciiWordsOnly`), when the caller knows it already.
 */
export function givenFamilyNames(paragraph: string, capitals: readonly number[], taken: readonly Span[], ascii = hasAsciiWordsOnly(paragraph)): Entity[] {
  const out: Entity[] = [];
  let lastEnd = 0;
  for (const m of wantedMatchesAtStarts(ascii ? GIVEN_FAMILY_AT_ASCII : GIVEN_FAMILY_AT, paragraph, capitals, mayStartGivenFamily, givenFamilyUnwanted(taken))) {
    const given = m[1]!;
    if (!isGivenName(given)) continue;
    // The family part is " Family" or " X. Family"; its last word is the family name.
    const familyPart = m[2]!;
    const family = familyPart.slice(familyPart.lastIndexOf(' ') + 1);
    if (cannotBeFamilyName(family)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    // A pair that overlaps a taken span still does once a second family word lengthens it.
    if (span.start < lastEnd || overlapsAny(span, taken)) continue;
    // "Nana Akufo Addo": a second family word after the pair, unless it cannot end a name.
    const second = mayFollowWithFamilyWord(paragraph, span.end) && familyPart === m[0].slice(given.length) ? secondFamilyAt(paragraph, span.end, ascii) : null;
    if (second !== null && !cannotEndLongName(second[1]!)) span.end += second[0].length;
    if (overlapsAny(span, taken)) continue;
    const role = titleBefore(paragraph, span.start) ?? titleAfter(paragraph, span.end);
    // A capitalised pair is only taken for a name when the context treats it as a person.
    const cue =
      role !== undefined ||
      PERSON_CUE_AFTER.test(paragraph.slice(span.end, span.end + 24)) ||
      PERSON_CUE_BEFORE.test(paragraph.slice(Math.max(0, span.start - 24), span.start)) ||
      TITLED_PARTNER_AFTER.test(paragraph.slice(span.end, span.end + 60));
    if (!cue) continue;
    out.push(patternPerson(span, paragraph.slice(span.start, span.end), givenFamilyReason(given), role));
    lastEnd = span.end;
  }
  return out;
}

/** False when SECOND_FAMILY cannot match at `end`, as it needs a space and a capital there; most names are followed by a verb. */
function mayFollowWithFamilyWord(paragraph: string, end: number): boolean {
  return paragraph.charCodeAt(end) === 0x20 && mayBeCapital(paragraph.charCodeAt(end + 1));
}

/** The match of SECOND_FAMILY at `end`, if any, read with its ASCII twin in an ASCII paragraph. */
function secondFamilyAt(paragraph: string, end: number, ascii: boolean): RegExpExecArray | null {
  const regex = ascii ? SECOND_FAMILY_AT_ASCII : SECOND_FAMILY_AT;
  regex.lastIndex = end;
  return regex.exec(paragraph);
}

/** True when `code` is in LATIN_CAPITAL, the leading class of the untitled patterns. */
function isLatinCapital(code: number): boolean {
  return (
    isAsciiCapital(code) ||
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xde) ||
    (code >= 0x100 && code <= 0x24f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}


const ASIAN_FAMILIES: ReadonlySet<string> = new Set(finiteLanguage(ASIAN_FAMILY));
/** The length of the longest family name in ASIAN_FAMILY, in code units. */
const ASIAN_FAMILY_MAX = Math.max(...[...ASIAN_FAMILIES].map((f) => f.length));

/** Where a capital may start ASIAN_NAME: a listed family name, then a space and a capital. */
function mayStartAsianName(paragraph: string, at: number): boolean {
  // A family name has no spaces, so it is exactly the text up to the first space; the search is
  // bounded so that long runs without spaces (Japanese, Chinese) are not read again at every letter.
  const limit = Math.min(paragraph.length, at + ASIAN_FAMILY_MAX + 1);
  let space = at + 1;
  while (space < limit && paragraph.charCodeAt(space) !== 0x20) space++;
  if (space >= limit || !mayBeCapital(paragraph.charCodeAt(space + 1))) return false;
  return mayBeAsianFamily(paragraph.charCodeAt(at), space - at) && isAsianFamilyAt(paragraph, at, space);
}

/**
 * Bit `n` of entry `c` is set when a listed family name of `n` code units starts with the ASCII
 * code unit `c`. Most capitalised words before another ("Maria Albanese", "Prime Minister") have a
 * length that no family name with their initial has, and one table read rules them out before the
 * word is hashed and looked up.
 */
const ASIAN_FAMILY_LENGTHS = new Uint32Array(0x80);
for (const family of ASIAN_FAMILIES) {
  const initial = family.charCodeAt(0);
  if (initial < 0x80) ASIAN_FAMILY_LENGTHS[initial]! |= 1 << family.length;
}

/** False when no listed family name of `length` code units starts with `initial`; true for initials past ASCII, which the table leaves out. */
function mayBeAsianFamily(initial: number, length: number): boolean {
  return initial >= 0x80 || ((ASIAN_FAMILY_LENGTHS[initial] ?? 0) & (1 << length)) !== 0;
}

/** True when the range is a listed family name, read in place: most capitalised words are asked about again and again. */
const isAsianFamilyAt = cacheByRange((word: string): boolean => ASIAN_FAMILIES.has(word));

/** Where a capital may start UPPER_FAMILY_NAME: two or more capitals, then a space and a capital. */
function mayStartUpperFamilyName(paragraph: string, at: number): boolean {
  if (!isLatinCapital(paragraph.charCodeAt(at)) || !mayBeCapital(paragraph.charCodeAt(at + 1))) return false;
  let i = at + 1;
  while (isAsciiCapital(paragraph.charCodeAt(i))) i++;
  const code = paragraph.charCodeAt(i);
  if (code === 0x20) return mayBeCapital(paragraph.charCodeAt(i + 1));
  // A no-break space or other capitals than A to Z are left to the pattern itself.
  return code >= 0x80;
}

/** An untitled pattern, where it may start, and the reason given for its names. */
const UNTITLED_PATTERNS = [
  { regex: ASIAN_NAME_AT, asciiRegex: ASIAN_NAME_AT_ASCII, mayStart: mayStartAsianName, reason: 'name pattern: common family name followed by given names' },
  { regex: UPPER_FAMILY_NAME_AT, asciiRegex: UPPER_FAMILY_NAME_AT_ASCII, mayStart: mayStartUpperFamilyName, reason: 'name pattern: family name in capitals followed by a given name' },
] as const;

/**
 * True when the word before `start` is a capitalised word other than a title or honorific: the pair
 * is then the end of a longer proper name ("China-Australia CEO Roundtable"), not a person.
 */
function insideLongerName(paragraph: string, start: number): boolean {
  if (start < 2 || paragraph.charCodeAt(start - 1) !== 32) return false;
  // Punctuation closes the word before ("On Monday, KISHIDA Fumio …"): no name runs across it.
  if (/[,;:.!?)]/.test(paragraph.charAt(start - 2))) return false;
  let wordStart = start - 1;
  while (wordStart > 0 && !/\s/.test(paragraph.charAt(wordStart - 1))) wordStart--;
  const code = paragraph.charCodeAt(wordStart);
  if (!(code >= 65 && code <= 90)) return false;
  return !titleKeywords().startsAt(paragraph, wordStart);
}


/**
 * True when the capitals word of a "FAMILY Given" match is a listed organisation or the word after it
 * is a title ("the BRICS Ministers of Foreign Affairs"): a body and its members, not a person. Places
 * are not checked: many family names are also city names ("MATSUMOTO Takeaki").
 */
function namesBody(match: string): boolean {
  const space = match.search(/[ \u00a0]/);
  const caps = match.slice(0, space);
  const after = match.slice(space + 1);
  // A country written in capitals ("ROK Mutual Defense Treaty") is checked too; cities are not.
  // An acronym ("USCG") has no vowel after its first letter, unlike family names in capitals ("PHAM", "KISHIDA").
  if (/^\p{Lu}[^AEIOUY]+$/u.test(caps) || INSTITUTION_HEAD_WORDS.has(after)) return true;
  return organizationGazetteer().lookup(caps) !== undefined || /^country/.test(placeGazetteer().lookup(caps)?.reason ?? '') || titleKeywords().startsAt(after, 0);
}

/** "FORUM" → "Forum". */
function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** True for a word that is never a name, as written or in title case ("FORUM" → "Forum"); read in place and cached. */
const isNonNameWordAt = cacheByRange((word: string): boolean => NOT_NAME.has(word) || NOT_NAME.has(titleCase(word)));

/**
 * True when one of the words of `start`..`end`, the pieces between single spaces or no-break spaces
 * (as `split(/[ \u00a0]/)` gives them), is never a name.
 */
function holdsNonNameWord(paragraph: string, start: number, end: number): boolean {
  let wordStart = start;
  for (let i = start; i <= end; i++) {
    const code = i < end ? paragraph.charCodeAt(i) : 0x20;
    if (code !== 0x20 && code !== 0xa0) continue;
    if (isNonNameWordAt(paragraph, wordStart, i)) return true;
    wordStart = i + 1;
  }
  return false;
}

/**
 * Names of the untitled family-name patterns that overlap nothing in `taken`; kept names are added to
 * `taken`. `ascii` says whether its words are all ASCII (`hasAsciiWordsOnly`), when the caller knows it already.
 */
export function untitledNames(paragraph: string, capitals: readonly number[], taken: Span[], found: Entity[], ascii = hasAsciiWordsOnly(paragraph)): void {
  for (const { regex, asciiRegex, mayStart, reason } of UNTITLED_PATTERNS) {
    for (const m of matchListAtStarts(ascii ? asciiRegex : regex, paragraph, capitals, mayStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      // A word in capitals is checked in title case too ("FORUM Island", "FINAL Joint").
      if (overlapsAny(span, taken) || holdsNonNameWord(paragraph, span.start, span.end)) continue;
      // A capitals word and a capitalised one after another capitalised word end a longer name.
      if (regex === UPPER_FAMILY_NAME_AT && (insideLongerName(paragraph, span.start) || namesBody(m[0]))) continue;
      const role = titleBefore(paragraph, span.start) ?? titleAfter(paragraph, span.end);
      found.push(patternPerson(span, m[0], reason, role));
      taken.push(span);
    }
  }
}
