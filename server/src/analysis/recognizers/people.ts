import { isDemonym, organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import { roleOn, type Official, type OfficialsRegistry } from '../../knowledge/officialsRegistry';
import type { Entity, Span } from '../types';
import { appositiveNames, commaTitledNames, counterpartNames, namesWithCountry, pairedTitleNames, titleWordsAndHeads } from './titlePhraseNames';
import { memoizeRange, memoizeString } from './wordMemo';
import { cleanRole, HONORIFIC, INSTITUTION_HEAD_WORDS, isGivenName, NAME, NAME_FOLLOWERS, NOT_NAME, overlapsAny, POST_NOMINALS, TITLE, TITLE_HEAD, TITLE_TOKEN, TITLE_WORD } from './peopleLexicon';
import { findNameStarts, finiteLanguage, matchListAtStarts, isAsciiCapital, isAsciiLetter, isAsciiLower, KeywordStarts, wantedMatchesAtStarts, type UnwantedStarts } from './peopleScan';

/** What people recognition needs besides the paragraph. */
export interface PeopleContext {
  readonly registry: OfficialsRegistry;
  /** ISO date used to prefer the official who held a matching post on that day. */
  readonly documentDate?: string;
}


// The title part is mandatory: an untitled capitalised run must not consume the text a titled name starts in.
const HONORIFICS = String.raw`(?:(?:${HONORIFIC})[ \u00a0]+)`;
// A title may carry its abbreviation in brackets before the name ("Prime Minister (PM) Shehbaz Sharif").
const TITLE_PART = String.raw`(?:(?:\p{Lu}\p{Ll}+ |\p{Lu}{2,} )?${TITLE}[ \u00a0]+(?:\(\p{Lu}{2,6}\)[ \u00a0]+)?)`;
const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<title>${HONORIFICS}+${TITLE_PART}?${HONORIFICS}*|${TITLE_PART}${HONORIFICS}*)(?<name>${NAME})(?![\p{L}\p{N}])`,
  'gu',
);

// Every match of TITLED_NAME begins with an honorific, a title word or head, or the single
// capitalised word before one. Scanning for those keywords and trying the pattern only where a match
// can begin finds the same matches as a global scan, without trying it at every position (~30 ms/MB).
const TITLED_NAME_AT = new RegExp(TITLED_NAME.source, 'uy');
/** Where a title keyword (an honorific, a title word or a title head) begins; exported for tests. */
export const TITLE_KEYWORD_SOURCE = String.raw`(?:${HONORIFIC})|${TITLE_WORD}|${TITLE_HEAD}`;
const CASED_LETTER = /^[\p{Lu}\p{Ll}]$/u;


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
const isGivenNameAt = memoizeRange(isGivenName);

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

/** Untitled "Given Family" names whose given name is a known first name and whose family name is no place or organisation. */
function givenFamilyNames(paragraph: string, capitals: readonly number[], taken: readonly Span[]): Entity[] {
  const out: Entity[] = [];
  let lastEnd = 0;
  for (const m of wantedMatchesAtStarts(GIVEN_FAMILY_AT, paragraph, capitals, mayStartGivenFamily, givenFamilyUnwanted(taken))) {
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
    const second = mayFollowWithFamilyWord(paragraph, span.end) && familyPart === m[0].slice(given.length) ? secondFamilyAt(paragraph, span.end) : null;
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
    out.push({ kind: 'person', span, text: paragraph.slice(span.start, span.end), source: 'pattern', reason: `name pattern: known given name "${given}" followed by a family name, in a context that speaks of a person`, ...(role ? { role } : {}) });
    lastEnd = span.end;
  }
  return out;
}

/** False when SECOND_FAMILY cannot match at `end`, as it needs a space and a capital there; most names are followed by a verb. */
function mayFollowWithFamilyWord(paragraph: string, end: number): boolean {
  return paragraph.charCodeAt(end) === 0x20 && mayBeCapital(paragraph.charCodeAt(end + 1));
}

/** The match of SECOND_FAMILY at `end`, if any. */
function secondFamilyAt(paragraph: string, end: number): RegExpExecArray | null {
  SECOND_FAMILY_AT.lastIndex = end;
  return SECOND_FAMILY_AT.exec(paragraph);
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

/** False only for code units that cannot be in a `\p{Ll}` letter: ASCII other than a to z. */
function mayBeLowerCase(code: number): boolean {
  return code >= 0x80 || isAsciiLower(code);
}

/** False only for code units that cannot start a `\p{Lu}` letter: ASCII other than A to Z. */
function mayBeCapital(code: number): boolean {
  return code >= 0x80 || isAsciiCapital(code);
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
  return ASIAN_FAMILIES.has(paragraph.slice(at, space));
}

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
  { regex: ASIAN_NAME_AT, mayStart: mayStartAsianName, reason: 'name pattern: common family name followed by given names' },
  { regex: UPPER_FAMILY_NAME_AT, mayStart: mayStartUpperFamilyName, reason: 'name pattern: family name in capitals followed by a given name' },
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

/** Names of the untitled family-name patterns that overlap nothing in `taken`; kept names are added to `taken`. */
function untitledNames(paragraph: string, capitals: readonly number[], taken: Span[], found: Entity[]): void {
  for (const { regex, mayStart, reason } of UNTITLED_PATTERNS) {
    for (const m of matchListAtStarts(regex, paragraph, capitals, mayStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      // A word in capitals is checked in title case too ("FORUM Island", "FINAL Joint").
      if (overlapsAny(span, taken) || m[0].split(/[ \u00a0]/).some((t) => NOT_NAME.has(t) || NOT_NAME.has(titleCase(t)))) continue;
      // A capitals word and a capitalised one after another capitalised word end a longer name.
      if (regex === UPPER_FAMILY_NAME_AT && (insideLongerName(paragraph, span.start) || namesBody(m[0]))) continue;
      const role = titleBefore(paragraph, span.start) ?? titleAfter(paragraph, span.end);
      found.push({ kind: 'person', span, text: m[0], source: 'pattern', reason, ...(role ? { role } : {}) });
      taken.push(span);
    }
  }
}

/**
 * Finds people in one paragraph: registry officials under any of their name forms, titled or
 * honorific-led names, and untitled names of a recognisable shape. Spans are relative to the paragraph.
 */
export function recognizePeople(paragraph: string, ctx: PeopleContext): Entity[] {
  const found: Entity[] = [];
  const taken: Span[] = [];
  const starts = findNameStarts(paragraph, titleKeywords());
  for (const match of ctx.registry.findNames(paragraph, starts.capitals)) {
    const chosen = chooseOfficial(match.officials, ctx.documentDate);
    const role = titleBefore(paragraph, match.span.start) ?? titleAfter(paragraph, match.span.end);
    const alternatives = match.officials.length > 1 ? match.officials.map((o) => o.id) : undefined;
    found.push({
      kind: 'person',
      span: match.span,
      text: match.text,
      source: 'registry',
      reason: alternatives
        ? `name shared by ${alternatives.length} registry entries (${alternatives.join(', ')}); ${chosen.id} held a post on the document date`
        : `officials registry entry "${chosen.id}"${match.shortForm ? ' (short form)' : ''}`,
      officialId: chosen.id,
      ...(alternatives ? { alternatives } : {}),
      ...(role ? { role } : {}),
    });
    taken.push(match.span);
  }
  for (const entity of titledNames(paragraph, starts.keywords)) {
    if (!overlapsAny(entity.span, taken)) {
      found.push(entity);
      taken.push(entity.span);
    }
  }
  appositiveNames(paragraph, starts.keywords, taken, found);
  counterpartNames(paragraph, starts.keywords, taken, found);
  if (!isHeadline(paragraph)) commaTitledNames(paragraph, starts.keywords, taken, found);
  namesWithCountry(paragraph, starts.keywords, taken, found);
  pairedTitleNames(paragraph, taken, found);
  // The untitled patterns are two capitalised words in a row, so they are tried only where such a pair may start.
  untitledNames(paragraph, starts.pairs, taken, found);
  found.push(...givenFamilyNames(paragraph, starts.pairs, taken));
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Trailing characters of `\s`, which a headline test skips at the paragraph end. */
const WHITESPACE = /^\s$/u;
/** Sentence-final punctuation and the closing quotes that may follow it. */
const TERMINAL = new Set(['.', '!', '?', ':', ';']);
const CLOSING_QUOTE = new Set(['"', '”', '’']);

/** True when the paragraph ends in sentence punctuation, maybe closed by a quote and followed by white space. */
function endsLikeSentence(paragraph: string): boolean {
  // Read backwards rather than with an end-anchored RegExp, which would be tried at every offset.
  let end = paragraph.length;
  while (end > 0 && WHITESPACE.test(paragraph[end - 1]!)) end--;
  const last = paragraph[end - 1];
  if (last === undefined) return false;
  return TERMINAL.has(last) || (CLOSING_QUOTE.has(last) && TERMINAL.has(paragraph[end - 2] ?? ''));
}

/** True for a title-case headline, where capitalised verbs and nouns would pass for names. */
function isHeadline(paragraph: string): boolean {
  if (paragraph.includes('\n') || endsLikeSentence(paragraph)) return false;
  const words = paragraph.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

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

/** Where the run of cased letters (`[\p{Lu}\p{Ll}]`) that ends at `end` starts. */
function casedRunStart(paragraph: string, end: number): number {
  let start = end;
  while (start > 0) {
    const code = paragraph.charCodeAt(start - 1);
    if (isAsciiLetter(code)) {
      start--;
      continue;
    }
    if (code < 0x80) break;
    // Other characters are read as whole code points, as the pattern's `u` flag reads them.
    const low = code;
    const pair = low >= 0xdc00 && low <= 0xdfff && start >= 2 ? paragraph.slice(start - 2, start) : undefined;
    const letter = pair && pair.codePointAt(0)! > 0xffff ? pair : paragraph.charAt(start - 1);
    if (!CASED_LETTER.test(letter)) break;
    start -= letter.length;
  }
  return start;
}

/**
 * Where a match of TITLED_NAME may begin, ascending: at each keyword, and at the start of the run of
 * cased letters that ends one space before it (the optional capitalised word of TITLE_PART).
 * Keywords glued to a preceding letter or digit ("making") are left out, as the pattern's
 * look-behind rejects them. So are words before a keyword that open with a to z ("the Minister"):
 * a match there would have to open with a keyword, and keywords are candidates of their own.
 */
function titleCandidates(paragraph: string, keywords: readonly number[]): number[] {
  const starts: number[] = [];
  const table = titleKeywords();
  for (const at of keywords) {
    // The pattern needs a whole keyword at `at` ("State", not the start of "statement"); a match that
    // opens with a capitalised word before another keyword is a candidate of that keyword.
    if (table.endOfKeywordAt(paragraph, at, mayFollowTitleKeyword) < 0) continue;
    if (paragraph.charCodeAt(at - 1) === 0x20) {
      const wordStart = casedRunStart(paragraph, at - 1);
      if (wordStart < at - 1 && !isAsciiLower(paragraph.charCodeAt(wordStart))) insertAscending(starts, wordStart);
    }
    starts.push(at);
  }
  return starts;
}

/**
 * Adds `value` to the ascending `list` in order. The word before a keyword can begin before an earlier
 * keyword ("Presidential Minister"), but it seldom does, so the list is kept sorted as it grows
 * instead of being sorted with a comparator at the end.
 */
function insertAscending(list: number[], value: number): void {
  let i = list.length;
  list.push(value);
  while (i > 0 && list[i - 1]! > value) {
    list[i] = list[i - 1]!;
    i--;
  }
  list[i] = value;
}

/**
 * True for what may follow a keyword where TITLED_NAME uses it: a space or no-break space after a
 * title or honorific, a hyphen after a title word ("Vice-"), a full stop or apostrophe after an
 * honorific ("Mr.", "Dato'", "Dato’").
 */
function mayFollowTitleKeyword(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2d || code === 0x2e || code === 0x27 || code === 0x2019;
}

/**
 * False when no TITLED_NAME match can start at `at`, read word by word: the name must come after a
 * space, and every word before it belongs to a title or honorific, so it opens with a capital, a
 * bracket or a lower-case title keyword ("deputy minister", "the Rt Hon", the "of" of "Secretary of
 * State") and holds only letters, hyphens, full stops, apostrophes and brackets. The name cannot
 * follow a word that no title or honorific ends with: a bare title word ("Senior", "Trade"), or a
 * first word that opens no keyword, which can only be the capitalised word before a title ("World
 * Trade Organization"); the next word must then go on with the title. Most title words in running
 * text ("Minister for Foreign Affairs", "Minister of Defence", "under way") fail this before the
 * pattern is tried.
 */
function mayOpenTitledName(paragraph: string, at: number): boolean {
  const keywords = titleKeywords();
  let i = at;
  for (;;) {
    const wordStart = i;
    for (let code = paragraph.charCodeAt(i); code !== 0x20 && code !== 0xa0; code = paragraph.charCodeAt(++i)) {
      if (!mayBeInTitleWord(code)) return false;
    }
    const wordEnd = i;
    while (paragraph.charCodeAt(i) === 0x20 || paragraph.charCodeAt(i) === 0xa0) i++;
    const code = paragraph.charCodeAt(i);
    // A capital or the "al-", "el-", "ash-" of an Arabic name may start the name (or another title word).
    if (mayBeCapital(code) || code === 0x61 || code === 0x65) {
      if (mayEndTitleOrHonorific(paragraph, at, wordStart, wordEnd)) return true;
      if (!keywords.startsAt(paragraph, i)) return false;
      continue;
    }
    if (code === 0x28) continue;
    if (!isAsciiLower(code)) return false;
    if (!(keywords.startsAt(paragraph, i) || (paragraph.startsWith('of ', i) && isSecretary(paragraph, wordStart, wordEnd)))) return false;
  }
}

/**
 * False when a title or honorific cannot end with the word `wordStart`..`wordEnd` of a candidate
 * that starts at `at`: a bare title word, or a first word that opens no keyword.
 */
function mayEndTitleOrHonorific(paragraph: string, at: number, wordStart: number, wordEnd: number): boolean {
  return (wordStart !== at || titleKeywords().startsAt(paragraph, at)) && !isBareTitleWord(paragraph, wordStart, wordEnd);
}

let bareTitleWordIndex: KeywordStarts | undefined;
/**
 * True when the word `start`..`end` is a title word that is neither a title head nor the last word
 * of a head or an honorific ("Senior", "deputy", but not "General" or the "State" of "Secretary of
 * State"): a title never ends with it, so no name follows it directly.
 */
function isBareTitleWord(paragraph: string, start: number, end: number): boolean {
  bareTitleWordIndex ??= new KeywordStarts(bareTitleWords());
  // The word holds no space, so a keyword followed by one ends where the word does.
  return bareTitleWordIndex.endOfKeywordAt(paragraph, start, isSpaceOrNoBreakSpace) === end;
}

/** The title words that no title or honorific ends with (see `isBareTitleWord`). */
function bareTitleWords(): string[] {
  const heads = finiteLanguage(TITLE_HEAD);
  const lastWords = new Set([...heads, ...finiteLanguage(HONORIFIC)].map((form) => form.slice(form.lastIndexOf(' ') + 1)));
  return finiteLanguage(TITLE_WORD).filter((word) => !lastWords.has(word));
}

function isSpaceOrNoBreakSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}

/** True when the word `start`..`end` is "Secretary" or "secretary", the only title word that "of" follows. */
function isSecretary(paragraph: string, start: number, end: number): boolean {
  const first = paragraph.charCodeAt(start);
  return end - start === 9 && (first === 0x53 || first === 0x73) && paragraph.startsWith('ecretary', start + 1);
}

/** True for the code units a title or honorific word may hold: letters, `-`, `.`, `'`, `(`, `)` and anything not ASCII. */
function mayBeInTitleWord(code: number): boolean {
  // NaN, past the end of the paragraph, is none of these.
  return code >= 0x80 || isAsciiLetter(code) || code === 0x2d || code === 0x2e || code === 0x27 || code === 0x28 || code === 0x29;
}

/** Names after titles or honorifics, given the paragraph's title keyword offsets. */
function titledNames(paragraph: string, keywords: readonly number[]): Entity[] {
  const out: Entity[] = [];
  if (keywords.length === 0 || isHeadline(paragraph)) return out;
  for (const m of matchListAtStarts(TITLED_NAME_AT, paragraph, titleCandidates(paragraph, keywords), mayOpenTitledName)) {
    const entity = titledName(paragraph, m);
    if (entity !== undefined) out.push(entity);
  }
  return out;
}

/**
 * True when the last of `tokens` is "May" after a known given name and no day or year follows it:
 * a family name ("Prime Minister Theresa May"), not the month.
 */
function isMonthFamilyName(tokens: readonly string[], paragraph: string, nameStart: number): boolean {
  if (tokens.length < 2 || tokens[tokens.length - 1] !== 'May' || !isGivenName(tokens[tokens.length - 2]!)) return false;
  const end = nameStart + joinedLength(tokens);
  return paragraph.startsWith('May', end - 3) && !/^,?\s*\d/.test(paragraph.slice(end, end + 4));
}

/** The length of `tokens.join(' ')`, without building the string. */
function joinedLength(tokens: readonly string[]): number {
  let length = tokens.length - 1;
  for (const token of tokens) length += token.length;
  return length;
}

/** The token without one final full stop; most tokens have none and are returned as they are. */
function withoutFinalStop(token: string): string {
  return token.charCodeAt(token.length - 1) === 0x2e ? token.slice(0, -1) : token;
}

const LONE_INITIAL = /^\p{Lu}\.$/u;

/** True for a capital and a full stop ("J."), read with the RegExp only when the length and the stop allow it. */
function isLoneInitial(name: string): boolean {
  return name.length <= 3 && name.charCodeAt(name.length - 1) === 0x2e && LONE_INITIAL.test(name);
}

// A name read from a given offset.
const NAME_AT = new RegExp(String.raw`${NAME}(?![\p{L}\p{N}])`, 'uy');

/** The person named by one match of TITLED_NAME, with the title's non-names trimmed, if any is left. */
function titledName(paragraph: string, m: RegExpExecArray): Entity | undefined {
  const title = m.groups?.['title'] ?? '';
  let name = m.groups?.['name'] ?? '';
  if (title.trim().length === 0) {
    // Without a title the match only served to move past a capitalised run.
    return undefined;
  }
  let nameStart = m.index + title.length;
  // Drop leading words that are not names ("President The …") and trailing non-names ("Ishiba Said").
  let tokens = name.split(/[ \u00a0]+/);
  let droppedTitle = false;
  while (tokens.length > 0 && (NOT_NAME.has(withoutFinalStop(tokens[0]!)) || TITLE_TOKEN.test(tokens[0]!))) {
    droppedTitle ||= TITLE_TOKEN.test(tokens[0]!);
    nameStart += tokens[0]!.length + 1;
    tokens.shift();
  }
  // "spokesperson Chief Cabinet Secretary Yoshihide Suga": a second title stood where the name was
  // expected, so the name is read again after it, where it may run past the first match.
  if (droppedTitle && tokens.length > 0) {
    NAME_AT.lastIndex = nameStart;
    const again = NAME_AT.exec(paragraph);
    if (again !== null) tokens = again[0].split(/[ \u00a0]+/);
  }
  while (tokens.length > 0 && (NOT_NAME.has(withoutFinalStop(tokens[tokens.length - 1]!)) || POST_NOMINALS.has(tokens[tokens.length - 1]!))) {
    if (isMonthFamilyName(tokens, paragraph, nameStart)) break;
    tokens.pop();
  }
  if (tokens.length === 0) return undefined;
  name = paragraph.slice(nameStart, nameStart + joinedLength(tokens));
  // A lone initial or a sentence-final full stop glued to the last token is not part of the name.
  if (name.endsWith('.') && !/(?:Jr|\b\p{Lu})\.$/u.test(name)) name = name.slice(0, -1);
  if (name.length < 2 || isLoneInitial(name)) return undefined;
  const role = cleanRole(title) ?? titleAfter(paragraph, nameStart + name.length);
  return {
    kind: 'person',
    span: { start: nameStart, end: nameStart + name.length },
    text: name,
    source: 'pattern',
    reason: `name pattern: follows the title or honorific "${title.trim()}"`,
    ...(role ? { role } : {}),
  };
}

const TITLE_BEFORE = new RegExp(String.raw`(?:(?:\p{Lu}\p{Ll}+ )?${TITLE}(?: of [\p{L} ]+?)?)[ \u00a0]+(?:(?:${HONORIFIC})[ \u00a0]+)*$`, 'u');
const TITLE_AFTER = new RegExp(String.raw`^,[ \u00a0]+((?:the )?(?:${TITLE_WORD}[ -])*${TITLE_HEAD}[^,;()\n]{0,80}?)(?=[,;(\n]|\.(?:\s|$)| and |$)`, 'u');

/**
 * The title written just before a name ("Prime Minister", "Vietnamese Prime Minister"), without honorifics.
 * A global search for TITLE_BEFORE would try its long alternations at every offset of the window;
 * instead the sticky pattern is tried, in ascending order, only where a match can begin, so the
 * first match found is the leftmost one that the global search would return.
 */
function titleBefore(paragraph: string, start: number): string | undefined {
  const from = Math.max(0, start - 80);
  // A match lies inside the run of code units it may hold that ends at `start`, and ends in a space.
  const runStart = titleRunStart(paragraph, from, start);
  const last = paragraph.charCodeAt(start - 1);
  if (start <= runStart || (last !== 0x20 && last !== 0xa0)) return undefined;
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
function titleAfter(paragraph: string, end: number): string | undefined {
  // The pattern opens with a comma; most names are followed by something else.
  if (paragraph.charCodeAt(end) !== 0x2c) return undefined;
  const m = TITLE_AFTER.exec(paragraph.slice(end, end + 120));
  return m?.[1] ? cleanRole(m[1]) : undefined;
}

function chooseOfficial(officials: readonly Official[], documentDate: string | undefined): Official {
  if (officials.length > 1 && documentDate) {
    const holding = officials.find((o) => roleOn(o, documentDate) !== undefined);
    if (holding) return holding;
  }
  return officials[0]!;
}

