/**
 * Institution names found by their head noun ("Ministry", "Commission", "Coast Guard"): the
 * capitalised run before the head, its complement after it ("of Foreign Affairs"), and where such a
 * name may start, read from the gazetteer's word index of the paragraph.
 */
import { isDemonym, organizationGazetteer, placeGazetteer, wordIndexOf } from '../../knowledge/gazetteer';
import { WORD_STRIDE } from '../../knowledge/gazetteer/textIndex';
import {
  COMPLEMENT_STOP_WORDS,
  INSTITUTION_HEADS,
  LEFT_STOP_WORDS,
  NAME_INTERNAL_POSSESSIVES,
} from '../../knowledge/gazetteer/institutionWords';
import { isWordCodeUnit } from '../../knowledge/gazetteer/wordChars';
import { isGivenName } from './peopleLexicon';
import { WordsByShape } from './wordsByShape';
import { shared } from '../sharedStrings';

/** An institution name found by the head-noun pattern; offsets relative to the paragraph. */
export interface PatternHit {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

// The left boundary is checked in code: a leading Unicode lookbehind would run at every position.
const HEAD_SOURCE =
  // A head glued to a lower-case compound ("Commission-to-Commission meeting") modifies another noun.
  `(?:${[...INSTITUTION_HEADS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}\\p{N}]|[-–]\\p{Ll})`;
const HEAD = new RegExp(HEAD_SOURCE, 'gu');
/** The same pattern tried only at chosen offsets. */
const HEAD_AT = new RegExp(HEAD_SOURCE, 'uy');
/**
 * Whether every head is words of A to Z opening with a capital, separated by single spaces: then the
 * heads need trying only at indexed word starts, and only where the word is a head's leading word.
 */
const HEADS_ARE_CAPITALISED_ASCII_WORDS = INSTITUTION_HEADS.every((head) => /^[A-Z][A-Za-z]*(?: [A-Za-z]+)*$/.test(head));
/**
 * The part before each inner word of the heads that have several ("Cabinet " of "Cabinet Office"):
 * a match of such a head glued to a preceding word is thrown away, but it hides that inner word.
 */
const INNER_WORD_PREFIXES: readonly string[] = INSTITUTION_HEADS.flatMap((head) =>
  [...head.matchAll(/(?<=[^\p{L}\p{M}\p{N}])[\p{L}\p{M}\p{N}]/gu)].map((m) => head.slice(0, m.index)),
);
/** A capitalised name token: an abbreviation ("U.S.", "U.S.-Japan") or a word with inner hyphens/apostrophes ("Self-Defense", "EU-Vietnam"). */
const NAME_TOKEN = /^(?:(?:\p{Lu}\.)+(?:[-–]\p{Lu}[\p{L}\p{M}\p{N}]*)*|[\p{Lu}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-–][\p{L}\p{M}\p{N}]+)*)$/u;
const POSSESSIVE = /^(.*)['’]s$/u;

/** True when `token` has the shape of `NAME_TOKEN`. */
function isNameToken(token: string): boolean {
  // Both of the pattern's alternatives open with a capital or a digit, so the common lower-case word
  // ("the", "and") is turned away by its first code unit before the pattern runs.
  const first = token.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return false;
  return NAME_TOKEN.test(token);
}
const COMPLEMENT = /[ \u00A0]+(?:of|for)[ \u00A0]+(?:the[ \u00A0]+)?/y;
// Committees and commissions also take their remit with "on" ("Joint Committee on Trade and Investment");
// other heads with "on" usually name a topic ("briefed the Security Council on Ukraine").
const ON_COMPLEMENT = /[ \u00A0]+on[ \u00A0]+(?:the[ \u00A0]+)?/y;
const REMIT_HEADS = new Set(['Committee', 'Subcommittee', 'Sub-Committee', 'Commission', 'Task Force', 'Working Group', 'Group']);

// Single characters are classified from their code units: a RegExp test per character, on a
// one-character string, was the bulk of the time spent reading tokens.

/** True when a space or a no-break space is at `at` (false outside the text). */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x20 || code === 0xa0;
}

/** True when the code unit at `at` can be part of a name token: a letter, mark, digit or one of . ' ’ - – &. */
function isTokenCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isWordCodeUnit(code) || code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2013 || code === 0x26;
}

/** A token ending at `end` (exclusive), read backwards over name characters. */
function tokenBefore(text: string, end: number): { start: number; token: string } {
  let start = end;
  while (start > 0 && isTokenCharAt(text, start - 1)) start--;
  return { start, token: text.slice(start, end) };
}

/** A token starting at `start`, read forwards; a sentence-final full stop is left outside. */
function tokenAfter(text: string, start: number): { end: number; token: string } {
  let end = start;
  while (end < text.length && isTokenCharAt(text, end)) end++;
  let token = text.slice(start, end);
  if (token.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(token)) {
    token = token.slice(0, -1);
    end--;
  }
  return { end, token };
}

/** True when `token` ends in a possessive that is not part of a name ("Japan’s", not "People's"). */
function isForeignPossessive(token: string): boolean {
  // Most tokens do not end in "'s" or "’s", which the pattern needs.
  const apostrophe = token.charCodeAt(token.length - 2);
  if (!token.endsWith('s') || (apostrophe !== 0x27 && apostrophe !== 0x2019)) return false;
  const stem = POSSESSIVE.exec(token)?.[1];
  return stem !== undefined && !NAME_INTERNAL_POSSESSIVES.has(stem);
}

/**
 * Walks left from a head noun over capitalised modifiers; returns the new start, how many were taken,
 * and where a demonym that was left out because no further modifier preceded it starts ("Indian" of
 * "Indian Army").
 */
function extendLeft(text: string, headStart: number, headEnd: number): { start: number; count: number; demonymStart?: number } {
  let start = headStart;
  let count = 0;
  // A demonym is only kept inside a name when a further modifier precedes it ("Royal Australian Navy").
  let pending: number | undefined;
  for (let steps = 0; steps < 8; steps++) {
    if (start < 2 || !isSpaceAt(text, start - 1)) break;
    let { start: tokenStart, token } = tokenBefore(text, start - 1);
    // "Trade and Investment Committee": "and" joins two modifiers, unless a place precedes it ("Japan and …").
    // Only one modifier may follow the conjunction: "Samsung Electronics and Toyota Motor Corporation" is two names.
    if ((token === 'and' || token === '&') && count === 1) {
      const before = tokenBefore(text, tokenStart - 1);
      // A number before "and" ends another name ("Combined Task Force 153 and Combined Task Force 59").
      if (!isSpaceAt(text, tokenStart - 1) || !isNameToken(before.token) || ORDINAL.test(before.token) || /^\d+$/.test(before.token)) break;
      if (placeGazetteer().lookup(before.token) !== undefined || organizationGazetteer().lookup(before.token) !== undefined) break;
      // "Chiang Rai and Souphanouvong University": a known name of several words ends before "and" too.
      if (knownNameEndsAt(text, before.start + before.token.length)) break;
      // "… Power Company and Vietnam Airlines": a head noun before "and", or a place after it, ends and starts names.
      if (HEAD_WORDS.has(before.token) || placeGazetteer().lookup(text.slice(start, headStart).trim()) !== undefined) break;
      // "President Donald Tusk and European Commission President …": a person's name ends before "and".
      if (isGivenName(tokenBefore(text, before.start - 1).token)) break;
      tokenStart = before.start;
      token = before.token;
      // "Economy, Trade and Industry Ministry": single modifiers listed with commas before the "and" pair.
      for (let more = 0; more < 4 && text.slice(tokenStart - 2, tokenStart) === ', '; more++) {
        const listed = tokenBefore(text, tokenStart - 2);
        if (!isNameToken(listed.token) || LEFT_STOP_WORDS.has(listed.token) || HEAD_WORDS.has(listed.token)) break;
        if (placeGazetteer().lookup(listed.token) !== undefined || organizationGazetteer().lookup(listed.token) !== undefined) break;
        tokenStart = listed.start;
        token = listed.token;
        count++;
      }
    }
    // A spelled-out ordinal right before the head may be its name ("Seventh Fleet"); further out it numbers a session.
    if (token === '' || !isNameToken(token) || LEFT_STOP_WORDS.has(token) || isForeignPossessive(token) || (ORDINAL.test(token) && (count > 0 || /^\d/.test(token)))) break;
    // "European Union-African Union": known names on both sides of the hyphen are two names, while
    // "EU-Vietnam Joint Committee" is one named body.
    const hyphen = Math.max(token.lastIndexOf('-'), token.lastIndexOf('–'));
    if (hyphen > 0 && knownNameEndsAt(text, tokenStart + hyphen) && organizationGazetteer().lookup(text.slice(tokenStart + hyphen + 1, headEnd)) !== undefined) {
      start = tokenStart + hyphen + 1;
      count++;
      break;
    }
    if (isDemonym(token) && placeGazetteer().lookup(token) === undefined) {
      if (pending !== undefined) break;
      pending = start;
      start = tokenStart;
      continue;
    }
    pending = undefined;
    start = tokenStart;
    count++;
  }
  if (pending !== undefined) return { start: pending, count, demonymStart: start };
  return { start, count };
}

// Ordinals number a session of a body ("the Seventh Mexico-India Joint Commission"), they do not name it.
const HEAD_WORDS: ReadonlySet<string> = new Set(INSTITUTION_HEADS);
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth)$/;

/** True when one of the words of `run` is a head noun. */
function hasHeadWord(run: string): boolean {
  return run.split(/[ \u00A0,]+/).some((word) => HEAD_WORDS.has(word));
}

/** True when a gazetteer organisation or place ends exactly at `end`, starting at one of the few words before it. */
function knownNameEndsAt(text: string, end: number): boolean {
  let wordStart = end;
  for (let words = 0; words < 5 && wordStart > 0; words++) {
    // Step back to the start of the previous word.
    while (wordStart > 0 && !isSpaceAt(text, wordStart - 1)) wordStart--;
    for (const gazetteer of [organizationGazetteer(), placeGazetteer()]) {
      if (gazetteer.matchAt(text, wordStart)?.end === end) return true;
    }
    while (wordStart > 0 && isSpaceAt(text, wordStart - 1)) wordStart--;
  }
  return false;
}

/** True when a token may continue a complement ("of Foreign Affairs", "of the Socialist Republic of Viet Nam"). */
function complementToken(token: string): boolean {
  return token !== '' && isNameToken(token) && !COMPLEMENT_STOP_WORDS.has(token);
}

/** How many capitalised tokens follow one another from `start`. */
function capitalisedRunLength(text: string, start: number): number {
  let count = 0;
  let at = start;
  for (;;) {
    const token = tokenAfter(text, at);
    if (!complementToken(token.token)) return count;
    count++;
    if (!isSpaceAt(text, token.end)) return count;
    at = token.end + 1;
  }
}

/**
 * Reads a run of capitalised tokens from `start`, with enumerations ("Economy, Trade and
 * Industry"); returns its end, or -1 when no capitalised token starts there.
 */
function readNameRun(text: string, start: number): number {
  const first = tokenAfter(text, start);
  if (!complementToken(first.token)) return -1;
  if (isForeignPossessive(first.token)) return first.end - 2;
  let end = first.end;
  for (;;) {
    const next = isSpaceAt(text, end) ? tokenAfter(text, end + 1) : undefined;
    if (next !== undefined && complementToken(next.token) && !isForeignPossessive(next.token)) {
      end = next.end;
      continue;
    }
    // A joint opens with a space, a no-break space or a comma; anything else ends the run without a substring.
    if (!isSpaceAt(text, end) && text.charCodeAt(end) !== 0x2c) break;
    const joined = /^(?:[ \u00A0]+(?:and|&)|,(?:[ \u00A0]+(?:and|&))?)[ \u00A0]+/.exec(text.slice(end, end + 8));
    if (joined === null) break;
    const afterJoin = end + joined[0].length;
    const conjunct = tokenAfter(text, afterJoin);
    // "Ministry of Defense and Vietnam …" must not absorb the country that follows "and".
    // "… Central Committee and Chinese Foreign Minister": a demonym after "and" starts another phrase.
    if (!complementToken(conjunct.token) || isForeignPossessive(conjunct.token) || isDemonym(conjunct.token)) break;
    if (placeGazetteer().matchAt(text, afterJoin) !== undefined) break;
    // A conjunct of three or more capitalised words after "and" is another name ("… for Refugees and
    // Médecins Sans Frontières"); portfolios join words one or two at a time ("and International Cooperation").
    if (/and|&/.test(joined[0]) && capitalisedRunLength(text, afterJoin) > 2) break;
    if (joined[0].startsWith(',') && !/and|&/.test(joined[0])) {
      // A comma joins only inside an enumeration that ends with "and X".
      const rest = text.slice(conjunct.end, conjunct.end + 60);
      if (!/^(?:,[ \u00A0]+\p{Lu}[\p{L}\p{M}]*)*,?[ \u00A0]+(?:and|&)[ \u00A0]+\p{Lu}/u.test(rest)) break;
    }
    end = conjunct.end;
  }
  return end;
}

const NUMBERED = /[ \u00A0]\d{1,4}(?![\d.,%]|[ \u00A0]*(?:per|million|billion|troops|ships|personnel))/y;

/**
 * The office an official heads, named by the title after "Office of the" ("Office of the Prime
 * Minister", "Office of the Spokesperson"): titles end other complements, but here the title is the name.
 */
const OFFICE_TITLE = /(?:(?:Deputy |Vice[- ])?Prime Minister|(?:Vice[- ])?President|Spokesperson|Spokesman|Spokeswoman|Secretary-General|Chief Executive|High Commissioner|High Representative)(?![\p{L}\p{M}\p{N}])/uy;
/** "Council of Ministers", "Cabinet of Ministers": the one title word these heads take as their complement. */
const MINISTERS = /Ministers(?![\p{L}\p{M}\p{N}])/uy;

/** Where a complement that a title makes ends, after a head that takes one; -1 when there is none. */
function titleComplementEnd(text: string, head: string, complement: string, at: number): number {
  const pattern = head === 'Office' && /the[ \u00A0]+$/.test(complement) ? OFFICE_TITLE : head === 'Council' || head === 'Cabinet' ? MINISTERS : undefined;
  if (pattern === undefined) return -1;
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** Reads "of …"/"for …" complements after a head noun; returns the new end and how many were read. */
function extendRight(text: string, headEnd: number, head: string): { end: number; count: number } {
  let end = headEnd;
  let count = 0;
  for (let steps = 0; steps < 4; steps++) {
    COMPLEMENT.lastIndex = end;
    let m = COMPLEMENT.exec(text);
    if (m === null && steps === 0 && REMIT_HEADS.has(head)) {
      ON_COMPLEMENT.lastIndex = end;
      m = ON_COMPLEMENT.exec(text);
    }
    if (m === null) break;
    const titleEnd = steps === 0 ? titleComplementEnd(text, head, m[0], end + m[0].length) : -1;
    if (titleEnd >= 0) {
      end = titleEnd;
      count++;
      continue;
    }
    const runStart = end + m[0].length;
    const runEnd = readNameRun(text, runStart);
    if (runEnd < 0) break;
    // A further complement that is a country ends the name there ("Council of Ministers of Saudi Arabia
    // Musaid Al Aiban"): a name written right after it belongs to a person, unless it goes on to
    // another head ("… of the Communist Party of China Central Committee").
    const place = steps > 0 ? placeGazetteer().matchAt(text, runStart) : undefined;
    end = place !== undefined && place.end < runEnd && !hasHeadWord(text.slice(place.end, runEnd)) ? place.end : runEnd;
    count++;
  }
  return { end, count };
}

/** Institution names built around a head noun: "Japan Ministry of Defense", "UN Security Council", "Communist Party". */
export function institutionPatternHits(paragraph: string): PatternHit[] {
  const hits: PatternHit[] = [];
  const index = wordIndexOf(paragraph);
  if (index.hasSurrogate || !HEADS_ARE_CAPITALISED_ASCII_WORDS) {
    // An exec loop rather than `matchAll`, which clones the pattern and wraps it in an iterator per paragraph.
    HEAD.lastIndex = 0;
    for (let m = HEAD.exec(paragraph); m !== null; m = HEAD.exec(paragraph)) {
      if (m.index > 0 && isWordCodeUnit(paragraph.charCodeAt(m.index - 1))) continue;
      const hit = institutionHit(paragraph, m.index, m[0]);
      if (hit !== undefined) hits.push(hit);
    }
    return hits;
  }
  // Every head starts with a capital A to Z, and a match is only kept where no word code unit comes
  // before it. Without surrogates such a place is the start of a word the gazetteers' word index
  // already lists, so the pattern is tried there alone instead of scanning the whole paragraph. The
  // word list is shared and holds the last indexed text; the name readers called in between only
  // look names up (`lookup`, `matchAt`), which never index a text, so it stays this paragraph's.
  const { words, wordCount } = index;
  let resume = 0;
  for (let at = 0; at < WORD_STRIDE * wordCount; at += WORD_STRIDE) {
    const start = words[at] ?? 0;
    const first = paragraph.charCodeAt(start);
    if (start < resume || first < 0x41 || first > 0x5a) continue;
    const hidden = hiddenByGluedHead(paragraph, start, resume);
    if (hidden > 0) {
      resume = hidden;
      continue;
    }
    if (!isHeadLeadingWord(paragraph, start, words[at + 1] ?? start)) continue;
    HEAD_AT.lastIndex = start;
    if (!HEAD_AT.test(paragraph)) continue;
    const end = HEAD_AT.lastIndex;
    // A global scan goes on after the end of a match, so words inside a head are not tried again.
    resume = end;
    const hit = institutionHit(paragraph, start, paragraph.slice(start, end));
    if (hit !== undefined) hits.push(hit);
  }
  return hits;
}

/** The heads' leading words (letters up to the first space: "Cabinet" of "Cabinet Office"), by shape. */
const HEAD_LEADING_WORDS = new WordsByShape(INSTITUTION_HEADS.map((head) => /^[A-Za-z]*/.exec(head)?.[0] ?? ''));

/**
 * True when the word run `start`..`end` is a head's leading word. The head pattern is followed by
 * a non-word character, and its only inner separator is a space, so it can match at a word start
 * only when the whole word run there is its leading word; any other word is spared the pattern.
 */
function isHeadLeadingWord(paragraph: string, start: number, end: number): boolean {
  return HEAD_LEADING_WORDS.hasAt(paragraph, start, end);
}

/**
 * Where the global scan's match of a head glued to a preceding word ends ("XCabinet Office"), when
 * it covers the word at `start` ("Office"): that match is thrown away for its left boundary, and
 * the scan resumes after it, so the word is never tried. 0 when nothing hides the word. Only a
 * head with an inner word can cover a word start, and only with the part before that word.
 */
function hiddenByGluedHead(paragraph: string, start: number, resume: number): number {
  for (const prefix of INNER_WORD_PREFIXES) {
    const glued = start - prefix.length;
    if (glued < 1 || glued < resume || !paragraph.startsWith(prefix, glued) || !isWordCodeUnit(paragraph.charCodeAt(glued - 1))) continue;
    HEAD_AT.lastIndex = glued;
    if (HEAD_AT.test(paragraph) && HEAD_AT.lastIndex > start) return HEAD_AT.lastIndex;
  }
  return 0;
}

/** The institution name around the head `head` found at `index`, if it is one. */
function institutionHit(paragraph: string, index: number, head: string): PatternHit | undefined {
  const left = extendLeft(paragraph, index, index + head.length);
  const right = extendRight(paragraph, index + head.length, head);
  // A numbered task force is one name ("Combined Task Force 153").
  if (right.count === 0 && head === 'Force') {
    NUMBERED.lastIndex = index + head.length;
    const number = NUMBERED.exec(paragraph);
    if (number !== null) right.end = index + head.length + number[0].length;
  }
  // A bare head ("the Council", "the Ministry") is a generic reference, not a name.
  if (left.count === 0 && right.count === 0) {
    // An armed service is named by its country's adjective ("Indian Army", "Philippine Navy").
    const demonym = head === 'Army' || head === 'Navy' ? left.demonymStart : undefined;
    return demonym === undefined ? undefined : { start: demonym, end: right.end, reason: shared(`pattern '… ${head}'`) };
  }
  // "Guard" only heads "Coast Guard"-like names when a modifier precedes it.
  if (head === 'Guard' && left.count === 0) return undefined;
  // A cabinet is named by its complement ("Cabinet of Ministers"); "the Kishida Cabinet" is a government.
  if (head === 'Cabinet' && right.count === 0) return undefined;
  const reason = shared(right.count > 0 ? `pattern '${left.count > 0 ? '… ' : ''}${head} of …'` : `pattern '… ${head}'`);
  return { start: left.start, end: right.end, reason };
}
