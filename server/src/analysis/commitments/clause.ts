import { AFTER_COMMA, AFTER_SPACE, AND_NAMED_REPORT, NON_ADJUNCT_ING, REPORTING_VERBS } from './objectBoundaries';
import { mayOpenWithWord } from './afterSpaceWords';
import { danglingConjunctionLength } from './danglingConjunction';
import { endsWithAbbreviation } from './sentences';

// An adverbial participle of the actor ("…, marking a new chapter", "…, paving the way for …"): an -ing
// word followed by its own object or complement. A past participle that modifies the object noun
// ("…, governed by …") and an "…, including …" list stay inside, and so do gerunds that continue a list
// ("… of protecting civilians, supporting those who …"), which the caller checks.
const PARTICIPLE_ADJUNCT = new RegExp(
  String.raw`\s*(?!(?:${NON_ADJUNCT_ING})\b)\p{Ll}{2,}ing\s+(?:on|a|an|the|its|their|his|her|our|this|these|those|it|them|to|with)\b`,
  'iyu',
);

// An adverbial participle before a proper name ("…, affirming Seoul’s role …"); case-sensitive, unlike AFTER_COMMA.
const PARTICIPLE_BEFORE_NAME = new RegExp(String.raw`\s*(?!(?:${NON_ADJUNCT_ING})\b)\p{Ll}{2,}ing\s+\p{Lu}`, 'uy');
const PARALLEL_AS = /^\s+as\s/i;
const NEXT_GERUND_ITEM = /^\s+(?:and\s+)?(?!(?:adding|noting|saying|stressing|underlining|welcoming|recalling|including|during)\b)\p{Ll}{3,}ing\s/u;
// The object before such a semicolon list names activities: a gerund or a subject matter ("on …").
const GERUND_OR_ON = /\b(?:on|in|for)\s|\b\p{Ll}{3,}ing\b/u;
const COLON_INFINITIVE = /^\s+to\s+\p{Ll}{3,}/u;
const FOLLOWING_LIST = /\b(?:the\s+following(?:\s+\p{Ll}+){0,2}|as\s+follows)\s*$/u;
const BYLINE = /^By \p{Lu}/u;
// The same byline run onto the headline's line ("… with North Korea By Park Ji-won").
const INLINE_BYLINE = /\s+By\s+(?:\p{Lu}[\p{L}.’'-]*[ \t]?){1,4}(?=\n|$)/uy;
const GERUND_OBJECT = /^\s*(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\b/u;
// "…, and Belgium is welcome to …": a new clause with its own named subject and verb (case-sensitive).
const AND_NAMED_CLAUSE = /\s*and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:is|are|was|were|will|would|has|have|had|can|could|should|shall)\b/uy;
// The same participle before its own object noun ("…, facilitating approximation …", "…, seeking reform …");
// a gerund that is an item of a list ("trade, mining and energy", "trade, mining, energy") is followed
// by a conjunction or a comma instead, and "according"/"including" never open an adjunct of this kind.
const PARTICIPLE_BEFORE_NOUN = new RegExp(
  String.raw`\s*(?!(?:${NON_ADJUNCT_ING}|existing|remaining|leading|emerging|developing|growing|continuing|outstanding|upcoming|ongoing)\b)\p{Ll}{3,}ing\s+(?!(?:and|or|as|in|of|for|to|with|at|on|by)\b)\p{Ll}+(?![\p{L}-])`,
  'uy',
);

// A short phrase without a clause of its own that runs from a colon to the end of the sentence.
const SHORT_TAIL = /^\s+(?!(?:we|they|he|she|it|i|you|this|that|these|those|there)\b)(?:[\p{L}\p{N}’'-]+\s+){0,5}[\p{L}\p{N}’'-]+[.!?]?["”’)]*\s*$/iu;

/**
 * True when the colon's tail `text.slice(from, limit)` is a short apposition that completes the object
 * and ends the sentence ("the place it deserves on the agenda: right at the top."); a longer tail, one
 * with its own subject or with further punctuation starts new material and is left out.
 */
function closingApposition(text: string, from: number, limit: number): boolean {
  const tail = text.slice(from, limit);
  return (limit - from <= 60 && SHORT_TAIL.test(tail)) || NOUN_PHRASE_TAIL.test(tail);
}

// After a dash: a short list of nouns that spells out the object and ends the sentence ("… the principles
// that underpin our partnership – democracy, human rights and the rule of law."); a clause is left out.
const DASH_LIST_TAIL = /^\s+(?!(?:which|who|that|as|and|but|while|we|they|it|this)\b)(?:[^;:!?“”"—–-]|(?<=\S)-(?=\S)){1,80}$/iu;
const SPACED_DASH = /\s+[–—-]\s/y;
const SIDELINES = /\s+on\s+the\s+sidelines\s+of\b/iy;
// Verbs whose action takes place at a meeting, so that the meeting named after them is where it happens.
const MEETING_VERBS = 'hold|holding|organi[sz]e|organi[sz]ing|convene|convening|host|hosting|meet|meeting';
// The meeting at which the agreeing happened ("… peace in the Korean peninsula at the ASEAN–ROK Commemorative
// Summit"); a future meeting ("at the next summit") is where the committed action happens and stays.
const AT_EVENT = new RegExp(
  String.raw`\s+at\s+(?:(?:the|a|an|their|its)\s+)?(?:(?!(?:next|upcoming|coming|forthcoming|following|future|first|second|third)\b)[\p{L}\p{N}’'()\-–]+\s+){0,8}?` +
    String.raw`(?:summit|meeting|talks|conference|forum|session|dialogue|consultations?)\b`,
  'iyu',
);
// Actions that take place at a meeting, whose venue therefore belongs to the object ("to raise the issue at the meeting").
const VENUE_ACTION = new RegExp(String.raw`\b(?:${MEETING_VERBS}|raise|raising|discuss|discussing|present|presenting|propose|table|submit|sign|signing|adopt|adopting|launch|launching|announce|report|review|address|consider|commitments?)\b`, 'i');
// A reporting tag without its comma ("… political institutions Foreign Minister Bui Thanh Son said on Tuesday."):
// capitalised words, a reporting verb, and nothing but its adjuncts up to the end of the sentence.
const UNPUNCTUATED_TAG = /\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,6}(?:said|says|told|added|stated)\b[^,;:!?\n]*?(?=[.!?](?:[\s”"’]|$)|$)/uy;
// A reporting tag right after a quotation that closes inside the object (“… across the world,” it said.).
const TAG_AFTER_QUOTE = new RegExp(String.raw`\s+(?:[\p{L}’'.\-]+\s+){1,6}(?:${REPORTING_VERBS})\b[^,;:!?\n]*?(?=[.!?](?:[\s”"’]|$)|$)`, 'uy');
// A clause of the agreeing event opened by "as" ("… council as Sultan Haitham concluded a two-day visit").
const AS_NAMED_CLAUSE = new RegExp(
  String.raw`\s+as\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:\p{Ll}{2,}ed|began|met|left|held|made|paid|took|wrapped)|` +
    // "… as the two sides signed four agreements", "… as they work towards a recovery".
    String.raw`(?:they|we|both\s+sides|the\s+(?:two\s+|three\s+|both\s+)?(?:sides|leaders|ministers|countries|parties|nations|governments))\s+(?!as\b|well\b|soon\b)\p{Ll}{2,})\b`,
  'uy',
);
const MEETING_ACTION = new RegExp(String.raw`\b(?:${MEETING_VERBS})\b`, 'i');
const CLAUSE_WORD = /\b(?:is|are|was|were|will|would|has|have|had|can|should|which|who|that)\b/i;

// Small tests of the object scan, compiled once rather than made anew at every evaluation of a literal.
const CLOSING_DASH = /\s[–—-]\s/;
const COMMA_OR_DOT = /[,.]/;
const TO_BEFORE_OBJECT = /\bto\s*$/i;
const AS_WORD = /\bas\s/i;

/**
 * When the text after a dash, up to the sentence's end or to a closing dash, is a list of nouns that
 * belongs to the object ("– democracy, human rights and the rule of law –"), the offset where the object
 * goes on: after the closing dash, or `limit`; undefined when it is not such a list.
 */
function dashListEnd(text: string, from: number, limit: number): number | undefined {
  const closing = CLOSING_DASH.exec(text.slice(from, limit));
  const end = closing === null ? limit : from + closing.index;
  const tail = text.slice(from, end).replace(/[.!?]["”’)]*\s*$/, '');
  if (!DASH_LIST_TAIL.test(tail) || CLAUSE_WORD.test(tail)) return undefined;
  if (closing === null) return limit;
  // "… technology – dynamic core areas of the partnership – and to open up …": the object resumes after the
  // pair, unless a clause follows it ("– democracy and the rule of law – which are central …"); then the
  // scan resumes at the closing dash, which ends the object.
  const after = end + closing[0].length - 1;
  return CLAUSE_AFTER_DASH.test(text.slice(after, after + 12)) ? end : after;
}
const CLAUSE_AFTER_DASH = /^\s*(?:which|who|whom|whose|where|that|while|whereas|as|but)\b/i;

// A noun phrase after the colon that restates the object up to the sentence's end ("the vision …: a
// region that is peaceful and prosperous, …"); a further colon or semicolon means a list or new clauses.
const NOUN_PHRASE_TAIL = /^\s+(?:a|an)\s+[^;:!?]*$/iu;

const SPACE = /\s/;
// The first two letters of AFTER_SPACE's alternatives after the spaces ("during", "in light of", "and …"),
// lower-cased and packed into a number by `letterPair`, as a lookup table indexed by that number.
const AFTER_SPACE_PAIRS = new Uint8Array(1 << 15);
for (const pair of ['du', 'in', 'at', 'on', 'ag', 'wh', 'bu', 'af', 're', 'no', 'ac', 'we', 'un', 'st', 'em', 'an']) AFTER_SPACE_PAIRS[letterPair(pair, 0)] = 1;
const AT_PAIR = letterPair('at', 0);
const ON_PAIR = letterPair('on', 0);

/** The two ASCII letters at `j` and `j + 1`, lower-cased and packed into one number, or -1 when either is no ASCII letter. */
function letterPair(text: string, j: number): number {
  const a = text.charCodeAt(j) | 32;
  const b = text.charCodeAt(j + 1) | 32;
  return a >= 97 && a <= 122 && b >= 97 && b <= 122 ? (a << 8) | b : -1;
}

/** The first offset at or after `i` that is not whitespace (\s), or `text.length`. */
function skipSpaces(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text.charAt(j)))) j++;
    else return j;
  }
}

/**
 * True when AFTER_SPACE could match at the space at `i`, judged by the characters after the spaces,
 * which is much cheaper than trying the RegExp at every space. Its alternatives go on with two ASCII
 * letters or a dash; under the "iu" flags only the long s "ſ" (as "s") and the Kelvin sign (as "k")
 * fold onto ASCII letters, so any other character first is a dash or no match, and a non-letter second
 * character never matches.
 */
function mayOpenAfterSpace(text: string, i: number): boolean {
  const j = skipSpaces(text, i);
  const first = text.charCodeAt(j);
  if (first >= 128 || first === 45 /* - */) return true;
  const pair = letterPair(text, j);
  // The pair table is the cheap first test; the whole word (afterSpaceWords.ts) is read only where it passes.
  return pair !== -1 && AFTER_SPACE_PAIRS[pair] === 1 && mayOpenWithWord(text, j);
}

// An enumeration run into the sentence after a colon ("on three pillars: (1) …; (2) …") spells out the object.
const INLINE_ENUMERATION = /^[ \t]+\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t]/;
const NEXT_ENUMERATED_ITEM = /^[ \t]+(?:and[ \t]+|or[ \t]+)?\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t]/;
// Common verbs of committed action that open a further bare infinitive after a semicolon.
const NEXT_BARE_VERB = new RegExp(
  String.raw`^\s+(?:and\s+)?(?:\p{Ll}+ly\s+)?(?:maintain|enhance|build|control|strengthen|promote|expand|deepen|develop|implement|continue|support|increase|boost|` +
    String.raw`facilitate|encourage|establish|hold|explore|work|cooperate|coordinate|ensure|improve|intensify|step|advance|foster|accelerate|address|` +
    String.raw`consider|conclude|create|conduct|share|upgrade|consolidate|push|make|take|respect|seek|pursue|resolve|settle|provide|open|launch|` +
    String.raw`set|review|exchange|uphold|protect|combat|prevent|reinforce|jointly|follow|adhere|abide|handle|manage)\b`,
  'iu',
);
// "…; and to hold joint exercises": a further infinitive coordinated under the same verb after a semicolon.
const NEXT_INFINITIVE = /^\s+(?:and|as\s+well\s+as)\s+to\s+\p{Ll}/u;

const AS_WELL_AS = /^\s+as\s+well\s+as\s/;
// Short semicolon-separated items to the end of the sentence, the last one after "and" or "or"; no item
// holds a verb form that would make it a clause ("…; and they will meet …").
// Words inside an item are separated by a comma or white space, never by nothing: with an optional
// separator a word could be split anywhere, and a list of five items without "and" took seconds.
const SERIES_WORD = String.raw`(?!(?:is|are|was|were|will|would|shall|has|have|had|can|could|should|must|they|we|he|she|it)\b)[\p{L}\p{N}’'-]+`;
const SERIES_ITEM = String.raw`${SERIES_WORD}(?:(?:,\s*|\s+)${SERIES_WORD}){0,3}`;
const SEMICOLON_SERIES = new RegExp(String.raw`^(?:\s+${SERIES_ITEM},?\s*;)*\s+(?:and|or)\s+${SERIES_ITEM}\s*[.!?]?["”’)]*\s*$`, 'iu');

// Character tests of the loops below, compiled once rather than at every iteration.
const LETTER = /\p{L}/u;
const OPENING_CONTEXT = /[\s([]/;
const TRAILING_PUNCTUATION = /[\s,;:!?—–-]/;

/** Quotation marks opened and not closed before the object starts. */
export interface OpenQuotes {
  readonly curly: number;
  readonly single: number;
  readonly straight: number;
}

const NO_OPEN_QUOTES: OpenQuotes = { curly: 0, single: 0, straight: 0 };

/** The quotation marks opened in `text.slice(start, end)` (a trigger phrase) and not closed there. */
export function openQuotes(text: string, start: number, end: number): OpenQuotes {
  let curly = 0;
  let single = 0;
  let straight = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if (ch === '“' || ch === '«') curly++;
    else if (ch === '”' || ch === '»') curly = Math.max(0, curly - 1);
    else if (ch === '‘') single++;
    else if (ch === '’' && !LETTER.test(text.charAt(i + 1))) single = Math.max(0, single - 1);
    else if (ch === '"') straight = 1 - straight;
  }
  return curly + single + straight === 0 ? NO_OPEN_QUOTES : { curly, single, straight };
}

/**
 * The offset where the object that starts at `from` ends, at most `limit`: the first quote, bracket,
 * dash, semicolon or clause opener that is not inside a quotation or bracket opened within the object.
 */
export function objectEnd(text: string, from: number, limit: number, opened: OpenQuotes = NO_OPEN_QUOTES): number {
  // A quotation opened inside the trigger phrase ("are “determined to …”", 'agreed "to extend …"') closes
  // inside the object, which goes on after it: the span ends at the end of the verb's object, not at the mark.
  let curly = opened.curly;
  let single = opened.single;
  let straight = opened.straight;
  let paren = 0;
  let gerundObject: boolean | undefined;
  let infinitiveObject: boolean | undefined;
  let lastComma = -1;
  for (let i = from; i < limit; i++) {
    // Letters and digits, most of the object, never open, close or end anything.
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) continue;
    const nested = curly + single + straight + paren > 0;
    // The switch is on the UTF-16 code, which compiles to a jump table rather than string comparisons.
    switch (code) {
      case 0x201c: // “
      case 0x00ab: // « (guillemets count as the curly marks they stand for)
        curly++;
        break;
      case 0x201d: // ”
      case 0x00bb: // »
        if (curly === 0) return i;
        curly--;
        if (curly === 0 && closesIntoTag(text, i + 1)) return i + 1;
        break;
      case 0x2018: // ‘
        single++;
        break;
      case 0x2019: // ’
        // An apostrophe inside or after a word ("Tokyo’s", "countries’") is not a quotation mark.
        if (single > 0 && !LETTER.test(text.charAt(i + 1))) single--;
        // A closing mark after punctuation ("… migrants,’ the statement read") ends a quotation opened before the object.
        else if (single === 0 && !nested && COMMA_OR_DOT.test(text.charAt(i - 1)) && closesIntoTag(text, i + 1)) return i + 1;
        break;
      case 34: // "
        if (i === from || OPENING_CONTEXT.test(text.charAt(i - 1))) straight++;
        else if (straight > 0) {
          straight--;
          if (straight === 0 && closesIntoTag(text, i + 1)) return i + 1;
        } else return i;
        break;
      case 40: // (
      case 91: // [
        paren++;
        break;
      case 41: // )
      case 93: // ]
        if (paren === 0) return i;
        paren--;
        break;
      case 59: // ;
        // The next item of an enumeration ("…; (2) …", "…; and (3) …") continues the object.
        if (nested || NEXT_ENUMERATED_ITEM.test(text.slice(i + 1, i + 14)) || NEXT_INFINITIVE.test(text.slice(i + 1, i + 24))) break;
        // "…; as well as those between ministries …": a coordinator that opens no clause of its own, and
        // "…, gender, or sexual orientation; race, ethnicity, or religion; age; or geography": the last items
        // of a series; both are coordinated parts of the same object.
        if (AS_WELL_AS.test(text.slice(i + 1, i + 14)) || SEMICOLON_SERIES.test(text.slice(i + 1, limit))) break;
        // "agreed to promote …; maintain …; and strengthen …": bare infinitives under the same "to".
        infinitiveObject ??= TO_BEFORE_OBJECT.test(text.slice(Math.max(0, from - 4), from));
        if (infinitiveObject && NEXT_BARE_VERB.test(text.slice(i + 1, i + 48))) break;
        // "will work together on protection of the ocean; decarbonizing shipping; and promoting security": gerund items.
        if (NEXT_GERUND_ITEM.test(text.slice(i + 1, i + 40)) && GERUND_OR_ON.test(text.slice(from, i))) break;
        return i;
      case 0x2014: {
        // An em dash (—).
        if (nested) break;
        const resume = dashListEnd(text, i + 1, limit);
        if (resume === undefined) return i;
        i = resume - 1;
        break;
      }
      case 58: // :
        // "… matters: to coordinate our support …" spells out the purpose of the object, and "the following
        // actions: …" announces the actions themselves.
        if (
          !nested &&
          SPACE.test(text.charAt(i + 1)) &&
          !closingApposition(text, i + 1, limit) &&
          !INLINE_ENUMERATION.test(text.slice(i + 1, i + 10)) &&
          !COLON_INFINITIVE.test(text.slice(i + 1, i + 24)) &&
          !FOLLOWING_LIST.test(text.slice(Math.max(from, i - 40), i))
        ) {
          return i;
        }
        break;
      case 44: // ,
        AFTER_COMMA.lastIndex = i + 1;
        PARTICIPLE_BEFORE_NAME.lastIndex = i + 1;
        PARTICIPLE_BEFORE_NOUN.lastIndex = i + 1;
        AND_NAMED_CLAUSE.lastIndex = i + 1;
        AND_NAMED_REPORT.lastIndex = i + 1;
        PARTICIPLE_ADJUNCT.lastIndex = i + 1;
        if (nested) break;
        // "… support each other as neighbours, as partners, and as family": parallel "as" phrases are one list.
        if (PARALLEL_AS.test(text.slice(i + 1, i + 6)) && AS_WORD.test(text.slice(Math.max(from, lastComma + 1), i))) {
          lastComma = i;
          break;
        }
        if (AFTER_COMMA.test(text) || AND_NAMED_CLAUSE.test(text) || AND_NAMED_REPORT.test(text)) return i;
        // After a gerund object ("to deepening cooperation …, expanding collaboration …") further -ing
        // words are items of the same list, not adjuncts.
        gerundObject ??= opensWithGerund(text, from);
        // A short item before the comma ("trade, shipping routes and tourism") makes it a list as well.
        if (!gerundObject && !inGerundList(text, Math.max(from, lastComma + 1), i) && (PARTICIPLE_ADJUNCT.test(text) || PARTICIPLE_BEFORE_NAME.test(text) || PARTICIPLE_BEFORE_NOUN.test(text))) return i;
        lastComma = i;
        break;
      case 10: // \n
        // A byline under a headline ("… with North Korea\nBy Park Ji-won") is not part of the headline's object.
        if (BYLINE.test(text.slice(i + 1, i + 5))) return i;
        if (!nested && mayOpenAfterSpace(text, i)) {
          AFTER_SPACE.lastIndex = i;
          if (AFTER_SPACE.test(text)) return i;
        }
        break;
      default: {
        if (nested || (code !== 32 && code !== 9)) break;
        const next = text.charCodeAt(i + 1);
        if (isUpperCase(next)) {
          if (mayOpenUnpunctuatedTag(text, i)) {
            UNPUNCTUATED_TAG.lastIndex = i;
            if (UNPUNCTUATED_TAG.test(text)) return i;
          }
          if (next === 66 /* B */ && text.charCodeAt(i + 2) === 121 /* y */) {
            INLINE_BYLINE.lastIndex = i;
            if (INLINE_BYLINE.test(text)) return i;
          }
        }
        if (next === 97 /* a */ && text.charCodeAt(i + 2) === 115 /* s */) {
          AS_NAMED_CLAUSE.lastIndex = i;
          if (AS_NAMED_CLAUSE.test(text)) return i;
        }
        // Each RegExp below starts with \s+ and then fixed letters or a dash, so the characters after the
        // spaces decide which of them can match at all.
        if (!mayOpenAfterSpace(text, i)) break;
        const j = skipSpaces(text, i);
        const first = text.charCodeAt(j);
        const pair = letterPair(text, j);
        if (pair === AT_PAIR) {
          AT_EVENT.lastIndex = i;
          // Only an action close before the meeting takes it as its venue ("to raise the issue at the meeting").
          if (AT_EVENT.test(text) && !VENUE_ACTION.test(text.slice(Math.max(from, i - 48), i))) return i;
        }
        if (pair === ON_PAIR) {
          // "agreed to organise the first summit on the sidelines of the ASEAN summit": where the action happens.
          SIDELINES.lastIndex = i;
          if (SIDELINES.test(text) && MEETING_ACTION.test(text.slice(from, i))) continue;
        }
        if (first === 45 || first === 0x2013 || first === 0x2014) {
          SPACED_DASH.lastIndex = i;
          const dash = SPACED_DASH.exec(text);
          const resume = dash === null ? undefined : dashListEnd(text, i + dash[0].length - 1, limit);
          if (resume !== undefined) {
            i = resume - 1;
            continue;
          }
        }
        AFTER_SPACE.lastIndex = i;
        if (AFTER_SPACE.test(text)) return i;
      }
    }
  }
  return limit;
}

const TAG_VERB_WORDS = ['said', 'says', 'told', 'added', 'stated'];

/**
 * False when UNPUNCTUATED_TAG cannot match at the space at `i`: it needs one to six capitalised words
 * and then one of its verbs, which a walk over plain ASCII words rules out far more cheaply than the
 * RegExp. Any other character on the way leaves the decision to the RegExp.
 */
function mayOpenUnpunctuatedTag(text: string, i: number): boolean {
  let j = i;
  for (let words = 0; ; words++) {
    // The spaces before the next word.
    const spaceStart = j;
    for (let c = text.charCodeAt(j); c === 32 || (c >= 9 && c <= 13); c = text.charCodeAt(++j));
    const c = text.charCodeAt(j);
    if (c >= 128) return true;
    if (j === spaceStart) return false;
    if (c < 65 || c > 90) return words >= 1 && startsTagVerb(text, j);
    if (words === 6) return false;
    // A capitalised word: letters, dots, apostrophes and hyphens.
    for (j++; ; j++) {
      const w = text.charCodeAt(j);
      if (w >= 128) return true;
      if (!((w | 32) >= 97 && (w | 32) <= 122) && w !== 46 && w !== 39 && w !== 45) break;
    }
  }
}

/** True when one of TAG_VERB_WORDS starts at `at`; a loop rather than `some`, whose callback was made anew at every call. */
function startsTagVerb(text: string, at: number): boolean {
  for (const verb of TAG_VERB_WORDS) if (text.startsWith(verb, at)) return true;
  return false;
}

/** True when the object at `from` opens with a gerund (GERUND_OBJECT); one that opens with another ASCII character is ruled out without a slice. */
function opensWithGerund(text: string, from: number): boolean {
  let j = from;
  for (let c = text.charCodeAt(j); c === 32 || (c >= 9 && c <= 13); c = text.charCodeAt(++j));
  const first = text.charCodeAt(j);
  if (first < 128 && !(first >= 97 && first <= 122)) return false;
  return holdsIng(text, from, from + 40) && GERUND_OBJECT.test(text.slice(from, from + 40));
}

/** True when a reporting tag follows the quotation that closed just before `at`. */
function closesIntoTag(text: string, at: number): boolean {
  TAG_AFTER_QUOTE.lastIndex = at;
  return TAG_AFTER_QUOTE.test(text);
}

/** True for the UTF-16 code of an upper-case letter (ASCII, or any other that has a lower-case form). */
function isUpperCase(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 192 || Number.isNaN(code)) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

// "… efforts in responding to emerging challenges, ensuring peace …": a gerund after a preposition
// opens a list that the -ing words after the comma continue.
// A segment that itself opens with an -ing word is the previous item of such a list.
// "… areas of cooperation, such as fighting deforestation and degradation, enhancing the bioeconomy, …": "such as"
// and "including" open such a list too, whose items are the coordinated parts of the object.
const GERUND_AFTER_PREPOSITION = /\b(?:in|by|for|of|on|through|such\s+as|including)\s+\p{Ll}{3,}ing\b|^\s*\p{Ll}{3,}ing\s/u;

/** True when the segment before a comma is a short list item or holds a gerund that the next -ing word parallels. */
function inGerundList(text: string, start: number, end: number): boolean {
  return afterShortItem(text, start, end) || (holdsIng(text, start, end) && GERUND_AFTER_PREPOSITION.test(text.slice(start, end)));
}

/** True when "ing" occurs inside `text.slice(start, end)`: the -ing RegExps cannot match a segment without it. */
function holdsIng(text: string, start: number, end: number): boolean {
  // A loop bounded by `end` rather than indexOf, which would search on to the end of the paragraph
  // whenever the segment holds no "ing".
  for (let k = start; k + 3 <= end; k++) {
    if (text.charCodeAt(k) === 105 /* i */ && text.charCodeAt(k + 1) === 110 /* n */ && text.charCodeAt(k + 2) === 103 /* g */) return true;
  }
  return false;
}

/** True when `text.slice(start, end)` holds at most two words, as a list item does. */
function afterShortItem(text: string, start: number, end: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words > 2) return false;
    inWord = !space;
  }
  return true;
}

/** Number of `open` minus `close` characters in `text.slice(start, end)`. */
function balance(text: string, start: number, end: number, open: string, close: string): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if (ch === open) n++;
    else if (ch === close) n--;
  }
  return n;
}

/** True when the code unit at `i` is one TRAILING_PUNCTUATION matches; ASCII is decided without a RegExp test. */
function isTrailingPunctuation(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 45;
  return TRAILING_PUNCTUATION.test(text.charAt(i));
}

/**
 * Moves `end` back over whitespace, separating punctuation, a dangling conjunction, closing quotation
 * marks and brackets that close nothing inside the span. The dot of an abbreviation ("U.S.") stays.
 */
export function trimEnd(text: string, start: number, end: number, spanStart: number = start): number {
  let e = end;
  for (;;) {
    const before = e;
    while (e > start && isTrailingPunctuation(text, e - 1)) e--;
    const ch = text.charAt(e - 1);
    if (ch === '.' && !endsWithAbbreviation(text, e)) e--;
    // A closing quotation mark is never part of the span, even when the span opened the quotation
    // ("… to the level of ‘strategic partnership’"): the gold ends spans at the last word.
    // After an "s" the mark is an apostrophe ("countries’") unless the span opened a single quotation
    // ("were ‘determined to ensure … process’").
    else if (ch === '”' || ch === '»' || ch === '"' || (ch === '’' && (text.charAt(e - 2) !== 's' || openQuotes(text, spanStart, e - 1).single > 0))) e--;
    else if (ch === ')' && balance(text, start, e - 1, '(', ')') <= 0) e--;
    e -= danglingConjunctionLength(text, Math.max(start, e - 10), e);
    if (e === before || e <= start) return Math.max(e, start);
  }
}

