import { roleOn, type Official, type OfficialsRegistry } from '../../knowledge/officialsRegistry';
import type { Entity, Span } from '../types';
import { titleAfter, titleBefore, titleKeywords } from './nameTitles';
import { appositiveNames, commaTitledNames, counterpartNames, namesWithCountry, pairedTitleNames } from './titlePhraseNames';
import { givenFamilyNames, untitledNames } from './untitledNames';
import { cleanRole, HONORIFIC, isGivenName, NAME, NOT_NAME, overlapsAny, POST_NOMINALS, TITLE, TITLE_HEAD, TITLE_TOKEN, TITLE_WORD } from './peopleLexicon';
import { findNameStarts, finiteLanguage, isAsciiLetter, isAsciiLower, KeywordStarts, matchListAtStarts, mayBeCapital } from './peopleScan';

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
const CASED_LETTER = /^[\p{Lu}\p{Ll}]$/u;



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


function chooseOfficial(officials: readonly Official[], documentDate: string | undefined): Official {
  if (officials.length > 1 && documentDate) {
    const holding = officials.find((o) => roleOn(o, documentDate) !== undefined);
    if (holding) return holding;
  }
  return officials[0]!;
}

