/**
 * Names found through the title phrase around them rather than their own shape: in apposition to a
 * title ("the President of the European Commission, Ursula von der Leyen"), after a title with its
 * portfolio ("Minister for Foreign Affairs Penny Wong"), and listed after "counterparts".
 */
import { isDemonym, organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import type { Entity, Span } from '../types';
import { cleanRole, INSTITUTION_HEAD_WORDS, isGivenName, NAME, NAME_FOLLOWERS, NAME_TOKEN, NOT_NAME, overlapsAny, PARTICLE, TITLE, TITLE_HEAD, TITLE_TOKEN, TITLE_WORD } from './peopleLexicon';
import { finiteLanguage, isAsciiLetter, KeywordStarts } from './peopleScan';
import { asciiTwin, hasAsciiWordsOnly } from './asciiPatterns';
import { patternPerson } from './personEntity';

// "the President of the European Commission, Ursula von der Leyen,": a name in apposition to a title
// phrase. The name must be followed by a comma, "and", a bracket or the end of the sentence.
// Without the comma ("Prime Minister of Japan Fumio Kishida") the words after "of" must name a known
// place or organisation, so that "the President of the Republic of Korea" does not end in a name.
const APPOSITIVE_NAME_AT = new RegExp(
  String.raw`(?<title>${TITLE}(?: of| for)(?: the)? (?<of>(?:[\p{Lu}][\p{L}.’'\-]*)(?: (?:of|for|and|on|the|[\p{Lu}][\p{L}.’'\-]*)){0,6}?))(?:, (?<name>${NAME})(?=[,;)]| and |\.(?:\s|$)|$)| (?<bare>${NAME_TOKEN}(?:[ \u00a0](?:${PARTICLE}[ \u00a0]){0,2}${NAME_TOKEN}){1,3})(?![\p{L}\p{N}]))`,
  'uy',
);

// In a paragraph whose words are all ASCII, the twins of the patterns without the `u` flag find the same matches faster.
const APPOSITIVE_NAME_AT_ASCII = asciiTwin(APPOSITIVE_NAME_AT);

// Longer than any title the TITLE pattern can match before its "of"/"for" in practice.
const MAX_TITLE_LENGTH = 80;

// A title, "of"/"for", then a run of capitalised words, initials and generational suffixes.
const PORTFOLIO_TITLED_AT = new RegExp(
  String.raw`(?<title>${TITLE}(?: of| for)(?: the)?) (?<run>[\p{Lu}][\p{L}.’'\-]*(?:,? (?:and |(?:of |for )(?:the )?|the )?(?:[\p{Lu}][\p{L}.’'\-]*|${PARTICLE}))*)`,
  'uy',
);
const PORTFOLIO_TITLED_AT_ASCII = asciiTwin(PORTFOLIO_TITLED_AT);
const SENTENCE_END = /\p{L}{2,}\.$/u;

/** A word of the run without the comma or the sentence's full stop that may follow it. */
function bare(word: string): string {
  // Most words end in a letter; only a final full stop or comma needs a closer look.
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x2e) return SENTENCE_END.test(word) ? word.slice(0, -1) : word;
  return last === 0x2c ? word.slice(0, -1) : word;
}
const GENERATIONAL = new Set(['Jr.', 'Jr', 'Sr.', 'II', 'III', 'IV']);

// Words of a minister's portfolio ("Minister of Foreign Affairs and International Cooperation").
const PORTFOLIO_WORDS = new Set([
  'Foreign', 'Affairs', 'External', 'Defence', 'Defense', 'Trade', 'Industry', 'Finance', 'Home', 'Interior', 'Economy',
  'Economic', 'State', 'Justice', 'Health', 'Education', 'Agriculture', 'Energy', 'Environment', 'Planning', 'Investment',
  'International', 'Cooperation', 'Co-operation', 'Development', 'Commerce', 'Transport', 'Labour', 'Labor', 'Science',
  'Technology', 'Information', 'Communications', 'National', 'Security', 'Public', 'Works', 'Culture', 'Tourism', 'Youth',
  'Sports', 'Social', 'Welfare', 'Fisheries', 'Resources', 'Natural', 'Mines', 'Petroleum', 'Water', 'Land', 'Infrastructure',
  'Integration', 'Relations', 'European', 'Regional', 'Immigration', 'Digital', 'Climate', 'Change', 'Women', 'Family',
]);
// Connectors, and the words of a state's formal name around its place name ("the Republic of Türkiye").
const PORTFOLIO_CONNECTORS = new Set([
  'and', 'of', 'the', 'for', 'Republic', 'Kingdom', 'Federation', 'Federal', 'Democratic', 'People’s', "People's", 'Islamic', 'Arab',
  'United', 'Socialist', 'Commonwealth', 'Sultanate', 'Hashemite',
]);

/** The word without the one comma that may end it, as `word.replace(/,$/, '')` gives, without a RegExp. */
function withoutFinalComma(word: string): string {
  return word.charCodeAt(word.length - 1) === 0x2c ? word.slice(0, -1) : word;
}

const OPENING_CAPITAL = /^\p{Lu}/u;

/** True when the word opens with a capital (`\p{Lu}`); the RegExp is only needed past ASCII. */
function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return OPENING_CAPITAL.test(word);
}

/**
 * "Minister of Foreign Affairs Sameh Shoukry", "Minister of Foreign Affairs of the Republic of Türkiye
 * Hakan Fidan": the two to four capitalised words left at the end of the run once the portfolio words,
 * their connectors and the places or bodies they name are read off its start. Used when no known
 * first name opens the name; the run must contain a portfolio word, so that the title is a minister's.
 */
function nameAfterPortfolio(paragraph: string, words: readonly { text: string; at: number }[]): number | undefined {
  let i = 0;
  let portfolio = false;
  while (i < words.length) {
    const w = withoutFinalComma(words[i]!.text);
    if (PORTFOLIO_WORDS.has(w)) {
      portfolio = true;
      i++;
    } else if (PORTFOLIO_CONNECTORS.has(w)) i++;
    else {
      // A place or body named inside the portfolio, longest first ("the Republic of Türkiye"): one
      // trie walk from the word finds it.
      const at = words[i]!.at;
      const hit = placeGazetteer().matchAt(paragraph, at) ?? organizationGazetteer().matchAt(paragraph, at);
      if (hit === undefined) break;
      // A state or body after the title ("President of the Republic of Tajikistan …") places the post as a portfolio does.
      portfolio = true;
      while (i < words.length && words[i]!.at < hit.end) i++;
    }
  }
  const rest = words.slice(i).map((w) => withoutFinalComma(w.text));
  if (!portfolio || rest.length < 2 || rest.length > 4) return undefined;
  if (rest.some((w) => !startsWithCapital(w) || NOT_NAME.has(w) || PORTFOLIO_WORDS.has(w) || placeGazetteer().lookup(w) || organizationGazetteer().lookup(w))) return undefined;
  // Only the run's last word may carry a comma: "…, and" inside the tail would make it a list.
  if (words.slice(i, -1).some((w) => w.text.endsWith(','))) return undefined;
  return i;
}

/**
 * "Minister for Foreign Affairs Penny Wong", "Secretary of Defense Lloyd J. Austin III": the person
 * after a portfolio, found as the tail of the capitalised run that starts with a known first name
 * (two to five words, initials and "III" included).
 */
function portfolioTitledName(paragraph: string, start: number, taken: readonly Span[], ascii: boolean): Entity | undefined {
  const regex = ascii ? PORTFOLIO_TITLED_AT_ASCII : PORTFOLIO_TITLED_AT;
  regex.lastIndex = start;
  const m = regex.exec(paragraph);
  const run = m?.groups?.['run'];
  if (!m || run === undefined) return undefined;
  const runStart = m.index + m[0].length - run.length;
  const words = runWords(run, runStart);
  if (nameMustOverlap(words, taken)) return undefined;
  const title = m.groups?.['title'] ?? '';
  // A known first name opens the name in most texts; reading the portfolio off the run is the fallback.
  for (let j = 1; j < words.length; j++) {
    if (!isGivenName(bare(words[j]!.text))) continue;
    const named = nameFromWord(paragraph, title, words, j);
    if (named !== undefined) return named;
    break;
  }
  const tail = nameAfterPortfolio(paragraph, words);
  return tail === undefined ? undefined : nameFromWord(paragraph, title, words, tail);
}

/**
 * True when every name `portfolioTitledName` could read off the run `words` overlaps a span of
 * `taken`, so that the caller would drop it. Such a name starts at the run's second word or later,
 * no later than its last but one word, as it has two words at least; a taken span that reaches
 * from before the first of those starts to past the last one overlaps it wherever it is. In running
 * text a titled name found earlier ("Secretary of State Kaja Petrova") often covers the run's tail,
 * and the name search, with its gazetteer walks, is then skipped.
 */
function nameMustOverlap(words: readonly { text: string; at: number }[], taken: readonly Span[]): boolean {
  // With fewer than three words there is no name at all.
  if (words.length < 3) return true;
  const earliest = words[1]!.at;
  const latest = words[words.length - 2]!.at;
  for (let k = 0; k < taken.length; k++) {
    const span = taken[k]!;
    if (span.start <= earliest && span.end > latest) return true;
  }
  return false;
}

/**
 * The words of a portfolio run with their paragraph offsets. The run's words are separated by single
 * spaces, the only white space PORTFOLIO_TITLED_AT lets into it, so a split on spaces finds what a
 * `\S+` scan would, without a RegExp iterator and a match object per word.
 */
function runWords(run: string, runStart: number): { text: string; at: number }[] {
  const words: { text: string; at: number }[] = [];
  let at = 0;
  for (const text of run.split(' ')) {
    words.push({ text, at: runStart + at });
    at += text.length + 1;
  }
  return words;
}

/**
 * The name that starts at word `j` of a portfolio run and goes on to a comma, a sentence's full stop
 * or a word that cannot be part of it; two to five words, or none.
 */
function nameFromWord(paragraph: string, title: string, words: readonly { text: string; at: number }[], j: number): Entity | undefined {
  const first = bare(words[j]!.text);
  let k = j;
  let nameEnd = words[j]!.at + first.length;
  // A comma or a full stop that closes a sentence ("… Minh Kowalski. Officials …") ends the name; an initial's dot does not.
  while (bare(words[k]!.text) === words[k]!.text && k + 1 < words.length) {
    const w = bare(words[k + 1]!.text);
    if (!(startsWithCapital(w) || GENERATIONAL.has(w)) || NOT_NAME.has(w)) break;
    k++;
    nameEnd = words[k]!.at + w.length;
  }
  if (k - j + 1 < 2 || k - j + 1 > 5) return undefined;
  const nameStart = words[j]!.at;
  const role = cleanRole(`${title} ${paragraph.slice(words[0]!.at, nameStart).trim()}`);
  const reason = isGivenName(first) ? 'name pattern: a known first name after a title with its portfolio' : 'name pattern: the capitalised words after a title with its portfolio or state';
  return patternPerson({ start: nameStart, end: nameEnd }, paragraph.slice(nameStart, nameEnd), reason, role);
}

let titleWordIndex: KeywordStarts | undefined;
/** The title words and heads, in both cases, as a lookup table built on first use. */
export function titleWordsAndHeads(): KeywordStarts {
  titleWordIndex ??= new KeywordStarts(finiteLanguage(`${TITLE_WORD}|${TITLE_HEAD}`));
  return titleWordIndex;
}

/**
 * Where the space before the " of " or " for " that follows a title starting at `start` is, or -1:
 * every match of APPOSITIVE_NAME_AT's has one. A title is made of title keywords, written in ASCII
 * letters and joined by single spaces or hyphens, so the words are read up to the first one that
 * opens no keyword. Every space up to the one returned is checked, so it is also the first spaced
 * "of " or "for " after `start`.
 */
function titleOfOrForAt(paragraph: string, start: number): number {
  const keywords = titleWordsAndHeads();
  let at = start;
  // No title is longer than MAX_TITLE_LENGTH, so a run of title words is read no further: from each of
  // its keywords, "Prime Minister Prime Minister …" was read to its end (quadratic in the run).
  while (at <= start + MAX_TITLE_LENGTH && keywords.startsAt(paragraph, at)) {
    let end = at + 1;
    while (isAsciiLetter(paragraph.charCodeAt(end)) || paragraph.charCodeAt(end) === 0x2d) end++;
    if (paragraph.charCodeAt(end) !== 0x20) return -1;
    if (paragraph.startsWith('of ', end + 1) || paragraph.startsWith('for ', end + 1)) return end;
    at = end + 1;
  }
  return -1;
}

/**
 * False when no title that starts at `start` is followed by a comma, as every match of
 * COMMA_TITLED_AT's is. A title's words are title keywords in ASCII letters and hyphens, joined by
 * single spaces, with the "of" of "Secretary of State"; so they are read up to the first word that
 * opens no keyword, and the title may only end where a comma follows a word.
 */
function titleReachesComma(paragraph: string, start: number): boolean {
  const keywords = titleWordsAndHeads();
  let at = start;
  for (;;) {
    if (at > start + MAX_TITLE_LENGTH) return false;
    let end = at;
    while (isAsciiLetter(paragraph.charCodeAt(end)) || paragraph.charCodeAt(end) === 0x2d) end++;
    const after = paragraph.charCodeAt(end);
    if (after === 0x2c) return keywordEndsWordAt(paragraph, at, end);
    if (after !== 0x20) return false;
    at = end + 1;
    if (!(keywords.startsAt(paragraph, at) || paragraph.startsWith('of ', at))) return false;
  }
}

/**
 * True when a title word or head ends the word `at`..`end` of letters and hyphens, starting at its
 * start or after one of its hyphens ("statement" holds "state" but does not end in it).
 */
function keywordEndsWordAt(paragraph: string, at: number, end: number): boolean {
  const keywords = titleWordsAndHeads();
  for (let from = at; from < end; from++) {
    // The word holds no comma, so a keyword followed by one ends where the word does.
    if ((from === at || paragraph.charCodeAt(from - 1) === 0x2d) && keywords.endOfKeywordAt(paragraph, from, isComma) === end) return true;
  }
  return false;
}

function isComma(code: number): boolean {
  return code === 0x2c;
}

/**
 * True when the paragraph holds "s of ", as every plural title before two states does. The search is
 * for "f ", whose letter is far rarer than "s" or a space, so the native search stops less often.
 */
function hasPluralOf(paragraph: string): boolean {
  for (let at = paragraph.indexOf('f ', 3); at >= 0; at = paragraph.indexOf('f ', at + 1)) {
    if (paragraph.startsWith('s o', at - 3)) return true;
  }
  return false;
}

/**
 * Adds the person `name`, which ends at `end`, with `title` as its role, unless the whole name is a
 * known place or body or overlaps a span already taken.
 */
function addTitledName(name: string, end: number, title: string, reason: string, taken: Span[], found: Entity[]): void {
  if (placeGazetteer().lookup(name) || organizationGazetteer().lookup(name)) return;
  const span = { start: end - name.length, end };
  if (overlapsAny(span, taken)) return;
  const role = cleanRole(title);
  found.push(patternPerson(span, name, reason, role));
  taken.push(span);
}

/**
 * Names in apposition to a title phrase ("the Chairperson of the AU Commission, Moussa Faki Mahamat");
 * `ascii` says whether its words are all ASCII (`hasAsciiWordsOnly`), when the caller knows it already.
 */
export function appositiveNames(paragraph: string, keywords: readonly number[], taken: Span[], found: Entity[], ascii = hasAsciiWordsOnly(paragraph)): void {
  const appositive = ascii ? APPOSITIVE_NAME_AT_ASCII : APPOSITIVE_NAME_AT;
  let from = 0;
  for (const start of keywords) {
    if (start < from) continue;
    // Every match has " of " or " for " after its title, within a title's length of its start.
    const ofOrFor = titleOfOrForAt(paragraph, start);
    if (ofOrFor < 0 || ofOrFor > start + MAX_TITLE_LENGTH) continue;
    appositive.lastIndex = start;
    const m = appositive.exec(paragraph);
    const bare = m?.groups?.['bare'];
    const name = m?.groups?.['name'] ?? bare;
    if (!m || name === undefined) continue;
    if (bare !== undefined) {
      const of = m.groups?.['of'] ?? '';
      if (!placeGazetteer().lookup(of) && !organizationGazetteer().lookup(of)) {
        // A portfolio rather than a place ("Minister for Foreign Affairs Penny Wong"): the name is
        // where a known first name starts in the capitalised run.
        const portfolio = portfolioTitledName(paragraph, start, taken, ascii);
        if (portfolio === undefined || overlapsAny(portfolio.span, taken)) continue;
        found.push(portfolio);
        taken.push(portfolio.span);
        from = portfolio.span.end;
        continue;
      }
    }
    from = start + m[0].length;
    const tokens = name.split(/[ \u00a0]+/);
    // One word after a comma is as often a place or a list item as a name.
    if (tokens.length < 2 || tokens.some((t) => NOT_NAME.has(t))) continue;
    addTitledName(name, from, m.groups?.['title'] ?? '', 'name pattern: a name in apposition to a title', taken, found);
  }
}

// "his Iraqi and Egyptian counterparts, Fuad Hussein and Sameh Shukri", "counterparts Keir Starmer, Jonas
// Gahr Store and Pedro Sanchez": names listed after "counterpart(s)".
const COUNTERPARTS = new RegExp(String.raw`\b[Cc]ounterparts?,?[ \u00a0](?<list>${NAME}(?:,[ \u00a0]${NAME}){0,8}(?:,? and ${NAME})?)(?![\p{L}\p{N}])`, 'gu');
// The pattern holds the name pattern eleven times; with Unicode property classes V8 took about 100 ms to
// compile it for text stored two bytes per character (any curly quote), on the first such paragraph.
const COUNTERPARTS_ASCII = asciiTwin(COUNTERPARTS);
const LIST_SEPARATOR = /,? and |, /;

/**
 * Names listed right after "counterpart(s)", given the paragraph's title keyword offsets; two words
 * at least, as for appositions. A name that is only partly a place ("Luis Montenegro") is still a
 * name here: the list says these are people.
 */
export function counterpartNames(paragraph: string, keywords: readonly number[], taken: Span[], found: Entity[], ascii = hasAsciiWordsOnly(paragraph)): void {
  // "Counterpart" is a title keyword, so a match can only start at one of the paragraph's keyword
  // offsets; checking those is cheaper than searching the whole paragraph.
  if (!keywords.some((at) => paragraph.startsWith('ounterpart', at + 1))) return;
  const counterparts = ascii ? COUNTERPARTS_ASCII : COUNTERPARTS;
  counterparts.lastIndex = 0;
  for (let m = counterparts.exec(paragraph); m; m = counterparts.exec(paragraph)) {
    const list = m.groups?.['list'] ?? '';
    let at = m.index + m[0].length - list.length;
    for (const name of list.split(LIST_SEPARATOR)) {
      const start = paragraph.indexOf(name, at);
      if (start < 0) break;
      at = start + name.length;
      const tokens = name.split(/[ \u00a0]+/);
      if (tokens.length < 2 || tokens.some((t) => NOT_NAME.has(t))) continue;
      if (placeGazetteer().lookup(name) || organizationGazetteer().lookup(name)) continue;
      const span = { start, end: start + name.length };
      if (overlapsAny(span, taken)) continue;
      found.push({ kind: 'person', span, text: name, source: 'pattern', reason: 'name pattern: a name listed after "counterpart(s)"', role: 'counterpart' });
      taken.push(span);
    }
  }
}

// "The Acting President, Yemi Osinbajo, and …", "Algerian President, Abdelmadjid Tebboune on ways …":
// a title, a comma, then two to four name words that run up to a comma, "and", a lower-case word or
// the sentence's end (a capitalised word after them would make the run a heading or another title).
const COMMA_TITLED_AT = new RegExp(
  String.raw`(?<title>${TITLE}),[ \u00a0](?<name>${NAME_TOKEN}(?:[ \u00a0](?:${PARTICLE}[ \u00a0]){0,2}${NAME_TOKEN}){1,3})(?=[,;]|[ \u00a0](?:and[ \u00a0])?\p{Ll}|\.(?:\s|$)|$)`,
  'uy',
);

/**
 * Names set off from the title before them by a comma ("South Sudanese President, Salva Kiir have …"),
 * given the paragraph's title keyword offsets. Every word must be able to be a name: no title or
 * heading word, no place or body.
 */
export function commaTitledNames(paragraph: string, keywords: readonly number[], taken: Span[], found: Entity[]): void {
  let from = 0;
  for (const start of keywords) {
    if (start < from) continue;
    // Cheap tests first: a comma must follow the title, within a title's length. The title is read
    // word by word before the comma is searched for, as that search may run to the paragraph's end.
    if (!titleReachesComma(paragraph, start)) continue;
    const comma = paragraph.indexOf(',', start);
    if (comma < 0 || comma > start + MAX_TITLE_LENGTH) continue;
    COMMA_TITLED_AT.lastIndex = start;
    const m = COMMA_TITLED_AT.exec(paragraph);
    const name = m?.groups?.['name'];
    if (!m || name === undefined) continue;
    from = start + m[0].length;
    const tokens = name.split(/[ \u00a0]+/);
    if (tokens.some((t) => NOT_NAME.has(t.replace(/\.$/, '')) || INSTITUTION_HEAD_WORDS.has(t) || placeGazetteer().lookup(t) !== undefined || organizationGazetteer().lookup(t) !== undefined)) continue;
    addTitledName(name, from, m.groups?.['title'] ?? '', 'name pattern: a name set off by a comma after a title', taken, found);
  }
}

// "Presidents of Kazakhstan and Uzbekistan Kassym-Jomart Tokayev and Shavkat Mirziyoyev": a plural title
// of two states, then one name for each, in the same order.
const PAIRED_TITLE_NAMES = new RegExp(
  String.raw`\b(?:Presidents|Prime Ministers|Foreign Ministers|Defen[cs]e Ministers|Ministers|Leaders|Heads of State) of (?:the )?(?<a>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}) and (?:the )?(?<b>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}),? (?<first>${NAME_TOKEN}(?: ${NAME_TOKEN}){1,2}) and (?<second>${NAME_TOKEN}(?: ${NAME_TOKEN}){1,2})(?![\p{L}\p{N}])`,
  'gu',
);

/** The two names after a plural title of two states ("Presidents of Kazakhstan and Uzbekistan Kassym-Jomart Tokayev and …"). */
export function pairedTitleNames(paragraph: string, taken: Span[], found: Entity[]): void {
  if (!hasPluralOf(paragraph)) return;
  PAIRED_TITLE_NAMES.lastIndex = 0;
  for (let m = PAIRED_TITLE_NAMES.exec(paragraph); m; m = PAIRED_TITLE_NAMES.exec(paragraph)) {
    const { a = '', b = '', first = '', second = '' } = m.groups ?? {};
    if (placeGazetteer().lookup(a) === undefined || placeGazetteer().lookup(b) === undefined) continue;
    const names = [first, second];
    if (names.some((n) => n.split(' ').some((t) => NOT_NAME.has(t)) || placeGazetteer().lookup(n) !== undefined || organizationGazetteer().lookup(n) !== undefined)) continue;
    const secondEnd = m.index + m[0].length;
    const firstEnd = secondEnd - second.length - ' and '.length;
    addTitledName(first, firstEnd, '', 'name pattern: the first of two names after a plural title of two states', taken, found);
    addTitledName(second, secondEnd, '', 'name pattern: the second of two names after a plural title of two states', taken, found);
  }
}

// "Heiko Maas (Germany) and Zbigniew Rau (Poland)": two or three name words, then a country in brackets
// that a comma, "and" or the sentence's end follows, as in lists of ministers by country.
const NAME_BEFORE_COUNTRY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<name>${NAME_TOKEN}(?: (?:${PARTICLE} )?${NAME_TOKEN}){1,2}) \(`, 'uy');
/** What may be bracketed as the country: a capital, then 1 to 40 letters, spaces, dots or hyphens. */
const COUNTRY_SHAPE = /^\p{Lu}[\p{L} .-]{1,40}$/u;
/** What must follow the closing bracket. */
const AFTER_COUNTRY = /,| and\b|\.(?:\s|$)|;/y;
/** A character that can be part of the name words before the bracket (letters, marks, "." "-" "'" "’" and spaces). */
const NAME_REGION_CHAR = /[\p{L}\p{M}.'’ -]/u;

/**
 * Names listed with their country in brackets ("Heiko Maas (Germany)"), the country a known place and a
 * title keyword ("the foreign ministers") at most 200 characters before, so that companies are left out.
 * Each " (" is looked at in turn: the bracket's content and what follows it are checked first, and only
 * for a known country are the name words before it read. A pattern that searched the whole paragraph
 * for the name first tried its lookbehind at every offset of every paragraph with a bracket in it, and
 * took about 7 % of the analysis of real documents.
 */
export function namesWithCountry(paragraph: string, keywords: readonly number[], taken: Span[], found: Entity[]): void {
  if (keywords.length === 0) return;
  for (let open = paragraph.indexOf('('); open >= 0; open = paragraph.indexOf('(', open + 1)) {
    const space = open - 1;
    if (paragraph.charCodeAt(space) !== 0x20) continue;
    const close = paragraph.indexOf(')', open + 1);
    if (close < 0) return;
    const country = paragraph.slice(open + 1, close);
    if (!COUNTRY_SHAPE.test(country)) continue;
    AFTER_COUNTRY.lastIndex = close + 1;
    if (!AFTER_COUNTRY.test(paragraph) || placeGazetteer().lookup(country) === undefined) continue;
    const name = nameEndingAt(paragraph, space);
    if (name === undefined) continue;
    const at = space - name.length;
    if (!keywords.some((k) => k < at && k >= at - 200)) continue;
    const tokens = name.split(' ');
    if (tokens.some((t) => NOT_NAME.has(t) || TITLE_TOKEN.test(t) || NAME_FOLLOWERS.has(t) || isDemonym(t))) continue;
    addTitledName(name, space, '', `name pattern: a name listed with its country (${country})`, taken, found);
  }
}

/** The longest run of two or three name words that ends at `end` (the earliest start, as a left-to-right search finds it). */
function nameEndingAt(paragraph: string, end: number): string | undefined {
  let from = end;
  while (from > 0) {
    // A letter outside the Basic Multilingual Plane is two code units; it is tested whole.
    const low = paragraph.charCodeAt(from - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && from > 1 ? 2 : 1;
    if (!NAME_REGION_CHAR.test(paragraph.slice(from - width, from))) break;
    from -= width;
  }
  for (let start = from; start < end; start++) {
    NAME_BEFORE_COUNTRY.lastIndex = start;
    const m = NAME_BEFORE_COUNTRY.exec(paragraph);
    if (m !== null && start + m[0].length === end + 2) return m.groups?.['name'];
  }
  return undefined;
}
