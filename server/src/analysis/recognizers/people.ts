import { roleOn, type Official, type OfficialsRegistry } from '../../knowledge/officialsRegistry';
import type { Entity, Span } from '../types';
import { isWhiteSpace } from '../nameTokenBounds';
import { isHeadline } from './headline';
import { titleAfter, titleBefore, titleKeywords } from './nameTitles';
import { appositiveNames, commaTitledNames, counterpartNames, namesWithCountry, pairedTitleNames } from './titlePhraseNames';
import { pluralTitleListNames } from './pluralTitleLists';
import { givenFamilyNames, untitledNames } from './untitledNames';
import { cleanRole, HONORIFIC, isGivenName, NAME, NOT_NAME, overlapsAny, POST_NOMINALS, TITLE, TITLE_HEAD, TITLE_TOKEN, TITLE_WORD } from './peopleLexicon';
import { asciiTwin } from './asciiPatterns';
import { cacheByRange } from './rangeCache';
import { memoizeString } from './wordMemo';
import { patternPerson, registryPerson } from './personEntity';
import { fullNameWithUnlistedGivenName, namesAnotherPerson } from './shortFormConflicts';
import { findNameStarts, finiteLanguage, isAsciiLetter, isAsciiLower, KeywordStarts, matchListAtStarts, mayBeCapital, type NameStarts } from './peopleScan';
import { MONTH_FULL_WORDS } from '../dates/lexicon';

export { TITLE_KEYWORD_SOURCE, titleKeywords } from './nameTitles';

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
// In most paragraphs every letter is ASCII, and the pattern's twin without the `u` flag finds the same matches faster.
const TITLED_NAME_AT_ASCII = asciiTwin(TITLED_NAME_AT);
const CASED_LETTER = /^[\p{Lu}\p{Ll}]$/u;



/**
 * Finds people in one paragraph: registry officials under any of their name forms, titled or
 * honorific-led names, and untitled names of a recognisable shape. Spans are relative to the paragraph.
 */
export function recognizePeople(paragraph: string, ctx: PeopleContext): Entity[] {
  return recognizePeopleInEach([paragraph], ctx)[0]!;
}

/** One paragraph's progress through the people patterns. */
interface PeopleState {
  readonly paragraph: string;
  readonly starts: NameStarts;
  readonly found: Entity[];
  readonly taken: Span[];
  headline: boolean;
}

/**
 * `recognizePeople` for each paragraph, each pattern family run over all the paragraphs before the
 * next (the same results; the family's compiled patterns stay in the processor's caches meanwhile).
 */
export function recognizePeopleInEach(paragraphs: readonly string[], ctx: PeopleContext): Entity[][] {
  const keywords = titleKeywords();
  const states: PeopleState[] = paragraphs.map((paragraph) => ({ paragraph, starts: findNameStarts(paragraph, keywords), found: [], taken: [], headline: false }));
  for (const state of states) registryNames(state, ctx);
  for (const state of states) {
    // Both the titled names and the comma-titled ones are left out of a headline, which is read once.
    state.headline = isHeadline(state.paragraph);
    for (const entity of titledNames(state.paragraph, state.starts.keywords, state.headline, state.starts.asciiWords)) {
      if (!overlapsAny(entity.span, state.taken)) {
        state.found.push(entity);
        state.taken.push(entity.span);
      }
    }
  }
  for (const { paragraph, starts, taken, found } of states) appositiveNames(paragraph, starts.keywords, taken, found, starts.asciiWords);
  for (const { paragraph, starts, taken, found } of states) counterpartNames(paragraph, starts.keywords, taken, found, starts.asciiWords);
  for (const { paragraph, starts, taken, found, headline } of states) if (!headline) commaTitledNames(paragraph, starts.keywords, taken, found);
  for (const { paragraph, starts, taken, found } of states) namesWithCountry(paragraph, starts.keywords, taken, found);
  for (const { paragraph, taken, found } of states) pairedTitleNames(paragraph, taken, found);
  for (const { paragraph, starts, taken, found } of states) pluralTitleListNames(paragraph, starts.capitals, taken, found);
  // The untitled patterns are two capitalised words in a row, so they are tried only where such a pair may start.
  for (const { paragraph, starts, taken, found } of states) untitledNames(paragraph, starts.pairs, taken, found, starts.asciiWords);
  for (const { paragraph, starts, taken, found } of states) found.push(...givenFamilyNames(paragraph, starts.pairs, taken, starts.asciiWords));
  return states.map((state) => sortByStart(state.found));
}

/** Registry officials under any of their name forms, with the title written beside them. */
function registryNames(state: PeopleState, ctx: PeopleContext): void {
  const { paragraph, found, taken } = state;
  for (const match of ctx.registry.findNames(paragraph, state.starts.capitals, state.starts.asciiWords)) {
    // "Shinzo Abe" is not the official Akie Abe; left untaken, the name is found whole by the patterns below.
    if (match.shortForm && namesAnotherPerson(paragraph, match.span, match.officials)) continue;
    const other = match.shortForm ? fullNameWithUnlistedGivenName(paragraph, match.span, match.officials) : undefined;
    // Left untaken, a longer name ("Lê Văn Chính", "Ambassador Makiko Tanaka") is found whole by the patterns below.
    if (other === 'longer') continue;
    if (other !== undefined) {
      const reason = `given name and family name; not the registry's ${listedIds(match.officials.map((o) => o.id))}, whose given name differs`;
      found.push(patternPerson(other, paragraph.slice(other.start, other.end), reason, titleBefore(paragraph, other.start)));
      taken.push(other);
      continue;
    }
    const role = titleBefore(paragraph, match.span.start) ?? titleAfter(paragraph, match.span.end);
    if (match.shortForm && role === undefined && !isLikelyShortMention(match.text)) continue;
    const chosen = chooseOfficial(match.officials, ctx.documentDate);
    const alternatives = match.officials.length > 1 ? match.officials.map((o) => o.id) : undefined;
    const reason = alternatives
      ? `name shared by ${alternatives.length} registry entries (${listedIds(alternatives)}); ${chosen.id} held a post on the document date`
      : registryEntryReason(chosen.id, match.shortForm);
    found.push(registryPerson(match.span, match.text, reason, chosen.id, alternatives, role));
    taken.push(match.span);
  }
}

/** Ids for a reason: the first five and how many more, since a family name may be shared by hundreds. */
function listedIds(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}

/**
 * Whether a registry short form (a family name or one-word alias) without a title beside it is likely
 * to name the official where it is written: not a word of two capitals, which is an acronym ("UN" is
 * not "Un" of a family-first name), and not a month ("in May" names no Theresa May).
 */
function isLikelyShortMention(text: string): boolean {
  if (text.length <= 2 && text === text.toUpperCase()) return false;
  return !MONTH_FULL_WORDS.includes(text.toLowerCase());
}

/**
 * The reason given for an official found under one registry entry; cached, so that every mention of
 * the same official shares one string instead of keeping a copy of its own in the results.
 */
const fullFormReason = memoizeString((id: string): string => `officials registry entry "${id}"`);
const shortFormReason = memoizeString((id: string): string => `officials registry entry "${id}" (short form)`);

/** The reason for a mention of the registry entry `id`, under its short form or a full one. */
function registryEntryReason(id: string, shortForm: boolean): string {
  return shortForm ? shortFormReason(id) : fullFormReason(id);
}

/** Up to this many entities, an insertion sort is cheap whatever their order. */
const INSERTION_SORT_LIMIT = 64;

/**
 * Sorts `entities` by start in place, keeping the order of equal starts as the stable built-in sort
 * does, and returns them. A paragraph holds few people, so an insertion sort, which needs no work
 * array where the built-in sort allocates one, does; long lists fall back to the built-in sort.
 */
function sortByStart(entities: Entity[]): Entity[] {
  if (entities.length > INSERTION_SORT_LIMIT) return entities.sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < entities.length; i++) {
    const entity = entities[i]!;
    let j = i;
    while (j > 0 && entities[j - 1]!.span.start > entity.span.start) {
      entities[j] = entities[j - 1]!;
      j--;
    }
    entities[j] = entity;
  }
  return entities;
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

/**
 * Names after titles or honorifics, given the paragraph's title keyword offsets, whether it is a
 * headline, and whether its words are all ASCII.
 */
function titledNames(paragraph: string, keywords: readonly number[], headline: boolean, asciiWords: boolean): Entity[] {
  const out: Entity[] = [];
  if (keywords.length === 0 || headline) return out;
  const regex = asciiWords ? TITLED_NAME_AT_ASCII : TITLED_NAME_AT;
  for (const m of matchListAtStarts(regex, paragraph, titleCandidates(paragraph, keywords), mayOpenTitledName)) {
    const entity = titledName(paragraph, m);
    if (entity !== undefined) out.push(entity);
  }
  return out;
}

/** Bits of `nameWordKind`: what a word of a titled match's name part is besides a name. */
const NOT_NAME_WORD = 1;
const TITLE_WORD_ONLY = 2;
const POST_NOMINAL_WORD = 4;

/**
 * What a word of a titled match's name part is: a word that is never a name (with or without one
 * final full stop), a title word on its own, post-nominal letters. Cached by the word's text in place,
 * as the same names and titles recur throughout a document.
 */
const nameWordKind = cacheByRange((word: string): number => {
  let kind = 0;
  if (NOT_NAME.has(withoutFinalStop(word))) kind |= NOT_NAME_WORD;
  if (TITLE_TOKEN.test(word)) kind |= TITLE_WORD_ONLY;
  if (POST_NOMINALS.has(word)) kind |= POST_NOMINAL_WORD;
  return kind;
});

/** The words of the name part being read by `titledName`, as paragraph offsets; refilled by each call. */
const nameWords: number[] = [];

/** `nameWordKind` of word `k` of `nameWords`. */
function kindOfWord(paragraph: string, k: number): number {
  return nameWordKind(paragraph, nameWords[2 * k]!, nameWords[2 * k + 1]!);
}

/** True when word `k` of `nameWords` is exactly `word`. */
function wordIs(paragraph: string, k: number, word: string): boolean {
  const start = nameWords[2 * k]!;
  return nameWords[2 * k + 1]! - start === word.length && paragraph.startsWith(word, start);
}

/**
 * True when the last word `last` of `nameWords` is "May" after a known given name and no day or year
 * follows it: a family name ("Prime Minister Theresa May"), not the month.
 */
function isMonthFamilyName(paragraph: string, first: number, last: number): boolean {
  if (last - first < 1 || !wordIs(paragraph, last, 'May') || !isGivenName(paragraph.slice(nameWords[2 * (last - 1)]!, nameWords[2 * (last - 1) + 1]!))) return false;
  const end = nameWords[2 * last + 1]!;
  return !DAY_OR_YEAR_AFTER.test(paragraph.slice(end, end + 4));
}
const DAY_OR_YEAR_AFTER = /^,?\s*\d/;

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
/** A final full stop that belongs to the name: that of "Jr." or of an initial. */
const NAME_FINAL_STOP = /(?:Jr|\b\p{Lu})\.$/u;

/** True when `text` holds nothing but white space, as `text.trim()` would find, without a trimmed copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The reason given for a titled name; cached, as a document repeats the same few titles. */
const titledNameReason = memoizeString((title: string): string => `name pattern: follows the title or honorific "${title.trim()}"`);

/** The person named by one match of TITLED_NAME, with the title's non-names trimmed, if any is left. */
function titledName(paragraph: string, m: RegExpExecArray): Entity | undefined {
  const title = m.groups?.['title'] ?? '';
  const namePart = m.groups?.['name'] ?? '';
  if (isBlank(title)) {
    // Without a title the match only served to move past a capitalised run.
    return undefined;
  }
  const partStart = m.index + title.length;
  // The name's words are read as offsets, so that only the words a test needs as text are cut out.
  let count = spacedWordBounds(paragraph, partStart, partStart + namePart.length, nameWords);
  // Drop leading words that are not names ("President The …") and trailing non-names ("Ishiba Said").
  let first = 0;
  let droppedTitle = false;
  for (let kind = 0; first < count && (kind = kindOfWord(paragraph, first)) & (NOT_NAME_WORD | TITLE_WORD_ONLY); first++) {
    droppedTitle ||= (kind & TITLE_WORD_ONLY) !== 0;
  }
  let nameStart = first < count ? nameWords[2 * first]! : partStart + namePart.length + 1;
  // "spokesperson Chief Cabinet Secretary Yoshihide Suga": a second title stood where the name was
  // expected, so the name is read again after it, where it may run past the first match.
  if (droppedTitle && first < count) {
    NAME_AT.lastIndex = nameStart;
    if (NAME_AT.test(paragraph)) {
      count = spacedWordBounds(paragraph, nameStart, NAME_AT.lastIndex, nameWords);
      first = 0;
      nameStart = nameWords[0]!;
    }
  }
  let last = count - 1;
  while (last >= first && kindOfWord(paragraph, last) & (NOT_NAME_WORD | POST_NOMINAL_WORD)) {
    if (isMonthFamilyName(paragraph, first, last)) break;
    last--;
  }
  if (last < first) return undefined;
  let name = paragraph.slice(nameStart, nameWords[2 * last + 1]!);
  // A lone initial or a sentence-final full stop glued to the last token is not part of the name.
  if (name.endsWith('.') && !NAME_FINAL_STOP.test(name)) name = name.slice(0, -1);
  if (name.length < 2 || isLoneInitial(name)) return undefined;
  const role = cleanRole(title) ?? titleAfter(paragraph, nameStart + name.length);
  return patternPerson({ start: nameStart, end: nameStart + name.length }, name, titledNameReason(title), role);
}

/**
 * Writes [start0, end0, …], the offsets of the pieces that `text.slice(from, to).split(/[ \u00a0]+/)`
 * gives, to the start of `bounds`, and returns how many there are. Entries after them are left as
 * they were: the list is never shortened, since shortening a list gives up its storage.
 */
function spacedWordBounds(text: string, from: number, to: number, bounds: number[]): number {
  let count = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isSpaceOrNoBreakSpace(text.charCodeAt(i))) continue;
    bounds[2 * count] = start;
    bounds[2 * count + 1] = i;
    count++;
    while (i + 1 < to && isSpaceOrNoBreakSpace(text.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  return count;
}


function chooseOfficial(officials: readonly Official[], documentDate: string | undefined): Official {
  if (officials.length > 1 && documentDate) {
    const holding = officials.find((o) => roleOn(o, documentDate) !== undefined);
    if (holding) return holding;
  }
  return officials[0]!;
}

